import type { PortalRole, TicketAccess } from '../../src/access/principal.js';

/**
 * The personas of the policy matrix (SPEC §2): one table of cases, run against decide() and the
 * HTTP list and single GETs (test/access/policy-matrix.spec.ts), and against the capabilities each
 * ticket shows (test/access/capabilities.spec.ts).
 *
 * The world of every case: organisation O with sites S1 and S2, another organisation X.
 *   own    — raised by the persona, on S1
 *   colS1  — raised by a colleague, on S1
 *   colS2  — raised by a colleague, on S2
 *   noSite — raised by a colleague, without site
 *   cc     — raised by a colleague, on S2, the persona is CC'd
 *   foreign — a ticket of X
 */
export type T = 'own' | 'colS1' | 'colS2' | 'noSite' | 'cc' | 'foreign';
export const ALL_O: T[] = ['own', 'colS1', 'colS2', 'noSite', 'cc'];

export interface Case {
  name: string;
  persona?: 'member' | 'agent' | 'admin' | 'outsider';
  orgAccess?: TicketAccess;
  userAccess?: TicketAccess;
  roles?: PortalRole[];
  esm?: boolean;
  homeSite?: 'S1' | null;
  readSites?: 'S2'[];
  writeSites?: 'S2'[];
  read: T[];
  comment: T[];
  update: T[];
}

export const CASES: Case[] = [
  {
    name: 'PORTAL_USER, everything OWN: own and CC’d tickets',
    read: ['own', 'cc'],
    comment: ['own', 'cc'],
    update: ['own'],
  },
  {
    name: 'worked example: O=OWN, U setting ORG_READ ⇒ reads all, comments own/CC’d',
    userAccess: 'ORG_READ',
    read: ALL_O,
    comment: ['own', 'cc'],
    update: ['own'],
  },
  {
    name: 'worked example: O=ORG_COMMENT, U=OWN ⇒ reads and comments all (organisation wins)',
    orgAccess: 'ORG_COMMENT',
    read: ALL_O,
    comment: ALL_O,
    update: ['own'],
  },
  {
    name: 'worked example: PORTAL_USER with O=ORG_COMMENT ⇒ updates only own',
    orgAccess: 'ORG_COMMENT',
    roles: ['PORTAL_USER'],
    read: ALL_O,
    comment: ALL_O,
    update: ['own'],
  },
  {
    name: 'union, not max: O=ORG_READ and U=ORG_COMMENT ⇒ comment all',
    orgAccess: 'ORG_READ',
    userAccess: 'ORG_COMMENT',
    read: ALL_O,
    comment: ALL_O,
    update: ['own'],
  },
  { name: 'organisation ORG_EDIT ⇒ updates all', orgAccess: 'ORG_EDIT', read: ALL_O, comment: ALL_O, update: ALL_O },
  { name: 'user setting ORG_EDIT ⇒ updates all', userAccess: 'ORG_EDIT', read: ALL_O, comment: ALL_O, update: ALL_O },
  { name: 'PORTAL_USER_PLUS ⇒ all tickets', roles: ['PORTAL_USER_PLUS'], read: ALL_O, comment: ALL_O, update: ALL_O },
  { name: 'CUSTOMER_APPROVER ⇒ all tickets', roles: ['CUSTOMER_APPROVER'], read: ALL_O, comment: ALL_O, update: ALL_O },
  { name: 'CHANGE_MANAGER ⇒ all tickets', roles: ['CHANGE_MANAGER'], read: ALL_O, comment: ALL_O, update: ALL_O },
  { name: 'CONTROLLER ⇒ all tickets', roles: ['CONTROLLER'], read: ALL_O, comment: ALL_O, update: ALL_O },
  {
    name: 'read site S2 ⇒ reads S2 tickets only',
    readSites: ['S2'],
    read: ['own', 'cc', 'colS2'],
    comment: ['own', 'cc'],
    update: ['own'],
  },
  {
    name: 'write site S2 ⇒ reads, comments and updates S2 tickets',
    writeSites: ['S2'],
    read: ['own', 'cc', 'colS2'],
    comment: ['own', 'cc', 'colS2'],
    update: ['own', 'cc', 'colS2'],
  },
  {
    name: 'worked example: external support mode, USER_PLUS home S1 ⇒ S2 ticket not visible',
    esm: true,
    roles: ['PORTAL_USER_PLUS'],
    read: ['own', 'colS1', 'cc'],
    comment: ['own', 'colS1', 'cc'],
    update: ['own', 'colS1'],
  },
  {
    name: 'worked example: external support mode, USER_PLUS with readSiteIds=[S2] ⇒ S2 readable',
    esm: true,
    roles: ['PORTAL_USER_PLUS'],
    readSites: ['S2'],
    read: ['own', 'colS1', 'colS2', 'cc'],
    comment: ['own', 'colS1', 'colS2', 'cc'],
    update: ['own', 'colS1', 'colS2', 'cc'],
  },
  {
    name: 'external support mode, organisation ORG_READ, member without site ⇒ only tickets without site',
    esm: true,
    orgAccess: 'ORG_READ',
    homeSite: null,
    read: ['own', 'cc', 'noSite'],
    comment: ['own', 'cc'],
    update: ['own'],
  },
  {
    name: 'external support mode off, member without site, ORG_READ ⇒ all',
    orgAccess: 'ORG_READ',
    homeSite: null,
    read: ALL_O,
    comment: ['own', 'cc'],
    update: ['own'],
  },
  {
    name: 'another organisation’s user sees nothing of O',
    persona: 'outsider',
    orgAccess: 'ORG_EDIT',
    read: ['foreign'],
    comment: ['foreign'],
    update: ['foreign'],
  },
  {
    name: 'agent ⇒ everything',
    persona: 'agent',
    read: [...ALL_O, 'foreign'],
    comment: [...ALL_O, 'foreign'],
    update: [...ALL_O, 'foreign'],
  },
  {
    name: 'admin ⇒ everything',
    persona: 'admin',
    read: [...ALL_O, 'foreign'],
    comment: [...ALL_O, 'foreign'],
    update: [...ALL_O, 'foreign'],
  },
];
