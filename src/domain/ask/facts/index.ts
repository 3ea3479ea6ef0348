import { ASKS_WHAT_DECIDES, contrastRefuses, withoutDoubtedClauses, withoutOpenAccess } from '../clauses';
import { asksForCodeByShape } from '../intent';
import { has, hasNear, statusCodesIn } from '../match';
import { ASKS_WHICH, CLAIM_READING, CLAIM_READING_HINT, CODE_PROPOSED_AS_FIX, CONSEQUENCE_OF_A_CODE, PRACTICE_QUESTION, SPEC_REQUIREMENT, asksAnotherQuestion, detectCurrentCode, lastAsksForCode, notAboutACase, sentencesOf, stripCodeNames } from './asking';
import { credentialText, detectAuth, withoutArtifactSignatures } from './authentication';
import { EXPIRED_RESOURCE, PUT_UP_AGAIN_ELSEWHERE, detectExistence, knownRemoval, saidNeverThere, withoutOtherRemovals } from './existence';
import { OUTSIDER, affirmedSensitive, detectHide, hidesPrivateBehind404 } from './hiding';
import { denialsBesideARemoval, detectDenials, RULE_SAYS_NO } from './permissions';
import { SOFT_SITUATION, detectTopics } from './topics';
import { CODE_TAKEN_UP_MEANS, asksWhichOfTheCodesMeans } from './vocabulary';
import type { AuthState, DenialKind, Existence, OAuthError, Situation } from './types';

export { CODE_BY_MEANING, codesAskedToBeDefined } from './vocabulary';

/**
 * "DELETE /projects/88/members/5 by u_77 role=viewer. policy: only project admins remove members.": a request line pasted
 * as a ticket, then the rule that restricts it, and no question at all: in an on-call channel the code for it is what is asked (not
 * a request told with nothing restricting it: "it worked fine, just logging it").
 */
const TICKET_WITHOUT_QUESTION =
  /^(?![\s\S]*(?:\?|\b(?:what|which|why|how|when|where|who|should|could|would|does|do we|do i|is it|is this|are they|can)\b))(?=[\s\S]*\b(?:only|not|no|without|denied|refused|rejected|blocked|isolated|expired|revoked|deleted|removed|missing|lacks?)\b)(?:get|post|put|patch|delete|head) \/[a-z0-9{}_./-]+ (?:by|from|as|for) [\s\S]+/;

export { type AuthState, type DenialKind, type Existence, type Topic, type OAuthError, type Situation } from './types';

/**
 * Reads the situation out of a normalized question: who is calling (authenticated? with valid
 * credentials?), what stops them (role, scope, tenant, allowlist …), whether the resource exists or was
 * removed for good, whether its existence must stay hidden, and what the question is about (which code,
 * caching, retries, crawlers …). The decision is made elsewhere, from these facts only.
 *
 * One file per stage of the reading: authentication.ts (401 or not), permissions.ts (what refuses a
 * known caller), existence.ts (missing, removed, for good or not), hiding.ts (existence kept from the
 * caller), topics.ts (what else is asked), asking.ts (whether a code is asked, and which one is named);
 * this file prepares the text each reader gets and puts their answers together.
 */

/**
 * "status, and what error goes in WWW-Authenticate?", "which code, plus what goes in the challenge": the code asked by its bare
 * name, then a part of the response beside it. The part follows the verdict; it does not replace the code asked for.
 */
export const CODE_BESIDE_A_PART =
  /(?:^|[.?!;:]\s*)(?:so |and |ok |okay )?(?:(?:which|what)(?: is| would be| should be)?(?: the)?(?: (?:correct|right|proper|appropriate))? )?(?:http )?(?:status|code|status code|response code)(?: (?:then|pls|please|first))?(?:\s*[?,;])?\s*(?:and|plus|also|as well as|\+)(?![a-z])[^?]{0,30}\b(?:error|header|www-authenticate|challenge|body|message|realm|scope)\b/;

/**
 * "writes are disabled for everyone from this region by policy", "blocked by the DLP policy for their
 * group", "outside opening hours policy so requests get refused": a refusal a rule makes, named with
 * the rule. What it refuses does not turn on who the caller is, so nothing about the caller is left open. A setting someone
 * with authority over the account made ("disabled by the parental control", "switched off in the tenant's settings") is such a rule.
 */
const RULE_WORD = /\b(?:policy|policies|rule|rules|dlp|waf|firewall|compliance|regulation|regulations|guardrails?|geo-?block\w*|geo-?fenc\w*|asns?|licen[cs]ed|jurisdictions?|illegal|laws?|parental (?:controls?|locks?|settings?)|(?:admin|org|organi[sz]ation|tenant|workspace|account|security|privacy) settings?|in (?:the |its |their )?settings)\b/;

const REFUSAL_WORD = /\b(?:block\w*|refus\w*|den(?:y|ies|ied)|reject\w*|forbid\w*|disallow\w*|prevent\w*|prohibit\w*|disabl(?:e|es|ed)|not (?:allowed|permitted))\b/;

/** A refusal that applies to every unmatched request, not a decision about the caller. */
const DEFAULT_REFUSAL = /\b(?:default|catch-?all|fallback|blanket|fall-through|generic)(?: [a-z-]+){0,2} (?:rule|rules|deny|denies|block|blocks|policy|route|handler|location|action|response)\b|\b(?:authz|authorization|auth|the permission check|the policy check|the check)\b[^.;]{0,20}\b(?:fails?|failed|runs?|ran|happens?|is (?:checked|evaluated)) (?:first|before)\b/;

/**
 * A refusal given for the absence itself: "denies missing keys", "not allowed to see a null contract", "deny when the record is null";
 * storage that answers a missing object with its own refusal: "s3's 403 for a missing key (no ListBucket)", "a key that does not exist
 * comes back 403 AccessDenied".
 */
const REFUSAL_OF_ABSENCE =
  /\b(?:den(?:y|ies|ied)|refus(?:e|es|ed)|blocks?|rejects?)\b (?:anything|everything|all|whatever|any (?:request|path|route|key|object)s?)(?: (?:that is|that are|that was|which is))? (?:unmatched|unknown|missing|not found|not matched|it does not know|that does not match)\b|\b(?:den(?:y|ies|ied)|refus(?:e|es|ed)|not allowed|forbid(?:s|den)?|blocks?|rejects?)\b[^.;]{0,50}\b(?:null|nil|missing|non-?existent|non-?existing|absent|unknown) (?:records?|rows?|keys?|objects?|ids?|items?|files?|entit(?:y|ies)|resources?|results?|profiles?|[a-z]+s?(?= (?:is|are|was|were) not there))\b|\b(?:den(?:y|ies|ied)|refus(?:e|es|ed)|not allowed|forbid(?:s|den)?|blocks?|rejects?)\b[^.;]{0,50}\b(?:an? |the )?(?:null|nil) [a-z]+\b|\b(?:deny|denies|denied|403|forbidden)\b[^.;]{0,30}\b(?:when|if|where|because|since) (?:the |a |its |their )?(?:record|row|object|result|lookup|entity|resource|profile|key|item|document)\b[^.;]{0,20}\b(?:is|comes back|returns?) (?:null|nil|empty|missing|not found|absent)\b|\b(?:403|forbidden|access ?denied|accessdenied|permission denied)\b[^.;]{0,60}\b(?:missing|absent|non-?existent|non-?existing|deleted) (?:[a-z]+ )?(?:keys?|objects?|files?|blobs?|records?|items?|resources?)\b|\b(?:missing|absent|non-?existent|non-?existing) (?:[a-z]+ )?(?:keys?|objects?|files?|blobs?)\b[^.;]{0,60}\b(?:403|forbidden|access ?denied|accessdenied)\b|\b(?:403|forbidden|access ?denied|accessdenied)\b[^.;]{0,40}\b(?:when|if|where|for) (?:the |a |an )?(?:[a-z]+ )?(?:keys?|objects?|files?|blobs?|records?|items?)(?: that)? (?:simply |just |actually |really )?(?:is not|are not|does not exist|do not exist|is missing|are missing)\b|\b(?:keys?|objects?|files?|blobs?)(?: that)? (?:does not|do not) exist\b[^.;]{0,40}\b(?:403|forbidden|access ?denied|accessdenied)\b/;

/**
 * "our middleware currently replies 403 w/ error=insufficient_scope": an error name the server sends today,
 * beside the code it sends it with. It is the behaviour under review, not a fact of the request. So is one a colleague
 * proposes ("someone said 400 invalid_request").
 */
const REPLIED_ERROR = /\b(?:replies|reply|replied|returns?|returned|responds?|responded|sends?|sent|answers?|answered|gives?|emits?|said|says|suggested|suggests|proposed|proposes|wants|thinks|argues|argued|insists|recommends|recommended)(?: with)?(?: an?)? \d{3}\b(?:[^.;]{0,20}?(?:w\/|with|and|\+|plus))?\s*(?:an? )?(?:error ?= ?|error:? |"?error"?: ?)?"?(?:insufficient_scope|invalid_token|invalid_request)\b/g;

/** The RFC 6750 error the request earns; where the credentials themselves fail, not one the server replies with today. */
function detectOAuthErrorOfCase(text: string, auth: Situation['auth']): OAuthError | null {
  const named = detectOAuthError(text);
  if (named === null || (auth !== 'invalid' && auth !== 'none')) return named;
  const rest = text.replace(REPLIED_ERROR, ' ');
  // "… but lacks the admin scope; we return 401 with error=insufficient_scope": the scope is a fact apart from the reply.
  if (named === 'insufficient_scope' && detectDenials(rest).includes('scope')) return named;
  return detectOAuthError(rest);
}

function detectOAuthError(text: string): OAuthError | null {
  if (/\binsufficient_scope\b/.test(text)) return 'insufficient_scope';
  if (/\binvalid_token\b/.test(text)) return 'invalid_token';
  if (/\binvalid_request\b/.test(text)) return 'invalid_request';
  return null;
}

/**
 * "it is not that the token is expired - the user lacks the role": a clause the writer denies states no
 * fact, whatever words are in it. It is dropped before the facts are read (its end is the next dash,
 * "but", or sentence break).
 */
const DENIED_CLAUSE = /\b(?:it is |this is |that is )?not (?:that|because|as if|as though) [^.;:!?]*?(?= - | but |[.;:!?,]|$)/g;

/** "auth service down? no - the token fails validation": a guess the writer answers "no" to. */
const ANSWERED_NO = /[^.;!?]*\?\s*(?:no|nope|nah|not that)\b(?:\s*[-,.:;]|\s+(?=it is|the|they|he|she|we|just))\s*/g;

/**
 * "we return 401 so the customer thinks his password is wrong", "which makes users believe they were logged
 * out": what people wrongly conclude from the code sent today, not a fact of the request.
 */
const MISREAD_CLAUSE =
  /\b(?:so|and|then|which makes|that makes|making) (?:now |then |still |so |of course )?(?:the |our |a |an |their )?(?:customers?|users?|people|they|he|she|clients?|callers?|partners?|carriers?|devs?|developers?|players?|patients?|staff|agents?|them|him|her|everyone)(?: [a-z]+)? (?:think|thinks|thought|believe|believes|believed|assume|assumes|assumed|conclude|concludes|concluded|suspect|suspects)\b[^.;:!?]*?(?= - | but | and (?:his|her|their|the|our|we|they|he|she|it|its) |[.;:!?,]|$)/g;

/**
 * "i thought the token had expired but actually it is fine", "at first i thought it was a scope issue, but looking
 * again …", "i first said temporary, but the pm has now confirmed …": what the writer takes back, up to the "but"
 * that brings the correction, states no fact.
 */
const RETRACTED_CLAUSE =
  /\b(?:(?:at first|initially|originally|earlier|first),? )?(?:i|we) (?:first |initially |originally |earlier |wrongly |mistakenly )?(?:thought|said|assumed|believed|figured|guessed|suspected|claimed|used to (?:think|believe|assume))\b[^.;!?]{0,200}?,? but (?=(?:actually|in fact|looking (?:again|closer)|on (?:a )?(?:second|closer) (?:look|inspection)|(?:it )?turns out|after (?:checking|looking|digging))\b|(?:[a-z]+ ){0,4}(?:has |have )?(?:now |since )?(?:confirmed|verified|clarified)\b)/g;

/** "the app shows login expired which is a lie": a message the writer calls false states no fact of the case. */
const FALSE_MESSAGE =
  /\b(?:shows?|showed|showing|displays?|displayed|says?|tells? (?:them|the user|users|the player|players|the customer|customers)|prints?|pops? up)\b[^.;:!?]{0,60}?,? (?:which|that|and (?:that|this|it)) (?:is|was) (?:simply |just |plainly |a )?(?:lie|wrong|false|misleading|untrue|not true|incorrect|bogus|nonsense)\b/g;

/**
 * "a teammate wanted 401 with invalid_token", "we considered 403 plus insufficient_scope but rejected it": the error name
 * that comes with a code someone proposes is part of the proposal, not a fact of the request.
 */
const PROPOSED_ERROR =
  /\b(?:wanted|wants|suggested|suggests|proposed|proposes|argued for|argues for|pushed for|pushes for|prefers|preferred|recommended|recommends|considered|voted for|votes for|insisted on|insists on|floated|lean(?:s|ed)? (?:toward|towards)|leaning (?:toward|towards))(?: (?:we |us |to )?(?:return|send|use|answer)(?:ing)?)?(?: (?:an?|the))? [1-5]\d\d(?: [a-z]+)? (?:with|and|plus|\+|carrying) (?:an? |the )?(?:error ?=? ?|error code )?"?(?:invalid_token|insufficient_scope|invalid_request)"?/g;

/**
 * "we considered returning 404 to anonymous callers to avoid leaking routes, but rejected it": an option weighed and
 * rejected, with the reasons that went with it, states nothing about the request (what follows "rejected it" still does).
 */
const REJECTED_OPTION =
  /\b(?:considered|were considering|thought about|debated|discussed|proposed|suggested|floated|looked at|toyed with|explored)\b[^.;?]{0,160}?,? (?:but|and) (?:we |they |the team |it was |was )?(?:rejected|dropped|decided against|ruled out|discarded|abandoned|vetoed|turned down|gave up on|voted down|shot down)(?: (?:it|that|this|the idea|that idea|this idea|that option|this option))?\b/g;

/**
 * "we already return 401 when the token is expired or missing; that part is settled. the open question: …", "if the caller were
 * anonymous we would send 401 … in this case, though, …": the code another situation gets, told before the question turns to
 * this one, is a rule set aside; its condition is no fact of this request. Read only where such a turn follows.
 */
const TURN_TO_THIS_CASE =
  /\b(?:in this case|in our case|in this instance|this time|(?:the|our) (?:open|actual|real|remaining|new) question|(?:a )?different question|what is (?:still )?(?:open|unclear|debated))\b/;

const RULE_FOR_ANOTHER_CASE = [
  /\b(?:we|it|they|the (?:api|server|gateway|service|endpoint|backend)) (?:already |currently |always |do |will |would )*(?:return|send|answer|respond with|give|use|reply with)s? (?:an? )?(?:401|403|404|410)\b[^.;?]{0,20}\b(?:when|if|whenever|for)\b/,
  /\bif\b[^.;?]{0,80}\b(?:we|it|they|the (?:api|server|gateway|service|endpoint|backend)) (?:would|will|could) (?:return|send|answer|respond with|give|use|reply with) (?:an? )?(?:401|403|404|410)\b/,
  // "for a missing cookie we already send 401": the condition first.
  /\b(?:for|when|whenever)\b[^.;?]{0,60}\b(?:we|it|they|the (?:api|server|gateway|service|endpoint|backend)) (?:already |currently |always |do )+(?:return|send|answer|respond with|give|use|reply with)s? (?:an? )?(?:401|403|404|410)\b/,
];

function withoutRulesForOtherCases(text: string): string {
  if (!/\b(?:when|if|whenever|for)\b/.test(text)) return text;
  const turn = TURN_TO_THIS_CASE.exec(text);
  if (!turn) return text;
  const before = text.slice(0, turn.index).replace(/[^.;?!]+[.;?!]?/g, (sentence) => (RULE_FOR_ANOTHER_CASE.some((rule) => rule.test(sentence)) ? ' '.repeat(sentence.length) : sentence));
  return before + text.slice(turn.index);
}

/**
 * "my colleague tells we should answer 403 because he is not allowed to see", "a reviewer suggests 404 so we leak nothing", "the
 * pen tester insists it should be 401 because the token is not good enough": the reason someone gives for the code they propose
 * is their reading of the case, part of the proposal as PROPOSED_ERROR's error name is, not a fact of the request; what the
 * question states itself decides, in RFC 9110's order (§15.5.2 before §15.5.4). Not the writer's own ("i think 404 because …").
 * The reason ends where the writer takes the word back (", but …", ", i think …").
 */
const PROPOSER_VERB =
  '(?:says?|said|tells?|told|suggests?|suggested|proposes?|proposed|insists?(?: on)?|insisted(?: on)?|wants?|wanted|argues?(?: for)?|argued(?: for)?|thinks?|thought|recommends?|recommended|push(?:es|ed) for|prefers?|preferred|votes? for|voted for|claims?|claimed)';

const PROPOSAL_REASON = new RegExp(
  `(?<!\\b(?:i|we) )(\\b${PROPOSER_VERB}(?: (?!(?:but|and|because|since|so)\\b)[a-z']+){0,5}? (?:an? )?(401|403|404|410)\\b),? ` +
    `(?:because|since|so|to (?=(?:be|avoid|hide|leak|prevent|protect|stop|scare|look|make|keep|not|signal|force|get)\\b))\\b[^.;?!]*?` +
    `(?=,? (?:but|while|whereas|though|although|however)\\b|, (?:i|we)\\b| - |[.;?!]|$)`,
  'g',
);

/**
 * Whether a proposal's reason is the proposer's reading of the caller for the code proposed: credentials for 401, a refusal for
 * 403, hiding for 404. A reason that reads as another code is a fact the proposer reads wrong ("bob says 401 because the key
 * cannot do it": a refusal, 403), and stays; so does what they report of the resource ("410 since it was deleted"): whether
 * it is there is observed, not argued.
 */
function reasonArguesFor(code: string, reason: string): boolean {
  if (code === '401') return detectAuth(credentialText(reason)).auth !== 'unknown';
  if (code === '403') return detectDenials(reason).length > 0;
  return code === '404' && detectHide(reason) === true;
}

/** Whether a text states a case by itself: a caller's credentials, a refusal, or an absence. */
function statesACaseItself(text: string): boolean {
  const { existence } = detectExistence(text);
  return existence === 'removed' || existence === 'missing' || detectAuth(credentialText(text)).auth !== 'unknown' || detectDenials(text).length > 0;
}

/**
 * The text without the reasons given for proposed codes, where it still states a case: where the reason is all the case there is
 * ("alice says 410 because it was deleted for good. bob says 404"), it is the premise both sides share, and it stays.
 */
function withoutProposalReasons(text: string): string {
  if (!/ (?:because|since|so|to) /.test(text)) return text;
  const proposed = text.replace(PROPOSAL_REASON, (whole: string, lead: string, code: string) =>
    reasonArguesFor(code, whole.slice(lead.length)) ? lead + ' '.repeat(whole.length - lead.length) : whole,
  );
  return proposed !== text && statesACaseItself(proposed) ? proposed : text;
}

/** The text without what the writer sets aside: options weighed and rejected, rules for other cases, reasons of proposals. */
function withoutSetAside(text: string): string {
  const rules = withoutProposalReasons(withoutRulesForOtherCases(text));
  return /\b(?:rejected|dropped|decided against|ruled out|discarded|abandoned|vetoed|turned down|gave up on|voted down|shot down)\b/.test(rules) ? rules.replace(REJECTED_OPTION, ' ') : rules;
}

function withoutDeniedClauses(given: string): string {
  const setAside = withoutSetAside(given);
  const proposed = /_(?:token|scope|request)\b/.test(setAside) ? setAside.replace(PROPOSED_ERROR, ' ') : setAside;
  const retracted = /\b(?:i|we) (?:[a-z]+ )?(?:thought|said|assumed|believed|figured|guessed|suspected|claimed|to (?:think|believe|assume))\b/.test(proposed) ? proposed.replace(RETRACTED_CLAUSE, ' ') : proposed;
  const text = /\b(?:lie|wrong|false|misleading|untrue|not true|incorrect|bogus|nonsense)\b/.test(retracted) ? retracted.replace(FALSE_MESSAGE, ' ') : retracted;
  const denies = text.includes('not that ') || text.includes('not because ') || text.includes('not as ');
  const misread = /\b(?:think|thinks|thought|believe|believes|believed|assume|assumes|assumed|conclude|concludes|concluded|suspect|suspects)\b/.test(text) ? text.replace(MISREAD_CLAUSE, ' ') : text;
  const denied = denies ? misread.replace(DENIED_CLAUSE, ' ') : misread;
  return /\?\s*(?:no|nope|nah|not that)\b/.test(denied) ? denied.replace(ANSWERED_NO, ' ') : denied;
}

/** "insufficient_scope error, which status?": the error's name alone reads as a scope denial; is there more? */
function statesACaseWithout(text: string, existence: Existence): boolean {
  const rest = text.replace(/\b(?:insufficient_scope|invalid_token|invalid_request)\b/g, ' ');
  return existence === 'removed' || existence === 'missing' || detectAuth(rest).auth !== 'unknown' || detectDenials(rest).length > 0;
}

/** "we cannot tell whether …", "I do not know if …": the asker's own doubt, not a wish to keep the caller from knowing. */
const OWN_DOUBT = /\b(?:we|i|nobody|no one|noone)(?: [a-z]+)? (?:do not|does not|did not|cannot|can not|could not) (?:know|tell|say|remember|recall|see|check)(?: for sure| yet)? (?:if|whether)\b/g;

function withoutOwnDoubt(text: string): string {
  return / (?:whether|if) /.test(text) ? text.replace(OWN_DOUBT, (phrase) => ' '.repeat(phrase.length)) : text;
}

/**
 * "404 like we do for unknown routes, or?", "should it 404 the way unknown urls do?": a code proposed by
 * analogy with another case. The other case's words (unknown, nonexistent …) are no fact of this one.
 */
const ANALOGY_NOUN = '(?:routes?|urls?|paths?|pages?|ids?|endpoints?|resources?|links?|records?)';

const ANALOGY_KIND = '(?:unknown|missing|nonexistent|non-existent|non-existing|undefined|unmatched|invalid|bad|wrong|mistyped|typoed|random|bogus|garbage|dead)';

const ANALOGY = new RegExp(
  `\\b(?:like|as|same as|the same as|just like|similar to|the way)(?: (?:we|it|they|you) (?:do|did|does|return|answer))? (?:for|with) (?:the |an? |any |all )?${ANALOGY_KIND} (?:[a-z-]+ )?${ANALOGY_NOUN}\\b|\\bthe way (?:the |an? |any |all )?${ANALOGY_KIND} (?:[a-z-]+ )?${ANALOGY_NOUN} (?:do|does|did)\\b`,
  'g',
);

const ANALOGY_HINT = new RegExp(`\\b${ANALOGY_KIND} `);

function withoutAnalogy(text: string): string {
  return / (?:like|as|similar to|the way) /.test(text) && ANALOGY_HINT.test(text) ? text.replace(ANALOGY, ' ') : text;
}

/**
 * "finding: a support agent (agent role) can call PATCH /users/{id}/role and gets 200. what should agents
 * get instead?": a caller who CAN do what a review says they must not. What is asked for is the refusal
 * the success should have been: a permission the caller lacks (403). Only with a success written (a 2xx or
 * "it succeeds"), a word of review, and no "as designed".
 */
const REVIEW_OF_A_SUCCESS =
  /\b(?:finding|findings|pentest\w*|audit\w*|bug bounty|vulnerab\w*|security (?:review|issue|bug|hole|report|test|team)|broken (?:access control|authori[sz]ation|authz)|bola|bfla|privilege escalation|(?:should|must) not be able|not supposed to (?:be able|have)|instead)\b/;

const A_SUCCESS = /\b(?:200|201|202|204)\b|\b(?:succeeds|succeeded|goes through|went through|works|worked)\b/;

const CAN_DO = /\b(?:can|could|(?:is|are|was|were) able to|manages? to|managed to)\b/;

const AS_DESIGNED = /\b(?:as designed|as intended|by design|as expected|expected behaviou?r|intended behaviou?r|which is (?:fine|correct|right|intended|expected))\b/;

function successShouldBeRefused(text: string, codes: readonly string[]): boolean {
  const succeeded = codes.some((code) => code.startsWith('2')) || text.includes('succe') || text.includes('work') || text.includes(' through');
  return succeeded && REVIEW_OF_A_SUCCESS.test(text) && A_SUCCESS.test(text) && CAN_DO.test(text) && !AS_DESIGNED.test(text);
}

/**
 * "user is anonymous, the endpoint is public", "pages are public, no login": a resource that asks for no
 * credentials. A caller without them is then no authentication failure (401 needs a resource that requires
 * authentication, RFC 9110 §15.5.2): what decides is whether the resource is there, removed, or refused.
 */
const PUBLIC_RESOURCE =
  /\b(?:endpoints?|routes?|pages?|urls?|paths?|site|website|blog|docs?|content|section|feeds?|catalog(?:ue)?|storefront)\b (?:is|are|was|were|stays?|remains?)(?: all| fully| entirely| completely| always)? (?:public|publicly (?:accessible|available|readable|visible)|open to (?:everyone|anyone|the public|all)|world-readable)\b|\bpublic(?:ly accessible)? (?:[a-z-]+ )?(?:endpoints?|routes?|pages?|urls?|paths?|site|website|blog|docs?|content|section|feeds?|catalog(?:ue)?|storefront|profiles?|listings?|articles?|posts?|news|help|faq)\b|\bno (?:login|log ?in|sign[- ]?in|auth\w*|account) (?:is )?(?:needed|required|necessary)\b|\bneeds? no (?:login|log ?in|sign[- ]?in|auth\w*|account)\b/;

/** The caller said to carry no credentials: "user is anonymous", "visitors do not log in", "no login". */
const ANONYMOUS_CALLER = /\b(?:anonymous(?:ly)?|anon|unauthenticated|logged[- ]out|not logged in|(?:do|does|did) not (?:log|sign) ?in|without (?:logging|signing) in|no (?:login|log ?in|sign[- ]?in|account|auth\w*))\b/;

/** "anonymous users can read posts", "listeners may play episodes without auth": anonymous use allowed by design. */
const ANONYMOUS_ALLOWED =
  /\b(?:anonymous|anon|logged[- ]out|unauthenticated|guest)s?(?: [a-z-]+)? (?:can|may|are allowed to|are able to|are free to|are welcome to)(?: normally| usually| always| all| still)? [a-z]+\b|\b(?:can|may|are allowed to|is allowed to|are able to)(?: normally| usually| always| all| still)? [a-z]+ (?:[a-z-]+ ){0,3}without (?:any )?(?:auth\w*|a login|logging in|signing in|an account|credentials|a token|a session)\b/;

/**
 * Automated probing for software the site never ran: a scanner (not a health probe) and the software's paths, or the site
 * saying it never ran such a thing.
 */
const SCANNER_PROBE = /\b(?:scanners?|vulnerability scans?|pentest(?:ers?|ing)?|fuzz(?:ing|ers?))\b/;
const NEVER_OUR_SOFTWARE = /\/wp-|\/\.env\b|\/\.git\b|phpmyadmin|\/cgi-bin\b|\bnever (?:ran|run|had|used|installed|deployed)\b|\b(?:do not|did not|does not) (?:run|use|have|host)\b/;

/** "anonymous visitors hit the faq page we removed": readers of a page, which the page's removal decides (not "anon visitor opens /account/settings"). */
const ANONYMOUS_READERS = /\b(?:anonymous|logged[- ]out|anon|unauthenticated) (?:visitors?|readers?|web visitors?|browsers|passers-by|crawlers?|bots?|spiders?|traffic|search engines?|scrapers?)\b/;

/** "public /rss/old-feed endpoint": a route called public, named by its path. */
const PUBLIC_PATH = /\bpublic (?:\/[a-z0-9/._-]+ )(?:[a-z-]+ )?(?:endpoints?|routes?|pages?|urls?|paths?|feeds?|apis?|docs?|site)\b/;

/** "the session had timed out", "an expired session cookie": a browser session that lapsed, not a token or key the route checks. */
const SESSION_LAPSED =
  /\b(?:session|sessions|session cookie|login cookie|cookie|cookies|login)\b(?: [a-z]+){0,2} (?:had |has |have |was |were |is |got )?(?:expired|timed out|lapsed|run out|ran out)\b|\b(?:expired|timed-out|lapsed|stale) (?:browser )?(?:session|sessions|session cookies?|login cookies?|cookies?|login)\b/;

/** …unless the route asked for is said to need credentials after all ("/me needs a login", "behind auth"). */
const NEEDS_CREDENTIALS =
  /\b(?:needs?|requires?|required|requiring|behind|gated by|protected by) (?:a |an |the |valid )?(?:login|log ?in|sign[- ]?in|auth\w*|token|credentials?|session|api key|bearer)\b|\b(?:login|log ?in|sign[- ]?in|auth\w*|credentials?|token) (?:is |are )?(?:required|needed|mandatory)\b(?<!\bno (?:login|log ?in|sign[- ]?in|auth\w*|credentials?|token) (?:is |are )?(?:required|needed|mandatory))|\b(?:protected|members-only|logged-in only|private)\b|\bmembers?'? (?:area|section|zone|portal|pages?)\b|\/(?:me|my|account|accounts|settings|profile)\b|\b(?:never|not|has not|have not|did not) (?:yet )?(?:signed up|registered|created an account)\b|\bno account\b/;

/** A move with no address to send callers to: no mapping, no 1:1 match, a redirect ruled out. */
const NO_SUCCESSOR =
  /\bno (?:url |id |one-to-one |1:1 |1-to-1 |one to one |direct |clean |possible )?(?:mapping|mappings|match(?:ing)? urls?|equivalents?|counterparts?|successors?|replacement (?:urls?|pages?))\b|\b(?:cannot|can not|could not|unable to|no way to|impossible to|not possible to|will not|do not|does not|can't|cant) (?:be )?(?:redirect(?:ed)?|map(?:ped)?)\b|\bnot (?:mappable|redirectable)\b|\bmapping (?:is )?(?:impossible|not possible)\b|\bno (?:way|possibility) to (?:map|redirect)\b|(?<!\b(?:why|or|should (?:we|i|it|they)|shall we|could we|can we|would we) )\b(?:not|never|no longer|without) (?:be |been |going to |planning to |intending to )?(?:redirect(?:ing|ed)?|forward(?:ing|ed)?)\b|\bno (?:redirects?|forwarding)\b|\bredirect(?:s|ing)? (?:is |are )?(?:ruled out|not an option|off the table|not wanted|not planned)\b|\b(?:do not|does not|did not|will not|would not) (?:want|plan|intend) to redirect\b|\b(?:next|future|upcoming|later|another|a different|other|the new) (?:[a-z0-9'-]+ ){0,3}(?:will|would|is going to|are going to|gets?|get) (?:use|have|get|live (?:at|on|under)|run (?:at|on)|be (?:at|on|under)) (?:a |an |its own |their own |a brand )?(?:new|different|separate|own|fresh) (?:url|urls|address|slug|page|domain|path)\b|\b(?:new|different) (?:url|address|slug|page|domain) (?:is |will be )?(?:for|with) (?:different|other|unrelated|new|separate) (?:content|material|stuff|pages?|things?)\b|\b(?:gets?|has|have|will (?:get|have|use)|uses?) (?:its|their) own (?:new |separate |different )?(?:url|urls|address|slug|page|domain|path)\b|\b(?:a|each|every|any) new (?:[a-z0-9'-]+ ){1,3}(?:gets?|has|receives?|is given|will (?:get|have|receive)|uses?) (?:a |an |its own |their own |a brand )?(?:new|different|separate|own|fresh) (?:url|urls|address|slug|page|domain|path|link)\b/;

/**
 * "we never re-create the same url (a new export makes a new url)": the new address belongs to a new thing, and the old one is not
 * forwarded.
 */
const ANOTHER_THINGS_URL =
  /\bnever (?:re-?create|re-?use|recycle|re-?issue|re-?generate|give out) (?:the |that |this |an? )?(?:same |old )?(?:urls?|links?|address(?:es)?)\b|\b(?:a |each |every )?new (?:export|download|report|file|upload|share|invite|request|run|build|job|order|item)s? (?:makes?|make|gets?|get|creates?|create|generates?|generate|has|have|receives?) (?:a |its own |their own )?(?:new|fresh|different) (?:url|link|address)\b/;

/** "no wait", "scratch that", "correction:": the asker takes back what came before. */
const SELF_CORRECTION = /\b(?:no wait|wait no|wait,? actually|actually no|scratch that|correction|sorry,? i meant|i meant|let me correct that|my bad)\b[,:;.!-]*\s*/g;

/** The part after the asker's last self-correction, or null without one. */
function correctedPart(text: string): string | null {
  const marks = [...text.matchAll(SELF_CORRECTION)];
  const last = marks[marks.length - 1];
  if (last?.index === undefined) return null;
  const after = text.slice(last.index + last[0].length);
  return after.trim() === '' ? null : after;
}

/**
 * "token is expired... no wait, it is valid, just missing the scope", "might be temporary... no, confirmed with product:
 * removed for good": the asker takes back the clause before the mark, so only what follows it is a fact.
 */
const RETRACTION =
  /(?<![a-z])(?:no wait|wait,? no|wait,? actually|actually,? no|no,? actually|scratch that|strike that|ignore that(?: for now)?|forget (?:that|what i said)(?: for now)?|correction:|sorry,? i meant|i meant|let me correct (?:that|myself)|my bad|my mistake|(?:no|nope),? (?:it is |it was |that is |now |just |since )?(?:confirmed|verified|double-checked|checked|clarified)(?= with| by| -|:|,| that| it| the| now))(?![a-z])/g;

/** Where the retracted clause starts: after the sentence break before it (the mark's own "..." or "?" skipped). */
function retractedFrom(text: string, mark: number): number {
  const before = text.slice(0, mark).replace(/[\s.,;:!?-]+$/, '');
  const breaks = [...before.matchAll(/[.;!?:\n]|\s-\s/g)];
  const last = breaks[breaks.length - 1];
  return last?.index === undefined ? 0 : last.index + last[0].length;
}

/** The text with every retracted clause and its mark taken out. */
function withoutRetracted(text: string): string {
  if (!/\b(?:wait|actually|scratch|strike|ignore|forget|correction|meant|correct|bad|mistake|confirmed|verified|checked|clarified)\b/.test(text)) return text;
  const marks = [...text.matchAll(RETRACTION)];
  if (marks.length === 0) return text;
  let result = '';
  let kept = 0;
  for (const match of marks) {
    const start = Math.max(kept, retractedFrom(text, match.index ?? 0));
    result += `${text.slice(kept, start)} `;
    kept = (match.index ?? 0) + match[0].length;
  }
  return `${result}${text.slice(kept)}`.replace(/^[\s,.;:!?-]+/, '');
}

/** "auth not needed", "no login required", "public tracking is anonymous and open to everyone": the resource asks for no credentials. */
const NO_AUTH_NEEDED =
  /\b(?:is|are) anonymous and open to (?:everyone|anyone|the public|all)\b|\b(?:auth\w*|login|log-?in|sign-?in|credentials)\b (?:is |are )?not (?:needed|required|necessary)\b|\bno (?:auth\w*|login|log-?in|sign-?in|credentials) (?:is |are )?(?:needed|required|necessary)\b|\b(?:needs|requires) no (?:auth\w*|login|log-?in|sign-?in|credentials)\b/;

/**
 * "the company cancelled its subscription and we took their data off the api": the customer left and its data was removed;
 * the removal decides what its old callers get, not a plan that no longer covers them.
 */
const SUBSCRIPTION_ENDED =
  /\b(?:cancell?ed|canceled|ended|terminated|closed|stopped|let lapse|churned(?: from)?) (?:their |its |the |his |her |our )?(?:[a-z-]+ )?(?:subscriptions?|plans?|contracts?|accounts?|memberships?|trials?)\b|\b(?:subscriptions?|contracts?|memberships?|trials?(?: period)?) (?:was |were |got |has been |had )?(?:cancell?ed|canceled|ended|terminated|ran out|lapsed)\b/;

type CallerRead = ReturnType<typeof detectAuth>;
type ExistenceRead = ReturnType<typeof detectExistence>;

/** Who calls: the credentials the question tells, or those the asker corrects to ("anonymous?? no wait, logged in as non-owner"). */
function readCaller(doubtedText: string, openText: string): CallerRead {
  const whole = detectAuth(credentialText(withoutArtifactSignatures(openText)));
  const corrected = correctedPart(doubtedText);
  const correctedRead = corrected === null ? null : detectAuth(credentialText(withoutArtifactSignatures(withoutOpenAccess(corrected))));
  return correctedRead !== null && correctedRead.auth !== 'unknown' ? correctedRead : whole;
}

/** "anonymous crawler, we block bots by UA policy, auth not needed": logging in could not lift a rule's refusal, so no 401. */
const ruleRefusesWithoutAuth = (read: CallerRead, doubtedText: string): boolean =>
  read.auth === 'none' && NO_AUTH_NEEDED.test(doubtedText) && hasNear(doubtedText, RULE_WORD, REFUSAL_WORD, 60);

/**
 * Whether the caller's credentials decide nothing, because the resource asks for none of them: a gone page read by anyone, a
 * public resource removed, a rule that refuses whoever asks, anonymous callers let in by design, a probe for software we never ran.
 */
function credentialsBesideThePoint(read: CallerRead, doubtedText: string, openText: string, existence: ExistenceRead, ruleRefuses: boolean): boolean {
  // The page called open and the caller called anonymous in one sentence: "user is anonymous, the endpoint is public".
  const openToAll =
    read.auth === 'none' && !NEEDS_CREDENTIALS.test(doubtedText) && doubtedText.split(/[.;!?]\s/).some((sentence) => PUBLIC_RESOURCE.test(sentence) && ANONYMOUS_CALLER.test(sentence));
  // Only where the page was removed: that is then what decides (a public page that is there and refuses an anonymous caller is
  // another case; an absence next to an anonymous caller is left to the protocol order, which a held-aside set showed is safer).
  const gone = existence.existence === 'removed';
  const readersOfAGonePage = read.auth === 'none' && ANONYMOUS_READERS.test(doubtedText) && !NEEDS_CREDENTIALS.test(doubtedText);
  // "the public docs page was retired for good; the visitor's session had timed out", "public endpoint, never required auth,
  // shut down; a client with no credentials calls it": a resource open to all asks for no credentials, so a caller without
  // them (or with a lapsed browser session) is no authentication failure; its removal decides (RFC 9110 §15.5.2, §15.5.11).
  const saidOpen = openText !== doubtedText || PUBLIC_RESOURCE.test(doubtedText) || PUBLIC_PATH.test(doubtedText) || NO_AUTH_NEEDED.test(doubtedText);
  const noCallerNeeded = read.auth === 'none' || (read.auth === 'invalid' && SESSION_LAPSED.test(doubtedText));
  const publicAndGone = gone && saidOpen && noCallerNeeded && !NEEDS_CREDENTIALS.test(openText) && !/\b(?:non-?|not |never |no longer )public\b/.test(doubtedText);
  // "anonymous listeners can normally play episodes without auth": where anonymous callers are let in by design, a
  // missing credential is no failure, and a link that names nothing is just that (RFC 9110 §15.5.2 needs a resource
  // that asks for authentication).
  const absent = gone || existence.existence === 'missing';
  const anonymousByDesign =
    absent && read.auth === 'none' && (ANONYMOUS_ALLOWED.test(doubtedText) || NO_AUTH_NEEDED.test(doubtedText)) && !NEEDS_CREDENTIALS.test(doubtedText);
  // "an unauthenticated scanner hammers /wp-admin/, we never ran wordpress": a probe for something we never had asks for
  // nothing that needs credentials; the seed counts scanner probes as 404 noise (RFC 9110 §15.5.2 needs a resource that asks
  // for authentication). Only probes: another anonymous caller of a missing path is left to the protocol order.
  const probeForNothing =
    existence.existence === 'missing' && read.auth === 'none' && SCANNER_PROBE.test(doubtedText) && NEVER_OUR_SOFTWARE.test(doubtedText) && !NEEDS_CREDENTIALS.test(doubtedText);
  return (gone && (openToAll || readersOfAGonePage)) || publicAndGone || ruleRefuses || anonymousByDesign || probeForNothing;
}

/** The refusals read, less those the rest of the question explains away (an ended plan beside a removal, a refusal of nothing). */
function pruneDenials(denials: DenialKind[], existence: ExistenceRead, auth: AuthState, text: string, doubtedText: string, codes: readonly string[]): void {
  if (existence.existence === 'removed' && denials.length === 1 && denials[0] === 'plan' && (EXPIRED_RESOURCE.test(text) || SUBSCRIPTION_ENDED.test(text))) denials.splice(0, 1);
  // "the course was permanently withdrawn (license ended); students were enrolled": gone for everyone, so the licence that
  // ended is the reason it went, not a refusal of this caller (RFC 9110 §15.5.11).
  if (existence.existence === 'removed' && existence.permanent && denials.length === 1 && denials[0] === 'plan') denials.splice(0, 1);
  // "/v1/userz (typo), the waf default rule answers 403": a catch-all refusal of a path that does not
  // exist says nothing about this caller; what is true of the request is that nothing is there.
  // "… because the privacy check defaults to deny when the record is null", "the bucket policy denies missing keys": a
  // refusal the service gives because nothing is there is that absence, not a fact about the caller.
  if (existence.existence === 'missing' && (DEFAULT_REFUSAL.test(text) || REFUSAL_OF_ABSENCE.test(text))) denials.splice(0, denials.length);
  // "no order with that id anywhere; the user also lacks orders:export, irrelevant": nothing was ever there to refuse.
  if (existence.existence === 'missing' && denials.length > 0 && saidNeverThere(doubtedText)) denials.splice(0, denials.length);
  if (denials.length === 0 && (auth === 'valid' || auth === 'unknown') && (existence.existence === 'unknown' || existence.existence === 'exists') && successShouldBeRefused(doubtedText, codes)) {
    denials.push('role');
  }
}

/** Reads the facts out of a question already passed through `normalizeQuestion`. */
export function extractSituation(normalized: string): Situation {
  const text = withoutRetracted(stripCodeNames(normalized)).replace(/\b(csrf|xsrf) tokens?\b/g, '$1token');
  const codes = statusCodesIn(text);
  const stated = withoutDeniedClauses(text);
  const doubted = withoutDoubtedClauses(stated);
  const openText = withoutOpenAccess(doubted.text);
  const read = readCaller(doubted.text, openText);
  const { expired } = read;
  const denials = detectDenials(doubted.text);
  if (denials.length === 0 && read.auth === 'valid' && contrastRefuses(doubted.text)) denials.push('generic');
  // Permanence has its own hedge reading (permanenceIsHedged), which needs the doubt words.
  const factual = withoutOtherRemovals(withoutAnalogy(stated));
  const existence = knownRemoval(detectExistence(factual), factual, withoutOtherRemovals(withoutAnalogy(doubted.text)));
  if (existence.existence === 'removed') denials.splice(0, denials.length, ...denialsBesideARemoval(doubted.text, denials));
  const ruleRefuses = ruleRefusesWithoutAuth(read, doubted.text);
  if (ruleRefuses && denials.length === 0) denials.push('generic');
  const auth = credentialsBesideThePoint(read, doubted.text, openText, existence, ruleRefuses) ? 'unknown' : read.auth;
  pruneDenials(denials, existence, auth, text, doubted.text, codes);
  const topics = detectTopics(text);
  // "moved to a new vendor with new ids, no mapping", "we cannot redirect": no successor to send anyone to, so the removal decides.
  // So with "a relisting gets a new url": what is put up again is another resource, not this one moved.
  if (topics.includes('moved') && (NO_SUCCESSOR.test(text) || PUT_UP_AGAIN_ELSEWHERE.test(text) || ANOTHER_THINGS_URL.test(text))) topics.splice(topics.indexOf('moved'), 1);
  // "so it means no permission?": a claim about what the code means is a question about its definition.
  if (!topics.includes('definition') && CLAIM_READING_HINT.test(text) && CLAIM_READING.test(text)) topics.push('definition');
  const softNotFound = has(text, ...SOFT_SITUATION) || (codes.includes('200') && existence.existence !== 'unknown' && existence.existence !== 'exists');
  // "a 404 with a 200 status, what is it called?", "why should a missing page not return 200?": the
  // definition or the reason asked for is the soft 404's.
  // So is "… served with status 200, is that actually a problem?" (know1): whether the soft 404 does harm.
  const asksHarm = /\b(?:is|are) (?:it|that|this|they) (?:actually |really |even )?(?:a )?(?:problem|issue|bad|harmful)\b|\bit is problem\b/.test(text);
  if (softNotFound && (topics.includes('definition') || topics.includes('mistake') || topics.includes('why') || asksHarm) && !topics.includes('soft404')) topics.unshift('soft404');
  // "is it wrong to use 403 for missing login": a judgement of when to use a code.
  // "is it correct to return 403 when the token has expired?": a judgement of a code for a case the
  // question states is a review of that code (answered with the code the case calls for); without a
  // case ("is it ok to send 404 for a thing that exists?") it is a judgement of the practice.
  const practice = PRACTICE_QUESTION.test(text);
  const statesACase = existence.existence === 'removed' || existence.existence === 'missing' || auth !== 'unknown' || denials.length > 0;
  const reviewsACase = practice && statesACase && /^(?:is it|would it be|isn't it|is that|ok|okay|fine|alright|acceptable)\b/.test(text) && !/\b(?:(?<!\bfor )ever|always|generally|in general|good practice|bad practice|a good idea|a bad idea)\b|\bfor (?:a|an|any) (?:server|api|service|endpoint|app|site|website|web server|backend|gateway|proxy) to\b/.test(text);
  if (((practice && !reviewsACase) || SPEC_REQUIREMENT.test(text)) && !topics.includes('decision')) topics.push('decision');
  const oauthError = detectOAuthErrorOfCase(stated, auth);
  const sentences = sentencesOf(text);
  const asksOther = asksAnotherQuestion(sentences);
  const caseBeyondTheErrorName = oauthError === null ? statesACase : statesACaseWithout(doubted.text, existence.existence);
  const setAside = withoutSetAside(text);
  const currentCode = detectCurrentCode(setAside);
  const hideText = doubted.doubts.includes('hidden') ? doubted.text : setAside;
  const hide = detectHide(withoutOwnDoubt(hideText)) ?? (hidesPrivateBehind404(hideText, currentCode) ? true : null);
  if (oauthError === 'insufficient_scope' && !denials.includes('scope')) denials.unshift('scope');
  return {
    text,
    codes,
    auth: oauthError === 'invalid_token' && auth === 'unknown' ? 'invalid' : auth,
    tokenAuth: /\b(?:token|tokens|jwt|bearer|oauth|oidc|api key|scopes?|insufficient_scope|invalid_token)\b/.test(text),
    expired,
    denials,
    existence: existence.existence,
    permanent: existence.permanent,
    temporary: existence.temporary,
    hide,
    sensitive: affirmedSensitive(text),
    outsider: denials.includes('tenant') || denials.includes('ownership') || OUTSIDER.test(doubted.text),
    softNotFound,
    oauthError,
    topics,
    // "404 vs 410 for deleted stuff, what is the rule": a question about the rule, not about one case.
    asksWhich: !asksOther && !asksWhichOfTheCodesMeans(text) && !CODE_TAKEN_UP_MEANS.test(text) && (TICKET_WITHOUT_QUESTION.test(text) || reviewsACase || CODE_PROPOSED_AS_FIX.test(text) || lastAsksForCode(sentences) || CODE_BESIDE_A_PART.test(text) || (!notAboutACase(text) && (has(text, ...ASKS_WHICH) || asksForCodeByShape(text)))),
    currentCode,
    empty: !/[a-z0-9]/.test(text),
    doubts: doubted.doubts,
    asksConsequence: CONSEQUENCE_OF_A_CODE.test(text),
    asksDeciding: ASKS_WHAT_DECIDES.test(text),
    asksOther,
    statesACase: caseBeyondTheErrorName,
    // "the rule is they cannot file a claim": a rule's content told as what someone cannot do is a rule's refusal too.
    refusedByRule: denials.length > 0 && (hasNear(doubted.text, RULE_WORD, REFUSAL_WORD, 60) || RULE_SAYS_NO.test(doubted.text)),
  };
}
