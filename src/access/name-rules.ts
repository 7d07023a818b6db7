import { organizations } from './organization-grants.js';
import { isStaff, type Principal } from './principal.js';
import { sites } from './site-grants.js';

/**
 * Which names a response shows next to the ids of an object the caller may already read (a
 * ticket, a comment, a history entry, a validation): SPEC §7 "Names next to ids".
 * - People who are a party of the object — its requester, assignee, comment author, history actor,
 *   the agent who asked for a validation — by their display name: reading a ticket includes
 *   knowing who raised it and who works on it (as in Zendesk or Jira Service Management). Never an
 *   email: emails of other people come only from the directory (`contacts`) or the CC picker.
 * - The responsible group: its name (members see the allowed groups by name in `GET me` too).
 * - The organisation and the site: only when the organisation and site resources let the caller
 *   read them. In external support mode a member does not see the sites that are not theirs, so a
 *   ticket they read as requester or CC on such a site shows its site id without name or client
 *   number (the abbreviation is what self-registration accepts).
 * Staff see every name.
 */
export interface NamedObjectFacts {
  organizationId: string;
  siteId: string | null;
}

export interface NameVisibility {
  /** Display names of the object's parties (people) and its group. */
  parties: boolean;
  organization: boolean;
  site: boolean;
}

const ALL: NameVisibility = Object.freeze({ parties: true, organization: true, site: true });

export function nameVisibility(p: Principal, o: NamedObjectFacts): NameVisibility {
  if (isStaff(p)) return ALL;
  return {
    parties: true,
    organization: organizations.decide(p, 'read', { id: o.organizationId }).allowed,
    site: o.siteId !== null && sites.decide(p, 'read', { id: o.siteId, organizationId: o.organizationId }).allowed,
  };
}

/**
 * `nameVisibility` for many objects of one request: the same answers, each (organisation, site)
 * pair decided once.
 */
export function nameVisibilityMemo(p: Principal): (o: NamedObjectFacts) => NameVisibility {
  if (isStaff(p)) return () => ALL;
  const seen = new Map<string, NameVisibility>();
  return (o) => {
    const key = `${o.organizationId}/${o.siteId ?? ''}`;
    let v = seen.get(key);
    if (!v) seen.set(key, (v = nameVisibility(p, o)));
    return v;
  };
}
