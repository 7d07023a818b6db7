import { memberTicketReach } from '../../src/access/ticket-reach.js';
import { member, ORG_A, ORG_B, staff } from '../helpers/principals.js';

const S1 = '00000000-0000-7000-8000-0000000000a1';
const S2 = '00000000-0000-7000-8000-0000000000a2';

/** Who sees all of an organisation's tickets (the access summary), from the ticket grants. */
describe('memberTicketReach', () => {
  const reach = (p: Parameters<typeof memberTicketReach>[0], org = ORG_A) => {
    const r = memberTicketReach(p, org);
    return r && { reach: r.reach, grants: r.grants.map((g) => [g.source, g.scope.siteId]) };
  };

  it('a PORTAL_USER of an OWN organisation sees only own and CC tickets: not listed', () => {
    expect(reach(member())).toBeNull();
  });

  it('the organisation setting, the membership setting and the roles each give all tickets', () => {
    expect(reach(member({ ticketAccess: 'ORG_READ' }))).toEqual({
      reach: 'ALL_TICKETS',
      grants: [['ORGANIZATION_SETTING', undefined]],
    });
    expect(reach(member({}, { ticketAccess: 'ORG_COMMENT', roles: ['CONTROLLER'] }))).toEqual({
      reach: 'ALL_TICKETS',
      grants: [
        ['USER_SETTING', undefined],
        ['ROLE', undefined],
      ],
    });
  });

  it('site grants alone do not give all tickets outside external support mode', () => {
    expect(reach(member({}, { readSiteIds: [S1], writeSiteIds: [S2] }))).toBeNull();
  });

  it('in external support mode the site grants are listed, a member without site reaches tickets without site', () => {
    const ext = { externalSupportMode: true };
    expect(reach(member(ext, { roles: ['PORTAL_USER_PLUS'], homeSiteId: S1, readSiteIds: [S2] }))).toEqual({
      reach: 'SITE_TICKETS',
      grants: [
        ['ROLE', S1],
        ['ROLE', S2],
        ['READ_SITE', S2],
      ],
    });
    expect(reach(member(ext, { ticketAccess: 'ORG_READ' }))).toEqual({
      reach: 'SITE_TICKETS',
      grants: [['USER_SETTING', null]],
    });
    expect(reach(member(ext))).toBeNull();
  });

  it('only the organisation asked about counts; staff and non-members are not members', () => {
    const p = member({}, { roles: ['PORTAL_USER_PLUS'] }).and({ ticketAccess: 'ORG_EDIT' });
    expect(reach(p, ORG_B)).toEqual({ reach: 'ALL_TICKETS', grants: [['ORGANIZATION_SETTING', undefined]] });
    expect(reach(member(), ORG_B)).toBeNull();
    expect(reach(staff('ADMIN'))).toBeNull();
  });
});
