import { hasAffirmed, test } from '../match';

/** Words several fact readers share: credentials, code names, and patterns gated behind hint words. */

/** A credential's name, not inside a path ("/api/v0/legacy-login" names a route, not a login). */
export const CRED =
  '(?<!\\/[a-z0-9._-]{0,40})(?:authorization header|authentication header|auth header|access token|bearer token|id token|refresh token|api token|api key|oauth token|auth token|session token|session cookie|client secret|client cert(?:ificate)?|mtls|mutual tls|token|jwt|credentials?|password|signature|session|cookie|cert(?:ificate)?|login|key|bearer)';

/** Credentials issued in a format of ours (a key's prefix and length, a token's shape); not a password, whose rules are a signup's. */
export const SHAPED_CRED = '(?:authorization header|authentication header|auth header|access token|bearer token|id token|refresh token|api token|api key|oauth token|auth token|session token|session cookie|client cert(?:ificate)?|token|jwt|key|bearer|cookie|cert(?:ificate)?|signature)';

/**
 * "re-login won't help", "signing in again would change nothing", "logging back in makes no difference": logging in again
 * changes nothing, which is only so for a caller the server already knows (RFC 9110 §15.5.4; the seed's 403: "re-authenticating
 * will not change the outcome").
 */
export const REAUTH_CHANGES_NOTHING =
  /\b(?:reauthenticat\w*|re-?authenticat\w*|re-?login|log in again|logging in again|signing in again|sign in again|login again|log out and (?:back )?in|logging out and (?:back )?in|logging back in|signing back in)(?: [a-z]+){0,2} (?:(?:will not|would not|does not|did not|cannot|can not|is not going to) (?:help|fix|change)\b|(?:(?:will|would|does|did|can|could) (?:change|fix|solve)|changes|fixes|solves|changed|fixed|solved) nothing\b|(?:makes?|made|will make|would make) no (?:difference|change)\b|(?:is|was|would be|will be) (?:pointless|useless|futile|of no use|no use|no help)\b)/;

export const CODE_NAME = '(?:\\d{3}|forbidden|not found|unauthorized|unauthorised|gone)';

const WHICH_OF_THEM_MEANS =
  /(?:[.,;:!?-] ?)(?:so |and )?which (?:one|of (?:them|the two|these|those|the codes|the two codes))(?: of (?:them|the two))? (?:is (?:about|for|the one (?:about|for|that means))|means?|covers?|stands? for|is used for|deals with|refers to)\b/g;
const NAMED_CODE = /\b(?:401|403|404|410)\b/g;

/**
 * "explain 404 vs 410: which one is for what we deleted on purpose?", "401 and 403, which of the two means no permission?": of two
 * codes named, the one with a meaning is asked (what the codes mean), not a case's code. Read forward, one pass each: the clause,
 * then two codes before it since the last question mark (a lookbehind over all the text before every position cost a tenth of a
 * second on a long question).
 */
export function asksWhichOfTheCodesMeans(text: string): boolean {
  let read = 0;
  let codes = 0;
  for (const clause of text.matchAll(WHICH_OF_THEM_MEANS)) {
    // Codes counted since the last question mark, each stretch of the text read once.
    const stretch = text.slice(read, clause.index);
    const asked = stretch.lastIndexOf('?');
    codes = (asked === -1 ? codes : 0) + (stretch.slice(asked + 1).match(NAMED_CODE) ?? []).length;
    read = clause.index;
    if (codes >= 2) return true;
  }
  return false;
}

/**
 * "when server answer 404, this mean the resource is gone temporary or permanent?", "when the portal send 403 to the bidder, it mean …",
 * "… still get 401. what does this mean exactly?": a code taken up again by a pronoun, asked what it says (the last as the whole of
 * the last sentence).
 */
export const CODE_TAKEN_UP_MEANS = new RegExp(
  `\\b${CODE_NAME}(?: code| status| status code| response)?(?:(?: (?:to|for|from|on|at) (?:the |a |an |our |their |this |that )?[a-z-]+(?: [a-z-]+)?)?, (?:this|that|it|does (?:this|that|it)|do (?:this|that|it)) (?:mean|means|say|says|tell|tells|indicate|indicates|signal|signals)\\b|[.!]? (?:so )?what (?:does|do) (?:this|that|it) (?:actually |really |exactly |even )?(?:mean|say|tell (?:us|me|them))(?: (?:exactly|actually|really|here|then))?\\s*\\??\\s*$)`,
);

/** "what does 401 actually signify", "what does a 410 really tell them": a code asked to be defined. */
const WHAT_DOES_A_CODE_MEAN =
  /\bwhat (?:does|do|is|would) (?:an? |the )?(?:http )?(\d{3})(?: [a-z]+)?(?: (?:actually|really|even|exactly|officially|formally))? (?:mean|means|signify|signal|indicate|stand for|tell (?:them|you|us|the client)|say|communicate|convey)\b/g;

/** The codes the text asks to be defined ("what does 401 actually signal?"), each once. */
export function codesAskedToBeDefined(text: string): Set<string> {
  return new Set([...text.matchAll(WHAT_DOES_A_CODE_MEAN)].map((match) => match[1] ?? ''));
}

/**
 * "what status means authenticated but not allowed": the code is asked for by its meaning, not for a case. (Also "which status code is
 * telling to search crawler that …", "which code tells clients …": the meaning put as what it tells.)
 */
export const CODE_BY_MEANING =
  /^(?:so )?(?:what|which) (?:http )?(?:status|code|status code|error code|response code)(?: code)? (?:means?|stands for|signifies|is defined as|is the one that means|(?:is )?(?:telling|tells|signals?|signalling|signaling|indicates?|indicating) (?:to )?(?:the |a |an )?(?:search )?(?:crawlers?|clients?|browsers?|search engines?|google|bots?|callers?|users?)(?! (?:what|which|how)\b))\b/;

/**
 * Credential patterns that can only match where their cheap hint does. The hint is tested first, so
 * the large credential alternation is compiled and run only for questions that may need it.
 */
export type Hinted = readonly [hint: RegExp, pattern: RegExp];

export function hintedMatch(text: string, hinted: readonly Hinted[]): boolean {
  return hinted.some(([hint, pattern]) => test(hint, text) && test(pattern, text));
}

/** Like hintedMatch, read with negation (hasAffirmed). */
export function hintedAffirmed(text: string, hinted: readonly Hinted[]): boolean {
  return hinted.some(([hint, pattern]) => test(hint, text) && hasAffirmed(text, pattern));
}

/** The patterns whose hint occurs in the text. */
export function hintedPatterns(text: string, hinted: readonly Hinted[]): RegExp[] {
  return hinted.filter(([hint]) => test(hint, text)).map(([, pattern]) => pattern);
}

/** "a gist containing a leaked key": a credential that is what the resource held, not what the request carried. */
export const CONTAINED_CREDENTIAL = /\b(?:containing|contained|holding|exposing|that (?:contained|held|exposed)|which (?:contained|held|exposed)) (?:an? |the |some |our |their )?(?:leaked |exposed |secret |private |committed )?(?:api keys?|keys?|tokens?|passwords?|credentials?|secrets?)\b/g;
