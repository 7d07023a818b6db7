/**
 * Portal status (SPEC §3): DISABLED → ENABLED (configurable, invisible to external users) →
 * ACTIVE; deactivate ACTIVE → ENABLED; disable from ENABLED or ACTIVE (pages are kept). Anything
 * else is an invalid transition (409).
 */
export type PortalStatus = 'DISABLED' | 'ENABLED' | 'ACTIVE';
export const PORTAL_ACTIONS = ['enable', 'activate', 'deactivate', 'disable'] as const;
export type PortalAction = (typeof PORTAL_ACTIONS)[number];

export const PORTAL_TRANSITIONS: Record<PortalAction, { from: PortalStatus[]; to: PortalStatus }> = {
  enable: { from: ['DISABLED'], to: 'ENABLED' },
  activate: { from: ['ENABLED'], to: 'ACTIVE' },
  deactivate: { from: ['ACTIVE'], to: 'ENABLED' },
  disable: { from: ['ENABLED', 'ACTIVE'], to: 'DISABLED' },
};

export function nextStatus(from: PortalStatus, action: PortalAction): PortalStatus | null {
  const t = PORTAL_TRANSITIONS[action];
  return t.from.includes(from) ? t.to : null;
}
