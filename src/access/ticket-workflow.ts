import type { TicketStatus } from './principal.js';

/**
 * NEW → OPEN → PENDING_CUSTOMER → RESOLVED → CLOSED, with PENDING_CUSTOMER → OPEN (the customer
 * answered), OPEN → RESOLVED, reopen RESOLVED → OPEN and CANCELLED from NEW or OPEN.
 * CLOSED and CANCELLED are final.
 */
export const TRANSITIONS: Record<TicketStatus, readonly TicketStatus[]> = {
  NEW: ['OPEN', 'CANCELLED'],
  OPEN: ['PENDING_CUSTOMER', 'RESOLVED', 'CANCELLED'],
  PENDING_CUSTOMER: ['OPEN', 'RESOLVED'],
  RESOLVED: ['CLOSED', 'OPEN'],
  CLOSED: [],
  CANCELLED: [],
};

export const canTransition = (from: TicketStatus, to: TicketStatus): boolean => TRANSITIONS[from].includes(to);
