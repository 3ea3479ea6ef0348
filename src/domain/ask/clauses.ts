/**
 * Clause-level reading that the fact patterns cannot do one phrase at a time:
 *
 * - **Doubt** scopes to the clause it introduces. "not sure if the caller was authenticated", "we have
 *   not decided whether its existence is secret", "either the token is bad or the role is missing":
 *   what follows is not a fact, and the fact it names is the one the question leaves open.
 * - **Contrast** after an identity: "logged in fine, but cannot do this", "valid key but restricted to
 *   GET", "signs in but gets blocked". Once the caller is known, a negative clause after "but" is the
 *   refusal itself, whatever words it uses for it.
 * - **Asking what decides**: "… and what does it depend on?" wants the deciding fact, not a verdict.
 *
 * The patterns read normalized text (lowercase, contractions spelled out, "dunno" → "not sure").
 */

/** The facts a doubted clause can leave open. Permanence has its own hedge reading in facts.ts. */
export type Doubt = 'authenticated' | 'hidden';

/** Words that open a doubted clause; the clause runs to the next sentence break, "but" or comma. */
const DOUBT_OPENER =
  /\b(?:not sure|unsure|unclear|no idea|no clue|not certain|uncertain|do not know|does not know|cannot tell|can not tell|hard to tell|not clear|(?:have|has) not (?:yet )?(?:decided|checked|confirmed|verified|figured out|worked out)|not (?:yet )?(?:decided|checked|confirmed|verified|known)|(?:nobody|no one|noone) (?:has |have )?(?:yet )?(?:decided|knows|checked|confirmed|verified|said)|undecided|open question|wondering)(?:(?: yet)?(?: (?:about|on))? (?:if|whether|whether or not)\b| (?:yet )?(?:about|on)\b)/g;
/** "either the token is bad or the role is missing": neither alternative is a fact. */
const EITHER = /\beither\b[^.;!?]{3,120}?\bor\b[^.;!?,]{3,80}/g;
const CLAUSE_END = /[.;!?,]| but | however | though | - /;
/** "whether its existence is secret is still undecided": the doubt comes after the clause it scopes. */
const WHETHER_UNDECIDED =
  /\b(?:whether|if)\b[^.;!?]{3,100}?\b(?:is|are|remains?|stays?) (?:still |yet )?(?:undecided|unclear|open|tbd|unknown|unsettled|not (?:yet )?(?:decided|clear|known|settled|agreed))\b/g;

const AUTH_WORDS =
  /\b(?:authenticat\w*|logged|log in|login|signed (?:in|on|out)|sign in|credentials?|token|tokens|jwt|session|sessions|cookie|api key|key|bearer|auth|anonymous|anon)\b/;
const HIDDEN_WORDS = /\b(?:secret|confidential|existence|hid(?:e|es|ing|den)|reveal\w*|leak\w*|sensitive|private)\b/;

export interface Doubted {
  /** The text with doubted clauses blanked out. */
  text: string;
  doubts: Doubt[];
}

function doubtsIn(clause: string): Doubt[] {
  const doubts: Doubt[] = [];
  if (AUTH_WORDS.test(clause)) doubts.push('authenticated');
  if (HIDDEN_WORDS.test(clause)) doubts.push('hidden');
  return doubts;
}

/** Removes what the question only wonders about, and names the facts it leaves open. */
export function withoutDoubtedClauses(text: string): Doubted {
  if (!/\b(?:sure|unclear|idea|clue|certain|know|knows|tell|decided|checked|confirmed|verified|said|figured|worked|undecided|question|wondering|either|whether)\b/.test(text)) {
    return { text, doubts: [] };
  }
  const doubts = new Set<Doubt>();
  let result = text;
  for (const match of text.matchAll(DOUBT_OPENER)) {
    const start = (match.index ?? 0) + match[0].length;
    const rest = text.slice(start);
    const end = rest.search(CLAUSE_END);
    const clause = end < 0 ? rest : rest.slice(0, end);
    for (const doubt of doubtsIn(clause)) doubts.add(doubt);
    result = result.replace(`${match[0]}${clause}`, ' '.repeat(match[0].length + clause.length));
  }
  for (const match of text.matchAll(WHETHER_UNDECIDED)) {
    for (const doubt of doubtsIn(match[0])) doubts.add(doubt);
    result = result.replace(match[0], ' '.repeat(match[0].length));
  }
  for (const match of text.matchAll(EITHER)) {
    for (const doubt of doubtsIn(match[0])) doubts.add(doubt);
    result = result.replace(match[0], ' '.repeat(match[0].length));
  }
  return { text: result, doubts: [...doubts] };
}

const AUTH_THING = '(?:auth\\w*|login|logins|log in|logging in|sign-?in|signing in|credentials?|tokens?|api keys?|keys?|sessions?|cookies?|bearer tokens?|jwts?)';
/**
 * "it needs no auth", "public endpoint, no login required", "anonymous access is allowed": what the
 * route demands, not what the caller sent. Such a clause is not a fact about credentials; reading "no
 * auth" in it as missing credentials turned removals of public endpoints into 401s.
 */
const OPEN_ACCESS: readonly RegExp[] = [
  new RegExp(`\\b(?:needs?|needed|needing|requires?|required|requiring|asks? for) no ${AUTH_THING}`, 'g'),
  new RegExp(`\\b(?:no|without|zero|not any) ${AUTH_THING} (?:is |are |being |was )?(?:required|needed|necessary|requirement|check|checks)\\b`, 'g'),
  new RegExp(`\\b${AUTH_THING} (?:is |are |was )?(?:not (?:required|needed|necessary|enforced|checked)|optional)\\b`, 'g'),
  new RegExp(`\\b(?:does not|do not|did not|never|will not|is not going to) (?:even )?(?:need|needs|needed|require|requires|required|ask for|check|enforce) (?:an? |any )?${AUTH_THING}`, 'g'),
  /\b(?:anonymous|unauthenticated|public|open|guest) (?:access|reads?|read access|requests?|calls?|traffic)? ?(?:is |are )?(?:allowed|permitted|accepted|supported|welcome|fine|ok|okay)\b/g,
  // "public endpoint, no auth, but the waf blocks this agent", "open catalog (no login)": after a route
  // called open, a bare "no auth" says what it demands, not what the caller sent.
  // (Not "anonymous request (no token)": that is the caller's.)
  new RegExp(`\\b(?:unprotected|open|public|auth-?less)(?: [a-z-]+)? (?:endpoints?|routes?|apis?|pages?|urls?|paths?|resources?|catalog(?:ue)?s?|docs|site|website|feeds?|buckets?|files?|downloads?|assets?) ?[,:(-]+ ?(?:so |and |with |i\\.e\\.,? )?(?:no|zero) ${AUTH_THING}(?! (?:header|headers|was|were|is|are|sent|provided|attached|given|present))`, 'g'),
  /\b(?:unauthenticated|anonymous|unprotected|open|public|auth-?less) (?:endpoints?|routes?|apis?|pages?|urls?|paths?|resources?|webhooks?|receivers?)\b/g,
  // "no auth on the feed", "no login for the docs site": what the route demands.
  new RegExp(`\\bno ${AUTH_THING} (?:on|for) (?:the |this |that |our |its )?(?:[a-z-]+ )?(?:endpoints?|routes?|apis?|pages?|feeds?|sites?|website|docs|catalog(?:ue)?|buckets?|files?|downloads?|assets?)\\b`, 'g'),
  // "the status page has no login at all", "there is nothing to log into": the resource has no login, not the caller.
  // (Not "the request to the api has no auth", "the job hitting our app has no login": there the caller has none.)
  /(?<!\b(?:to|hitting|hits|hit|calling|calls|call|against|on|for|from|at|into|of|with|via|through)(?: (?:the|our|a|an|this|that|their|its|your|my))?(?: [a-z0-9/._-]+)? )\b(?:page|pages|site|website|route|routes|endpoint|endpoints|api|app|service|portal|tool|form|feed|docs|dashboard|locator|list) (?:has|have|had|comes with|offers) no (?:login|log ?in|sign-?in|authentication|auth)(?: (?:at all|whatsoever|of any kind|anywhere))?\b(?! (?:header|token|cookie|session))/g,
  /\bnothing to (?:log|sign) ?(?:in|into|in to|on to)\b/g,
  // "reading is public", "reads are open": what the resource asks of readers.
  /\b(?:reading|reads|read access|viewing|browsing|listening|playback|downloading) (?:is|are) (?:public|open|anonymous|unauthenticated|free for all|open to (?:everyone|anyone|all))\b/g,
  // "our site only requires login for writing", "auth is needed only to post": a login asked of writers, not of readers.
  new RegExp(`\\b(?:only )?(?:requires?|needs?|asks? for|required|needed) (?:an? )?${AUTH_THING} (?:only )?(?:for|to|when) (?:writ\\w*|post\\w*|edit\\w*|upload\\w*|comment\\w*|publish\\w*|chang\\w*|mutat\\w*|modif\\w*|creat\\w*)\\b`, 'g'),
  new RegExp(`\\b${AUTH_THING} (?:is |are )?(?:only )?(?:required|needed|necessary) (?:only )?(?:for|to|when) (?:writ\\w*|post\\w*|edit\\w*|upload\\w*|comment\\w*|publish\\w*|chang\\w*|mutat\\w*|modif\\w*|creat\\w*)\\b`, 'g'),
  // "only uploading requires a login", "posting needs a token": the same, the writers named first.
  new RegExp(`\\b(?:only )?(?:writ|post|edit|upload|comment|publish|mutat|modif|creat)\\w* (?:requires?|needs?|asks? for) (?:an? )?${AUTH_THING}`, 'g'),
  // "no auth involved, feeds are public": nothing of the route asks for credentials.
  new RegExp(`\\bno ${AUTH_THING} (?:is |are )?(?:involved|in play|at play)\\b`, 'g'),
  // "the faq page is public with no login".
  /\b(?:is|are|was|were) (?:public|open|publicly (?:accessible|available)|open to (?:everyone|all|anyone))(?:,| and| with)? (?:no|zero) (?:login|log ?in|sign-?in|authentication|auth)\b(?! (?:header|token|cookie|session))/g,
];
/**
 * Once the route is said to need no login or to be public, a later "there is no login at all" restates that
 * fact about the route ("tracking page is public … colleague says 401 but there is no login at all").
 */
const ROUTE_HAS_NO_LOGIN =
  /\b(?:there is|there are|there was|there is just|and|and there is) (?:no|not any|not even an?) (?:login|log ?in|sign-?in|authentication|auth)(?: (?:at all|whatsoever|of any kind|anywhere|involved|in play|here|there))?\b(?! (?:header|token|cookie|session|credentials?))/g;
const PUBLIC_ROUTE = /\bpublic(?:ly)? (?:accessible|available|visible|reachable|page|pages|site|website|docs|endpoint|route|api|list|portal|data)\b|\b(?:is|are) (?:public|open to (?:everyone|all|anyone|the world))\b/;
/** Every OPEN_ACCESS pattern holds one of these words: most questions skip the passes. */
const OPEN_ACCESS_HINT = /\b(?:needs?|needed|needing|requires?|required|requiring|asks? for|necessary|requirement|checks?|checked|enforced?|optional|anonymous|unauthenticated|unprotected|public|open|guest|auth-?less)\b|\bno (?:auth|log|sign|token|key|api key|cred|session|cookie|jwt|bearer)|\bnothing to (?:log|sign)/;

/** Blanks what the question says about a route needing no credentials (see OPEN_ACCESS). */
export function withoutOpenAccess(text: string): string {
  if (!OPEN_ACCESS_HINT.test(text)) return text;
  let result = text;
  for (const pattern of OPEN_ACCESS) result = result.replace(pattern, (phrase) => ' '.repeat(phrase.length));
  if (result !== text || PUBLIC_ROUTE.test(text)) result = result.replace(ROUTE_HAS_NO_LOGIN, (phrase) => ' '.repeat(phrase.length));
  return result;
}

const CONTRAST = /\b(?:but|however|though|although|yet|except|only that)\b/g;
/** A clause that refuses: negation, blocking, restriction, lack. */
const NEGATIVE =
  /\b(?:not|no|cannot|can not|never|blocked|blocks|refused|refuses|rejected|rejects|restricted|limited|lacks?|lacking|missing|denied|denies|forbidden|without|wrong|insufficient|kicked|stopped|prevented|excludes?|excluded|disallows?|prohibits?|forbids?)\b/;
/** …unless the clause is about the resource, the credentials, secrecy or the asker's own doubt. */
const NOT_A_REFUSAL =
  /\b(?:exists?|existed|existing|there|found|deleted|removed|gone|typo\w*|never (?:created|existed|had)|ever (?:been )?(?:happened|existed|occurred|ran|run|made|created|issued|generated|produced)|secret|hidden|confidential|public|expired|revoked|invalid|sure|idea|know|knows|permanent\w*|restor\w*|404|410|401|rate[- ]?limit\w*|throttl\w*|cache\w*|retry)\b/;

/** After an identity is established, a negative clause introduced by "but" is a refusal. */
export function contrastRefuses(text: string): boolean {
  for (const match of text.matchAll(CONTRAST)) {
    const rest = text.slice((match.index ?? 0) + match[0].length);
    const end = rest.search(/[.;!?]| - /);
    const clause = end < 0 ? rest : rest.slice(0, end);
    if (NEGATIVE.test(clause) && !NOT_A_REFUSAL.test(clause)) return true;
  }
  return false;
}

/** "what does it depend on", "what decides": the question asks for the deciding fact. */
export const ASKS_WHAT_DECIDES =
  /\bwhat (?:does|do|would) (?:it|that|this|the (?:choice|answer|code)) (?:depend|hinge|turn) on\b|\bdepends? on what\b|\b(?:it )?depends\s*\?|\bdoes it depend\b|\bwhat (?:decides|determines)\b|\bon what does (?:it|that) depend\b|\bhow (?:do|should|can|would) (?:i|we|you|one) (?:decide|choose|pick|tell)\b|\bhow to (?:decide|choose|pick)\b|\bwhat (?:is|are) the deciding (?:fact|factor|question)s?\b/;
