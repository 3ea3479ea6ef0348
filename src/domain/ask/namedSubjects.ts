import { SOURCES, knowledge, type KnowledgeId } from '../knowledge';
import type { Draft } from './compose';
import type { Situation } from './facts';
import { HOW_LONG_KEPT } from './knowledgeClasses';

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
  /\b[1-5]xx\b[^?]{0,20}\bor\b[^?]{0,10}\b[1-5]xx\b|\bsame (?:class|category|family|group)(?: of (?:errors?|codes?|status(?:es)?|status codes?|responses?))?\b|\bsame (?:kind|type) of (?:errors?|codes?|status(?:es)?|status codes?|responses?)\b|\b(?:which|what) (?:status )?(?:class|category|family|group)\b|\bis (?:an? |the )?\d{3}s? (?:an? )?(?:[1-5]xx|client[- ]error|server[- ]error|redirect(?:ion)?|success)(?: (?:client[- ]error|server[- ]error))?(?: (?:code|status|error|class|response))?\s*\??\s*$|\b(?:client[- ]error|server[- ]error|redirect(?:ion)?|success(?:ful)?)(?: (?:code|class|status))? or (?:an? )?(?:client[- ]error|server[- ]error|redirect(?:ion)?|success(?:ful)?)\b|\b(?:class|category|family) (?:of|is) (?:an? |the )?\d{3}\b|\b\d{3}s? (?:belongs?|falls?|is) (?:in|into|under|part of) (?:the |which |what )?(?:[1-5]xx|class|category|family)\b/;
const CLASS_NAMES: Readonly<Record<string, { name: string; section: string }>> = {
  '1': { name: '1xx, Informational', section: 'RFC 9110 §15.2' },
  '2': { name: '2xx, Successful', section: 'RFC 9110 §15.3' },
  '3': { name: '3xx, Redirection', section: 'RFC 9110 §15.4' },
  '4': { name: '4xx, Client Error', section: 'RFC 9110 §15.5' },
  '5': { name: '5xx, Server Error', section: 'RFC 9110 §15.6' },
};

/** "is 410 a 4xx client error?": one code put to one class, so the answer opens with yes or no. */
const CLASS_OF_ONE = /^(?:so |and |but )?is (?:an? |the )?(\d{3})s? (?:an? )?(?:([1-5])xx|(client|server)[- ]error|(redirect)(?:ion)?|(success))\b(?![^?]{0,25}\bor\b)/;
function askedClassDigit(m: RegExpExecArray): string {
  if (m[2]) return m[2];
  if (m[3]) return m[3] === 'client' ? '4' : '5';
  return m[4] ? '3' : '2';
}

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
  const asked = CLASS_OF_ONE.exec(s.text);
  const same = byClass.size === 1 && codes.length > 1 ? 'Yes, the same class: ' : asked ? `${askedClassDigit(asked) === asked[1]?.[0] ? 'Yes' : 'No'}: ` : '';
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
  /\b(?:replacement|successor|replaced (?:by|with)|superseded|newer (?:version|model|product|page)|new (?:version|model|product|page|url|location|address)|moved (?:to|permanently)|redirect (?:them |it |people |users )?to|(?<!\b(?:rfc|rfcs|spec|specs|standard|9110|rule|rules) (?:does |do |would |will )?)point (?:them |it |people |users )?to)\b/;
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
const PURPOSE = /\bwhat goes (?:in|into)\b|\bwhat (?:to|should (?:we|i|you)|do (?:we|i|you)) (?:put|write|say|send) in\b|\bwhat (?:does|do|is|are)\b|\bmean\w*|\bpurpose\b|\bused? for\b|\bwhat for\b|\bexplain\w*|\bfor what\b|\bwhy\b/;
/** "which characters may it hold?": the attribute's syntax rather than its purpose. */
const SYNTAX_ASKED = /\b(?:chars?|characters?|charsets?|character sets?|ascii|unicode|utf-?8|quot(?:e|es|ing)|double[- ]quotes?|backslash\w*|escap\w*)\b/;
const ERROR_TEXT = /\berror_description\b|\berror_uri\b|\berror description\b/;
const SCOPE_PARAM = /\bscope (?:param(?:eter)?|attribute|field|value)s?\b|\bscope=|\bthe scope\b[^?.]{0,20}\b(?:in|of) (?:the |a )?(?:bearer |www-authenticate )?(?:challenge|header)\b/;
/** "which WWW-Authenticate parameter tells the client what scope it needs?": the attribute asked by what it carries. */
const WHICH_PARAM_FOR_SCOPE = /\b(?:which|what) (?:(?:www-authenticate|bearer|challenge|auth|oauth) ){0,2}(?:param(?:eter)?|attribute|field)s?\b[^?]{0,60}\bscopes?\b/;
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

/**
 * "what is rfc 7617?", "rfc 8594 - what's that about?": a document named by number and asked what it is.
 * Only the documents an entry speaks for; the question must be about the document, not what it says of a case.
 */
const RFC_ENTRY: Readonly<Record<string, KnowledgeId>> = {
  '7617': 'spec-basic-auth',
  '2617': 'spec-basic-auth',
  '8594': 'sunset-header',
  '6585': 'spec-429',
  '7725': 'meaning-451',
  '6750': 'spec-bearer',
  '9457': 'problem-details',
  '7807': 'problem-details',
  '9110': 'rfc-9110-current',
  '7231': 'rfc-9110-current',
};
const RFC_NO = String.raw`rfc ?-?(\d{4})`;
const ABOUT_WHAT = String.raw`(?: (?:about|for|cover|covers|covering|define|defines|defining|specify|specifies|do|does|say|says|mean|means|all about))?`;
const RFC_IDENTITY = new RegExp(
  String.raw`\b(?:what(?:'s| is| was| are)|wats?|whats|explain|describe|summari[sz]e|tell me about|what does|what do|what(?:'s| is) in|what topic is|what is the subject of) (?:the |an? )?${RFC_NO}(?: (?:document|spec|specification|standard))?${ABOUT_WHAT}(?: please| pls| plz)?\s*[?.!]*\s*$` +
    String.raw`|^(?:and |so )?${RFC_NO}(?: (?:document|spec))?[\s?!.:,—-]*(?:(?:is |is it |is that )?(?:about )?what|what(?:'s| is) (?:it|that|this)(?: about)?|what (?:does|do) (?:it|that|this) (?:cover|define|say|do)|(?:is )?about what|meaning)(?: please| pls| plz)?\s*[?.!]*\s*$`,
);
function rfcIdentity(text: string): KnowledgeId | null {
  if (!text.includes('rfc')) return null;
  const m = RFC_IDENTITY.exec(text);
  const number = m?.[1] ?? m?.[2];
  return number ? (RFC_ENTRY[number] ?? null) : null;
}

/** The Basic scheme named with its challenge, not "a basic question". */
const BASIC_CHALLENGE =
  /\bbasic (?:auth\w*|scheme|challenges?|credentials|login|www-authenticate|realm)\b|\bwww-authenticate:? basic\b|\b(?:challenges?|www-authenticate)\b[^?.]{0,30}\bbasic\b|\b7617\b/;
/** The challenge's own parameters: realm, charset and the encoding it announces. */
const BASIC_PARAMS = /\blooks? like\b|\bexamples?\b|\bformat\b|\bsyntax\b|\bparam(?:eter)?s\b|\battributes\b|\brealms?\b|\bcharset\b|\butf-?8\b|\bencod\w*|\bnon-?ascii\b|\bunicode\b|\bspecial characters?\b|\bumlauts?\b|\baccent\w*/;
/** Transport security is basic-needs-tls's subject. */
const TRANSPORT = /\b(?:tls|ssl|https?|secure|insecure|safe|unsafe|cleartext|plain ?text|sniff\w*)\b/;

/** "a spike in 401s", "more 410s than usual": a rise of one code, and what it points at asked. */
const RISE = '(?:spikes?|spiking|spiked|surges?|surging|surged|bursts?|jumps?|jumped|increases?|increased|increasing|rises?|rising|rose|waves?|floods?|uptick|climb\\w*|growth)';
const RISE_OF = (code: string): RegExp => new RegExp(`\\b${RISE}\\b[^?.]{0,30}\\b${code}s?\\b|\\b${code}s?\\b[^?.]{0,30}\\b${RISE}\\b|\\b(?:lots of|many|more|tons of) ${code}s?\\b`);
const RISE_401 = RISE_OF('401');
const RISE_410 = RISE_OF('410');
const RISE_READ = /\bmean\w*|\bindicat\w*|\bcheck\w*|\bcaus\w*|\blook (?:at|for|into)\b|\bsuspects?\b|\bwhy\b|\binvestigat\w*|\bdebug\w*|\btell\w*|\bpoint\w* (?:at|to)\b|\bsignal\w*|\bwhat (?:to|do|should)\b|\bwhere\b/;
/** "why 401 when I already have a token?": credentials were sent and still refused. */
const WHY = /\bwhy\b|\bhow come\b|\breason\b/;
const HAD_CREDENTIALS =
  /\b(?:already|still|do|did|does)\b[^?.]{0,15}\b(?:have|has|had|got|send|sent|sending|include\w*|pass\w*|logged in|signed in|authenticated)\b|\b(?:have|has|had|got|with|send|sent|sending|include\w*|pass\w*|attach\w*) (?:a |an |the |my |our |their |valid |correct )?(?:token|credentials|api key|bearer token|authorization header|auth header|jwt|password)s?\b/;
/** "can a 403 go to an unauthenticated user?": the possibility asked, not whether it is good practice. */
const ANON = '(?:unauthenticated|un-authenticated|anonymous|anon|not (?:logged|signed) in|logged[- ]out|without (?:any )?(?:credentials|a token|login|auth\\w*)|no (?:credentials|token|login))';
const FORBIDDEN_TO_ANON = new RegExp(
  `^(?:can|could|may|might|is it (?:possible|valid|legal|allowed) (?:to|that))\\b[^?]{0,40}\\b403s?\\b[^?]{0,40}\\b${ANON}\\b|^(?:can|could|may|might)\\b[^?]{0,20}\\b${ANON}\\b[^?]{0,30}\\b(?:get|receive|be (?:given|sent|answered with)|see)\\b[^?]{0,10}\\b403s?\\b`,
);
/** "authentication vs authorization in status codes": the two notions compared. */
const AUTHN_AUTHZ =
  /\bauthenticat\w*\b[^?.]{0,25}\b(?:and|vs\.?|versus|or|from)\b[^?.]{0,12}\bauthori[sz]\w*|\bauthori[sz]\w*\b[^?.]{0,25}\b(?:and|vs\.?|versus|or|from)\b[^?.]{0,12}\bauthenticat\w*|\bauthn\b[^?.]{0,15}\bauthz\b|\bauthz\b[^?.]{0,15}\bauthn\b/;
const COMPARED_OR_MAPPED = /\bdifferen\w*|\bdiff\b|\bvs\.?\b|\bversus\b|\bstatus\b|\bcodes?\b|\bmap\w*|\bdistinguish\w*|\bexplain\w*|\bconfus\w*/;
/** "what is a challenge in http auth?": the notion defined, not a missing challenge. */
const CHALLENGE_DEFINED =
  /\bwhat(?:'s| is| are) (?:an? |the )?(?:http |auth(?:entication)? |www-authenticate )?challenges?\b(?: (?:in|of|for) [a-z -]{0,30})?\s*\??\s*$|\bchallenges?\b[^?.]{0,20}\b(?:mean|means|meaning|definition)\b|\bdefin\w* (?:an? |the )?(?:auth\w* )?challenge/;
const AUTH_CONTEXT = /\bauth\w*|\bwww-authenticate\b|\bhttp\b|\b401\b/;
const COMPARISON = /\bdifferen\w*|\bdiff\b|\bcompar\w*|\bdistinguish\w*|\bsame\b/;
const BROWSER = /\bbrowsers?\b|\bchrome\b|\bfirefox\b|\bsafari\b/;
/** "does chrome need the realm?": a parameter's obligation is the challenge's subject, not the dialog. */
const PARAM_OBLIGATION = /\b(?:required?|requires|mandatory|optional|charset|omit\w*|leave out)\b/;
const BROWSER_DOES = /\bwhat (?:does|do|will|would|should)\b|\bhow (?:does|do|will|would)\b|\bhappens?\b|\breact\w*|\bhandl\w*|\bshows?\b|\bdisplay\w*|\bbehav\w*/;

/** "is leaking existence via 403 vs 404 a real risk?": the side channel judged, not a code asked for a case. */
const RISK_JUDGED = /^(?:[a-z -]{0,30}: )?(?:is|are|does|do|can|could|would)\b[^?]{0,80}\b(?:risks?|issues?|problems?|concerns?|vulnerabilit\w*|threats?|findings?|dangerous|exploitable|matter)\b/;
const EXISTENCE_LEAK = /\b(?:leak\w*|reveal\w*|disclos\w*|expos\w*|giv\w* away)\b[^?.]{0,20}\b(?:existence|exist\w*)\b|\benumerat\w*/;
/** "how should an sdk react to a 401 with invalid_token?": the client's handling of the error, asked in general. */
const CLIENT_REACTS =
  /\bhow (?:should|do|does|must|would|can|to) (?:the |an? |our |my |their )?(?:[a-z0-9-]+ ){0,2}(?:clients?|sdks?|apps?|librar(?:y|ies)|callers?|integrations?|consumers?|frontends?)?\s?(?:react|respond|handle|behave|recover|deal)\b/;

/** "who should not learn that it exists when we 404 it?": the audience of the hiding asked. */
const WHO_MUST_NOT_KNOW =
  /(?:^|[,;:.!] )(?:so |and |but )?(?:who|which (?:callers?|users?|clients?|people))\b[^?]{0,30}\b(?:should|must|may|can|is|are|do|does)(?: not|n't)?\b[^?]{0,20}\b(?:learn|know|see|find out|discover|notice|be told|be hidden from|be kept from)\b|^(?:who|whom) (?:do|does|should|must) (?:we|a server|the server|the api|a 404) hide\b|\b(?:hide|hidden|hiding|conceal\w*) (?:it |the resource |existence )?from whom\b|(?:^|[,;:.!] )who\b[^?]{0,40}\bhid(?:e|es|ing|den)\b[^?]{0,30}\bfrom\b/;

// ── review R12 (tuner r): a document or section asked by name, and details the broader classes answered without ──

/** "which rfc defined it", "what is the current rfc number", "which section of rfc 9110 defines …", "where is it specified". */
const DOCUMENT_ASKED =
  /\b(?:which|what) (?:rfcs?|standards?|specs?|specifications?|documents?|sections?)\b|\brfc (?:number|no\.?|#)|\b(?:defined|specified|standardi[sz]ed|introduced) (?:in|by)\b|\bwhere (?:is|are|was|were)\b[^?]{0,40}\b(?:defined|specified|standardi[sz]ed|described)\b|\b(?:rfc|spec|standard) (?:for|of)\b|\brfcs?\s*\?*\s*$/;
/** The Sunset header by name, not "we sunset the api". */
const SUNSET_HEADER = /\bsunset (?:http |response )?(?:header|field)s?\b|\bsunset:|\bheader (?:called |named )?sunset\b/;
const PROBLEM_DETAILS = /\bproblem[+ ](?:details|json)\b|\bapplication\/problem\b|\b7807\b/;
/** "rfc 6750 section 3", "§3.1 of 6750", "which section of rfc 6750": its sections asked. */
const SECTION_OF_6750 = /\b6750\b/;
const SECTION_WORD = /\bsections?\b|§ ?\d|\bsec\.? ?\d/;
/** "which section of rfc 9110 defines the www-authenticate header?": the header itself located (what a 401 must send is www-authenticate's subject). */
const HEADER_LOCATED =
  /\b(?:which|what) (?:rfcs?|sections?|specs?|standards?|documents?)\b[^?]{0,40}\b(?:defin\w*|specif\w*|introduc\w*|describ\w*)\b[^?]{0,30}\bwww-authenticate\b|\bwww-authenticate\b[^?]{0,40}\b(?:defined|specified|introduced|described) (?:in|by)\b|\bwhere (?:is|are)\b[^?]{0,20}\bwww-authenticate\b[^?]{0,30}\b(?:defined|specified|described)\b|\b(?:rfc|section|spec) (?:for|of) (?:the )?www-authenticate\b/;
/** Subjects outside the status codes whose document is asked: caching, OAuth 2.0 and its tokens. */
const CACHING = /\bcach(?:e|es|ed|ing)\b|\bcache-control\b/;
const OAUTH_FAMILY = /\boauth ?2?(?:\.0)?\b|\bjwts?\b|\bjson web tokens?\b|\b(?:token )?introspection\b|\btoken revocation\b/;
const BEARER_WORDS = /\bbearer\b|\b6750\b|\binvalid_token\b|\binsufficient_scope\b|\binvalid_request\b|\bwww-authenticate\b/;
const RETRY_AFTER_NAMED = /\bretry-after\b/;
/** "was 401 in rfc 7231 or 7235?", "is rfc 7231 still the right thing to cite for 403?": an obsoleted home of the codes. */
const OBSOLETED_RFC = /\b(?:rfc ?)?(?:2616|7230|7231|7232|7233|7234|7235)\b/;
const HOME_OR_CITATION =
  /\b(?:cite|citing|cited|citable|quote|reference|referencing|link to|point to)\b|\bstill (?:the )?(?:right|correct|current|valid|ok|okay|authoritative|normative|in force|relevant|the one)\b|\b(?:specified|defined|described|lived|living) in\b|\bor (?:in )?(?:rfc ?)?\d{4}\b/;
/** The wording of 403 across the old documents is forbidden-wording-history's subject. */
const OLD_WORDING = /\bwill not help\b|\bwording\b|\bsentence\b|\bsaid\b|\bsays?\b|\btext\b/;
const TRIAGE_CODE = /\b(?:401|403|404|410)s?\b/;
const CODES_WEIGHED = /\b\d{3} ?(?:or|vs\.?|\/|versus) ?\d{3}\b/;

/** "does the 404 definition itself mention non-disclosure?": the clause of §15.5.5 asked. */
const NONDISCLOSURE = /\bnon-?disclos\w*|\bdisclos\w*|\bunwilling\b|\bnot willing\b/;
const THE_DEFINITION = /\bdefin\w*|\bitself\b|\bwording\b|\b15\.5\.5\b/;

/** "is invalid_client a 6750 error?": an error of RFC 6749's token endpoint. */
const TOKEN_ENDPOINT_ERROR = /\b(?:invalid_client|invalid_grant|unauthorized_client|unsupported_grant_type|invalid_scope)\b/;

/** "451: what link relation points to whoever is blocking?": RFC 7725's blocked-by. */
const LEGAL_CODE = /\b451s?\b|\bunavailable for legal reasons\b/;
const BLOCKER_ASKED =
  /\bblocked-by\b|\blink (?:header|relation|rel)s?\b|\brel(?:ation)?\b|\bwho(?:ever)? (?:is )?(?:doing the |actually )?block\w*|\bblocking (?:entity|party|parties)\b|\bidentif\w* (?:the |who )?(?:blocker|blocking|block\w*)/;

/** "does HTTP/2 still send reason phrases?": the phrase on a newer protocol. */
const NEWER_HTTP = /\bhttp ?\/? ?[23](?:\.0)?\b|\bh[23]\b|\bquic\b/;
const PHRASE_WORDS = /\breason[- ]?phrases?\b|\bstatus (?:texts?|messages?|lines?)\b|\bphrases?\b|\b(?:text|words?) after\b|\bnot found\b|\bforbidden\b|\bunauthori[sz]ed\b/;

/** "/users/123 returns 403 but /users/999 returns 404. what is the concern?": two paths answered apart, judged. */
const PATHS = /(?:^|\s)\/[a-z0-9_{}:.-]+(?:\/[a-z0-9_{}:.-]+)*/g;
const TWO_PATHS = (text: string): boolean => (text.match(PATHS)?.length ?? 0) >= 2;
const CONCERN_ASKED =
  /\b(?:what(?:'s| is| are)|where(?:'s| is))\b[^?]{0,25}\b(?:concerns?|risks?|issues?|problems?|findings?|dangers?|vulnerabilit\w*|threats?|wrong|bad|big deal|exploit\w*)\b|\bwhy (?:is|would|was) (?:this|that|it)\b[^?]{0,20}\b(?:finding|flagged|reported|problem|issue|risk|concern|bad)\b|\bwhat (?:can|could|might|would) (?:an )?(?:attackers?|someone|an adversary)\b[^?]{0,20}\b(?:learn|infer|do|tell|find out)\b/;
const RESPONSE_ASKED = /\b(?:which|what) (?:http )?(?:code|status|status code|response)\b|\bshould (?:we|it|they|both|the|these|those)\b/;

// ── review R14 (tuner y): a rule asked with a situation as its example, and details of documents the classes missed ──

/** "problem details", "problem+json", "rfc 9457": the error-body format named. */
const PROBLEM_DETAILS_NAMED = /\bproblem[+ -]?(?:details?|json)\b|\bapplication\/problem\b|\b(?:7807|9457)\b/;
/** "the instance member", "about:blank as the type", "does the status field have to match", "which content type": a member or the media type asked. */
const PROBLEM_MEMBER_ASKED =
  /\bmembers?\b|\bfields?\b|\bproperties\b|\bkeys\b|\battributes?\b|\babout:blank\b|\binstance\b|\btitle\b|\bdetail\b|\bstatus (?:member|field|property|key|value)\b|\b(?:the|as|its) type\b|\btype (?:member|field|property|uri|key)\b|\bcontent[- ]?type\b|\bmedia[- ]?type\b|\bmime\b|\b(?:status|says|has|with) \d{3}\b[^?]{0,40}\b(?:http|response|real|actual)\b/;
/** "does rfc 9110 say anything about removing links to a 410 url": the link clean-up 410 asks for. */
const LINKS_REMOVED =
  /\b(?:links?|references?|bookmarks?|hyperlinks?|backlinks?)\b[^?.]{0,40}\b(?:remov\w*|delet\w*|drop\w*|clean\w*|updat\w*|edit\w*|prun\w*|purg\w*)\b|\b(?:remov\w*|delet\w*|drop\w*|clean\w*|updat\w*|edit\w*|prun\w*|purg\w*)\b[^?.]{0,30}\b(?:links?|references?|bookmarks?|hyperlinks?|backlinks?)\b/;
const WHY_BESIDE_404 = /\bwhy (?:does |do )?(?:it|they|410|a 410|the 410) (?:even |still |really )?exists?\b[^?]{0,40}\b(?:already|also) (?:have|has|got) (?:a |the )?404\b/;
/**
 * "what does the rfc say the client should do with links that point to it", "what is a recipient expected to do with links pointing at …",
 * "should they do anything with those links?".
 */
const LINKS_HANDLED =
  /\b(?:what\b[^?.]{0,60}\b(?:do|does|doing|done)|do (?:anything|something))\b(?: (?:about|with|to)) (?:the |any |its |their |those |these |old |existing )?(?:links?|references?|bookmarks?|hyperlinks?|backlinks?)\b/;
/**
 * "whats the intended purpose of 410 according to the rfc", "what is a 410 even for": what 410 exists for, which RFC 9110 §15.5.11
 * states (web maintenance: links to the resource removed), not what it means nor which code a case gets.
 */
const PURPOSE_OF_410 =
  /\b(?:purpose|point|goal|aim|intent|intention|rationale) (?:of|behind) (?:a |an |the |having )?(?:http )?(?:status )?(?:code )?410\b|\b410s?\b[^?.]{0,30}\b(?:intended|meant|designed|made) (?:for|to)\b(?! be (?:forever|for ever|permanent|for good)\b)|\bwhy (?:does|do) (?:a |an |the )?410s? (?:even |actually |really )?exist\b|\bwhat (?:is|'s) (?:a |an |the )?410s? (?:even |actually |really )?(?:for|used for|good for)\b/;
/**
 * "which typical situations does rfc 9110 name as uses of 410", "common use cases for a 410": the uses the RFC names, asked even
 * beside a case of one's own ("besides retired api versions, …").
 */
const TYPICAL_USES_OF_410 =
  /\b(?:typical|common|usual|standard|classic|example|intended|main|primary)\b[^?.]{0,30}\b(?:uses?|situations?|cases?|scenarios?|examples?|purposes?)\b[^?.]{0,30}\b(?:of|for) (?:a |an |the |http )?410\b|\b410s?\b[^?.]{0,40}\b(?:typical|common|usual|standard|example)\b[^?.]{0,20}\b(?:uses?|situations?|cases?|scenarios?|examples?|fit)\b|\b(?:example|typical|common)\b[^?.]{0,20}\b(?:situations?|cases?|scenarios?|uses?|examples?)\b[^?.]{0,50}\b(?:where|in which|when|for which)\b[^?.]{0,20}\b410\b|\b410s?\b[^?.]{0,30}\b(?:is |are )?(?:typically|usually|commonly|normally) used\b/;
/** "… what do we return?": our own response asked beside the reading of a 404. */
const OUR_ANSWER_ASKED = /\b(?:what|which)\b[^?]{0,20}\b(?:return|send|answer|respond|use)\b/;
const CODE_FOR_IT_ASKED = /\b(?:which|what) (?:http )?(?:code|status|status code|response)\b|\bshould (?:it|that|this|we|they) (?:be|return|send|answer|get)\b/;
/** A refresh token (or a grant) refused where tokens are issued, not at a resource server. */
const REFRESH_OR_GRANT = /\brefresh[_ -]?tokens?\b|\bauthori[sz]ation codes?\b|\bgrant_type\b/;
const AT_TOKEN_ENDPOINT =
  /\btoken endpoint\b|\/(?:oauth2?\/)?token\b|\bgrant_type\b|\b(?:refresh|token) (?:request|call|grant|exchange)s?\b|\bwhen (?:refreshing|exchanging|redeeming)\b|\b(?:refresh|redeem|exchang)\w* (?:it|them|the (?:refresh )?token|an? (?:expired|revoked|old|invalid|used) (?:refresh )?token)\b/;
const BAD_GRANT = /\b(?:expired?|revoked|invalid|reused|re-used|already used|old|stale|bad|wrong|rotated)\b/;
/** "our auth service is down", "the idp is unreachable": the server cannot check credentials at all. */
const OUTAGE_HINT = /\bdown\b|\boutage\b|\bunavailable\b|\bunreachable\b|\boffline\b|\btim(?:ing|ed) out\b|\bnot responding\b/;
const AUTH_BACKEND_DOWN =
  /\b(?:(?:auth\w*|identity|token|session|login|oauth2?|introspection|jwks|signing[- ]key|key) (?:service|server|provider|backend|endpoint|system|api|store|db|database|cluster)s?|idps?|sso|keycloak|okta|auth0|cognito|jwks)\b (?:is |are |was |were |went |goes |being |gets )?(?:completely |totally |temporarily )?(?:down|offline|unavailable|unreachable|not responding|timing out|timed out)\b|\boutage (?:of|at|in|on) (?:the |our |an? )?(?:auth\w*|identity|idp|sso|token|login|session)\b|\b(?:auth\w*|identity|idp|sso|login) outage\b/;
/** "why do I see a CORS error instead of the 403": the error response hidden by the browser's CORS check. */
const CORS_HIDES_STATUS =
  /\bcors (?:errors?|failures?|issues?|problems?|messages?|blocks?)\b|\bblocked by (?:the )?cors\b|\bcors\b[^?.]{0,30}\b(?:instead of|rather than|hides?|hiding|masks?|masking|swallow\w*)\b|\b(?:instead of|rather than) (?:the |a |an |my |our )?(?:real |actual )?(?:[45]\d\d|[45]xx|status|error)\b[^?.]{0,30}\bcors\b/;
const ERROR_IN_VIEW = /\b[45]\d\d\b|\b[45]xx\b|\berror (?:status|response|code)s?\b|\bstatus(?: code)?\b|\bforbidden\b|\bunauthori[sz]ed\b|\bnot found\b/;
/** "when was 410 introduced", "was 403 already in http/1.0": the codes' history. */
const IN_HTTP_10 = /\b(?:in|part of|exist\w* in|defined in|have|had)\b[^?]{0,15}\bhttp ?\/? ?1\.0\b|\bhttp ?\/? ?1\.0\b[^?]{0,30}\b(?:have|had|define\w*|include\w*|know|support\w*)\b|\b(?:rfc ?)?(?:1945|2068)\b/;
const INTRODUCED_ASKED =
  /\bwhen (?:was|were|did)\b[^?]{0,30}\b(?:introduc\w*|added|invented|first (?:defined|specified|appear\w*)|come (?:in|about|along)|appear)\b|\b(?:which|what) (?:http )?(?:version|rfc|year)\b[^?]{0,20}\b(?:introduc\w*|added|first (?:defined|specified))\b|\bhistory of\b|\bhow old (?:is|are)\b/;
/** "what does a HEAD request return when the resource is not found": HEAD's result asked in general. */
const HEAD_RESULT_ASKED =
  /\bwhat (?:does|do|should|will|would) (?:an? |the )?head(?: requests?| calls?| method)? (?:return|get|receive|answer|respond with|give)\b|\b(?:which|what) (?:status|code|status code|response) (?:does|do|should|will|would) (?:an? |the )?head(?: requests?| calls?)? (?:get|return|receive)\b|\b(?:does|do|will|would|should) (?:an? |the )?head(?: requests?| calls?)? (?:also |too |still )?(?:return|get|receive|give)\b[^?.]{0,20}\b(?:40[134]|410|same)\b/;
/** "is 402 reserved?", "is 402 a standard code?": 402's standing, asked even beside a case that would get 403. */
const STANDING = /\breserved\b|\bstandard\b|\bofficial\b|\bdeprecated\b|\bexperimental\b|\bsupported\b|\bsafe to use\b|\ba real (?:code|status)\b|\bactually used\b/;
/** "what does a 404 say about whether the page will come back?": permanence read into a 404. */
const FUTURE_OF_404 =
  /\b(?:does|do|can|will|what (?:does|do|can|will))\s(?:an? |the |our |this |that )?404s?\b[^?]{0,30}\b(?:say|says|tell|tells|mean|means|imply|implies|indicate|indicates|promise|promises|guarantee|signal|signals)\b[^?]{0,20}\b(?:about )?whether\b[^?]{0,40}\b(?:come back|comes back|be back|reappear\w*|temporar\w*|permanent\w*|for good|forever|be restored|back later|return later)\b/;
/** "why would storage answer 403 for a missing object?": 403 for what is not there, its reason asked. */
const FORBIDDEN_FOR_MISSING =
  /\b403s?\b[^?]{0,40}\b(?:for|on|when|if) (?:an? |the )?(?:missing|non-?existent|nonexisting|non-?existing|deleted|absent|unknown) (?:objects?|keys?|files?|resources?|items?|ids?|records?|blobs?|paths?)\b|\b403s?\b[^?]{0,40}\b(?:objects?|keys?|files?|resources?|items?|records?|blobs?)\b[^?]{0,20}\b(?:does not|doesn't|doesnt|do not|don't|did not|never) exist/;
const WHY_ASKED = /\bwhy\b|\bhow come\b|\bwhat (?:is|'s) the (?:reason|point|logic|idea)\b|\breasons?\b/;
/** "a 403 doesn't necessarily mean the credentials are bad": a refusal unrelated to credentials. */
const NOT_NECESSARILY_CREDENTIALS =
  /\b(?:403s?|forbidden)\b[^?]{0,20}\b(?:does not|doesn't|doesnt|do not|don't|dont|need not|needn't|is not|isn't|isnt|are not|not) (?:necessarily|always)\b[^?]{0,30}\b(?:auth\w*|credentials?|creds|tokens?|logins?|passwords?|api keys?|keys?)\b/;
/** "why is 401 not called unauthenticated?": the name of 401 questioned. */
const RENAMED_401 =
  /\b(?:called|named|renamed|name it|call it)\b[^?]{0,12}\bunauthenticated\b|\bunauthenticated\b[^?]{0,20}\b(?:name|label|title)\b|\bmisnom\w*|\bmisnamed\b|\bwrong(?:ly)? named\b|\bbadly named\b|\bmisleading(?:ly)? name\w*/;
/** "which rfc section defines insufficient_scope?": the section of an RFC 6750 error asked. */
const BEARER_ERROR_NAME = /\b(?:insufficient_scope|invalid_token|invalid_request)\b/;
const SECTION_ASKED = /\b(?:which|what) (?:rfc |6750 )?(?:sections?|clause|part|paragraph)\b|\bsection (?:number|of)\b|\brfc section\b|\bwhere in (?:the )?(?:rfc|spec)\b/;

/** "list the parameters a Bearer challenge can carry": the challenge's attributes asked as a set. */
const BEARER_PARAMS_ASKED =
  /\b(?:bearer|www-authenticate)\b[^?.]{0,30}\b(?:param(?:eter)?s|attributes|fields|auth-params)\b|\b(?:param(?:eter)?s|attributes|fields|auth-params)\b[^?.]{0,40}\b(?:bearer|www-authenticate)\b|\b(?:what|which)\b[^?.]{0,20}\b(?:can|may|does|do)\b[^?.]{0,30}\bbearer (?:challenges?|headers?)\b[^?.]{0,10}\b(?:carry|contain|include|hold|have)\b/;

const R14: readonly NamedClass[] = [
  { id: 'problem-details-members', asks: (text, s) => (text.includes('problem') || text.includes('9457') || text.includes('7807')) && PROBLEM_DETAILS_NAMED.test(text) && PROBLEM_MEMBER_ASKED.test(text) && !A_CASE(s) },
  { id: 'gone-remove-links', asks: (text, s) => text.includes('410') && LINKS_REMOVED.test(text) && !CODES_WEIGHED.test(text) && !CODE_FOR_IT_ASKED.test(text) && !A_CASE(s) },
  // (Asked of the links themselves, even after a case: what the 410 asks of them is the question, not the case's code.)
  { id: 'gone-remove-links', asks: (text) => text.includes('410') && LINKS_HANDLED.test(text) && !CODES_WEIGHED.test(text) && !CODE_FOR_IT_ASKED.test(text) },
  // (Not "the point of 410 vs just 404": weighed against 404, the difference is asked.)
  { id: 'gone-purpose', asks: (text, s) => text.includes('410') && PURPOSE_OF_410.test(text) && !/\b404\b/.test(text) && !CODE_FOR_IT_ASKED.test(text) && !A_CASE(s) },
  // "what is the main purpose of 410, why it exist when we already have 404?": 404 named only as what 410 is beside.
  { id: 'gone-purpose', asks: (text, s) => text.includes('410') && PURPOSE_OF_410.test(text) && WHY_BESIDE_404.test(text) && !CODE_FOR_IT_ASKED.test(text) && !A_CASE(s) },
  { id: 'gone-purpose', asks: (text) => text.includes('410') && TYPICAL_USES_OF_410.test(text) && !/\b40[134]\b/.test(text) && !CODE_FOR_IT_ASKED.test(text) },
  { id: 'oauth-invalid-grant', asks: (text) => (text.includes('refresh') || text.includes('grant') || text.includes('code')) && REFRESH_OR_GRANT.test(text) && AT_TOKEN_ENDPOINT.test(text) && BAD_GRANT.test(text) && !CODES_WEIGHED.test(text) },
  { id: 'auth-backend-down', asks: (text) => OUTAGE_HINT.test(text) && AUTH_BACKEND_DOWN.test(text) },
  { id: 'cors-error-responses', asks: (text) => text.includes('cors') && CORS_HIDES_STATUS.test(text) && ERROR_IN_VIEW.test(text) && !/\bpre-?flights?\b|\boptions\b/.test(text) },
  { id: 'status-history', asks: (text) => TRIAGE_CODE.test(text) && (IN_HTTP_10.test(text) || INTRODUCED_ASKED.test(text)) },
  { id: 'head-same-status', asks: (text, s) => text.includes('head') && HEAD_RESULT_ASKED.test(text) && s.auth === 'unknown' && !s.expired && s.denials.length === 0 && !CODES_WEIGHED.test(text) && !CODE_FOR_IT_ASKED.test(text) },
  { id: 'neighbour-402', asks: (text) => text.includes('402') && named('402').test(text) && STANDING.test(text) && !CODES_WEIGHED.test(text) },
  { id: 'definition-404', asks: (text, s) => text.includes('404') && FUTURE_OF_404.test(text) && !s.permanent && !s.temporary && s.currentCode === null && !/\b410\b/.test(text) && !CODES_WEIGHED.test(text) && !CODE_FOR_IT_ASKED.test(text) && !OUR_ANSWER_ASKED.test(text) },
  { id: 'forbidden-for-missing', asks: (text, s) => text.includes('403') && FORBIDDEN_FOR_MISSING.test(text) && WHY_ASKED.test(text) && !A_CASE(s) },
  { id: 'forbidden-beyond-auth', asks: (text) => text.includes('403') && NOT_NECESSARILY_CREDENTIALS.test(text) && !OTHER_TRIAGE('403').test(text) },
  { id: 'definition-401', asks: (text) => text.includes('401') && RENAMED_401.test(text) && !CODES_WEIGHED.test(text) },
  { id: 'spec-6750-sections', asks: (text, s) => text.includes('bearer') && BEARER_PARAMS_ASKED.test(text) && !BEARER_ERROR_NAME.test(text) && s.auth === 'unknown' && !s.expired && s.denials.length === 0 && s.oauthError === null && !A_CASE(s) },
  { id: 'spec-6750-sections', asks: (text, s) => BEARER_ERROR_NAME.test(text) && SECTION_ASKED.test(text) && !CODES_WEIGHED.test(text) && !A_CASE(s) },
];

const FIRST: readonly NamedClass[] = [
  ...R14,
  // "what is rfc 7617?": the document named, its entry answers
  { id: 'spec-basic-auth', asks: (text) => rfcIdentity(text) === 'spec-basic-auth' },
  { id: 'sunset-header', asks: (text) => rfcIdentity(text) === 'sunset-header' },
  { id: 'spec-429', asks: (text) => rfcIdentity(text) === 'spec-429' },
  { id: 'meaning-451', asks: (text) => rfcIdentity(text) === 'meaning-451' },
  { id: 'spec-bearer', asks: (text) => rfcIdentity(text) === 'spec-bearer' },
  { id: 'problem-details', asks: (text) => rfcIdentity(text) === 'problem-details' },
  { id: 'rfc-9110-current', asks: (text) => rfcIdentity(text) === 'rfc-9110-current' },
  // a document or section asked for a named subject (review R12), before the generic RFC 9110 paragraph
  { id: 'spec-6750-sections', asks: (text, s) => SECTION_OF_6750.test(text) && SECTION_WORD.test(text) && !CODES_WEIGHED.test(text) && !A_CASE(s) },
  { id: 'sunset-header', asks: (text, s) => SUNSET_HEADER.test(text) && DOCUMENT_ASKED.test(text) && !A_CASE(s) },
  { id: 'problem-details', asks: (text, s) => PROBLEM_DETAILS.test(text) && DOCUMENT_ASKED.test(text) && !A_CASE(s) },
  { id: 'spec-www-authenticate', asks: (text, s) => text.includes('www-authenticate') && HEADER_LOCATED.test(text) && !/\bproxy\b|\b40[134]\b|\b410\b/.test(text) && !A_CASE(s) },
  { id: 'spec-before-9110', asks: (text, s) => OBSOLETED_RFC.test(text) && TRIAGE_CODE.test(text) && HOME_OR_CITATION.test(text) && !OLD_WORDING.test(text) && !A_CASE(s) },
  { id: 'spec-caching', asks: (text, s) => CACHING.test(text) && DOCUMENT_ASKED.test(text) && !TRIAGE_CODE.test(text) && !A_CASE(s) },
  { id: 'spec-oauth-family', asks: (text, s) => OAUTH_FAMILY.test(text) && DOCUMENT_ASKED.test(text) && !BEARER_WORDS.test(text) && !TRIAGE_CODE.test(text) && !A_CASE(s) },
  { id: 'retry-after', asks: (text, s) => RETRY_AFTER_NAMED.test(text) && DOCUMENT_ASKED.test(text) && !TRIAGE_CODE.test(text) && !A_CASE(s) },
  { id: 'not-found-nondisclosure', asks: (text, s) => named('404').test(text) && NONDISCLOSURE.test(text) && THE_DEFINITION.test(text) && !A_CASE(s) },
  { id: 'oauth-invalid-client', asks: (text, s) => TOKEN_ENDPOINT_ERROR.test(text) && !CODES_WEIGHED.test(text) && !A_CASE(s) },
  { id: 'legal-blocked-by', asks: (text, s) => LEGAL_CODE.test(text) && BLOCKER_ASKED.test(text) && !A_CASE(s) },
  { id: 'reason-phrase-http2', asks: (text, s) => NEWER_HTTP.test(text) && PHRASE_WORDS.test(text) && !A_CASE(s) },
  { id: 'enumeration', asks: (text) => TWO_PATHS(text) && named('403').test(text) && named('404').test(text) && CONCERN_ASKED.test(text) && !RESPONSE_ASKED.test(text) },
  // "what does a browser do with a 401 and WWW-Authenticate: Basic?": its login dialog
  { id: 'browser-login-prompt', asks: (text) => text.includes('basic') && BROWSER.test(text) && /\bbasic\b/.test(text) && BROWSER_DOES.test(text) && !TRANSPORT.test(text) && !PARAM_OBLIGATION.test(text) },
  // "is realm required in a Basic challenge?", "what does charset do in WWW-Authenticate: Basic?": RFC 7617 §2, not Bearer's optional realm
  { id: 'basic-challenge-params', asks: (text, s) => (text.includes('basic') || text.includes('7617')) && BASIC_CHALLENGE.test(text) && BASIC_PARAMS.test(text) && !TRANSPORT.test(text) && !/\bbasic and bearer\b|\bbearer and basic\b/.test(text) && !A_CASE(s) },
  // what a rise of one code points at, and a refusal of credentials that were sent, asked in general (R8)
  { id: 'scenarios-401', asks: (text, s) => text.includes('401') && RISE_401.test(text) && RISE_READ.test(text) && !OTHER_TRIAGE('401').test(text) && !A_CASE(s) },
  { id: 'scenarios-410', asks: (text, s) => text.includes('410') && RISE_410.test(text) && RISE_READ.test(text) && !OTHER_TRIAGE('410').test(text) && !A_CASE(s) },
  { id: 'unauthorized-credentials-refused', asks: (text, s) => text.includes('401') && named('401').test(text) && WHY.test(text) && HAD_CREDENTIALS.test(text) && !OTHER_TRIAGE('401').test(text) && !A_CASE(s) },
  { id: 'forbidden-beyond-auth', asks: (text, s) => text.includes('403') && FORBIDDEN_TO_ANON.test(text) && !OTHER_TRIAGE('403').test(text) && !A_CASE(s) },
  { id: 'authn-authz-codes', asks: (text, s) => (text.includes('auth') || text.includes('authz')) && AUTHN_AUTHZ.test(text) && COMPARED_OR_MAPPED.test(text) && !/\b(?:404|410)\b/.test(text) && !A_CASE(s) && !s.statesACase && s.auth === 'unknown' && s.denials.length === 0 },
  { id: 'challenge-definition', asks: (text, s) => text.includes('challenge') && CHALLENGE_DEFINED.test(text) && AUTH_CONTEXT.test(text) && !A_CASE(s) },
  { id: 'hiding-404-audience', asks: (text, s) => (text.includes('who') || text.includes('which')) && WHO_MUST_NOT_KNOW.test(text) && (named('404').test(text) || /\bhid(?:e|es|ing|den)\b|\bexist\w*/.test(text)) && !A_CASE(s) },
  { id: 'enumeration', asks: (text, s) => text.includes('403') && text.includes('404') && RISK_JUDGED.test(text) && EXISTENCE_LEAK.test(text) && named('403').test(text) && named('404').test(text) && !A_CASE(s) },
  { id: 'oauth-invalid-token', asks: (text, s) => text.includes('invalid_token') && !text.includes('insufficient_scope') && CLIENT_REACTS.test(text) && !/\b(?:403|404|410)\b/.test(text) && !A_CASE(s) },
  // 429 beside 403 compared, and the header that goes with a 429 or 503
  { id: 'neighbour-429', asks: (text, s) => text.includes('429') && named('429').test(text) && /\b403s?\b|\bforbidden\b/.test(text) && COMPARISON.test(text) && !/\b(?:401|404|410)\b/.test(text) && !A_CASE(s) },
  { id: 'retry-after', asks: (text, s) => text.includes('header') && /\b(?:429|503)s?\b|\btoo many requests\b/.test(text) && !/\b(?:401|403|404|410)\b/.test(text) && !A_CASE(s) },
  // neighbours named: the answer is about the neighbour, with the core code it is confused with
  { id: 'neighbour-422', asks: NEIGHBOUR('422', /\bunprocessable\b/) },
  { id: 'neighbour-423', asks: NEIGHBOUR('423', /\b423\b/) },
  { id: 'neighbour-402', asks: NEIGHBOUR('402', /\bpayment required\b/) },
  { id: 'neighbour-500', asks: (text, s) => (named('500').test(text) || /\binternal server error\b/.test(text)) && /\b404\b/.test(text) && ABOUT_IT.test(text) && !DECIDED_CASE(s) },
  { id: 'neighbour-407', asks: (text, s) => named('407').test(text) && /\b401\b/.test(text) && ABOUT_IT.test(text) && !DECIDED_CASE(s) },
  { id: 'neighbour-451', asks: (text, s) => named('451').test(text) && !CACHE_WORDS.test(text) && (ABOUT_IT.test(text) || /\bwhat is it\b|\bwhen\b/.test(text)) && s.denials.every((why) => why === 'ip') && !(A_CASE(s) && (s.auth !== 'unknown' || s.expired)) },
  // "301 or 410 when a replacement exists", "410 vs 301 for moved content": a successor decides for the redirect
  { id: 'redirect-or-410', asks: (text, s) => named('410').test(text) && !NO_SUCCESSOR.test(text) && ((REDIRECT_CODE.test(text) && ABOUT_IT.test(text)) || (SUCCESSOR.test(text) && !DECIDED_CASE(s))) },
  // secondary headers
  { id: 'retry-after-429-503', asks: (text) => RETRY_AFTER.test(text) && named('429').test(text) && named('503').test(text) },
  { id: 'retry-after-on-4xx', asks: (text) => RETRY_AFTER.test(text) && /\b(?:404|410)s?\b/.test(text) && !/\b(?:429|503)\b/.test(text) },
  { id: 'location-header', asks: (text, s) => LOCATION_HEADER.test(text) && !A_CASE(s) },
  { id: 'vary-authorization', asks: (text, s) => VARY_HEADER.test(text) && !A_CASE(s) },
  // ("how long must the server keep returning 410? can our cli cache it forever?": how long the mark stays comes first, gone-optional.)
  { id: 'caching-410', asks: (text, s) => named('410').test(text) && CACHE_WORDS.test(text) && !OTHER_TRIAGE('410').test(text) && !A_CASE(s) && !HOW_LONG_KEPT.test(text) },
  // (A 407's challenge is the proxy's: Proxy-Authorization answers it, neighbour-407.)
  { id: 'authorization-header', asks: (text) => ANSWERS_THE_CHALLENGE.test(text) && !/\bproxy\b|\b407\b/.test(text) },
  // "what is the allowed charset for error_description": its syntax, answered by the know6 class (bearer-error-description-chars).
  { id: 'bearer-error-description', asks: (text) => ERROR_TEXT.test(text) && PURPOSE.test(text) && !/\bstatus\b/.test(text) && !SYNTAX_ASKED.test(text) },
  { id: 'bearer-scope-attribute', asks: (text, s) => (WHICH_PARAM_FOR_SCOPE.test(text) || (SCOPE_PARAM.test(text) && PURPOSE.test(text))) && BEARER_CONTEXT.test(text) && !A_CASE(s) },
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
