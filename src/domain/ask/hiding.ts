import type { ForbiddenWhy } from './decide';
import type { Situation } from './facts';

/**
 * "user of tenant A requests tenant B's invoice. 403 or 404?": a refusal of a record that someone else
 * owns, or of a thing that belongs to a group the caller is not in, or of an admin area opened by a
 * non-admin. (Another tenant's area or another user's profile is known to exist: 403.) Weighed
 * between exactly 403 and 404 with nothing said about secrecy, it turns on whether its existence must
 * stay hidden from this caller (RFC 9110 §15.5.4). A refused action ("lacks the export permission")
 * is no such thing: it is 403.
 */

/** A record of someone else's, the kind whose ids can be probed: "tenant B's invoice", "/orgs/B/invoices/77". */
const A_RECORD =
  /\b(?:invoices?|orders?|files?|docs?|documents?|records?|tickets?|attachments?|receipts?|payments?|shipments?|contracts?|statements?)\b|\bby (?:its )?id\b/;

/**
 * "not a member of the project", "isn't on the team", "doesn't belong to the workspace", "they are not a
 * member", "outside the workspace": the caller stands outside the group that holds the thing.
 */
const OUTSIDE_ITS_GROUP =
  /\b(?:not|never|no longer) (?:a |an )?(?:member|members|part|collaborator|collaborators) (?:of|on|in)\b|\b(?:not|never|no longer) (?:a |an )?(?:member|members)\b|\boutside (?:of )?(?:the |their |that |this |its |our )?(?:[a-z-]+'s )?(?:team|project|workspace|group|org|organi[sz]ation|company|tenant)\b|\b(?:not|never|no longer) (?:on|in) (?:the |their |that |this |its |our )?(?:[a-z-]+'s )?(?:team|project|workspace|group|org|organi[sz]ation|repo|repository|channel|space)\b|\b(?:does|do|did) not belong to\b/;
/** "a non-admin hits /admin", "a regular user opens the admin console". */
const ADMIN_AREA = /(?:\/admin\b|\badmin (?:panel|page|pages|area|console|section|dashboard|ui|routes?|screen|portal)\b)/;
const NOT_ADMIN = /\bnon-?admins?\b|\bnot (?:an? )?admin\b|\b(?:regular|normal|ordinary|plain) (?:user|employee|member|staff)\b/;

/** "documented in our public guide", "the app shows its name to everybody": its existence is known. */
const KNOWN_TO_ALL =
  /\bpublic(?:ly)?\b|\bdocumented\b|\b(?:to|for) (?:everybody|everyone|anyone|all users)\b|\b(?:everybody|everyone|anyone) (?:can )?(?:see|sees|knows?)\b|\blisted\b/;

/** Both codes weighed, no other: the question is exactly "403 or 404?". */
function weighs403Against404(s: Situation): boolean {
  return s.codes.includes('403') && s.codes.includes('404') && !s.codes.includes('401') && !s.codes.includes('410');
}

/** True when a refusal of this kind, in this question, leaves open whether the resource is hidden. */
export function hidingLeftOpen(why: ForbiddenWhy, s: Situation): boolean {
  if (s.hide !== null || !weighs403Against404(s) || KNOWN_TO_ALL.test(s.text)) return false;
  // Another org's area ("/orgs/acme/billing") is no record, but a caller said to be outside that org weighs the same.
  if (why === 'tenant') return A_RECORD.test(s.text) || OUTSIDE_ITS_GROUP.test(s.text);
  if (why === 'ownership') return A_RECORD.test(s.text);
  if (why !== 'role' && why !== 'generic') return false;
  return OUTSIDE_ITS_GROUP.test(s.text) || (ADMIN_AREA.test(s.text) && NOT_ADMIN.test(s.text));
}
