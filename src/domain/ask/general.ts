import { SOURCES, knowledge } from '../knowledge';
import type { Draft } from './compose';
import { codesAskedToBeDefined, type Situation } from './facts';
import { knowledgeClassAnswer } from './knowledgeClasses';
import { claimCheckAnswer, namedSubjectAnswer } from './namedSubjects';

/**
 * Questions about the rules themselves rather than about one request: "which RFC defines the codes
 * now?", "when is it fine to answer 404 for something that exists?". They get the fact they ask for and
 * no verdict, even when they mention facts (exists, not allowed) that would otherwise decide a code.
 */

const OLD_RFC = /\b(?:rfc ?)?(?:2616|7230|7231|7232|7233|7234|7235)\b/;
const SPEC_QUESTION =
  /\b(?:which|what) (?:rfcs?|standard|standards|spec|specs|specification)\b|\b(?:which|what) documents? (?:defines?|specif\w*|says?|covers?|describes?|governs?|is (?:the|authoritative|normative|current))\b|\b(?:latest|newest|current|today's|modern) (?:http )?(?:semantics )?(?:rfcs?|spec|specs|standard|specification)\b|\bobsolet\w*(?=[^.?]{0,30}\b(?:rfcs?|specs?|standards?|specification|\d{4})\b)|\b(?:rfcs?|specs?|standards?|specification|\d{4})\b[^.?]{0,30}\bobsolet\w*|\b(?:which|what) (?:one |document |rfc )?obsolet\w*|\b(?:which|what) section\b|\bsection\b[^.?]{0,40}\bdefines?\b|\bwhere (?:is|are) (?:\d{3}|the status codes?|status codes?|the codes?)(?: [a-z]+)? defined\b|\b(?:spec|rfc|standard|specification) for (?:an? |the )?(?:\d{3}|status codes?|http status)\b|\brfc section\b|\bsection (?:for|of|number)\b|\b(?:official|authoritative|normative) (?:definition|spec|specification|source|reference)\b|\bwhere\b[^.?]{0,40}\b(?:defined|specified|described|documented)\b/;
/** "which rfc says so", "what spec covers this", "where is that in the rfc": the spec of what was just told. */
const SPEC_OF_THE_CASE =
  /\b(?:rfcs?|specs?|standard|specification)\b[^.?]{0,20}\b(?:says? so|covers? (?:this|that|it)|backs? (?:this|that|it) up|for (?:this|that)|about (?:this|that|it))\b|\b(?:where|which section|what section)\b[^.?]{0,20}\b(?:is|says?) (?:this|that|it)\b|\b(?:says? so|covers? (?:this|that|it))\b[^.?]{0,20}\b(?:rfcs?|specs?|standard)\b/;
/** True when a case is told and the document behind its code is asked for ("… gets 403. which rfc says so?"). */
export const asksSpecOfTheCase = (s: Situation): boolean => s.statesACase && SPEC_OF_THE_CASE.test(s.text);
/** Bearer-token questions have their own RFC (6750) and their own answers. */
const OAUTH = /\b(?:6750|oauth|bearer|insufficient_scope|invalid_token|scopes?)\b/;

/** Words of hiding proper (not just existence, which a 404 question names anyway). */
const HIDING = /\b(?:hid(?:e|es|ing|den)|conceal\w*|reveal\w*|leak\w*|secret|private|confidential)\b/;
const HIDE_WORDS = /\b(?:hid(?:e|es|ing|den)|exists?|existing|existence|enumerat\w*|leak\w*|reveal\w*|really there|is there|secret)\b/;
/**
 * "are servers really permitted under rfc 9110 to return 404 instead of 403 …?", "can an api return 404 for a record which actually
 * exists?": whether a server may hide a thing behind 404, asked yes or no (RFC 9110 §15.5.4: it may), also after a told case.
 */
const MAY_404_FOR_WHAT_EXISTS =
  /(?:^|[.;!?] )(?:is|are) (?:a server|servers|an? (?:api|origin server|origin|service)|apis|the (?:server|api|origin server|service)|we|i)(?: (?:ever|really|still|even|actually|truly))? (?:allowed|permitted)(?: (?:by|under|per|in) (?:the )?(?:http )?(?:specs?|rfcs?|rfc ?9110|standards?|http))? to (?:answer|return|send|use|respond with|reply with|give)(?: (?:a|an|with))? 404\b[^?]{0,40}\b(?:exists?|is real|really there|is there|instead of (?:a )?403|hid(?:e|ing)|conceal\w*)\b|(?:^|[.;!?] )(?:can|may) (?:a server|servers|an? (?:api|origin server|origin|service)|apis|the (?:server|api)|we|i)(?: (?:ever|really|still|even|actually|legally))? (?:answer|return|send|use|respond with|reply with|give)(?: (?:a|an|with))? 404 (?:for|on|to) (?:something|a resource|a thing|a page|an? [a-z-]+|one) (?:that|which) (?:actually |really |still |does )?exists?\b/;

/** General questions about answering 404 for something that is there. */
const GENERAL_HIDE: readonly RegExp[] = [
  MAY_404_FOR_WHAT_EXISTS,
  // "where does the rfc allow 404 instead of 403?": what the rules permit, asked without a case.
  /\b(?:where|what|does|do|how)\b[^?]{0,20}\b(?:rfcs?|rfc ?9110|9110|specs?|standard|http semantics)\b[^?]{0,20}\b(?:allow|allows|permit|permits|say|says|let|lets)\b[^?]{0,30}\b404\b[^?]{0,30}\b(?:403|forbidden|hid\w*|exist\w*)\b/,
  // "how do we stop id enumeration through status codes": a defence asked for, not a case.
  /^how (?:do|can|should|could|would|to) (?:we |i |you |one )?(?:stop|prevent|avoid|block|mitigate|defend against|protect against|limit)\b[^?]{0,50}\b(?:enumerat\w*|leak\w*|guess\w*|prob(?:e|es|ing)|disclos\w*|reveal\w*|existence)\b/,
  // "when does rfc 9110 allow 404 even though the real reason is that the caller is forbidden?": the refusal named after the 404.
  /\bwhen\b[^?]{0,60}\b404\b[^?]{0,60}\b(?:exists?|existing|really there|is there|hide|hiding|instead of 403|(?:is|are) (?:actually |really |in fact )?forbidden)\b/,
  /^(?:does|do|can|is|will) (?:the )?(?:rfcs?|rfc ?9110|specs?|standard|http)\b[^?]{0,30}\b(?:allow|allows|permit|permits|let|lets|say|says)\b[^?]{0,40}\b(?:hid(?:e|es|ing)|exist\w*|conceal\w*)/,
  /\bwhen\b[^?]{0,40}\b404\b[^?]{0,20}\b(?:beat|beats|over|rather than|instead of|better than|preferable to|more sense than|more appropriate than|fits better than|wiser than|safer than)\b[^?]{0,10}\b403\b|\bwhen\b[^?]{0,40}\b(?:prefer|choose|pick|use) 404\b[^?]{0,20}\b403\b/,
  /^(?:does|do|can|will|would) (?:an? )?403s?\b[^?]{0,30}\b(?:imply|implies|mean|means|reveal|reveals|leak|leaks|confirm|confirms|tell|tells|show|shows|prove|proves)\b[^?]{0,30}\bexist/,
  /\b(?:which|what) (?:one|code|status)\b[^?]{0,10}\b(?:leaks?|reveals?|exposes?|discloses?|confirms?)\b/,
  /\bwhen\b[^?]{0,40}\b(?:lie|pretend|fake)\b[^?]{0,20}\b404\b|\b404\b[^?]{0,20}\b(?:lie|lying)\b/,
  /\bunder (?:which|what) (?:conditions?|circumstances?)\b[^?]{0,60}\b404\b/,
  // "in what situation is a server allowed to answer 404 even though the honest answer would be 403", "in what situation may an
  // origin server answer 404 for a resource that actually exists but is forbidden to the client".
  /\b(?:in )?(?:which|what) (?:cases?|situations?|circumstances?|conditions?)\b[^?]{0,60}\b404\b(?:[^?]{0,40}\b(?:even though|although|though|when|while|where)\b[^?]{0,40}\b403\b|[^?]{0,80}\b(?:exists|existing|is there|forbidden|not allowed|no access)\b)/,
  // "our app shows not found for a project the customer knows exists (not shared with them): a bug, or can a server legitimately say 404 there".
  /\b(?:can|may|could) (?:a |the |our )?(?:server|api|app|origin|service)s? (?:legitimately|legally|rightfully|properly|validly) (?:say|send|return|answer|give|use|respond with)\w* (?:a )?404\b/,
  // "can a server legitimately send 404 when the real reason is that the caller is forbidden?": the practice asked of any server.
  /^(?:can|may|could|is it (?:ok|okay|fine|allowed|legal|legit) (?:for|to)) (?:a server|an api|an origin|servers|apis|a service|one)\b[^?]{0,30}\b(?:send|return|answer|use|respond with|reply with)\w* (?:a )?404\b[^?]{0,60}\b(?:forbidden|not allowed|denied|no access|lacks? (?:the )?(?:permission|access|rights?))\b/,
  // "can i pretend a resource does not exist to users without access": the practice of hiding.
  /^(?:can|may|should|could|is it ok to|is it fine to) (?:i|we|you|one|a server|an api|the api|servers|apis)? ?(?:pretend|act as if|act like|claim|say)\b[^?]{0,40}\b(?:does not|do not|did not|never|not) exist/,
  // "in which cases may a server pretend it does not exist", "what is the rule for answering 404 to a caller who lacks access".
  /\b(?:in )?(?:which|what) (?:cases?|situations?|circumstances?|conditions?)\b[^?]{0,60}\b(?:pretend\w*|hid(?:e|es|ing)|conceal\w*)\b|\bwhen (?:may|can|should|could|is it (?:ok|okay|fine|acceptable|allowed) to)\b[^?]{0,30}\b(?:pretend\w*|hid(?:e|es|ing)|conceal\w*)\b/,
  /\b(?:rule|rules|guidance|policy|principle|convention)s? (?:for|on|about|of) (?:answering|returning|sending|using|giving) (?:a )?404\b/,
  /\b404\b[^?]{0,20}\b(?:stand in for|stands in for|substitute for|replace|replaces|be used (?:instead of|in place of|for)|in place of)\b[^?]{0,10}\b403\b/,
  // "why would anyone send 404 when the thing is actually there".
  /\b(?:why|when)\b[^?]{0,40}\b404\b[^?]{0,40}\b(?:actually|really|still) (?:there|exists?)\b|\b(?:why|when)\b[^?]{0,40}\b404\b[^?]{0,20}\b(?:for|on) (?:something|a resource|a page|a thing|an? [a-z]+) that (?:actually |really |still )?exists\b/,
  /\b(?:risk|danger|downside|problem)s? (?:of|with) (?:returning|answering|sending|using) (?:a )?403\b/,
  // "why do some apis answer 404 when access is denied", "what does 9110 say about 404 for hidden resources".
  /\bwhy\b[^?]{0,40}\b404\b[^?]{0,40}\b(?:denied|forbidden|refused|not allowed|no access|unauthori[sz]ed|private|instead of 403|no permissions?|lacks? (?:the )?permissions?|without (?:a |the )?permissions?|no rights|not permitted|no role|(?:is|are) not (?:a )?members?)\b/,
  /\bwhat (?:does|do) (?:the )?(?:rfcs?|rfc ?9110|9110|specs?|standard|http)\b[^?]{0,10}\b(?:say|says|allow|allows)\b[^?]{0,60}\b(?:hid(?:e|es|ing|den)|exist\w*|conceal\w*)\b/,
  /\bwhy (?:do|does|would|am|are) (?:i|we|they|you|he|she|the user|a user|users)(?: [a-z]+){0,2} (?:see|get|getting|seeing) (?:a )?404\b[^?]{0,60}\b(?:coworker|colleague|teammate|others?|someone else|they|she|he) (?:can|could)\b/,
  // "why they get 404 on a page their colleague sees": the same page, found by one and not the other.
  /\b404\b[^?]{0,60}\b(?:coworkers?|colleagues?|teammates?|manager|boss|other users?|others)\b[^?]{0,20}\b(?:can|could|sees?|opens?|has access|have access|gets? in)\b/,
  // "per rfc 9110, what may an origin server send instead of 403 if it wants to hide that …": the permission asked for by name.
  /\bwhat (?:status|code|status code)\b[^?]{0,40}\b(?:server|api)\b[^?]{0,20}\b(?:can|may|could)\b[^?]{0,20}\b(?:send|return|use|answer)\b[^?]{0,20}\binstead of (?:a )?403\b[^?]{0,60}\b(?:hid\w*|conceal\w*|reveal\w*|disclos\w*|exist\w*)/,
  // "403 lets anyone enumerate our org ids: what does rfc 9110 let us return instead?": the permission asked for, its code unnamed.
  /\bwhat (?:does|do|would|will) (?:the )?(?:rfcs?|rfc ?9110|9110|specs?|standard|http)\b[^?]{0,10}\b(?:let|lets|allow|allows|permit|permits)\b[^?]{0,30}\b(?:return|send|answer|use|respond with)\b[^?]{0,15}\binstead\b/,
  /\bwhat (?:may|can|could|should|is) (?:an? |the )?(?:origin )?(?:server|api|service|site)\b[^?]{0,30}\b(?:send|return|answer|use|respond with)\b[^?]{0,20}\binstead of (?:a )?403\b[^?]{0,60}\b(?:hid\w*|conceal\w*|reveal\w*|disclos\w*|exist\w*)/,
  // "is 404 or 403 better against enumeration?", "which is safer for privacy, 403 or 404?": the two compared as a defence.
  /\b(?:403|404)\b[^?]{0,12}\b(?:or|vs\.?|versus)\b[^?]{0,6}\b(?:403|404)\b[^?]{0,30}\b(?:better|safer|best|preferable|wiser|stronger|more secure)\b[^?]{0,25}\b(?:against|for|to (?:prevent|stop|avoid|block))\b[^?]{0,20}\b(?:enumerat\w*|leak\w*|probing|guessing|scraping|disclos\w*|privacy|security|discovery)|\b(?:better|safer|best|preferable|wiser|stronger|more secure)\b[^?]{0,25}\b(?:against|for|to (?:prevent|stop|avoid|block))\b[^?]{0,20}\b(?:enumerat\w*|leak\w*|probing|guessing|scraping|disclos\w*|privacy|discovery)\b[^?]{0,20}\b(?:403|404)\b[^?]{0,12}\b(?:or|vs\.?|versus)\b[^?]{0,6}\b(?:403|404)\b/,
  // "how do differing 403 vs 404 responses enable enumeration?": how the difference is used, not a case.
  /^how (?:do|does|can|could|would|might)\b[^?]{0,60}\b(?:enable|enables|allow|allows|let|lets|help|helps|lead to|leads to|make|makes|cause|causes|aid|aids|facilitate|facilitates)\b[^?]{0,30}\b(?:enumerat\w*|probing|scraping|guessing|discovery|leaks?|leaking|recon\w*)\b/,
];
/**
 * "if we answer 403, do we confirm it exists?", "doesn't a 403 tell the caller it exists?", "isn't that
 * leaking existence when we send 403?": what a 403 gives away, asked without asking for a code.
 */
const GIVES_AWAY =
  '(?:confirm\\w*|reveal\\w*|leak\\w*|gives? away|giving away|disclos\\w*|prov(?:e|es|ing)|impl(?:y|ies)|conclude|infer|deduce|expos\\w*|betray\\w*|tell|tells|telling|signal\\w*|show|shows|showing|indicat\\w*|learn\\w*|let(?:s|ting)? (?:\\w+ ){1,2}know|know)';
const EXISTS = '(?:exist\\w*|is there|are there|is real|are real|is present|is valid|are valid)';
const CONFIRMS_EXISTENCE = new RegExp(
  `\\b(?:403s?|forbidden)\\b[^?]{0,50}\\b${GIVES_AWAY}\\b[^?]{0,40}\\b${EXISTS}\\b` +
    `|\\b(?:confirm\\w*|reveal\\w*|leak\\w*|giv(?:e|es|ing) away|disclos\\w*|expos\\w*|betray\\w*)\\b (?:the |its |their )?existence\\b[^?]{0,40}\\b(?:403s?|forbidden)\\b`,
);
/** "403 for existing ids and 404 for unknown ones: what is the risk?": the difference as a side channel. */
const DIFFERENCE_LEAKS =
  /\b403\b[^?.]{0,40}\b404\b[^?.]{0,25}\b(?:unknown|missing|fake|non-?existent|others|the rest|ones that)\b|\b(?:exist\w*|real|valid|forbidden)\b[^?.]{0,20}\b403\b[^?.]{0,30}\b(?:unknown|missing|fake|non-?existent|(?:that|which) (?:do not|does not|don't|doesn't))\b[^?.]{0,20}\b404\b/;
const RISK = /\b(?:risks?|dangers?|wrong|problems?|concerns?|issues?|findings?|leaks?|learn|infer|security|secure|safe|attackers?|enumerat\w*|side[- ]channel)\b/;
/** "does answering 403 vs 404 differently …", "is it permitted to return 404 when …": about the practice. */
const ABOUT_THE_PRACTICE =
  /^(?:(?:does|do|is|are|can|would|will|could) (?:answering|returning|sending|using|giving|responding|hiding|concealing)\b|is (?:it )?(?:ever )?(?:permitted|allowed|legal|legit|legitimate|acceptable|ok|okay|fine|reasonable|kosher|common|standard|good practice) to (?:return|answer|send|use|give|respond with|reply with) (?:a )?404\b|(?:is (?:it )?)?(?:ok|okay|fine|allowed|legit|acceptable) to (?:hide|conceal)\b|(?:are|am|is) (?:we|i|you|they|servers|apis|a server|an api|the api|the server)(?: (?:ever|really|still|even))? (?:allowed|permitted) to (?:return|answer|send|use|give|respond with|reply with) (?:a )?404\b)/;
/** "is that legit per the rfc?", "what does the spec allow": asking what the rules permit. */
const PER_THE_SPEC =
  /\b(?:legit|legal|allowed|permitted|ok|okay|valid|compliant|acceptable)\b[^?]{0,20}\b(?:per|by|under|according to|in) (?:the )?(?:rfcs?|spec|specs|standard|http)\b|^(?:per|by|under|according to) (?:the )?(?:rfcs?|rfc ?9110|9110|spec|specs|standard|http)\b[^?]{0,30}\b(?:legit|legal|allowed|permitted|ok|okay|valid|compliant|acceptable|fine)\b|\bwhat does (?:the )?(?:rfcs?|spec|specs|standard|rfc ?9110|http) (?:allow|permit|say)\b/;
/** "invalid_token vs insufficient_scope", "what does RFC 6750 say …": the mapping itself, not a situation. */
/** "the 403 error code in oauth bearer terms", "what is 401 called in oauth": the code's OAuth name. */
const OAUTH_NAME_OF_CODE =
  /\b(?:oauth|bearer|6750)\b[^?]{0,20}\b(?:terms|speak|name|names|called|equivalent|errors?|error codes?|error names?)\b|\b(?:error code|error name|called|equivalent|name)\b[^?]{0,20}\b(?:in|for|under) (?:oauth|bearer|rfc ?6750)\b/;
/** "oauth err for missing scope?", "bearer error when the token expired": the error name asked for. */
const OAUTH_ERROR_FOR = /\b(?:oauth|oauth2|bearer|rfc ?6750|6750)\b[^?]{0,12}\b(?:err|errs|error|errors|error codes?|error names?|error values?)\b[^?]{0,6}\b(?:for|when|on|if|with)\b/;
const OAUTH_MAPPING = /\b(?:what|which|does|do)\b[^?]{0,60}\b(?:rfc ?)?6750\b|\b(?:rfc ?)?6750\b[^?]{0,30}\b(?:say|says|define|defines|map|maps)\b|\binvalid_token\b[^?]{0,40}\binsufficient_scope\b|\binsufficient_scope\b[^?]{0,40}\binvalid_token\b|\b(?:insufficient_scope|invalid_token|invalid_request)\b[^?]{0,30}\b(?:maps?|mapped|correspond\w*|belong\w*|pair\w*|mean|means|meaning|stands? for)\b|\bwhat (?:is|are|does|do) (?:an? |the )?(?:oauth |bearer )?(?:error )?(?:insufficient_scope|invalid_token|invalid_request)\b|\b(?:goes|go|maps?|mapped|correspond\w*|belong\w*|pair\w*|associated) (?:with|to) (?:the |an? )?(?:oauth |bearer )?(?:error )?(?:code )?(?:insufficient_scope|invalid_token|invalid_request)\b|\b(?:insufficient_scope|invalid_token|invalid_request)\b[^?]{0,40}\b(?:goes|go|maps?|mapped|pairs?|belongs?|accompan\w*|corresponds?) (?:with|to)\b/;
/** "which error code goes in www-authenticate …", "what status and error value does RFC 6750 give …": the error's name is asked for, whatever the case. */
const ERROR_NAME_ASKED = /\b(?:which|what) (?:rfc ?6750 |oauth |bearer |www-authenticate )?(?:error|error code|error name|error value)s?\b|\b(?:status|status code|code) and (?:the |which |what )?(?:rfc ?6750 |oauth |bearer )?(?:error|error code|error name|error value)s?\b/;
/**
 * "in rfc 6750, when the token is expired, which error code and which http status …?", "per rfc 6750, if the token lacks a scope, what
 * error value and what status?": the error asked together with its status, the pair RFC 6750 §3.1 defines (invalid_token → 401,
 * insufficient_scope → 403, invalid_request → 400), for a condition put as "when" or "if" (any such token, as the RFC puts it): the
 * mapping is asked. A token told as a case ("expired bearer token on our server: rfc 6750 error name and status please", "… error code
 * and status for an expired bearer token?") keeps its verdict, the answer naming the error (session 10).
 */
const ERROR_AND_STATUS_ASKED =
  /\b(?:which|what)(?: [a-z0-9-]+){0,3} (?:error|error code|error name|error value|error attribute)s?\b[^?]{0,60}(?:\band|\bplus|\+|&) (?:the |which |what |its )?(?:http )?status\b|\b(?:error|error code|error name|error value)s? (?:and|plus|\+|&) (?:the )?(?:http )?status\b/;
/** "…, when the token is expired, …", "if a client presents a revoked token": the token's state put as a condition, not told. */
const CONDITION_CLAUSE = /(?:^|[,.;:!?] )(?:when|whenever|if|in case) /;
/**
 * "which error code is for …", "what error value signals …", "what is the error name used when …": the error named by what it means.
 * "which error code corresponds to a token that lacks the required scope", "what error applies to a token whose signature fails": the
 * error matched to a token of a kind (an indefinite one, "a token that …", as RFC 6750 §3.1 defines each error for any such token),
 * not to the token of a told case ("… for an expired bearer token?" keeps its verdict).
 */
const ERROR_BY_MEANING =
  /\b(?:which|what)(?: is the)? (?:oauth2? |bearer )?(?:error|error code|error name|error value)s?\b(?: (?:in|under|per) (?:rfc ?)?6750(?: terms)?)?(?: (?:is|are))?(?: (?:used|meant|defined|reserved))?(?: (?:for|when|if)\b| (?:means?|stands? for|denotes?|signals?|indicates?|covers?|describes?|represents?)\b| (?:(?:corresponds?|correlates?|applies|belongs|maps) (?:to|with)|matches|fits|suits) (?:a|an|any) )/;
/** "… and what status goes with it", "what http status accompanies it", "what status does it come with": the status asked as the error's companion. */
const STATUS_AS_COMPANION = /\b(?:goes|go|comes?|pairs?|belongs?) with (?:it|that|this|them)\b|\baccompan\w* (?:it|that|this|them)\b|\b(?:does|do) (?:it|they) (?:come|go) with\b/;
/**
 * "which bearer error should we put in the header when …", "what is the error code in the Bearer header
 * when …", "what goes in the error param of the challenge": the OAuth error's name, asked for a case. The
 * header or challenge must be named, since "what error code do we return" asks for a status.
 */
const ERROR_WORD = '(?:error|error code|error name|error value|error param(?:eter)?|error attribute|error field)s?';
const CHALLENGE_PLACE = '(?:the |a |an |our )?(?:bearer |www-authenticate |auth |authentication |oauth2? |401 )?(?:header|challenge|www-authenticate)';
const OAUTH_ERROR_NAME_ASKED = new RegExp(
  `\\b(?:which|what)(?: (?:is|are|should be|would be|goes|go)(?: in)?)?(?: the| an?)? (?:rfc ?6750 |oauth2? |bearer )${ERROR_WORD}\\b` +
    `|\\b(?:which|what)(?: (?:is|are|should be|would be))?(?: the| an?)? ${ERROR_WORD}\\b[^?.]{0,50}\\b(?:in|into|inside|of|for|on) ${CHALLENGE_PLACE}\\b` +
    `|\\b(?:which|what) (?:goes|go|comes?|should go|do we put|to put) (?:in|into|inside) (?:the )?${ERROR_WORD}\\b[^?.]{0,30}\\b${CHALLENGE_PLACE}\\b`,
);
/** "the token is valid but lacks the scope. what is the right response per rfc 6750?", "… which status, per rfc 6750?": a case, judged. */
const ASKS_FOR_RESPONSE =
  /\b(?:right|correct|proper|appropriate|expected) (?:response|status|code|status code|answer|http status)\b|\b(?:which|what) (?:http )?(?:status|status code|response code|code)\b|\bwhat (?:should|do|must|shall) (?:we|i|it|the [a-z-]+) (?:return|send|respond|answer|reply)\b|\bwhich (?:code|status|response) (?:should|do|must)\b/;
/** "how should the resource server respond?": the response asked for by how, not which. */
const HOW_TO_RESPOND = /\bhow (?:should|do|must|shall|would|will) (?:we|i|it|they|the [a-z-]+(?: [a-z-]+)?) (?:respond|reply|answer)\b/;
/** "should be sent with", "is returned with": the verb in the passive, with no one acting. */
const PASSIVE_SENT = /\b(?:be|is|are|being|been|get|gets|got) (?:sent|returned|send|returns?)\b/g;
/** Someone acting in the question: "we put insufficient_scope in the header", "the resource server says …". */
const ACTOR = /\b(?:we|our|us|resource server|server|gateway|gw|api|client|clients|caller|user|users|request|requests|header|response|returns?|returned|sends?|sent|gets?|got)\b/;

/** "is 404 a normal way to answer cross-tenant access?", "is it common to return 404 for forbidden records?". */
const NORMAL_404_FOR_ACCESS =
  /\bis (?:a )?404s? (?:a |an )?(?:normal|common|standard|usual|accepted|legit\w*|valid|acceptable|proper|correct|ok|okay|fine|sane) (?:way|response|answer|practice|thing)\b|\bis it (?:normal|common|standard|usual|accepted) (?:to|that) (?:we |apis |servers )?(?:return|answer|send|respond with|use)s? (?:a )?404\b/;
/** "is 404 for unauthorized access a good practice?": a judgement of the practice, not a situation. */
const JUDGES_THE_PRACTICE =
  /\b404\b[^?]{0,50}\b(?:an? )?(?:good|bad|best|common|recommended|standard|accepted|sane|secure) (?:practice|idea|pattern|approach)\b|\b(?:good|bad|best|recommended) (?:practice|idea)\b[^?]{0,50}\b404\b/;

function specAnswer(): Draft {
  const entry = knowledge('rfc-9110-current');
  return { sentences: [entry.text], sources: [...entry.sources] };
}

/** "can it be that the document is there and we still answer 404?": whether a 404 may stand for something real (asked, not a case). */
const MAY_BE_THERE =
  /\b(?:can|could) it be\b[^?]{0,50}\b(?:is there|are there|exists?|is real|really there)\b[^?]{0,40}\b404\b|\bis it possible (?:that )?[^?]{0,50}\b(?:exists?|is there)\b[^?]{0,40}\b404\b/;

/**
 * "if a server wants to hide that a forbidden resource exists, which code can it send instead of 403?": the code the rules
 * let any server put in 403's place, asked of "a server" in general, not of a case.
 */
const CODE_IN_PLACE_OF_403 =
  /\b(?:instead of|in place of|rather than) (?:a |an )?(?:403|forbidden)\b[^?]{0,20}\b(?:which|what)\b[^?]{0,40}\b(?:can|may|could|might|allowed|permitted)\b|\b(?:which|what)\b[^?]{0,40}\b(?:can|may|could|might|is (?:it )?allowed to|are (?:they )?allowed to|is (?:it )?permitted to)\b[^?]{0,30}\b(?:instead of|in place of|rather than) (?:a |an )?(?:403|forbidden)\b/;
const A_SERVER_IN_GENERAL = /\b(?:an? (?:server|origin server|origin|api|service|web ?site|site|web server|resource server)|servers|apis|origin servers)\b/;

/** "can i return 404 instead of 403 to hide stuff?": the practice of hiding, asked without a situation. */
const MAY_HIDE_WITH_404 =
  /\b(?:can|may|should|could) (?:i|we|you|one|a server|an api|the api) (?:return|answer|send|use|respond with) (?:a )?404\b[^?]{0,40}\b(?:hid(?:e|ing)|conceal\w*|so (?:that )?(?:people|users|attackers|they|nobody|no one|outsiders|others|callers) (?:cannot|can not|do not|will not|could not) (?:guess|know|tell|see|learn|enumerate|find out|discover)|to (?:avoid|prevent|stop) (?:leak\w*|enumerat\w*|reveal\w*|guess\w*|disclos\w*))\b/;

/** "is it acceptable to answer 404 instead of 403 to hide it?", "can we …", "does RFC 9110 permit …": whether the practice is allowed, asked yes or no. */
const MAY_I = /^(?:(?:per|under|according to|by) (?:the )?(?:rfc ?9110|rfcs?|spec|http)[,:]? )?(?:is|are|would|will) (?:it |that |this |(?:that|this|such an?|the|our) (?:response|practice|behaviou?r|answer) |returning |answering |sending |a server |an? (?:api|origin server|origin|service) |the (?:server|api|origin server|service) )?(?:ever |really |still |generally |actually |even |truly )?(?:acceptable|ok|okay|fine|allowed|permitted|legit|legitimate|legal|valid|compliant|reasonable|kosher)\b|^(?:can|may|could) (?:i|we|you|one|a server|an api|the api|servers|apis|an? origin(?: server)?|origin servers|the (?:server|origin server))\b|^(?:does|do) (?:the )?(?:rfcs?|rfc ?9110|9110|specs?|standard|http)\b(?: (?:standard|spec|specs|specification|semantics|rfcs?))?(?: (?:really|actually|even|ever|explicitly))? (?:permit|permits|allow|allows|let|lets)\b|^(?:are|am|is) (?:we|i|you|they|servers|apis|a server|an api|the api|the server)(?: (?:ever|really|still|even))? (?:allowed|permitted) to\b/;

/**
 * "the user swears the record exists but the api answered 404 because they cannot see it. can a 404 legitimately mean that?": whether a
 * 404 may stand for a thing the caller may not see, asked of the code itself.
 */
const A_404_MAY_MEAN =
  /\b(?:can|may|could) (?:a |an |the )?404s? (?:response )?(?:legitimately |legally |really |ever |actually |validly |properly |also )?(?:mean|stand for|signal|cover|indicate|be used for|be used to mean)\b/;
const CANNOT_SEE_WHAT_EXISTS = /\bexists?\b|\b(?:cannot|can not|not allowed to|no right to|not permitted to) (?:see|access|view|read|open)\b|\bforbidden\b|\bno access\b/;

/** "from a security-review standpoint: ", "quick q, ": a lead-in before the question proper. */
const LEAD_IN = /^[a-z0-9 ,'-]{1,60}: /;
/** "under rfc 9110, ", "per the spec ": the rules named before the question proper. */
const PER_THE_RULES = /^(?:per|under|according to|by|in) (?:the )?(?:rfc ?9110|9110|rfcs?|specs?|http|standard)[,:]? /;

/** A 404 weighed against 403 to hide: what the "yes" is about (not "404 instead of 401", not "403 instead of 404"). */
const HIDES_WITH_404 = /\b404\b[^?]{0,30}\b(?:instead of|rather than|in place of)\b[^?]{0,5}\b403\b|\b404\b[^?]{0,30}\b(?:for|on|to) (?:an? |the |our |their )?(?:private|confidential|secret|hidden|internal)\b|\b404\b[^?]{0,40}\b(?:hid(?:e|ing)|conceal\w*|reveal\w*|disclos\w*)\b/;

/**
 * "yes" leads only a question whether the practice is allowed, about a 404 in place of a 403, where nothing
 * said rules hiding out (credentials not valid, nothing there, a caller who already knows, a 401 weighed).
 */
function saysYes(s: Situation | null): boolean {
  if (s === null || /\b401\b/.test(s.text) || s.auth === 'invalid' || s.auth === 'none' || s.expired || s.hide === false) return false;
  // (The thing said to exist is the premise of the question, whatever "not found" the case told.)
  if (MAY_404_FOR_WHAT_EXISTS.test(s.text)) return true;
  // "our pentest report calls it non-compliant. is that response actually allowed by the rfc?": the yes/no question closes the text.
  const last = s.text.split(/(?<=[.!?]) /).pop() ?? s.text;
  if (A_404_MAY_MEAN.test(last)) return true;
  // "from a security-review standpoint: does rfc 9110 permit …", "under rfc 9110, may an origin server …": the yes/no question after a
  // lead-in.
  return asksMayI(s.text) && HIDES_WITH_404.test(s.text) && s.existence !== 'missing';
}

/** Whether the text asks yes or no if a practice is allowed, after any lead-in or rules named first, or in its last clause. */
function asksMayI(text: string): boolean {
  const last = text.split(/(?<=[.!?]) /).pop() ?? text;
  // "security wants us to 404 forbidden docs instead of 403 so we dont leak that they exist, does the rfc actually allow that": the
  // yes/no question as the last clause.
  const clause = last.split(', ').pop() ?? last;
  return MAY_I.test(text) || MAY_I.test(text.replace(LEAD_IN, '')) || MAY_I.test(text.replace(PER_THE_RULES, '')) || MAY_I.test(last) || MAY_I.test(clause);
}

function hideAnswer(s: Situation | null = null): Draft {
  const rule = saysYes(s)
    ? [
        'Yes, when its existence must stay hidden from that caller: a server may then answer 404 instead of 403.',
        'RFC 9110 §15.5.4 allows it to a server that wishes to hide the current existence of a forbidden resource (§15.5.5 defines 404 to cover an origin server that "is not willing to disclose that one exists"); otherwise a known caller who is refused gets 403.',
      ]
    : [
        'A 403 confirms that the resource exists. RFC 9110 §15.5.4 allows a server to answer 404 instead of 403 when it wishes to hide the current existence of a forbidden resource from this caller (§15.5.5 defines 404 to cover an origin server that "is not willing to disclose that one exists"); otherwise a known caller who is refused gets 403.',
      ];
  return {
    sentences: [
      ...rule,
      'Make the hiding 404 identical to a real one (same body and headers, similar timing) and keep the true reason in your logs.',
    ],
    sources: [SOURCES.rfc9110Forbidden, SOURCES.rfc9110NotFound, SOURCES.guide],
  };
}

/**
 * "is it OK to return 403 to callers who sent no credentials at all?", "is returning 404 to clients with
 * expired tokens allowed?": a code judged for a whole class of callers (plural, "anyone", "those who …"),
 * not for one request. The rule is answered, yes or no with the code the class calls for, and no verdict.
 */
const JUDGEMENT =
  '(?:ok|okay|fine|acceptable|allowed|legit|legitimate|correct|right|wrong|bad|valid|permitted|proper|reasonable|(?:a )?good (?:practice|idea)|(?:a )?bad (?:practice|idea))';
const SERVE = '(?:return|send|answer|give|use|respond with|reply with|serve)';
const A_CLASS_OF_CALLERS =
  '(?:all |any |the |those |such )?(?:[a-z-]+ ){0,2}(?:callers|clients|users|requests|people|visitors|apps|consumers|bots|accounts|customers|anyone|anybody|everyone|everybody|whoever)\\b';
const PRACTICE_FOR_CALLERS = [
  new RegExp(`^(?:is|would|will|was) (?:it )?(?:ever |really |generally )?(${JUDGEMENT}) to ${SERVE} (?:a |an )?(\\d{3})s? (?:to|for) ${A_CLASS_OF_CALLERS}`),
  new RegExp(`^(?:can|may|could) (?:we|i|you|one|a server|an api|the api) ${SERVE} (?:a |an )?(\\d{3})s? (?:to|for) ${A_CLASS_OF_CALLERS}`),
  new RegExp(`^(?:is|are) (?:returning|sending|answering|giving|using|serving) (?:a |an )?(\\d{3})s? (?:to|for) ${A_CLASS_OF_CALLERS}[^?.]{0,60}\\b(${JUDGEMENT})\\s*\\??$`),
  // "if we are not sure a removal is permanent, is 410 still ok?", "when you cannot tell whether a deletion is final, would 410 be
  // fine?": a code judged under a condition the asker puts in general terms (any such removal), the rule asked, not one case.
  new RegExp(`^(?:if|when|whenever) (?:we|you|one|i|the server|a server|an api)(?: are| is| am)? (?:not sure|unsure|uncertain|not certain|do not know|cannot tell|can not tell|are not certain)\\b(?: (?:whether|if|that))? (?:an?|any) [a-z-]+\\b[^,?]{0,60}, (?:is|would|will) (?:a |an )?(\\d{3})(?: be)? (?:still |then |really |even |also )?(${JUDGEMENT})\\b`),
];

/** The code a question judges for a class of callers, and whether it is asked as wrong ("is it wrong to …"). */
export function practiceForCallers(s: Situation): { proposed: string; askedAsWrong: boolean } | null {
  for (const pattern of PRACTICE_FOR_CALLERS) {
    const match = pattern.exec(s.text);
    if (!match) continue;
    const codeFirst = /^\d{3}$/.test(match[1] ?? '');
    const code = (codeFirst ? match[1] : match[2]) ?? '';
    const judgement = (codeFirst ? match[2] : match[1]) ?? '';
    return { proposed: code, askedAsWrong: /\b(?:wrong|bad)\b/.test(judgement) };
  }
  return null;
}

/** The reason phrases the standards give the codes people ask about. */
const REASON_PHRASES: Readonly<Record<string, string>> = {
  '400': 'Bad Request',
  '401': 'Unauthorized',
  '403': 'Forbidden',
  '404': 'Not Found',
  '405': 'Method Not Allowed',
  '407': 'Proxy Authentication Required',
  '410': 'Gone',
  '500': 'Internal Server Error',
  '503': 'Service Unavailable',
};
/** "what are the official names of status 403 and 410?", "what is 410 called?": the reason phrase asked for. */
const NAMES_ASKED =
  /\b(?:standard|official|usual|normal) (?:texts?|names?|wordings?|phrases?)(?: that)? (?:comes? after|goes after|follows?|after) (?:the )?(?:number|code)s?\b|\b(?:names?|titles?|reason[- ]phrases?|status texts?|(?:standard|official|canonical|proper|correct|exact|right) (?:texts?|names?|wordings?|phrases?|labels?)) (?:of|for) (?:the )?(?:http )?(?:status(?:es)?|status codes?|codes?)? ?\d{3}\b|\b\d{3}(?:'s)? (?:reason[- ]phrase|status text|standard text|official (?:name|text|phrase))s?\b|\bwhat (?:is|are) (?:status |code )?\d{3}(?: and \d{3})? (?:called|named)\b/;

/** "which code", "403 or 404", "what do we return": a code asked beside the names. */
const CODE_ASKED_BESIDE = /\b(?:which|what) (?:http )?(?:code|status|one|response)\b|\b\d{3} ?(?:or|vs\.?|\/|versus) ?\d{3}\b|\b(?:return|send|respond)\b/;

function namesAnswer(s: Situation): Draft | null {
  const named = s.codes.filter((code) => REASON_PHRASES[code] !== undefined);
  // "the reason phrase of 401 is unauthorized … what does 401 actually signal?": the meaning asked, the name only told.
  // "… and which one for a user lacking the role?": a case asked beside the names is judged as the case
  // (not "is the 404 reason phrase not found or page not found?", whose "not found" only reads as a case).
  if (named.length === 0 || !NAMES_ASKED.test(s.text) || (s.asksWhich && s.statesACase && CODE_ASKED_BESIDE.test(s.text)) || codesAskedToBeDefined(s.text).size > 0) return null;
  const list = named.map((code) => `${code} ${REASON_PHRASES[code] ?? ''}`).join(', ');
  return {
    sentences: [
      `RFC 9110 names ${named.length > 1 ? 'them' : 'it'} ${list}.`,
      'The phrase is only a label: clients act on the number, servers may send other text, and HTTP/2 and HTTP/3 send no phrase at all.',
    ],
    sources: [SOURCES.rfc9110StatusCodes],
  };
}

/** The answer to a question about the rules, or null when the question is about a situation. */
export function generalAnswer(s: Situation): Draft | null {
  // A subject named outright (a neighbour code, a header, a method) before the classes of the core codes; a claim checked after them.
  const known = namedSubjectAnswer(s) ?? knowledgeClassAnswer(s) ?? namesAnswer(s) ?? claimCheckAnswer(s);
  if (known) return known;
  const text = s.text;
  // "rfc 9110?": the document named on its own.
  const aboutSpec = OLD_RFC.test(text) || SPEC_QUESTION.test(text) || /^(?:the |what about |and )?rfc ?9110\s*\??$/.test(text);
  if (/^(?:the |what about |and )?rfc ?6750\s*\??$/.test(text)) {
    const entry = knowledge('oauth-error-codes');
    return { sentences: [entry.text], sources: [...entry.sources] };
  }
  // "a 404 can be cached by default or not? what rfc say?": the subject asked about answers, not the spec's name.
  // "the user lacks the role and gets 403. which rfc says so?": the rule of the case told is asked, with its section.
  const specOfTheCase = asksSpecOfTheCase(s) && s.codes.length > 0;
  if (aboutSpec && !specOfTheCase && !OAUTH.test(text) && !s.topics.some((t) => t === 'caching' || t === 'retry' || t === 'seo')) return specAnswer();
  const namesCode = OAUTH_NAME_OF_CODE.test(text) && s.codes.length > 0;
  const oauthTerm = /6750|insufficient_scope|invalid_token|invalid_request/.test(text);
  // "insufficient_scope error, it go with which status?": an error name and nothing else is the mapping.
  // ("insufficient_scope should be sent with which status?": a passive "be sent" names no one acting.)
  const bareErrorName = oauthTerm && s.asksWhich && !s.statesACase && !ACTOR.test(text.replace(PASSIVE_SENT, ' '));
  // "in rfc 6750, which error code does the resource server use when …": with RFC 6750 named, "error code" is its error's name.
  // "in rfc 6750 what error code means …, and what status goes with it": the error asked by its meaning, the status as its companion.
  const errorOf6750 =
    /\b(?:rfc ?)?6750\b/.test(text) &&
    (((ERROR_NAME_ASKED.test(text) || ERROR_BY_MEANING.test(text)) && (!/\bstatus\b/.test(text) || (ERROR_BY_MEANING.test(text) && STATUS_AS_COMPANION.test(text)))) || (ERROR_AND_STATUS_ASKED.test(text) && CONDITION_CLAUSE.test(text)));
  const mapping = (oauthTerm && OAUTH_MAPPING.test(text)) || bareErrorName || namesCode || errorOf6750 || OAUTH_ERROR_FOR.test(text) || OAUTH_ERROR_NAME_ASKED.test(text);
  const judgesACase = mapping && s.statesACase && (ASKS_FOR_RESPONSE.test(text) || HOW_TO_RESPOND.test(text)) && !ERROR_NAME_ASKED.test(text) && !errorOf6750;
  // ("which rfc defines retry-after?" is no bearer question: the mapping answers a document question only when OAuth is named.)
  if ((mapping && !judgesACase) || (aboutSpec && OAUTH.test(text) && /^(?:which|what) (?:rfcs?|spec|specs|standard|document)\b/.test(text))) {
    const entry = knowledge('oauth-error-codes');
    return { sentences: [entry.text], sources: [...entry.sources] };
  }
  // "is returning 404 to clients with expired tokens allowed?": a code judged for callers in a stated state is answered by that state.
  const statedCallers = s.auth !== 'unknown' || s.expired || s.denials.length > 0;
  if (statedCallers && practiceForCallers(s)) return null;
  if (GENERAL_HIDE.some((pattern) => pattern.test(text))) return hideAnswer(s);
  if (A_404_MAY_MEAN.test(text) && CANNOT_SEE_WHAT_EXISTS.test(text) && !/\b(?:which|what) (?:code|status|one)\b/.test(text)) return hideAnswer(s);
  if (!s.statesACase && HIDE_WORDS.test(text) && CODE_IN_PLACE_OF_403.test(text) && A_SERVER_IN_GENERAL.test(text)) return hideAnswer(s);
  // (Not "… which code?": that asks for the case's code.)
  if (MAY_BE_THERE.test(text) && !ASKS_FOR_RESPONSE.test(text) && !/\b(?:which|what) (?:code|status|one)\b/.test(text)) return hideAnswer(s);
  // "if we send 403 the caller learns it exists, right?": a yes/no check of the claim, with no caller, refusal or other code in view.
  const checksTheClaim =
    !s.statesACase && s.auth === 'unknown' && s.denials.length === 0 && s.codes.length <= 1 && !/\b(?:what|which|status|code)\b/.test(text);
  if ((!s.asksWhich || checksTheClaim) && CONFIRMS_EXISTENCE.test(text)) return hideAnswer(s);
  if (text.includes('403') && DIFFERENCE_LEAKS.test(text) && RISK.test(text) && !/\b(?:what|which)\b[^?]{0,60}\b(?:return|send|answer|respond|reply)(?:s|ed)?\b|\b(?:which|what) (?:code|status)\b/.test(text)) return hideAnswer(s);
  // "is it legit to send 404 to hide that a private resource exists": hiding with a 404, asked with no
  // caller, refusal or resource in view and without asking which code, is a question about the practice.
  const situationless = s.auth === 'unknown' && s.denials.length === 0 && s.existence === 'unknown' && s.currentCode === null;
  if (!s.asksWhich && situationless && text.includes('404') && HIDING.test(text)) return hideAnswer(s);
  if (MAY_HIDE_WITH_404.test(text) && s.auth === 'unknown' && s.denials.length === 0 && s.existence === 'unknown') return hideAnswer(s);
  // "under rfc 9110, may an origin server return 404 rather than 403 to hide that a forbidden resource exists?": the practice asked yes or
  // no of servers in general, with no case told.
  if (!s.statesACase && asksMayI(text) && HIDES_WITH_404.test(text) && A_SERVER_IN_GENERAL.test(text) && s.auth === 'unknown' && s.denials.length === 0) return hideAnswer(s);
  const aboutThePractice = ABOUT_THE_PRACTICE.test(text) || PER_THE_SPEC.test(text);
  // ("is it ok per the rfc to return 404 for a private repo?": a private thing is one kept from some callers.)
  const aboutAccess = HIDE_WORDS.test(text) || /\b(?:forbidden|403|permissions?|access|allowed|authori[sz]ed|private|confidential)\b/.test(text) || s.denials.length > 0;
  // "is it fine to return 404 to a logged-in user who lacks the role when the resource is not secret?":
  // a case with its caller and refusal stated, and hiding explicitly not wanted, is judged as that case.
  const caseWithoutHiding = (s.auth !== 'unknown' || s.denials.length > 0) && s.hide === false;
  // "cdn is caching our 404s, is that allowed by the spec?": the practice judged is caching, not hiding.
  if (aboutThePractice && aboutAccess && text.includes('404') && !caseWithoutHiding && !s.topics.includes('caching')) return hideAnswer(s);
  // "is 404 a normal way to answer cross-tenant access?": a 404 for a refusal, judged as a practice.
  if (NORMAL_404_FOR_ACCESS.test(text) && aboutAccess && !/\b(?:which|what) (?:code|status|one)\b/.test(text)) return hideAnswer(s);
  if (JUDGES_THE_PRACTICE.test(text) && aboutAccess && text.includes('404') && s.auth === 'unknown' && s.existence === 'unknown') return hideAnswer(s);
  return null;
}
