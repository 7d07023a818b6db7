/** The ticket workflow is part of the policy engine (a transition is one decision there); the ticket domain uses it from here. */
export { canTransition, TRANSITIONS } from '../access/ticket-workflow.js';
