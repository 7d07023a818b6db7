import { decideCcCandidates } from '../../src/access/cc-rules.js';
import { nameVisibility, nameVisibilityMemo } from '../../src/access/name-rules.js';
import { member, ORG_A, ORG_B, staff } from '../helpers/principals.js';

const S1 = '00000000-0000-7000-8000-0000000000a1';
const S2 = '00000000-0000-7000-8000-0000000000a2';

describe('names next to ids (engine rule)', () => {
  it('staff see every name', () => {
    expect(nameVisibility(staff(), { organizationId: ORG_B, siteId: S2 })).toEqual({
      parties: true,
      organization: true,
      site: true,
    });
  });

  it('a member sees the parties, the organisation and any of its sites', () => {
    const p = member({}, { homeSiteId: S1 });
    expect(nameVisibility(p, { organizationId: ORG_A, siteId: S2 })).toEqual({
      parties: true,
      organization: true,
      site: true,
    });
    expect(nameVisibility(p, { organizationId: ORG_A, siteId: null }).site).toBe(false);
  });

  it('external support mode: only the member’s own sites are named', () => {
    const p = member({ externalSupportMode: true }, { homeSiteId: S1 });
    expect(nameVisibility(p, { organizationId: ORG_A, siteId: S1 }).site).toBe(true);
    expect(nameVisibility(p, { organizationId: ORG_A, siteId: S2 })).toEqual({
      parties: true,
      organization: true,
      site: false,
    });
    const memo = nameVisibilityMemo(p);
    expect(memo({ organizationId: ORG_A, siteId: S2 })).toBe(memo({ organizationId: ORG_A, siteId: S2 }));
    expect(memo({ organizationId: ORG_A, siteId: S1 }).site).toBe(true);
  });

  it('an organisation whose portal is not active is not named', () => {
    const p = member({ portalStatus: 'ENABLED' });
    expect(nameVisibility(p, { organizationId: ORG_A, siteId: null }).organization).toBe(false);
  });
});

describe('who may list CC candidates', () => {
  it('staff and members of the organisation; another organisation is not visible', () => {
    expect(decideCcCandidates(staff(), ORG_B)).toMatchObject({ allowed: true, visible: true });
    expect(decideCcCandidates(member(), ORG_A)).toMatchObject({ allowed: true, visible: true });
    expect(decideCcCandidates(member(), ORG_B)).toMatchObject({ allowed: false, visible: false });
    expect(decideCcCandidates(member({ portalStatus: 'DISABLED' }), ORG_A)).toMatchObject({ visible: false });
  });
});
