import { SOURCES, knowledge, type KnowledgeId } from '../knowledge';
import type { Draft } from './compose';
import type { Situation } from './facts';

/**
 * Knowledge questions that name their subject outright: a neighbouring code (422, 423, 402, 500, 407, 451,
 * 301 beside 410), a secondary header or attribute (the Authorization header sent back, Location, Vary,
 * Retry-After on a 404 or 410, Cache-Control on a 410, error_description, scope), a method (idempotency,
 * PUT, OPTIONS and the CORS preflight), an RFC 6750 detail (its error list, the token in a form body, a
 * malformed header), a status class ("is 410 a 4xx or 3xx?"). Without these classes the words of the
 * 401/403/404/410 core in the same question won, and the answer was a canned paragraph about the core code.
 *
 * `FIRST` is read before the older classes (knowledgeClasses.ts), since the subject named is narrower than
 * theirs; `LAST` only after them, for checks of a claim that an older class may answer better.
 * A which-code question about a told case, whose facts decide a code, is never taken.
 */

interface NamedClass {
  readonly id: KnowledgeId;
  readonly asks: (text: string, s: Situation) => boolean;
}

/** A case told and its code asked for. */
const A_CASE = (s: Situation): boolean => s.asksWhich && s.statesACase;
/** A told case whose access facts already decide a code (a refusal, the credentials). */
const DECIDED_CASE = (s: Situation): boolean => A_CASE(s) && (s.denials.length > 0 || s.auth !== 'unknown' || s.expired);
const named = (code: string): RegExp => new RegExp(`\\b${code}s?\\b`);

/** A neighbour named to be explained, compared or weighed. */
const ABOUT_IT =
  /\bvs\.?\b|\bversus\b|\bdifferen\w*|\bdiff\b|\bcompar\w*|\bsame\b|\bmean\w*|\bwhat is\b|\bwhen (?:do|should|to|is|would|can)\b|\bor\b|\binstead\b|\brather than\b|\bexplain\w*|\bused? for\b|\bcorrect\b|\bright\b|\bbetter\b/;
const NEIGHBOUR = (code: string, alias?: RegExp) => (text: string, s: Situation): boolean =>
  (named(code).test(text) || (alias?.test(text) ?? false)) && ABOUT_IT.test(text) && !DECIDED_CASE(s);

/** "is 410 a 4xx or 3xx?", "are 403 and 404 the same class?": the class of a code asked. */
const CLASS_ASKED =
  /\b[1-5]xx\b[^?]{0,20}\bor\b[^?]{0,10}\b[1-5]xx\b|\bsame (?:class|category|family|group)(?: of (?:errors?|codes?|status(?:es)?|status codes?|responses?))?\b|\bsame (?:kind|type) of (?:errors?|codes?|status(?:es)?|status codes?|responses?)\b|\b(?:which|what) (?:status )?(?:class|category|family|group)\b|\bis (?:an? |the )?\d{3}s? (?:an? )?(?:[1-5]xx|client[- ]error|server[- ]error|redirect(?:ion)?|success)(?: (?:code|status|error|class|response))?\s*\??\s*$|\b(?:client[- ]error|server[- ]error|redirect(?:ion)?|success(?:ful)?)(?: (?:code|class|status))? or (?:an? )?(?:client[- ]error|server[- ]error|redirect(?:ion)?|success(?:ful)?)\b|\b(?:class|category|family) (?:of|is) (?:an? |the )?\d{3}\b|\b\d{3}s? (?:belongs?|falls?|is) (?:in|into|under|part of) (?:the |which |what )?(?:[1-5]xx|class|category|family)\b/;
const CLASS_NAMES: Readonly<Record<string, { name: string; section: string }>> = {
  '1': { name: '1xx, Informational', section: 'RFC 9110 §15.2' },
  '2': { name: '2xx, Successful', section: 'RFC 9110 §15.3' },
  '3': { name: '3xx, Redirection', section: 'RFC 9110 §15.4' },
  '4': { name: '4xx, Client Error', section: 'RFC 9110 §15.5' },
  '5': { name: '5xx, Server Error', section: 'RFC 9110 §15.6' },
};

function classAnswer(s: Situation): Draft | null {
  const codes = [...new Set(s.codes.filter((code) => /^[1-5]\d\d$/.test(code)))];
  if (codes.length === 0 || !CLASS_ASKED.test(s.text) || A_CASE(s)) return null;
  const byClass = new Map<string, string[]>();
  for (const code of codes) byClass.set(code[0] ?? '', [...(byClass.get(code[0] ?? '') ?? []), code]);
  const parts = [...byClass.entries()].map(([digit, members]) => {
    const cls = CLASS_NAMES[digit];
    const list = members.length > 1 ? `${members.slice(0, -1).join(', ')} and ${members[members.length - 1] ?? ''} are ${members.length > 2 ? 'all' : 'both'}` : `${members[0] ?? ''} is`;
    return `${list} in the class ${cls?.name ?? `${digit}xx`} (${cls?.section ?? 'RFC 9110 §15'})`;
  });
  const same = byClass.size === 1 && codes.length > 1 ? 'Yes, the same class: ' : '';
  return {
    sentences: [
      `${same}${parts.join('; ')}.`,
      'The first digit gives the class (RFC 9110 §15): 1xx informational, 2xx success, 3xx redirection, 4xx client error, 5xx server error; each code within a class keeps its own meaning.',
    ],
    sources: [SOURCES.rfc9110StatusClasses],
  };
}

/** A successor to send people to: a moved page, a replacement product. */
const SUCCESSOR =
  /\b(?:replacement|successor|replaced (?:by|with)|superseded|newer (?:version|model|product|page)|new (?:version|model|product|page|url|location|address)|moved (?:to|permanently)|(?:redirect|point) (?:them |it |people |users )?to)\b/;
/** "no successor url", "nothing replaces it": the successor ruled out, so 410 stands. */
const NO_SUCCESSOR = /\b(?:no |without (?:a |any )?|not (?:a |any )?)(?:successor|replacement|new (?:url|page|location|version))\b|\bnothing (?:replaces|replaced|takes (?:its|their) place)\b/;
const REDIRECT_CODE = /\b30[18]s?\b|\bredirects?\b/;

const RETRY_AFTER = /\bretry-after\b|\bretry after header\b/;
/** The header by that name, not "a new location" of moved content. */
const LOCATION_HEADER = /\blocation (?:header|field|response header)s?\b|\blocation:|\bheader (?:called |named )?location\b/;
/** Vary the header, not "results vary". */
const VARY_HEADER =
  /\bvary(?: header|:)|\bvary\b[^?.]{0,30}\b(?:header|cach\w*|authorization|cdns?|prox(?:y|ies))\b|\b(?:header|cach\w*)\b[^?.]{0,30}\bvary\b|\b(?:send|need|set|add|use|include|sets|adds|sends|uses|includes) vary\b/;
const CACHE_WORDS = /\bcache-control\b|\bmax-age\b|\bs-maxage\b|\bcach(?:e|ed|es|ing|eable|able)\b/;

/** "what header does the client send back after the 401 challenge?": the answer to a challenge. */
const ANSWERS_THE_CHALLENGE =
  /\b(?:which|what) (?:is the )?(?:request )?header\b[^?]{0,40}\b(?:client|browser|caller|app|user agent)s?\b[^?]{0,20}\b(?:send|sends|reply|replies|answer|answers|respond|responds|use|uses|include|includes|return|returns|put|puts)\b|\bheader\b[^?]{0,30}\b(?:back|in (?:reply|response|return))\b[^?]{0,30}\b(?:challenge|401|www-authenticate)\b|\bhow (?:does|do|should|can|would) (?:the |a )?(?:client|browser|caller|app|user agent)s? (?:answer|respond to|reply to|satisfy|meet|handle)\b[^?]{0,20}\b(?:challenge|www-authenticate)\b/;

/** "what does error_description do?": the attribute's purpose asked. */
const PURPOSE = /\bwhat (?:does|do|is|are)\b|\bmean\w*|\bpurpose\b|\bused? for\b|\bwhat for\b|\bexplain\w*|\bfor what\b|\bwhy\b/;
/** "which characters may it hold?": the attribute's syntax rather than its purpose. */
const SYNTAX_ASKED = /\b(?:chars?|characters?|charsets?|character sets?|ascii|unicode|utf-?8|quot(?:e|es|ing)|double[- ]quotes?|backslash\w*|escap\w*)\b/;
const ERROR_TEXT = /\berror_description\b|\berror_uri\b|\berror description\b/;
const SCOPE_PARAM = /\bscope (?:param(?:eter)?|attribute|field|value)s?\b|\bscope=|\bthe scope\b[^?.]{0,20}\b(?:in|of) (?:the |a )?(?:bearer |www-authenticate )?(?:challenge|header)\b/;
const BEARER_CONTEXT = /\bbearer\b|\bchallenge\b|\bwww-authenticate\b|\b6750\b|\boauth\b|\b403\b|\binsufficient_scope\b/;

/** "rfc 6750 error codes list", "what errors does rfc 6750 define": the list asked. */
const OAUTH_LIST =
  /\b(?:6750|bearer|oauth2?)\b[^?]{0,30}\b(?:error (?:codes|values|names)|errors)\b|\b(?:error (?:codes|values|names)|errors)\b[^?]{0,30}\b(?:6750|bearer|oauth2?)\b/;
const ALL_OF_THEM = /\blist\w*|\ball\b|\bwhich\b|\bwhat\b|\bpls\b|\bplease\b|\bgive\b|\bdefined\b|\bdefines?\b|\bthere\b/;

/** The token carried in a form body. */
const TOKEN = /\b(?:bearer(?: tokens?)?|access[_ ]tokens?|tokens?)\b/;
const SENT_TWICE = /\bagain\b|\btwice\b|\bboth\b|\bas well\b|\balso\b|\bheader and\b|\band (?:in )?the (?:authorization )?header\b/;
const IN_A_BODY = /\b(?:form|request|post|http) body\b|\bin the body\b|\bbody param(?:eter)?s?\b|\bform[- ](?:encoded|param(?:eter)?s?|data|field)\b|\burlencoded\b/;

/** A malformed header or request, not a malformed token (invalid_token, 401). */
const MALFORMED_HEADER =
  /\b(?:malformed|broken|garbled|badly formatted|bad|invalid|wrong)(?: format(?:ted)?)? (?:authorization |auth )?header\b|\b(?:authorization|auth) header\b[^?.]{0,20}\b(?:malformed|badly formatted|(?:bad|wrong|invalid) format|garbled|broken)\b|\b(?:api key|key|header) format\b|\bmalformed request\b/;
const TOKEN_ITSELF_MALFORMED = /\b(?:token|jwt)s? (?:is |was |are )?(?:malformed|cut|truncated|garbage|junk)\b|\bmalformed (?:token|jwt|signature)s?\b/;
const AUTH_OR_BAD_REQUEST = /\b400\b|\bbad request\b|\b401\b|\binvalid_request\b/;

/** "is returning 200 with an empty body for a missing item a soft 404?": something judged against the term. */
const SOFT_404_JUDGED =
  /^(?:is|are|does|do|would|will|was|can|could)\b[^?]{0,80}\b(?:a |an )?soft[- ]?404s?\b|\b(?:count\w*|consider\w*|treat\w*|classif\w*|seen|flag\w*|judged?) as (?:a |an )?soft[- ]?404s?\b/;

const IDEMPOTENT = /\bidempoten\w*/;
const PUT_METHOD = /\bput\b(?! (?:it|them|this|that|a|an|the|in|on|into)\b)/;
/** "second DELETE returns 404 vs 204": a repeated DELETE and the responses weighed. */
const DELETE_REPEATED = /\bdelete\b[^?]{0,40}\b(?:second|again|twice|repeat\w*|retr\w*|already (?:deleted|gone))\b|\b(?:second|repeat\w*|another) delete\b/;
/** OPTIONS the method, not "what are my options". */
const OPTIONS_METHOD =
  /\boptions (?:requests?|calls?|method|preflights?|verb|handler|route|endpoint)\b|\b(?:an?|the|send|sends|sending|answer|answers) options\b(?! (?:are|we|you|i|they|do)\b)|\boptions (?:to|on|for|against) (?:an? |the )?(?:\/|missing|unknown|non-?existent|resource|url|endpoint|route|path)|\b(?:should|must|does|do|can) options\b|\boptions (?:require|requires|need|needs|get|gets|return|returns)\b/;
const PREFLIGHT = /\bpre-?flights?\b|\bcors\b/;
const AUTH_WORDS = /\b401s?\b|\b403s?\b|\bauth\w*|\bcredentials?\b|\btokens?\b|\blog(?:ged)?[- ]?in\b|\bcookies?\b/;
const MISSING = /\b404\b|\bmissing\b|\bunknown\b|\bnon-?existent\b|\b(?:does|do) not exist\b|\bnot found\b|\bno such\b/;

/** "if we hide with 404, should 401 be hidden too?": hiding weighed for callers without credentials. */
const HIDING = /\bhid(?:e|es|ing|den)\b|\bconceal\w*|\bmask\w*/;
const ANONYMOUS = /\b401s?\b|\bunauthenticated\b|\banonymous\b|\blogged[- ]out\b|\bnot (?:logged|signed) in\b/;

/** Codes named beside the one a class is about, that make the question about them instead. */
const OTHER_TRIAGE = (except: string): RegExp => new RegExp(`\\b(?:${['401', '403', '404', '410'].filter((c) => c !== except).join('|')})s?\\b`);

const FIRST: readonly NamedClass[] = [
  // neighbours named: the answer is about the neighbour, with the core code it is confused with
  { id: 'neighbour-422', asks: NEIGHBOUR('422', /\bunprocessable\b/) },
  { id: 'neighbour-423', asks: NEIGHBOUR('423', /\b423\b/) },
  { id: 'neighbour-402', asks: NEIGHBOUR('402', /\bpayment required\b/) },
  { id: 'neighbour-500', asks: (text, s) => (named('500').test(text) || /\binternal server error\b/.test(text)) && /\b404\b/.test(text) && ABOUT_IT.test(text) && !DECIDED_CASE(s) },
  { id: 'neighbour-407', asks: (text, s) => named('407').test(text) && /\b401\b/.test(text) && ABOUT_IT.test(text) && !DECIDED_CASE(s) },
  { id: 'neighbour-451', asks: (text, s) => named('451').test(text) && (ABOUT_IT.test(text) || /\bwhat is it\b|\bwhen\b/.test(text)) && s.denials.every((why) => why === 'ip') && !(A_CASE(s) && (s.auth !== 'unknown' || s.expired)) },
  // "301 or 410 when a replacement exists", "410 vs 301 for moved content": a successor decides for the redirect
  { id: 'redirect-or-410', asks: (text, s) => named('410').test(text) && !NO_SUCCESSOR.test(text) && ((REDIRECT_CODE.test(text) && ABOUT_IT.test(text)) || (SUCCESSOR.test(text) && !DECIDED_CASE(s))) },
  // secondary headers
  { id: 'retry-after-429-503', asks: (text) => RETRY_AFTER.test(text) && named('429').test(text) && named('503').test(text) },
  { id: 'retry-after-on-4xx', asks: (text) => RETRY_AFTER.test(text) && /\b(?:404|410)s?\b/.test(text) && !/\b(?:429|503)\b/.test(text) },
  { id: 'location-header', asks: (text, s) => LOCATION_HEADER.test(text) && !A_CASE(s) },
  { id: 'vary-authorization', asks: (text, s) => VARY_HEADER.test(text) && !A_CASE(s) },
  { id: 'caching-410', asks: (text, s) => named('410').test(text) && CACHE_WORDS.test(text) && !OTHER_TRIAGE('410').test(text) && !A_CASE(s) },
  { id: 'authorization-header', asks: (text) => ANSWERS_THE_CHALLENGE.test(text) && !/\bproxy\b/.test(text) },
  // "what is the allowed charset for error_description": its syntax, answered by the know6 class (bearer-error-description-chars).
  { id: 'bearer-error-description', asks: (text) => ERROR_TEXT.test(text) && PURPOSE.test(text) && !/\bstatus\b/.test(text) && !SYNTAX_ASKED.test(text) },
  { id: 'bearer-scope-attribute', asks: (text, s) => SCOPE_PARAM.test(text) && BEARER_CONTEXT.test(text) && PURPOSE.test(text) && !A_CASE(s) },
  // RFC 6750 details
  { id: 'oauth-error-codes', asks: (text, s) => OAUTH_LIST.test(text) && ALL_OF_THEM.test(text) && !A_CASE(s) },
  // (The token sent both ways, "in the header and again in the body", is invalid_request: the older class answers it.)
  { id: 'token-in-body', asks: (text) => TOKEN.test(text) && IN_A_BODY.test(text) && !SENT_TWICE.test(text) && !/\bstatus\b|\b(?:40[134]|410)\b/.test(text) },
  { id: 'oauth-invalid-request', asks: (text) => MALFORMED_HEADER.test(text) && AUTH_OR_BAD_REQUEST.test(text) && !TOKEN_ITSELF_MALFORMED.test(text) },
  // hiding with 404 weighed for callers without credentials: what 401 does that a 404 cannot
  { id: 'hiding-unauthenticated-404', asks: (text, s) => HIDING.test(text) && /\b404s?\b/.test(text) && ANONYMOUS.test(text) && !A_CASE(s) },
  // a practice judged against the term
  { id: 'seo-soft-404', asks: (text) => SOFT_404_JUDGED.test(text) },
  // methods
  { id: 'put-idempotent', asks: (text) => PUT_METHOD.test(text) && IDEMPOTENT.test(text) },
  { id: 'idempotent-methods', asks: (text) => IDEMPOTENT.test(text) && !/\b\d{3}\b/.test(text) && !/\b(?:status|response|code)\b/.test(text) },
  { id: 'idempotent-status', asks: (text) => DELETE_REPEATED.test(text) && /\b20[04]\b/.test(text) && /\b404\b/.test(text) },
  { id: 'cors-preflight', asks: (text) => PREFLIGHT.test(text) || (OPTIONS_METHOD.test(text) && AUTH_WORDS.test(text)) },
  { id: 'options-method', asks: (text) => OPTIONS_METHOD.test(text) && MISSING.test(text) },
];

/** "is it true 401 means no permission?", "true or false: 403 means not logged in": a claim about a code's meaning, checked. */
const CLAIM_CHECKED = (code: string): RegExp =>
  new RegExp(
    `^(?:is it (?:really )?(?:true|right|correct|accurate)|true or false:?|am i right|is it correct to say|correct me if i am wrong[,:]?)\\b(?: that)?[^?]{0,15}\\b${code}\\b[^?]{0,12}\\b(?:means?|=|stands? for|is (?:for|about|when))\\b` +
      `|^(?:a |an |the )?${code}\\b (?:really |actually |basically |just )?(?:means?|=|stands? for)\\b[^?]{3,80}(?:,|-|:|\\s)\\s*(?:right|true|correct|accurate|true or false)\\s*\\??\\s*$`,
  );
/** "can a server send 403 without giving a reason?", "must a 403 say why?": whether the reason is owed. */
const REASON_OWED =
  /\b(?:without|no|not) (?:giving |any |a |an |saying |telling |stating |explaining |providing )*(?:reasons?|explanations?|why|details?)\b|\b(?:must|should|need to|needs to|have to|has to|required to|obliged to)\b[^?]{0,30}\b(?:say|says|tell|tells|explain|explains|give|gives|state|states|include|includes)\b[^?]{0,20}\b(?:why|reasons?|explanations?)\b/;

const LAST: readonly NamedClass[] = [
  { id: 'definition-401', asks: (text) => CLAIM_CHECKED('401').test(text) },
  { id: 'definition-403', asks: (text) => CLAIM_CHECKED('403').test(text) },
  { id: 'definition-404', asks: (text) => CLAIM_CHECKED('404').test(text) },
  { id: 'definition-410', asks: (text) => CLAIM_CHECKED('410').test(text) },
  { id: 'reason-in-403', asks: (text, s) => /\b403s?\b|\bforbidden\b/.test(text) && REASON_OWED.test(text) && !OTHER_TRIAGE('403').test(text) && !A_CASE(s) },
];

function pick(list: readonly NamedClass[], s: Situation): Draft | null {
  const text = s.text.toLowerCase();
  const found = list.find((c) => c.asks(text, s));
  if (!found) return null;
  const entry = knowledge(found.id);
  return { sentences: [entry.text], sources: [...entry.sources] };
}

/** A question that names its subject, read before the older knowledge classes. */
export function namedSubjectAnswer(s: Situation): Draft | null {
  return classAnswer(s) ?? pick(FIRST, s);
}

/** A claim about a code checked, read after the older knowledge classes. */
export function claimCheckAnswer(s: Situation): Draft | null {
  return pick(LAST, s);
}
