import { knowledge, type KnowledgeId } from '../knowledge';
import type { Draft } from './compose';
import type { Situation } from './facts';

/**
 * Knowledge questions that name the same words as a situation ("no token", "403", "gone", "hide with
 * 404") but ask what the rules say, not which code one request gets: what an OAuth error means to the
 * client, whether 410 is ever required, what a 403 says about the credentials, what makes a browser
 * prompt for a login. Each class is recognised by what is asked (meaning, obligation, possibility),
 * never by one phrasing, and answered with one knowledge entry and no verdict.
 */

interface KnowledgeClass {
  readonly id: KnowledgeId;
  /** Words one of which the question must contain: a cheap gate before the patterns. */
  readonly needs: readonly string[];
  readonly asks: (text: string, s: Situation) => boolean;
  /** The entry's text as this question needs it (a "yes" the question's wording turns into a "no"); the entry's own text without it. */
  readonly worded?: (entryText: string, text: string) => string;
}

/** A status code asked for outright: then the question is about a case, or about the mapping. */
const ASKS_FOR_STATUS =
  /\b(?:which|what) (?:http )?(?:status|code|status code|response code)\b|\b(?:which|what) (?:would|should|is|will) (?:be )?(?:the |a )?(?:better|best|right|correct|proper|appropriate|more (?:accurate|appropriate|correct|fitting)) (?:http )?(?:status|code|status code|response code)\b|\bstatus codes?\b|\bmaps? to\b|\bgoes with\b/;

/** 410 named as a code ("410", "return Gone", "marked it as gone"), not "the record is gone". */
const CODE_410 = /\b410(?:'d|s)?\b|\b(?:return\w*|send\w*|sent|answer\w*|serv\w*|us(?:e|es|ing)|mark\w*(?: [a-z-]+){0,2}(?: as)?|keep) gone\b/;
/** "can the url come back after a 410?": asked as a possibility, not "it can never come back". */
const COMES_BACK = '(?:come back|comes back|bring (?:it|them|the (?:page|url|resource)) back|republish\\w*|re-publish\\w*|reuse\\w*|re-use\\w*|revive\\w*|reactivat\\w*|resurrect\\w*|(?:serve|use|publish) (?:it|them|the (?:same )?(?:url|page|path)) again)';
const MAY_COME_BACK = new RegExp(
  `(?:^|[.;,:!?]\\s*|\\b(?:and|or|but|so|then|now)\\s+)(?:can|could|may)\\b(?![^?.]{0,30}\\b(?:never|not|no longer)\\b)[^?.]{0,30}\\b${COMES_BACK}\\b` +
    `|\\b(?:${COMES_BACK}|wants? (?:it|them) back)\\b[^?.]{0,20}\\b(?:allowed|ok|okay|possible|a problem)\\b|\\b${COMES_BACK}\\b[^?]{0,40}\\b(?:can|could|may) (?:we|i|you|they|it)\\s*\\?|\\bis (?:a |the )?410 forever\\b`,
);
/** "must we send 410 for every removed page?", "is 410 mandatory per the rfc?": an obligation, asked in general. */
const MUST_410 =
  /\b(?:must|mandatory|required?|requires?|obliged|obligated|obligation|have to|has to|need to|needs to|necessary|compulsory)\b[^?.]{0,50}\b(?:410|(?:return\w*|send\w*|us(?:e|es|ing)|answer\w*|serv\w*|mark\w*(?: \w+)?(?: as)?) gone)\b|\b410s?\b[^?.]{0,30}\b(?:mandatory|required|compulsory|obligatory|a must)\b/;
const IN_GENERAL = /\b(?:every|all|always|whenever|ever|a must|mandatory|required|requires?|obliged|obligated|obligatory|compulsory|rfc|rfcs|spec|standard)\b/;
/** "how long do we have to keep answering 410?", "do we need to keep the 410 forever?". */
const HOW_LONG_410 =
  /\bhow (?:long|many (?:days|weeks|months|years))\b[^?]{0,40}\b(?:keep|keeps|continue|stay|returning|answering|serving|sending)\b|\b(?:need|needs|have|has|must|required|obliged)\b(?: to)?(?: (?:it|we|i|you|they|one|servers|the (?:server|api|site|endpoint|url)|an? (?:server|api|site|origin)))? (?:keep|maintain|continue)\b[^?]{0,50}\b(?:forever|for ever|indefinitely|for good)\b/;

/** "insufficient_scope in plain words", "how should the client recover from invalid_token?". */
const ASKS_MEANING =
  /\bmean(?:s|ing|t)?\b|\btelling\b|\btells? (?:me|us|you|the client|a client|the app|the caller)\b|\bexplain\w*|\bplain (?:words|english|language|terms)\b|\beli5\b|\bin simple\b|\bwhat (?:should|can|must|do|does) (?:the |a |my |our |an )?(?:client|app|caller|integration|user|customer|consumer)s? do\b|\bhow (?:should|can|do|does|would) (?:the |a |my |our |an )?(?:client|app|caller|integration|it|they|we|i|user|customer)s? (?:recover|handle|react|fix|respond|deal)\b|\bwhat (?:to|do i|do we) do\b/;
/** "how client can fix it", "how the app could recover": the client's next step, in a non-native speaker's word order. */
const HOW_IT_RECOVERS =
  /\bhow (?:(?:the |a |my |our |an )?(?:client|app|caller|integration|user|customer|consumer)s?|we|i|they|you) (?:can|could|should|must|will|may) (?:recover|handle|react|fix|respond|deal|solve|resolve|get past)\b|\bhow (?:to|can (?:i|we|they|you)|do (?:i|we|they|you)) (?:fix|solve|resolve|recover from|get past|get rid of|get around) (?:it|this|that|the error|this error|that error)\b/;
const OAUTH_ERROR_NAMED = (error: string) => (text: string) => {
  const names = ['insufficient_scope', 'invalid_token', 'invalid_request'].filter((name) => text.includes(name));
  return names.length === 1 && names[0] === error && (ASKS_MEANING.test(text) || HOW_IT_RECOVERS.test(text)) && !ASKS_FOR_STATUS.test(text) && !/\b40[013]\b/.test(text);
};

/**
 * A request that carries no authentication information, and a question about its challenge. ("no auth at all", "without any auth":
 * chat's short word for authentication, said right after the "no" — RFC 6750 §3.1's request that lacks any authentication information.)
 */
const NO_TOKEN =
  /\b(?:no|without (?:a|an|any)|missing|absent|lacks? (?:a|an|any))\b[^?.]{0,20}\b(?:token|bearer token|authorization header|auth header|credentials|authentication)\b|\b(?:no|without(?: any)?) auth\b|\b(?:did not|does not|do not|never) (?:send|sent|include|provide|pass)\b[^?.]{0,20}\b(?:token|authorization|credentials|auth)\b|\banonymous\b/;
/** (`error="invalid_token"`: no word boundary after the "=" when a quote follows, so that one is matched apart.) */
const ABOUT_THE_CHALLENGE = /\b(?:www-authenticate|challenge|error code|error attribute|error param\w*)\b|\berror=/;
const CHALLENGE_CONTENT = /\b(?:include|includes|carry|carries|contain|contains|put|add|have|has|look like|say|set|attribute|error code)\b|\bin (?:the|its|a|our) (?:challenge|header|www-authenticate)\b|\bwith error=/;

/** "put an html page in the body", "the page we send with it": content carried by the response. */
const BODY_OF_IT = /\b(?:html|body|page|error page|message)\b[^.?]{0,40}\b(?:in|into|with|inside)\b|\b(?:in|into|inside) (?:the |its |our |a )?(?:response )?(?:body|content)\b/;
const BROWSER = /\b(?:browsers?|chrome|firefox|safari|edge)\b/;
const PROMPT = /\b(?:pop ?ups?|pop-ups?|pops up|dialog|dialogs|prompt|prompts|box|window|modal)\b/;
const LOGIN = /\b(?:log[- ]?in|sign[- ]?in|username|password|basic[- ]auth|basic|credentials)\b/;

/** "does a 403 mean my token is wrong?", "does Forbidden mean my password is wrong?": how to read a 403 that followed credentials. */
const CREDENTIALS = '(?:credentials?|token|api key|key|password|login|cookie|jwt)';
const WRONG = '(?:wrong|bad|invalid|incorrect|broken|not valid|rejected)';
const READS_403_AS_WRONG = new RegExp(
  `\\b(?:403|forbidden)\\b[^?]{0,80}(?:\\bmeans?\\b|\\bmeaning\\b|\\bso\\b|=|\\bthen\\b|\\bbecause\\b)[^?]{0,50}\\b${CREDENTIALS}\\b[^?]{0,30}\\b${WRONG}\\b` +
    `|\\b${CREDENTIALS}\\b[^?]{0,20}\\b(?:is|are|was|were) ${WRONG}\\b[^?]{0,20}\\b(?:since|because|as|then|if|when)\\b[^?]{0,30}\\b(?:403|forbidden)\\b`,
);

/** "can a WAF send 403 when no auth is involved at all?": 403 for refusals that are not about credentials. */
const AUTH_WORD = '(?:auth\\w*|login|log-?in|credentials?|tokens?|sign-?in)';
const NOT_ABOUT_AUTH = new RegExp(
  `\\b(?:nothing to do with|unrelated to|not about|not related to|independent of|regardless of)\\b[^?]{0,15}\\b${AUTH_WORD}` +
    `|\\bno ${AUTH_WORD} (?:is |are )?(?:involved|required|needed|in play|at play|configured)` +
    `|\\b${AUTH_WORD} (?:is |are )?not (?:involved|required|needed|in play|configured)`,
);
const ASKS_ABOUT_403 =
  /^(?:can|could|may|might|is it|is that|should|would|does|do|will)\b[^?]{0,50}\b403s?\b|^is (?:a |an )?403s?\b|\b403s?\b[^?]{0,25}\bonly (?:for|about|used for|meant for|when)\b|\b(?:does|do|must|should|will) (?:a |an |every )?403s?\b[^?]{0,20}\b(?:always|necessarily|only)\b/;
const ALWAYS_AUTH = new RegExp(`\\b403s?\\b[^?]{0,20}\\b(?:always|necessarily|only|strictly|purely|exclusively|just)\\b[^?]{0,30}\\b${AUTH_WORD}|\\bonly (?:for|about|used for|meant for|when)\\b[^?]{0,20}\\b${AUTH_WORD}`);

/** "which 404s are worth paging on?": monitoring asks which ones matter, not which code to send. */
const MONITORING =
  /\bworth (?:paging|alerting|an alert|a page|waking|caring|investigating|looking)\b|\bpaging (?:on|for|someone|somebody|anyone|people|us|me)\b|\bpage (?:someone|somebody|anyone|people|us|me|the on-?call)\b|\bon-?call (?:care|cares|person|engineer|team|look)\b|\bwak(?:e|ing) (?:(?:someone|somebody|people|anyone|me|us) )?up\b|\balert(?:ing)? (?:on|for|about)\b|\b(?:should|do|must) (?:we|i) (?:alert|page)\b/;

/** "if we hide a resource with 404, can the body say no access?": how the hiding 404 must look. */
const HIDING_WITH_404 = /\b(?:hid(?:e|es|ing)|conceal\w*|mask\w*|disguis\w*)\b[^?]{0,60}\b(?:404|not found)\b|\b404\b[^?]{0,30}\b(?:to hide|for hiding|to conceal|that hides|hiding)\b/;
const HOW_IT_LOOKS =
  /\b(?:body|bodies|message|json|payload|headers?|error text|look|looks|differ|different|same|identical|match|genuine|real (?:one|404|not found)|normal 404|distinguish\w*)\b/;

/** A removal made for privacy (GDPR erasure, right to be forgotten, CCPA deletion). */
const ERASURE =
  /\bgdpr\b|\bccpa\b|\beras(?:e|ed|ure|ing)\b|\bright[- ]to[- ](?:be[- ]forgotten|erasure)\b|\b(?:data[- ]deletion|deletion|erasure|privacy) requests?\b|\bforget (?:me|the user|them)\b/;
/** "we are fine saying a profile used to be there": the disclosure is decided, so the code is too. */
const MAY_DISCLOSE = /\b(?:fine|ok|okay|happy|no problem|allowed|free) (?:with |about )?(?:saying|to say|confirming|to confirm|admitting|revealing|disclosing)\b/;
/** "does logging out and in again fix a 403?": whether re-authenticating helps. */
const LOGIN_AGAIN =
  /\b(?:log(?:ged|ging)? ?in again|sign(?:ed|ing)? ?in again|(?:log|logged|logging|sign|signed|signing) (?:out|off) and (?:back )?in|re-?log(?:in|ging in)?|re-?authenticat\w*|re-?auth|a new session|a fresh login)\b/;
const FIXES = /\b(?:help|helps|fix|fixes|solve|solves|resolve|resolves|get rid of|work|works|clear|clears|go away)\b/;
/** "does 410 get pages out of google faster than 404?": the crawler effect of 410. */
const CRAWLERS = /\b(?:google\w*|crawlers?|search engines?|bing|index|indexes|de-?index\w*|serps?|seo)\b/;
const SOONER = /\b(?:faster|sooner|quicker|quickly|speed\w*)\b/;
/** "which is better for seo, 404 or 410?", "what do search engines prefer": the codes compared for crawlers, not a case. */
const PREFERENCE = '(?:better|best|prefer|prefers|preferred|preferable|friendlier|more (?:good|friendly|helpful)|recommended|wiser)';
const BETTER_FOR_CRAWLERS = new RegExp(
  `\\b${PREFERENCE}\\b[^?.]{0,40}\\b(?:google\\w*|crawlers?|search engines?|search|bing|serps?|seo|indexing)\\b` +
    `|\\b(?:google\\w*|crawlers?|search engines?|bing|seo)\\b[^?.]{0,40}\\b${PREFERENCE}\\b|\\bseo[- ]wise\\b`,
);

/** A sentence of its own before the question: "X happened. which code?". */
const TOLD_BEFORE_ASKED = /[a-z0-9)][.!] +[a-z][^.!?]*\??\s*$/;

// ── know2 set (issue #13): what a code does and does not say, neighbours, redirects, bearer tokens ──

/** "does a 404 mean the page never existed?": reading more into a 404 than it says. */
const READS_404_AS =
  /\b404s?\b[^?]{0,40}\b(?:means?|meaning|implies|imply|tells?|says?|proves?|indicates?|confirms?)\b[^?]{0,40}\b(?:never (?:existed|exist\w*|been|was|were|published|created|there)|(?:did not|didn't|does not|doesn't|do not|don't) (?:ever )?exist\w*|ever (?:existed|been|was)|(?:deleted|removed|gone) (?:forever|for good|permanently)|permanent\w*|temporar\w* or (?:gone )?permanent\w*|forever|never (?:come|be|coming) back)\b/;
/** "does a 404 tell the client if the card is gone temporary or permanent?": what the code says, asked from the question's first words. */
const ASKS_WHAT_A_CODE_TELLS = /^(?:does|do|can|will|would) (?:a |an |the )?\d{3}s? (?:(?:really|actually|even) )?(?:tell|say|indicate|mean|show|signal|reveal)\b/;
/** "a customer got a 404, is our whole site down?": a 404 read as an outage, asked as a question, not "the api is broken and 404s". */
const SITE_DOWN =
  /\b(?:if|whether|is|are|means?|that)\b (?:the |our |my |their |your |a |an )?(?:whole |entire )?(?:site|website|web site|server|service|app|platform|system)s? (?:is |are |was |went |has gone )?(?:down|offline|dead|crashed)\b/;
/** "does a 403 mean the server knows who I am?": identity read into a refusal. */
const READS_403_AS_IDENTIFIED =
  /\b(?:403s?|forbidden)\b[^?]{0,40}\b(?:means?|meaning|implies|imply|tells?|says?|proves?|indicates?|guarantees?)\b[^?]{0,40}(?:\b(?:identified|authenticated|recogni[sz]ed)\b|\bknows? (?:who|me|us|the (?:user|caller|client))\b|\b(?:i am|i'm|we are|we're|you are|you're|they are|the (?:user|caller|client) is) (?:logged|signed) in\b)/;
/** A neighbour code with an entry of its own, named to be explained or compared, not chosen. */
const EXPLAINS =
  /\bmean(?:s|ing|t)?\b|\bexplain\w*|\bdifferen\w*|\bdiffer\b|\bvs\.?\b|\bversus\b|\bcompared?\b|\bsame (?:as|like|thing)\b|\blike an? \d{3}\b|\bplain (?:words|english|language|terms)\b/;
const NAMES_ONE_NEIGHBOUR = (code: string) => (text: string) => {
  const named = ['400', '405', '503'].filter((other) => new RegExp(`\\b${other}\\b`).test(text));
  return named.length === 1 && named[0] === code && EXPLAINS.test(text) && !ASKS_FOR_STATUS.test(text);
};
/**
 * "what does a 409 mean", "409 conflict, what is it for?", "what is a 412 status": a code outside the triage,
 * the only one named, asked to be explained (not chosen for a case).
 */
const WHAT_IS_CODE = (code: string): RegExp =>
  new RegExp(
    `\\bwhat(?:'s| is| are)(?: an?| the)?(?: http)?(?: status)?(?: code)? ${code}s?\\b|\\b${code}\\b[^?.]{0,30}\\bwhat(?:'s| is| are| does) (?:it|that|this|they)\\b|\\b(?:when|why) (?:do|does|would|should|is|are|will) (?:an? |the )?(?:[a-z]+ ){0,3}(?:use|send|return|get|see|answer)s? (?:an? )?${code}s?\\b`,
  );
const ONLY_NAMED_CODE_EXPLAINED = (code: string) => (text: string) => {
  const named = text.match(/\b[1-5]\d\d\b/g) ?? [];
  return named.length > 0 && named.every((other) => other === code) && (EXPLAINS.test(text) || WHAT_IS_CODE(code).test(text)) && !ASKS_FOR_STATUS.test(text);
};
/** "does a HEAD request have to return the same status a GET would?": HEAD's status against GET's. */
const HEAD_AND_GET = /\bhead\b[^?]{0,80}\bget\b|\bget\b[^?]{0,80}\bhead\b/;
const SAME_OR_DIFFERENT = /\b(?:same|identical|match|matches|matching|differ|differs|different|consistent|mirror|mirrors)\b/;
/** "how long should I wait after a 429?": the wait itself asked for, under a rate limit or an outage. */
const HOW_LONG_TO_WAIT =
  /\b(?:how long|how many (?:seconds|minutes)|how much time|when (?:can|should|may|to)|until when)\b[^?]{0,40}\b(?:wait|waiting|retry|retrying|try again|back off|call again|resend)\b|\bretry-after\b/;
const OVER_A_LIMIT = /\b(?:429|503|rate[- ]?limit\w*|too many requests|throttl\w*|unavailable)\b/;
/** "old urls now answer 404 after the redesign, what instead?": content that moved, so redirects. */
const SITE_MOVED = /\b(?:redesign\w*|re-?design\w*|restructur\w*|re-?organi[sz]\w*|migrat\w*|moved|renam\w*|rebrand\w*|new (?:cms|domain|url structure|site))\b/;
const OLD_ADDRESSES = /\bold (?:urls?|links?|pages?|paths?|addresses|permalinks?)\b/;
const WHAT_INSTEAD = /\binstead\b|\bwhat (?:should|can|do|must)\b[^?]{0,30}\bdo\b|\b(?:seo|search|traffic|ranking|rankings|google|link equity)\b/;
/** "301 vs 308 for POST clients": the permanent redirect that keeps the method. */
const REDIRECT_METHOD = /\b308\b/;
const METHOD_OR_301 = /\b301\b|\b(?:post|put|patch|method|body)\b/;
/** "can clients rely on the reason phrase?": the text after the number, asked as something to use. */
/** (Also "the text after the number", "the words that come after the code": the phrase described by where it stands.) */
const REASON_PHRASE =
  /\breason[- ]?phrases?\b|\bstatus ?texts?\b|\bstatus messages?\b|\b(?:text|words?|phrases?|labels?|strings?)(?: that)? (?:comes? after|goes after|follows?|after|next to|beside)(?: the)? (?:number|code|status code|digits)\b/;
const RELIES_ON = /\b(?:rely|relies|relying|depend\w*|trust|parse|parsing|match\w*|compar\w*|branch\w*|switch\w*|check\w*|stable|guaranteed|always the same|change|changed|translat\w*|locali[sz]\w*|ignor\w*|significan\w*|only (?:on )?the (?:number|code))\b/;
/**
 * "what should a client do with a 4xx it doesn't recognise?", "clients that do not understand a 4xx code we made up": an unknown
 * code, handled by its class.
 */
const UNKNOWN_CODE =
  /\b(?:status(?: codes?)?|codes?|\dxx|\d{3})\b(?: [a-z]+){0,3}? (?:it|they|the (?:client|app|sdk|browser)|an? (?:client|app|sdk|browser|consumer|caller)|(?:clients|apps|browsers|consumers)|we|i|my (?:client|app|code|sdk)|our (?:client|app|code|sdk)) (?:doesn't|does not|don't|do not|can't|cannot|won't) (?:recogni[sz]e|know|understand)\b(?! (?:whether|if|yet|for sure|for certain|how|where|when|who|why|what to)\b)|\b(?:unknown|unrecogni[sz]ed|unfamiliar|non-?standard|unregistered|unofficial) (?:http )?(?:\dxx |\d{3} )?(?:status(?: codes?)?|codes?|\dxx)\b|\b(?:it|they|the (?:client|app|sdk|browser)|an? (?:client|app|sdk|browser|consumer|caller)|clients|apps|browsers|consumers)(?: that| which| who)? (?:doesn't|does not|don't|do not|can't|cannot|won't) (?:recogni[sz]e|know|understand)\b (?:a |an |the |this |that |our |some )?(?:[a-z0-9]+ ){0,3}?(?:status(?: codes?)?|codes?|\dxx|\d{3})\b|\b(?:status(?: codes?)?|codes?|\dxx|\d{3})\b (?:that )?(?:it|they|the (?:client|app|sdk|library)|we) (?:has|have) never (?:heard of|seen|met|encountered)\b/;
/** "how does a bearer 403 tell the client which scope is missing?": the scope attribute of the challenge. */
const WHICH_SCOPE_MISSING =
  /\b(?:which|what) (?:permissions?|scopes?|privileges?|rights|roles?|access)\b[^?]{0,40}\b(?:missing|lacks?|lacking|needed|needs|required|requires|necessary)\b|\b(?:missing|needed|required|necessary) (?:permissions?|scopes?|privileges?)\b/;
const TELLS_THE_CLIENT = /\b(?:tell|tells|communicate\w*|signal\w*|indicate\w*|inform\w*|say|says|let (?:\w+ ){1,2}know|report\w*|expose\w*|advertis\w*|convey\w*|specify|list)\b/;
const BEARER_403 = /\b(?:bearer|oauth2?|access token|token|403|insufficient_scope)\b/;
/** "is it ok to send bearer tokens over plain http?", "access_token in the query string?": how a token travels. */
const TOKEN = /\b(?:bearer(?: tokens?)?|access[_ ]tokens?|tokens?|api keys?|jwts?)\b/;
const PLAIN_HTTP = /\b(?:plain (?:http|text)|over http\b|http instead of https|without (?:tls|https|ssl|encryption)|unencrypted|cleartext|clear text|no tls|non-?tls)\b/;
const IN_THE_URL = /\bquery (?:param(?:eter)?s?|strings?)\b|\baccess_token\b|\bin the (?:url|uri|link)\b|\b(?:url|uri) param(?:eter)?s?\b/;
/** "if we 404 every unauthenticated request to hide endpoints, what breaks?": the cost of hiding from anonymous callers. */
const UNAUTHENTICATED = /\b(?:unauthenticated|un-authenticated|anonymous|not (?:logged|signed) in|logged[- ]out|not authenticated|without (?:a |any )?(?:token|credentials|login)|no (?:token|credentials))\b/;
const WHAT_BREAKS =
  /\bwhat (?:breaks|would break|will break|goes wrong|could go wrong|happens|are the (?:downsides|consequences|risks|problems))\b|\b(?:downsides?|side effects?|consequences?|drawbacks?|trade-?offs?)\b|\bbreak(?:s|ing)? (?:for )?(?:clients|callers|anything|something)\b/;

/** "every service started throwing 401 at midnight, usual suspect?": the causes of 401s asked for. */
const CAUSES_ASKED =
  /\b(?:usual|common|typical|likely|root|possible) (?:suspects?|causes?|culprits?|reasons?)\b|\bwhat (?:usually |typically |normally |would |could |might )?(?:causes?|triggers?)\b|\bsuspects?\b|\bwhy (?:would|do|does|did|might|could) (?:an? |the |all |our )?(?:[a-z]+ )?(?:401|403|404)s? (?:burst|spike|surge|wave|jump|flood)s?\b/;
/** "is the error_description meant for end users?": the bearer challenge's text attributes. */
const ERROR_TEXT_ATTRIBUTE = /\berror_description\b|\berror_uri\b/;
const WHO_READS_IT = /\b(?:end[- ]?users?|users?|customers?|developers?|show\w*|display\w*|meant|intended|audience|human|locali[sz]\w*|translat\w*|ui|screen)\b/;
/** "404 with no body, is that broken?", "should a 404 include a response body?": the content of an error response. */
const ERROR_STATUS = /\b4(?:\d\d|xx)s?\b|\berrors?\b/;
const ERROR_BODY_ASKED =
  /\b(?:empty|blank|no|without (?:a |any )?)(?: response)? (?:body|content|payload)\b|\b(?:include|need|needs|have|has|require|requires|carry|carries|contain|contains) (?:a |any )?(?:response )?(?:body|content|payload)\b|\b(?:body|content)\b[^?.]{0,20}\b(?:required|mandatory|optional|needed)\b|\b(?:body|content|payload)\b[^?.]{0,30}\bempty\b/;

/** A which-code question about a stated case ("405 vs 403 for a user without delete permission?") is never one of the know2 classes. */
const NOT_A_CASE = (asks: KnowledgeClass['asks']): KnowledgeClass['asks'] => (text, s) => !(s.asksWhich && s.statesACase) && asks(text, s);
/** "is it fine to include the Authorization header in the log line?": a credential as what is written to the logs. */
const CREDENTIAL_WRITTEN_TO_LOGS =
  /\b(?:include|including|put|putting|write|writing|store|storing|print|printing|dump|dumping|keep|record|recording|log|logging)\b (?:the |a |an |our |their |full |raw |whole )*(?:authorization headers?|(?:bearer |access |refresh )?tokens?|api keys?|cookies?|passwords?|credentials)\b(?:[^?.]{0,40}\b(?:in|into|to) (?:the |our |a |an )?(?:[a-z-]+ )?(?:log|logs|log lines?|logfiles?)\b)?/;

/**
 * 'a partner says "401 Unauthorized" means their account lacks permission. is that right?': what a code means,
 * as someone claims it, checked; the code's definition answers (and the claim's situation is only an example).
 */
const CLAIMED_MEANING = (code: string, name: string): RegExp =>
  new RegExp(`\\b(?:says?|said|claims?|claimed|thinks?|thought|believes?|insists?|told (?:us|me|them)|assumes?|assumed)\\b[^?]{0,30}\\b(?:${code}|${name})\\b[^?]{0,25}\\bmeans?\\b`);
const CHECKS_A_CLAIM = /\b(?:is (?:that|this|it|he|she|they|the [a-z]+) (?:right|correct|true|accurate|so)|are they (?:right|correct)|(?:right|correct|true)\s*\?)/;
/** "… is that right? what should we return for an expired token?", "… is 401 right?": a code asked for beside the claim. */
const CODE_ASKED_TOO = /\b(?:what|which)\b[^?]{0,20}\b(?:return|send|answer|respond|use)\b|\bwhich (?:code|status|one)\b|\bis \d{3} (?:right|correct|ok|okay)\b|\b\d{3} ?(?:or|vs|\/|versus) ?\d{3}\b/;
const CLAIMED_401 = CLAIMED_MEANING('401', 'unauthori[sz]ed');
const CLAIMED_403 = CLAIMED_MEANING('403', 'forbidden');

const CODE_403 = ['403', 'forbidden'];
const CODE_410_WORDS = ['410', 'gone'];

// ── know1 set (issue #13) ──
// ── know1: what the know1 knowledge set asked that no class answered ──────────────────────────
/** "are 429 and 403 the same kind of block?", "what is that 429 telling me": a 429 asked about, not chosen. */
const ABOUT_A_CODE = /\bsame\b|\bdifferen\w*|\bvs\b|\bmean(?:s|ing)?\b|\btelling\b|\bkind of\b|\bbanned\b|\bblock(?:ed)?\b|\bwhat is (?:it|that|this)\b/;

/** "can clients retry and how do they know when", "Retry-After: 120, seconds or minutes?". */
const WHEN_TO_RETRY = /\bwhen\b|\bhow long\b|\bseconds?\b|\bminutes?\b|\bwait\b/;

const RETRY_WORD = /\bretry\w*|\btry again\b|\bcome back\b/;

/** "which response header tells me what methods the route takes": the Allow header of a 405. */
const ALLOWED_METHODS = /\bheaders?\b|\b(?:which|what) methods?\b|\bmethods? (?:it|the route|the endpoint|the resource) (?:takes|accepts|supports|allows)\b|\ballow\b/;

/** "does a second DELETE that gets 404 break idempotency?". */
const IDEMPOTENT = /\bidempoten\w*/;

/** "may a 403 carry WWW-Authenticate, or is it reserved for 401?": permission asked, not obligation. */
const BEYOND_401 = /\b403\b|\bother (?:responses?|status(?:es)?|codes?)\b|\bnon-401\b|\bbesides 401\b|\bonly (?:for|on|with|in) (?:a )?401\b|\breserved\b|\bexclusive\w*/;

const PERMITTED = /\b(?:allowed|may|can|permitted|legal|valid|ok|okay|reserved|exclusive\w*|only)\b/;

/** "how should the scope attribute list several scopes?": the attribute's syntax. */
const SCOPE_ATTRIBUTE = /\bscope (?:attribute|param(?:eter)?|field|value)s?\b|\bscope=/;

const SEVERAL = /\b(?:several|multiple|many|more than one|two|list|lists|listing|separat\w*|delimit\w*|format|syntax|combine\w*)\b/;

/** "what should the body of a 4xx error response tell the client?": error bodies in general, no code named. */
const ERROR_BODY = /\b(?:body|bodies|content|representation|payload)\b/;

/** "what the explanation should say about whether the problem is temporary or permanent": RFC 9110 §15.5's explanation, by its content. */
const EXPLANATION_OF_PERMANENCE = /\b(?:explanation|explain|message|wording)\b[^?]{0,60}\b(?:temporary|permanent)\b/;

const ERRORS_IN_GENERAL = /\b4xx\b|\berror (?:responses?|pages?)\b|\bclient errors?\b/;

/** Credentials named as such: tokens, keys, the Authorization header. */
const CREDENTIAL = /\bauthorization headers?\b|\b(?:bearer|access|api|auth|oauth) tokens?\b|\baccess_token\b|\bapi keys?\b|\btokens?\b/;

/** "what should the gateway do with the Authorization header when it writes access logs?". */
const LOGS = /\b(?:access )?logs?\b|\blogging\b|\blogged\b|\blog (?:lines?|files?)\b/;

const ASKS_HANDLING =
  /\bwhat (?:should|do|must|can|to)\b[^?]{0,40}\bdo with\b|\b(?:should|can|may|must) (?:we|i|you|it|the \w+) (?:log|store|keep|write|record|redact|mask|include)\b|\bis it (?:ok|okay|safe|fine|acceptable) to (?:log|store|keep|write|record)\b|\bhow (?:should|do|to) (?:we |i )?(?:log|handle|store|treat)\b/;

/** "does logging the Authorization header break anything?": writing the credential down is the subject. */
const LOGGING_CREDENTIALS =
  /\b(?:log|logging|logged|logs) (?:the |our |their |full |raw |whole |complete )*(?:authorization headers?|bearer tokens?|access tokens?|api keys?|credentials)\b/;

/** "i do a HEAD request and get 404 without a body, normal?". */
const HEAD_REQUEST = /\bhead (?:requests?|method|calls?|responses?|returns?|gets?|answers?)\b|\b(?:a|do|send|sent|via|with) head\b/;

const NO_BODY = /\b(?:body|bodies|bodiless|no content|empty|without (?:any |a )?(?:body|content))\b/;

/** "bearer in lowercase, must the server accept it?": the case of the scheme name. */
const SCHEME = /\b(?:bearer|basic|digest|scheme|auth scheme)\b/;

const LETTER_CASE = /\b(?:lower ?case|upper ?case|case[- ]?(?:in)?sensitiv\w*|capitali[sz]\w*|capital (?:b|letter)|small (?:b|letter))\b/;

/** "how is 400 different from 401?". */
const COMPARED = /\bdifferen\w*|\bvs\b|\bversus\b|\bcompare\w*|\bconfus\w*|\bsame (?:thing|as)\b|\bmean(?:s|ing)?\b/;

/** "moved to a new subnet and now every call is 403, usual suspect?": a network change as the cause. */
const NETWORK_CHANGE =
  /\b(?:new|different|another|changed|moved|migrated|switched)\b[^?.]{0,30}\b(?:subnets?|vpcs?|nat(?: gateways?)?|egress(?: ips?)?|ip(?: address(?:es)?)?s?|networks?|regions?|data ?cent(?:er|re)s?|vpns?)\b|\b(?:subnets?|egress ips?|nat gateways?|source ips?)\b[^?.]{0,10}\b(?:changed|moved)\b/;

const ASKS_CAUSE =
  /\b(?:usual|likely|common|typical|probable|obvious)(?: [a-z]+)? (?:suspects?|causes?|culprits?|reasons?)\b|\bwhy\b|\bwhat (?:could|would|might|is) (?:cause|causing|be (?:the )?(?:cause|reason|going on))\b|\bwhere (?:do|should) (?:i|we) look\b|\bsuspects?\b/;

/** "403s from hundreds of unfamiliar ips": many unknown sources. */
const MANY_SOURCES =
  /\b(?:hundreds|thousands|dozens|lots|many|tons|a (?:lot|bunch|flood|wave) of)\b[^?.]{0,20}\b(?:unfamiliar |unknown |random |different |new |foreign |distinct |strange )*(?:ips?|ip address(?:es)?|addresses|sources|hosts|countries)\b|\b(?:unfamiliar|unknown|random|foreign|strange|rotating) (?:ips?|ip address(?:es)?|addresses|sources|hosts)\b/;

/** "why is 401 named Unauthorized when it is about who you are?". */
const THE_NAME = /\b(?:named|called|name|naming|misnomer|misleading|confusing)\b/;

/** "should our crawler keep trying the same pages after 403s?". */
const KEEP_TRYING =
  /\bkeep (?:on )?(?:trying|retrying|requesting|crawling|fetching|calling|hitting)\b|\b(?:try|trying|request|requesting|fetch|fetching|crawl|crawling) (?:it |them |the same (?:[a-z]+ )?|those (?:[a-z]+ )?)?again\b/;

/** "what should they do next" after an OAuth error: the client's next step. */
const NEXT_STEP =
  /\bwhat (?:should|can|must|do|does) (?:the |a |my |our |an )?(?:client|app|caller|integration|user|customer|consumer|they|we|i|you|it)s? do(?: next| now| about it)?\b|\bnext steps?\b|\bhow (?:do|can|should) (?:they|we|i|you) (?:fix|recover|get past)\b/;

/** "what does 401 really mean?": the meaning of the code asked outright (not "what does that 401 mean here"). */
const MEANING_OF_401 = /\bwhat (?:does|do) (?:a |an |the )?401s?(?: response| status| error| code)? (?:really |actually |even |exactly |truly )?mean\b/;

/** "what do 403s in the access logs usually point at?", "what is the usual cause?": causes in general. */
const USUAL_CAUSE =
  /\b(?:usual|likely|common|typical|probable|most likely)(?: [a-z]+)? (?:suspects?|causes?|culprits?|reasons?)\b|\b(?:usually|typically|commonly|normally|often) (?:point (?:at|to)|mean|indicate|come from|caused by)\b/;

/** "the request did include credentials and still got 401: what does that say about them?". */
const ABOUT_THE_CREDENTIALS = /\b(?:tell|tells|say|says|mean|means|imply|implies|indicate|indicates)\b[^?]{0,30}\b(?:about )?(?:the |those |these |its |our |my |their )?credentials\b/;

/** "is it fine to automatically replay the request with the same credentials?". */
const REPLAY =
  /\b(?:replay|repeat|resend|re-send|reissue|re-issue)\w* (?:the |that |this |it |a )?(?:same )?(?:request|call)s?\b|\bautomatically (?:replay|repeat|retry|resend|send)\w*|\bsend(?:s|ing)? (?:again )?(?:the |that |this |a )?(?:same )?(?:request|call)s? again\b|\bsend(?:s|ing)? again (?:the |that |this |a )?(?:same )?(?:request|call)s?\b/;

/** "can a shared cache reuse a response to a request with Authorization for other users?". */
const SHARED_CACHE = /\b(?:shared cache|cdn|proxy cache|caching proxy|reverse proxy|cache|varnish|cloudfront|fastly|akamai|cloudflare)s?\b/;

const AUTHORIZED_REQUEST = /\bauthorization (?:header|field)\b|\bauthenticated (?:requests?|responses?)\b|\b(?:requests?|responses?) (?:with|that (?:carried|carries|had|has)) (?:an? )?(?:authorization|credentials|token)\b/;

const REUSE = /\b(?:reuse|re-use|serve|share|store|cache)\w*\b/;

/** "can a shared cache store a response to a request with Authorization?": what a cache may do, asked as a rule. */
const MAY_A_CACHE = /^(?:can|may|could|is it (?:ok|okay|allowed|safe|fine) (?:for|to)|are|is|does|do|will|would|should|must)\b[^?]{0,30}\b(?:shared cache|cdn|proxy cache|caching proxy|reverse proxy|cache|varnish|cloudfront|fastly|akamai|cloudflare)s?\b/;
const OTHER_USERS = /\b(?:other|another|different|all|the next) (?:users?|clients?|callers?|people|customers?|visitors?|requests?)\b|\beveryone\b|\banyone\b/;

/** "we created the item with PUT through the CDN; does the cached 404 stay?". */
const UNSAFE_THROUGH_CACHE = /\b(?:put|post|patch|delete)\b/;

const STAYS_CACHED = /\b(?:stay|stays|remain|remains|still|invalidat\w*|evict\w*|purg\w*|stale)\b/;

/** "explain what heuristically cacheable means". */
const HEURISTIC = /\bheuristic(?:ally)?\b/;

/** "may a proxy rewrite or strip WWW-Authenticate?". */
const PROXY_TOUCHES = /\bproxy\b|\bproxies\b|\bintermediar\w*|\bnginx\b|\benvoy\b|\bgateways?\b|\bload balancers?\b|\bingress\b|\bcdn\b/;

const MODIFY = /\b(?:rewrit\w*|strip\w*|modif\w*|change\w*|alter\w*|remov\w*|drop\w*|touch\w*|edit\w*|unchanged|as is|untouched|pass (?:it )?through)\b/;

/** "our 401 has two challenges, Basic and Bearer: valid?". */
const SEVERAL_CHALLENGES = /\b(?:two|several|multiple|many|more than one|both)\b[^?.]{0,20}\b(?:challenges?|schemes?)\b|\bbasic and bearer\b|\bbearer and basic\b/;

/** "which code should we send": a code asked for (unlike ASKS_FOR_STATUS, "status code" alone may be the subject). */
const WHICH_CODE_TO_SEND = /\b(?:which|what) (?:http )?(?:status|code|status code|response code|response) (?:should|do|must|to|would)\b/;

/** "invalid_token, 401 or 403?", "between 401 and 403, which one means…": a code weighed. */
const CODES_WEIGHED = /\b\d{3} ?(?:or|vs|\/|versus) ?\d{3}\b|\bbetween \d{3} and \d{3}\b|\bwhich (?:one|of (?:them|the two|these|those|\d{3} and \d{3}))\b[^?]{0,20}\bmeans?\b/;
/**
 * A knowledge class whose words also come up in cases ("HEAD request with an expired token gets 403. should it
 * be 401?", "the access_token is in the query string and expired. 401 or 403?"): it stands aside when a case
 * asks for a code, or when two codes are weighed, and the case is judged.
 */
/**
 * "HEAD on a deleted page gives 404 with no body, is that wrong?" asks about the body; "HEAD request with an
 * expired token gets 403 with no body. should it be 401?" proposes a code for a caller's access: judged as a case.
 */
const CODE_PROPOSED = /\bshould (?:it|that|this|we|they) (?:be|get|return|answer|send)\b[^?]{0,12}\b\d{3}\b/;
const ASIDE_WHEN_ACCESS =
  (asks: KnowledgeClass['asks']): KnowledgeClass['asks'] =>
  (text, s) =>
    !CODES_WEIGHED.test(text) && !CODE_PROPOSED.test(text) && s.auth === 'unknown' && !s.expired && s.denials.length === 0 && asks(text, s);
const ASIDE_FOR_CASES = (asks: KnowledgeClass['asks']): KnowledgeClass['asks'] =>
  NOT_A_CASE((text, s) => !CODES_WEIGHED.test(text) && !CODE_PROPOSED.test(text) && asks(text, s));

// ── know3 set: what a code in the logs tells, responses made in front of the app, bearer request errors ──

/** "the client says no challenge found in our 401", "is a 401 without WWW-Authenticate ok?": the missing challenge. */
const CHALLENGE_MISSING =
  /\b(?:no|missing|without|lacks?|lacking|absent|empty|(?:can ?not|could not|did not|does not) find)\b[^?.]{0,30}\b(?:challenges?|www-authenticate)\b|\b(?:challenges?|www-authenticate)(?: header)?\b[^?.]{0,20}\b(?:missing|not found|absent|not present|not (?:sent|set|there)|empty)\b|\bwhich header\b[^?.]{0,20}\bmissing\b/;

/** "what does a 401 in the access log tell us about the request?": what one code says, read off a log or a response. */
const SAYS_ABOUT = (code: string): RegExp =>
  new RegExp(
    `\\bwhat (?:(?:does|do|did|would|can|could|should) )?(?:an? |the |this |that |those |these |our |each |every )?${code}s?\\b[^?.]{0,50}\\b(?:tells?|telling|says?|saying|means?|meaning|indicates?|signals?|reveals?|shows?|implies)\\b[^?.]{0,15}\\babout\\b` +
      `|\\bwhat (?:(?:does|do|did|would|can|could|should) )?(?:an? |the |this |that |those |these |our |each |every )?${code}s? (?:in|from|on) (?:the |our |an? |my |their )?(?:[a-z]+ )?(?:access )?logs?\\b[^?.]{0,30}\\b(?:tells?|telling|says?|saying|means?|meaning|indicates?|signals?)\\b` +
      // "a 401 in the logs, what does it say about the request?"
      `|\\b${code}s? (?:in|from|on) (?:the |our |an? |my |their )?(?:[a-z]+ )?(?:access )?logs?\\b[^?]{0,20}\\bwhat (?:does|do|did|would|can) (?:it|that|this|they|those) (?:tell|say|mean|indicate|signal)\\b`,
  );
/** The other codes of the triage: one code at a time is explained. */
const ONLY_CODE = (code: string) => (text: string) => ['401', '403', '404', '410'].every((other) => other === code || !new RegExp(`\\b${other}s?\\b`).test(text));
/** "what does a 404 tell crawlers?": an audience with entries of its own (SEO, caching), not the request. */
const OTHER_AUDIENCE = /\b(?:crawl\w*|google\w*|seo|search engines?|index\w*|cach\w*|cdns?|browsers?)\b/;
const ABOUT_CREDENTIALS_RECEIVED = /\babout (?:the |those |these |its |our |my |their |his |her )?(?:credentials|creds|token|tokens|api keys?|password)\b/;

/** "the order is right there in the database but user 8812 gets 404: router bug or on purpose?". */
const THERE_YET_404 =
  /(?<!\b(?:used to|no longer|not|never|to) )\b(?:exists?|is (?:right |really |actually |still )?there|are (?:right |really |actually |still )?there|(?:in|from) the (?:db|database|table|admin|console|bucket)|i can see (?:it|them))\b/;
const BROKEN_OR_MEANT =
  /\b404s?\b[^?.]{0,50}\b(?:on purpose|deliberate\w*|intentional\w*|intended|by design|a feature)\b|\b(?:bug|broken|misconfigured|wrong)\b[^?]{0,40}\b(?:or|vs)\b|\bhow (?:come|is that possible|can (?:that|this) be)\b|\bwhy would\b|\b(?:is|was) (?:that|this|it) (?:on purpose|deliberate|intentional|intended|by design)\b/;

/** "does a 404 by itself prove the file existed and was deleted?": existence read into a 404. */
const READS_404_AS_REMOVED =
  /\b404s?\b[^?]{0,40}\b(?:proves?|means?|implies|imply|tells?|shows?|confirms?|evidence|establish\w*)\b[^?]{0,40}\b(?:existed|was there|were there|(?:was|were|got|been|is|are) (?:deleted|removed|lost|wiped|erased|destroyed)|lost (?:it|them|my|our|the|their)|(?:we|they|you|someone|somebody|the (?:app|server|site|service)) (?:deleted|removed|lost|wiped|erased))\b/;

/**
 * "token in the header and as access_token in the query", "token sent twice": RFC 6750's invalid_request
 * (not "re-minted the token twice", "checked it twice": what was done twice is no second place it was sent).
 */
const TOKEN_TWICE =
  /\b(?:tokens?|access_token|credentials|bearer)\b[^?.]{0,60}\b(?<!\b(?:re-?(?:mint|issu|generat|creat|rotat|tri|tried|ran|run|start|deploy|sign|fresh|new|load|boot|authenticat|check|test)[a-z]*|minted|issued|generated|rotated|refreshed|renewed|tried|retried|checked|verified|tested|decoded|validated)(?: (?:it|them|one|the token|the key))? )(?:twice|two (?:places|ways|methods|locations)|(?:both|multiple|several|more than one) (?:places|ways|methods|locations))\b|\bboth (?:in )?the (?:authorization )?header and\b[^?.]{0,30}\b(?:query|body|form|access_token|url|param)|\bheader\b[^?.]{0,25}\b(?:and|plus|as well as)\b (?!no |not |without )[^?.]{0,20}(?:\?(?=access_token))?\b(?:query|form|body|access_token|url)\b|\b(?:query|form|body|access_token|url)\b[^?.]{0,25}\b(?:and|plus|as well as)\b (?!no |not |without )[^?.]{0,20}\bauthorization header\b/;
/**
 * A request, not a token, that is malformed or lacks a parameter ("missing required parameter", "the request is malformed"), the
 * parameter's absence also said after it ("a required param left out", "with one required parameter missing").
 */
const MALFORMED_REQUEST =
  /\b(?:missing|lacks?|without) (?:a |the )?required (?:\w+ )?param(?:eter)?s?\b|\brequired (?:\w+ )?param(?:eter)?s? (?:is |are |was |were |being |got )?(?:missing|absent|omitted|left out|dropped|not (?:sent|set|given|provided|included|present))\b|\b(?:duplicated?|repeated|unsupported) param(?:eter)?s?\b|\brepeat(?:s|ed|ing)? (?:the |a )?(?:[a-z_]+ )?param(?:eter)?s?\b|\b(?:request|call)s?\b[^?.]{0,25}\bmalformed\b|\bmalformed (?:request|call)s?\b/;
const BEARER_CONTEXT = /\b(?:bearer|6750|oauth2?|access[_ ]tokens?)\b/;
/**
 * The credential is what is malformed: "the token is malformed", "bearer on the telemetry call is malformed", "a jwt with
 * only 2 segments", "not a real jwt". RFC 6750 §3.1 names a malformed access token under invalid_token (401), not invalid_request.
 */
const TOKEN_MALFORMED =
  /\b(?:token|jwt|bearer|access token|api key|credentials?)s?\b(?: (?!(?:but|and|while|request|requests|body|json|payload|param\w*)\b)[a-z0-9'-]+){0,5} (?:is |was |are |looks |seems )?malformed\b|\bmalformed (?:token|jwt|signature|bearer|access token|api key|credentials?)s?\b|\b(?:only |just )?(?:\d|one|two|four|five) (?:segments?|parts?|dots?)\b[^.;]{0,30}\bjwt\b|\bjwt\b[^.;]{0,30}\b(?:only |just )?(?:\d|one|two|four|five) (?:segments?|parts?|dots?)\b|\bnot (?:a |an )?(?:real|valid|well-formed|proper) jwt\b/;

/** "what status does a so-called soft 404 actually send?", "a soft 404 returns which code": the soft 404's own status asked (200). */
const SOFT_404_STATUS_ASKED =
  /\b(?:what|which) (?:http )?(?:status|code|status code|response code)(?: code)? (?:does|do|did|is|would) (?:an? |the |such an? )?(?:so-called |so called |typical |classic )?soft[- ]?404s?\b(?! (?:page )?instead)|\bsoft[- ]?404s? (?:actually |really |typically )?(?:sends?|returns?|uses?|answers?|carr(?:y|ies)|comes? with|is served with) (?:what|which)\b/;
/** "synthetic check green on a 200 for /products/does-not-exist": a success status for a missing page. */
const MISSING_THING =
  /\bnot[- ]a[- ]real\b|\bno such (?:page|url|path|id|product|item)\b|\bdoes-?not-?exist\w*|\bdoesnt-?exist\w*|\bnot-?exist\w*|\bnon-?existent\b|\bnonexist\w*|\bnever existed\b|\b(?:missing|unknown|bogus|made[- ]up|fake|random|garbage|deleted)[- ](?:page|url|path|id|slug|product|route|item)s?\b|\b(?:page|url|path|id|slug|product|route|item)s? that (?:does not|do not|never) exist/;
const SUCCESS_STATUS = /\b200\b|\b200 ok\b|\bgreen\b/;
const JUDGED = /\b(?:fine|ok|okay|right|correct|good|problem|issue|wrong|bad|matter|care|worry|worried|concern\w*|acceptable|harmless|normal|expected)\b|\bgreen is green\b/;

/** "only GET is implemented on /healthz, someone sends DELETE: 403 or 405?": a method the route does not take, for anyone. */
const METHOD = '(?:get|head|post|put|patch|delete|options)';
const METHOD_UNSUPPORTED = new RegExp(
  `\\bonly (?:supports?|implements?|allows?|accepts?|handles?|takes?|has|exposes?) ${METHOD}\\b|\\bsupports? only ${METHOD}\\b|\\bonly ${METHOD}(?: (?:and|or|\\/) ${METHOD})? (?:is|are) (?:implemented|supported|allowed|defined|wired|exposed)\\b` +
    `|\\b(?:does not|do not|doesnt|dont|never) (?:support|implement|handle|accept|take|allow) ${METHOD}\\b|\\b${METHOD} (?:is |are )?not (?:implemented|supported|defined|wired)\\b|\\bno ${METHOD} (?:handler|route|endpoint|method)\\b`,
);
/** "DELETE is not supported for viewers": a method refused to some callers is their permission (403), not the route's. */
const SOME_CALLERS = /\b(?:roles?|viewers?|guests?|admins?|non-?admins?|permissions?|scopes?|read-?only|privileges?|members?|plans?|tiers?)\b/;
const NOT_405 = /\b403\b|\bforbidden\b|\bsomething else\b|\bwhich (?:code|status)\b|\bwho is right\b/;

/** "the WAF answers 403 when clients blow through the rate limit: is there a better code?": a rate limit refused as 403. */
/** "no rate limit involved", "over the rate limit? no -": a rate limit ruled out. */
const RATE_LIMIT_DENIED = /\b(?:no|not|without|nothing to do with)\b[^.?]{0,20}\b(?:rate[- ]?limit\w*|throttl\w*)|\b(?:rate[- ]?limit\w*|throttl\w*)\b[^.?]{0,25}\b(?:not involved|is not|was not|are not|plays no)\b|\b(?:rate[- ]?limit\w*|throttl\w*)\?\s*(?:no|nope)\b/;
const RATE_LIMITED = /\brate[- ]?limit\w*|\bthrottl\w*|\btoo many requests\b|\brequests? per (?:second|minute|hour)\b|\bover (?:the |their |its )?(?:quota|limit)\b/;
const BETTER_CODE =
  /\b(?:better|right|correct|proper|dedicated|specific|more (?:accurate|precise|specific)|standard|appropriate|meant) (?:code|status|response|one)\b|\binstead\b|\b(?:is|should) (?:it|that|this) (?:really )?(?:be )?403\b|\b403\b[^?.]{0,20}\b(?:right|correct|wrong|ok|okay)\b/;

/**
 * "the corp egress proxy wants credentials before it lets the runner out: which code?": a forward proxy's own login. So is "the proxy
 * wants credentials (not the server itself)": the proxy set against the server asks for a login of its own (RFC 9110 §15.5.8).
 */
const FORWARD_PROXY =
  /\b(?:egress|corporate|corp|company|office|outbound|forward|squid|outgoing|upstream|school|isp)(?: [a-z]+)? proxy\b|\bproxy (?:itself|server (?:at|in) (?:the )?office)\b|\bto the proxy\b|\bthe proxy wants\b|\bproxy\b[^?.]{0,60}\b(?:not|rather than|instead of) (?:the |our |from the )?(?:origin |backend |upstream |actual |real )?(?:server|origin|backend|api|app|application|service|website|web ?site|site|web server)(?: itself)?\b/;
const PROXY_LOGIN = /\b(?:creds|credentials|authenticat\w*|auth|login|log in|sign in|password|user ?name)\b/;
/** The proxy asks for a login of its own ("wants creds", "asks the scanners to authenticate to the proxy itself"), not one it passes on. */
const PROXY_ASKS =
  /\bproxy\b[^?.]{0,60}\b(?:wants?|asks?|asking|requires?|requiring|demands?|needs?|prompts?|challenges?|expects?)\b|\b(?:authenticat\w*|log ?in|sign ?in) (?:to|with|against|at) the proxy\b|\bproxy(?:'s)? (?:own )?(?:auth\w*|credentials|login|password)\b/;
/** "the egress proxy strips the auth header": the proxy forwards the origin's credentials, so the origin's code is asked. */
const PROXY_PASSES_ON = /\b(?:strip\w*|remov\w*|drop\w*|forward\w*(?<!\bforward)|(?<!\bbefore )forward(?! proxy)|pass\w* (?:on|through)|rewrit\w*|(?<!\bbefore (?:[a-z]+ ){0,2})reach\w*)\b/;
/**
 * "which status must the proxy send": the proxy's own answer asked for, whatever the case around it. "the status code that proxy use
 * when …", "the code a proxy returns": a proxy in general (or with the article dropped, as non-native writers do) asked the same way.
 */
const PROXY_IS_ASKED =
  /\b(?:status|code)\b[^?.]{0,30}\b(?:that |which )?(?:the |a |an |any )?prox(?:y|ies) (?:use|uses|send|sends|return|returns|must|should|answer|answers|reply|replies|gives?)\b|\bwhat (?:does|should|must|will) the proxy (?:send|return|answer|use|reply)\b/;
/**
 * "the code a proxy uses when it needs authentication", "what do proxies send if they require credentials": the proxy itself (it, they)
 * wanting a login, said as a condition of its own, which is 407 Proxy Authentication Required (RFC 9110 §15.5.8), the proxy's 401.
 */
const PROXY_WANTS_ITS_OWN =
  /\bprox(?:y|ies)\b[^?.]{0,40}\b(?:when|if|whenever) (?:it|they|the proxy) (?:itself |themselves )?(?:needs?|wants?|requires?|demands?) (?:an? |its own |their own )?(?:auth\w*|credentials|creds|login|log ?in|sign ?in)\b/;

/** "the lb logs a 403 but the app has no trace of that request id": a response made in front of the application. */
const EDGE = /\b(?:lbs?|load ?balancers?|albs?|elbs?|waf|wafs|cdn|nginx|envoy|haproxy|ingress|gateway|api gateway|reverse proxy|proxy|edge|cloudflare|cloudfront|akamai|fastly|traefik|apache|caddy)\b/;
const APP_NEVER_SAW =
  /\b(?:app|apps|application|service|backend|upstream|origin|api|pods?|containers?)(?: [a-z]+)?(?: logs?)? (?:never|did not|does not|do not|has nothing|have nothing|show nothing|shows nothing|has no|have no|logged nothing|saw nothing|sees nothing|got nothing)\b[^?.]{0,30}\b(?:recei\w*|sees?|saw|seen|get|gets|got|reach\w*|log\w*|record\w*|trace|entry|entries|line|at all|for (?:it|that|this))\b|\bnever (?:reach\w*|hit|hits|got to|gets to|made it to) (?:the |our )?(?:app|application|service|backend|upstream|origin|api|pods?)\b|\b(?:nothing|no (?:trace|sign|entry|line|record)s?)(?: of (?:it|them|that|this))? (?:at all )?(?:(?:shows?|showed|turns?|turned) up |appears? |is |was )?in (?:the |our )?(?:app|application|service|backend|api|upstream)(?: [a-z]+)? logs?\b/;

/** "PR adds exponential backoff retries for every 4xx": retrying client errors in general. */
const RETRIES = /\bretr(?:y|ies|ied|ying)\b|\bback-?off\b|\btry again\b/;
const CLIENT_ERRORS_IN_GENERAL = /\b(?:all|every|any|each) (?:4xx|4\d\d|client errors?|error)s?\b|\b4xx(?: errors?| responses?| codes?)?\b|\bclient errors\b|\b403s? and 404s?\b|\b404s? and 403s?\b/;

/** "can a server send 403 to a request with no credentials at all, or must it be 401?": 403 beyond credentials, asked in general. */
const NO_CREDENTIALS = /\b(?:no|without|zero|missing) (?:any )?(?:credentials|creds|auth\w*|tokens?|login|api keys?)\b|\bunauthenticated\b|\banonymous\b|\bnot (?:logged|signed) in\b/;
const IN_GENERAL_SERVER =
  /^(?:can|could|may|might|is it (?:ever )?(?:ok|okay|allowed|legal|valid|legit|possible|fine|acceptable) (?:for|to)|does|do|is|are|will|would)\b[^?]{0,40}\b(?:a server|servers|an? (?:origin|api|waf|service|endpoint|gateway|site|app)|the server|http|the spec|rfc ?9110|anyone|ever|one)\b/;
const MUST_BE_401 = /\b(?:always|necessarily|only|must|has to|have to)\b[^?.]{0,15}\b401\b|\b401\b[^?.]{0,15}\b(?:always|only|mandatory|required)\b|\bever\b/;

/** "after a 401, which header does the client send its credentials in?": the Authorization request header. */
const WHICH_HEADER = /\b(?:which|what) (?:request )?header\b|\bheader (?:name )?(?:for|to use)\b|\bin (?:which|what) header\b/;
const SENDS_CREDENTIALS =
  /\b(?:send|sends|sending|put|carry|carries|pass|passes|attach|include|present|provide|supply)\b[^?.]{0,40}\b(?:credentials|creds|token|password|api key|bearer)\b|\b(?:credentials|creds|token|password|api key)\b[^?.]{0,40}\b(?:go|goes|sent|put|carried|passed|attached|included|travel)\b/;
const ASIDE_FOR_CHALLENGE = /\bheader\b[^?.]{0,30}\b(?:carr\w+|contains?|holds?|has|with) (?:the )?challenge|\bwww-authenticate\b|\bmissing\b|\bresponse header\b/;


// ── know4 set: a situation told, then a rule, header, meaning or neighbour code asked ──

/** "what header is a 401 supposed to carry", "our 401s fail the pentest, what requirement are we breaking", "is that enough or what's missing": what a 401 must send. */
const CARRIES = '(?:carry|carries|include|includes|contain|contains|have|has|come with|go with|goes with|send with|be sent with|need|needs|require|requires|supposed to|mandatory|required|must)';
const WHAT_401_MUST_CARRY = new RegExp(
  `\\b(?:what|which) (?:response )?(?:header|headers|header field)s?\\b[^?.]{0,40}\\b401s?\\b[^?.]{0,30}\\b${CARRIES}\\b|\\b401s?\\b[^?.]{0,30}\\b${CARRIES}\\b[^?.]{0,20}\\b(?:what|which) (?:header|headers)\\b` +
    `|\\b(?:what|which) (?:rfc ?9110 |rfc |http |spec |mandatory )?(?:requirement|rule|must)s?\\b[^?.]{0,30}\\b(?:break|breaking|broke|violat\\w*|miss\\w*|fail\\w*|not (?:meet|follow)\\w*)\\b` +
    `|\\b(?:what(?:'s| is) missing|anything missing|what (?:am i|are we|is it) missing)\\b|\\bis (?:that|this|it) enough\\b[^?]{0,10}\\bor\\b`,
);

/** "does 401 actually mean no permission?", "is that what 404 really means?": a code's meaning checked. */
const DOES_CODE_MEAN = (code: string): RegExp =>
  new RegExp(
    `\\bdoes (?:a |an |the |this |that )?${code}s? (?:response |status |code |error )?(?:actually |really |even |exactly |truly |then |always |necessarily )?mean\\b|\\bis (?:that|this|it) (?:what|how) (?:a |an )?${code}s? (?:actually |really |truly )?(?:means|works)\\b` +
      `|\\bwhat (?:is|'s) (?:the )?(?:exact |real |actual )?(?:meaning|definition) of (?:the )?(?:http )?(?:code |status |status code )?${code}\\b|\\bwhat (?:does|do) (?:a |an |the )?(?:code |status )?${code}s?(?: response| status| error| code)? (?:really |actually |even |exactly |truly )?mean\\b` +
      // "the name 401 Unauthorized confuses me, what does it really mean": the code named before, its meaning asked.
      `|\\b${code}\\b[^?]{0,80}\\bwhat (?:does |do )?(?:it|that|this|the code|the name) (?:really|actually|truly) means?\\b`,
  );
/** (Not "what does a 404 mean for google / for the cache / for retries?": those audiences have entries of their own.) */
const MEANING_ASKED_OF = (code: string) => (text: string) =>
  ONLY_CODE(code)(text) && DOES_CODE_MEAN(code).test(text) && !CODE_ASKED_TOO.test(text) && !OTHER_AUDIENCE.test(text) && !RETRIES.test(text);

/** "the customer got a 410 and asks if it will come back once the outage is fixed": what a received 410 promises. */
const GOT_410 = /\b(?:got|gets|getting|received|receives|receiving|pasted|saw|sees|seeing|hit|hits|hitting) (?:a |an |the |this |that )?410s?\b|\b410s? (?:from|on|for) (?:the |our |their |an? )/;
const WILL_COME_BACK = /\b(?:will|would|is|does) (?:it|they|the (?:endpoint|url|page|route|resource|api)|that) (?:ever )?(?:come back|return|be back|coming back|work again|be restored)\b|\b(?:it|they)(?:'ll| will|ll) (?:ever )?(?:come back|be back|return|work again)\b|\bwhether (?:it|they) (?:will )?(?:come back|comes back|return)\b/;

/** "page not found for 15 minutes after launch, though it was live for everyone else": a 404 that outlived the fix or the launch. */
const NOT_FOUND_WORDS = /\b404s?\b|\bnot found\b/;
const AFTER_IT_WAS_THERE = /\b(?:after (?:the |our |we )?(?:launch\w*|publish\w*|release\w*|fix\w*|deploy\w*|went live|go-?live|created)|(?:was|were|is|are) (?:already )?live\b|live for (?:everyone|everybody|others|other users)|(?:for|about|around|like) (?:~ ?)?\d+ ?(?:min\w*|m|hours?|h|seconds?|s)\b|minutes? after)\b/;
const HOW_COME = /\bhow (?:does|did|can|could|is) (?:that|this|it)(?: even)? (?:happen|possible|be)\b|\bhow come\b|\bwhy (?:did|do|does|would|were|was)\b|\bwhat (?:causes|caused|explains)\b/;

/** "404 rate went from 0.5% to 12% right after the deploy, clients or us?": a 404 jump that follows a change of ours. */
const JUMP = /\b(?:spike\w*|jump\w*|surge\w*|went (?:up )?from|rose|climb\w*|doubl\w*|tripl\w*|shot up|increas\w*|from \d[\d.]*% to \d)/;
const OUR_CHANGE = /\b(?:deploy\w*|release\w*|rollout|roll-?out|rolled out|migration|config change|cutover|upgrade)\b/;
const WHOSE_FAULT = /\b(?:clients? or (?:us|we|our)|(?:us|we|our [a-z]+) or (?:the )?clients?|whose fault|our fault|our (?:side|bug)|their (?:side|bug)|probably|likely|cause\w*|why|what happened)\b/;

/** "is it ok to put the reason in a 403 body?", "on a 403, may the body explain why?": the reason of a refusal, told in its content. */
const REASON_IN_403 =
  /\b(?:reason|why|explanation|cause|details?|missing (?:role|scope|permission))\b[^?]{0,40}\b(?:in|into|inside) (?:the |a |an |our |its )?(?:403|forbidden)s? (?:body|response|content|message|payload|json)\b|\b(?:403|forbidden)s? (?:body|response|content|message|payload)\b[^?]{0,40}\b(?:reason|why|explain\w*|which (?:role|scope|permission))\b|\b(?:on|in|with|for) (?:a |an |the )?(?:403|forbidden)(?: response)?,? (?:may|can|should|must|do we|does) (?:the |its |our )?(?:response )?(?:body|content|message|payload)\b[^?]{0,30}\b(?:explain\w*|say|state|reason|why|describ\w*)\b/;

/** "valid creds and still 403: what does that imply about the credentials?": what a 403 says of what it received. */
const IMPLIES_ABOUT = /\b(?:what|anything|something)\b[^?]{0,40}\b(?:implies|imply|means?|says?|tells?|indicates?|signals?)\b[^?]{0,10}\babout (?:the |those |these |its |our |my |their |his |her )?(?:credentials|creds|token|tokens|api keys?|password|login)\b/;

/** "if server return 404, this mean it never existed? how can i know which one": how to tell what a 404 hides. */
const HOW_TO_TELL = /\bhow (?:can|do|would|could|should|to) (?:i |we |you |one |the client |clients )?(?:know|tell|find out|distinguish|see|check)\b|\bhow (?:i|we|you|one) (?:can|could|would) (?:know|tell|find out|distinguish|see|check)\b/;

/** "the WAF rejects DELETE on /users for everyone regardless of who they are, with 403": a method refused to all. */
const METHOD_FOR_EVERYONE = new RegExp(
  `\\b(?:get|head|post|put|patch|delete|options)\\b[^?.]{0,40}\\b(?:is not|are not|not) (?:supported|allowed|implemented|available|handled|possible|offered)\\b[^?.]{0,20}\\b(?:for anyone|by anyone|for any(?:body| user| caller| role)|by any(?:body| user| caller| role)|for everyone|for everybody|at all|for all)\\b|` +
    `\\b(?:reject\\w*|block\\w*|refus\\w*|den(?:y|ies|ied)|disallow\\w*|forbid\\w*|drop\\w*|disabl\\w*) (?:all |every |any )?${'(?:get|head|post|put|patch|delete|options)'}s?\\b[^?.]{0,60}\\b(?:for everyone|for everybody|for all|for anyone|for any(?:body| caller| user)|regardless of (?:who|the caller|the user|role|identity)|no matter who|whoever)\\b`,
);

/** "we don't care if attackers know it exists: any reason left to send 404 instead of 403?": hiding not needed. */
const REASON_FOR_404 = /\b(?:reasons?|point|benefit|advantage|need|sense|use|why)\b[^?]{0,30}\b(?:send|return|answer|use|respond with|give|serve)\w* (?:a )?404s?\b[^?]{0,20}\b(?:instead of|rather than|over|in place of) (?:a )?403\b/;
const NO_SECRET = /\b(?:documented|public(?:ly)? (?:known|documented|listed)|everyone knows|not (?:a )?secret|no secret|(?:do not|don't|dont) care if [^?.]{0,30}\bknow)\b/;

/** "a court order says block this report in one country": access refused because of a legal demand. */
const LEGAL_DEMAND =
  /\b(?:court[- ]orders?|(?:a |the )?court (?:ordered|orders|ruling|decision)|legal (?:demand|order|takedown|block)s?|for legal reasons|injunction\w*|government (?:order|demand|block|censorship)s?|censor\w*|law enforcement (?:request|order|demand)s?|takedown (?:notice|order|demand)s?|ordered by (?:a |the )?(?:court|judge|government|regulator)s?)\b/;
const LEGAL_BLOCK = /\b(?:block\w*|restrict\w*|remov\w*|hid(?:e|ing)|unavailable|deny|denied|geo-?block\w*|take (?:it )?down|taken down|censor\w*)\b/;

/** "403 or 404, or is there a specific code for that?": a code beyond the ones named is invited (a plain "403 or 404?" is answered as the case). */
const OTHER_CODE_INVITED =
  /\bis there (?:a|an|any) (?:[a-z]+ )?(?:code|status)\b|\b(?:specific|dedicated|special|separate|more (?:specific|precise|accurate)|better|other|another|different) (?:http )?(?:code|status)(?: code)?\b|\bsomething else\b|\bor (?:is there )?(?:another|a different) one\b/;
/** "login gets a json body it cannot even parse: 400 or 401?": the request itself is broken, whoever sends it. */
const UNPARSEABLE_BODY =
  /\b(?:malformed|invalid|broken|corrupt\w*|truncated|unparseable|unparsable) (?:json|xml|body|payload|request body)\b|\b(?:json|xml|body|payload)\b[^?.]{0,40}\b(?:can ?not|could not|unable to|fails? to|failed to) (?:even )?(?:parse|read|decode)\b/;
/** A malformed token or signature is the credentials' fault (invalid_token, 401), not the request's. */
const CREDENTIAL_FAULT = /\b(?:token|tokens|jwt|bearer|api key|credentials|authorization header|cookie|signature|password)\b/;
/** "does 410 vs 404 make any difference for google?": the codes compared for crawlers. */
const DIFFERENCE_FOR_CRAWLERS = /\b(?:diff|difference|matter|matters|change anything)\b[^?.]{0,20}\b(?:for|to|with|in) (?:google\w*|seo|crawlers?|search engines?|search|bing|the index|indexing|rankings?)\b/;
/** "team exists but has zero members, junior wants 404", "the cart exists but nothing is in it", "her basket is empty": an empty collection. */
const EMPTY_COLLECTION =
  /\b(?:zero|no|0) (?:members|items|results|entries|records|rows|orders|users|children|elements|comments|invoices|files|matches|hits|posts|projects|subscriptions|documents|messages)\b|\b(?:has|have|had|with|contains?|returns?) (?:zero|no|0) (?!permissions?\b|rights\b|roles?\b|access\b|scopes?\b|credentials\b|tokens?\b|privileges?\b|records?\b)[a-z]+s (?:yet|at all|in it|so far)\b|\bempty (?:(?:filtered|search|query|paged|paginated|result) )?(?:list|collection|array|result set|results|page of results|set)\b|\b(?:list|collection|array|results?) (?:is|are) empty\b|\b(?:carts?|baskets?|inbox(?:es)?|folders?|feeds?|queues?|playlists?|wishlists?|albums?|boards?|backlogs?|timelines?|drafts folder)(?: [a-z]+)? (?:is|are) (?:still |currently |totally |completely )?empty\b|\b(?:exists?|is there|is real|is valid)(?: (?:fine|alright|all right))?,? (?:but|yet|and|though) (?:there is )?(?:nothing (?:is |was )?(?:there|in it|inside)|(?:it|they) (?:is|are) (?:still )?empty|(?:it )?(?:has|holds|contains) nothing(?: in it| yet)?|(?:it is )?(?:still )?empty)\b/;
/** "?status=archived matches nothing", "the search found no results": a query over a collection that is there, with no hits. */
const QUERY_MATCHES_NOTHING =
  /(?:\?[a-z_]+=|\b(?:filter|filtered|search|query (?:string|param(?:eter)?s?))\b)[^?.]{0,40}\b(?:matches|matched|match|returns?|returned|finds|found|yields?|yielded|gives|gave) (?:nothing|no (?:items|results|rows|records|entries|hits|matches)|zero (?:items|results|rows|records|entries|hits|matches))\b/;
const COLLECTION_THERE = /\b(?:exists?|is there|(?:is|are) real|we (?:have|found) the)\b|\b(?:team|project|user|org|account|group|folder|list|collection)s? (?:\d+ )?(?:exists?|is (?:there|valid|real))\b/;

/** "moved /docs/v1 to /docs/v2, someone wants 410 on the old urls; customers have bookmarks": moved content. */
const MOVED_CONTENT = /\b(?:moved|migrated|renamed|relocated|restructured)\b[^?.]{0,60}\bto\b|\bnew (?:urls?|paths?|location|addresses)\b/;
const OLD_LINKS = /\b(?:bookmarks?|old (?:urls?|links?|paths?|addresses)|inbound links?|backlinks?|links? (?:from|in) (?:other|external)|better option|instead|alternative)\b/;

/** "the app returned 403 to everyone during maintenance: the code for temporarily unavailable?": maintenance is 503. */
const MAINTENANCE = /\bmaintenance\b|\btemporar\w* (?:unavailable|down|offline|out of service)\b|\bplanned downtime\b|\boverload\w*\b/;
const NEIGHBOUR_ASKED = /\b(?:what|which)(?:'s| is)? (?:the )?(?:right |correct |proper |real |better )?(?:http )?(?:code|status|status code)\b|\b(?:better|right|correct|proper|more correct|dedicated|specific) (?:code|status)\b|\bis there (?:a|an) (?:code|status)\b|\binstead\b/;

// ── know5 set: codes and schemes defined outside RFC 9110, a 4xx read as a server fault, a code's subject asked ──

/** "which rfc defines it", "where is it specified", "is it in 7231": the document asked for. */
const SPEC_ASKED =
  /\b(?:which|what) (?:rfcs?|standards?|specs?|specifications?|documents?)\b|\b(?:defined|specified|standardi[sz]ed|introduced) (?:in|by)\b|\bwhere (?:is|are|was|were)\b[^?]{0,40}\b(?:defined|specified|standardi[sz]ed|described)\b|\b(?:rfc|spec|standard) (?:for|of|number)\b|\bnot in (?:the )?(?:old )?(?:rfc ?)?(?:7231|9110|2616)\b/;
/** The Basic scheme named as a scheme, not "basic question". */
const BASIC_SCHEME = /\bbasic (?:auth\w*|scheme|credentials|login)\b|\bauthorization: basic\b/;
/** "is a 404 a server problem or a problem with the request?", "customer insists our server is broken": a 4xx read as the server's fault. */
const FAULT = '(?:problem|error|issue|fault|side|bug|failure|mistake|broken)';
const WHOSE_FAULT_ASKED = new RegExp(
  `\\b(?:server|server-side|backend|our|us)\\b[^?]{0,15}\\b${FAULT}\\b[^?]{0,50}\\bor\\b[^?]{0,30}\\b(?:client|request|user|caller|browser|customer|their|them)\\b` +
    `|\\b(?:client|request|user|caller|browser|customer)(?:'s)?\\b[^?]{0,15}\\b${FAULT}\\b[^?]{0,50}\\bor\\b[^?]{0,30}\\b(?:server|backend|our|us)\\b` +
    `|\\bwhose (?:fault|problem|side|bug)\\b|\\b(?:is|means?) (?:the |our )?(?:server|backend|api) (?:is )?(?:broken|at fault|to blame|failing|buggy)\\b` +
    `|\\b(?:insists?|claims?|says?|thinks?|believes?|convinced) (?:that )?(?:our|the|my) (?:server|api|backend|site|website|service) (?:is |was )?(?:broken|buggy|failing|at fault|faulty|crashing)\\b|\\bserver[- ]side (?:error|problem|issue|bug)\\b`,
);
const ONE_TRIAGE_CODE = /\b(?:401|403|404|410|4xx)s?\b/;
/** "what do you call the attack where …", "is there a name for …": the name of a technique asked. */
const NAME_OF_IT =
  /\bwhat (?:do|would|does) (?:you|we|one|people|they) call\b|\bwhat(?: is|'s) (?:this|that|it|the (?:attack|technique|trick|thing|issue|weakness|leak))(?: [a-z]+)? called\b|\b(?:a |the )?(?:name|term|word) for\b|\bwhat(?: is|'s) the (?:name|term)\b|\bis there a (?:name|term)\b|\bhow (?:is|do you call) (?:this|that|it) (?:called|named)\b/;
const EXISTENCE_PROBED = /\bexist\w*|\bnon-?existent\b|\bvalid (?:ids?|accounts?|users?|usernames?|emails?|records?)\b|\bmap(?:s|ping)? (?:out )?(?:which|valid|the|real|all)\b|\bwhich (?:ids?|accounts?|users?|records?) (?:are )?(?:real|valid|exist)\b|\bguess\w*|\bprob(?:e|es|ing)\b/;
const DIFFERING_ANSWERS = /\bcompar\w*\b[^?]{0,20}\b(?:status(?:es)?|codes?|responses?|answers?|errors?)\b|\b(?:different|differing|distinct|two|separate) (?:status(?:es)?|codes?|status codes?|responses?|answers?|errors?)\b|\b403\b[^?]{0,30}\b404\b|\b404\b[^?]{0,30}\b403\b/;
/** "who decides it is permanent?", "how does the server know?": where the permanence of a 410 comes from. */
const WHO_DECIDES =
  /\bwho (?:decides?|determines?|says?|knows?|judges?|chooses?|defines?|is deciding)\b|\bhow (?:does|do|can|would|should|could) (?:the |a |an )?(?:server|origin|api|site|it|we|you|one|they) (?:know|tell|decide|determine|be sure)\b|\b(?:server|origin)\b[^?.]{0,15}\b(?:must|has to|have to|needs? to|should) (?:know|decide|be sure)\b/;
const PERMANENCE = /\bpermanent\w*|\bfor good\b|\bforever\b|\bnever (?:come|coming) back\b/;
/** "does HEAD get the same status as GET?": HEAD compared with GET. */
const HEAD_LIKE_GET =
  /\bhead\b[^?]{0,60}\b(?:same|identical|as (?:a |the )?get|like (?:a |the )?get|match\w*|differ\w*|different)\b[^?]{0,40}\bget\b|\bget\b[^?]{0,40}\b(?:and|vs|versus|or) head\b[^?]{0,40}\b(?:same|identical|differ\w*|different)\b/;
const STATUS_WORD = /\b(?:status(?:es)?|codes?|status codes?|4\d\d|responses?)\b/;
/** "should the app show the reason phrase to users?": the phrase as the message a person reads. */
const SHOWN = /\b(?:show|shows|showing|shown|display\w*|render\w*|print\w*|surface\w*|put (?:it )?in the ui|in the ui|to (?:the )?(?:end[- ]?)?users?|error messages?|user[- ]facing)\b/;
/** "can a 403 happen without any authentication?": a 403 as the subject, credentials absent. */
const FORBIDDEN_WITHOUT_AUTH = new RegExp(
  `^(?:can|could|may|might|does|do|will|is it possible (?:for|that|to (?:get|see|receive))|is it normal (?:for|that|to (?:get|see)))\\b (?:a |an |the |you |we |i |one |clients? )?(?:(?:get|see|receive) (?:a |an )?)?403s?\\b[^?]{0,40}\\b(?:without|with no|when there is no|if there is no|before)\\b (?:any |an? |the )?(?:${AUTH_WORD}|being (?:logged|signed) in|logging in|signing in)`,
);
/** A neighbour code named to be explained: one of these, and the triage codes at most beside it. */
const NEIGHBOUR_CODES = ['400', '405', '409', '418', '429', '451', '503'];
const ABOUT_ONE_NEIGHBOUR = (code: string) => (text: string) => {
  const named = NEIGHBOUR_CODES.filter((other) => new RegExp(`\\b${other}s?\\b`).test(text));
  return named.length === 1 && named[0] === code && (EXPLAINS.test(text) || THE_NAME.test(text) || new RegExp(`\\bwhat(?: is|'s) (?:an? |the )?(?:http )?(?:code |status |error )?${code}\\b`).test(text)) && !ASKS_FOR_STATUS.test(text);
};

// ── review R4: knowledge questions whose situation words ("anonymous", "customer asks if it comes back") set off a verdict ──

/** "does 403 need the client to be logged in?", "403 only for logged in users?", "is a 403 without any auth context valid per rfc?". */
const LOGIN_STATE = '(?:anonymous|anon|unauthenticated|unidentified|(?:logged|signed)[- ]?in|log[- ]?in|login|authenticat\\w*|auth context|auth\\w*|credentials|identified|known (?:users?|callers?|clients?))';
const FORBIDDEN_NEEDS_LOGIN = new RegExp(
  `\\b403s?\\b(?: (?:response|responses|status|code|error|errors|really|always|actually|necessarily|per (?:the )?rfc))* (?:need|needs|require|requires|required|only (?:for|about|applies to|valid for|meant for|used for|when)|reserved for|limited to|restricted to)\\b[^?]{0,40}\\b${LOGIN_STATE}` +
    `|\\b403s?\\b[^?]{0,60}\\b(?:for|to|on|with|from) (?:an? |the )?(?:anonymous|anon|unauthenticated|unidentified)\\b` +
    `|\\b403s?\\b[^?]{0,20}\\b(?:without|with no|lacking)\\b[^?]{0,25}\\b(?:auth\\w*|login|credentials|identity|logged[- ]in (?:users?|callers?))\\b[^?]{0,40}\\b(?:valid|allowed|legit\\w*|ok|okay|fine|acceptable|compliant|correct|proper|per (?:the )?(?:rfc|spec))\\b`,
);
/** "does a 403 require a WWW-Authenticate header?": the header's name is no login state (its "authenticate" would read as one). */
const WWW_AUTHENTICATE = /\bwww-authenticate\b/g;
/** The rule asked, not one request: the spec, a requirement, "even", "too", "ever". */
const RULE_LEVEL = /\b(?:rfcs?|9110|spec|specs|standard|per|valid|require[sd]?|need(?:s|ed)?|only|even|too|also|at all|ever|in general)\b|\bcan (?:it|they|a 403|403s?) (?:also )?be used\b/;
/** "does 403 mean it does not exist?", "verboten means the user is missing?": non-existence read into a refusal. */
const NOT_THERE = '(?:(?:does|do|did|is|are) not (?:exist\\w*|there)|not exists?|never existed|(?:is|are) missing|missing|no such|non-?existent|not there|(?:was|were|has been|have been) deleted|absent)';
const READS_403_AS_MISSING = new RegExp(`\\b(?:403s?|forbidden|verboten)\\b[^?]{0,60}\\b(?:means?|meaning|implies|imply|indicates?|stands? for)\\b[^?]{0,40}\\b${NOT_THERE}`);
/**
 * "customer asks if it comes back", "will the page be back?", "does 410 mean temporary?": a 410 read from the receiving side.
 * A bare "if it comes back" is the owner's doubt about permanence, the fact that decides 404 vs 410: only a reader's
 * "wonders whether" makes it a question about the code's meaning.
 */
const COMES_BACK_ASKED = /\b(?:come back|comes back|coming back|be back|reappear\w*|be restored|available again|back online|work again|temporar\w*|outage)\b/;
const GONE_READER =
  /\b(?:customers?|users?|clients?|callers?|they|someone|people|partners?|consumers?|he|she)\b[^?.]{0,20}\b(?:asks?|asking|asked|wonders?|wondering|thinks?|thought|believes?|assumes?|expects?|wants? to know|says?)\b|\b(?:will|would|does|do|is|could|can) (?:it|they|that|this|the (?:page|url|resource|endpoint|report|file|thing|data|content|api))\b[^?.]{0,15}\b(?:ever )?(?:come back|be back|reappear|be restored|return|be available again)\b|\b(?:wonder\w*|ask\w*|wants? to know|curious)\b (?:whether|if) (?:it|they|that|this|the [a-z]+) (?:will |would |might |could |is going to )?(?:ever )?(?:come back|comes back|be back|reappear|be restored|be available again)\b|\b(?:410s?|gone)\b[^?.]{0,20}\b(?:mean|means|meaning|imply|implies|say|says)\b[^?.]{0,30}\b(?:temporar\w*|outage|come back|comes back|be back)\b/;
/** "should we send 410 while it is temporarily off?": our own response weighed, a case. */
/** "they think it should be 410, what should they see": the code proposed for a case. */
/** "what should the profile endpoint return", "what should the old link answer": the response of a thing of ours, named with a modifier. */
const SHOULD_BE = /\b(?:should|would|must) (?:it |that |this |they |we |he |she |the (?:[a-z-]+ )?(?:endpoint|api|url|page|route|link|server|service|path|resource)s? )?(?:be|get|see|receive|return|answer|send|respond)\b/;
const WE_SEND = /\b(?:should|can|may|could|do|must|shall) (?:we|i)\b[^?.]{0,20}\b(?:send|return|use|answer|serve|switch to|respond)\b/;
/** "colleague claims 410 is deprecated", "is 410 obsolete?": the code's standing in the standard. */
const GONE_DEPRECATED =
  /\b410s?\b(?: gone)?(?: (?:status|code|status code))?(?: (?:is|are|was|has been|got|been|being|considered))*(?: (?:now|really|actually|officially|kind of|basically|long))? (?:deprecated|obsolete|outdated|legacy|dead|dying|unused|abandoned)\b|\b410s?\b[^?.]{0,30}\b(?:nobody|no one|noone|no-one|hardly anyone|almost nobody) (?:uses?|sends?|returns?|supports?)\b|\b(?:nobody|no one|noone|no-one|hardly anyone|almost nobody) (?:uses?|sends?|returns?|supports?) (?:a |the )?410s?\b[^?]{0,40}\b(?:deprecated|obsolete|outdated|legacy|dead|still (?:valid|used|a thing))\b/;
/** "coworker says 401 and 403 are interchangeable", "is 401 the same as 403?": the two codes read as one. */
const SAME_CODE =
  /\b(?:401|403)s?\b[^?]{0,30}\b(?:401|403)s?\b[^?]{0,30}\b(?:interchangeabl\w*|synonym\w*|equivalent|the same|same thing|same meaning|mean the same|does not matter|use either|either (?:one|is fine|works|way))\b|\binterchangeabl\w*\b[^?]{0,20}\b(?:401|403)\b[^?]{0,10}\b(?:401|403)\b|\b(?:401|403)s?\b[^?]{0,20}\b(?:synonyms?|equivalent|alias|the same (?:thing )?as|interchangeabl\w* with)\b[^?]{0,10}\b(?:401|403)\b/;
/** "what does 401 mean if the request already had credentials?": §15.5.2's second sentence. */
const CREDENTIALS_SENT =
  /\b(?:already (?:had|has|have|included|includes|carried|carries|contained|sent|send)|had|has|included|includes|carried|carries|contained|sent|(?:did|does|do) send|with|came with|comes with)\b (?:the |a |an |its |their |some |any |valid(?:-looking)? )?(?:credentials?|token|bearer token|authorization header|auth header|password|api key)\b|\b(?:credentials?|token|authorization header|password|api key) (?:that |which )?(?:were|was|is|are) (?:included|sent|provided|supplied|attached|present)\b/;
const MEANING_OR_TELLS = /\bmean\w*|\btell\w*|\bsay\w*|\bsignal\w*|\bindicat\w*|\bimpl(?:y|ies)\b/;
/**
 * 'my tech lead says 403 means "not logged in"', "colleague claims 401 is for missing permissions": a claim that swaps
 * the two codes' meanings, checked. The claim must be said (someone says it, or "right?", "is that correct").
 */
const NOT_LOGGED_IN = '(?:not logged[- ]in|not signed[- ]in|logged out|signed out|unauthenticated|not authenticated|no login|no credentials|no token|missing (?:token|credentials|login)|(?:needs? to|must) log ?in)';
const NO_PERMISSION = '(?:no permissions?|missing permissions?|lacks? (?:the )?permissions?|not allowed|no access|no rights|missing (?:role|rights|scope)|insufficient (?:permissions?|rights|privileges?)|(?:is |are )?forbidden)';
const CODE_MEANS = (code: string, meaning: string) => new RegExp(`\\b${code}s?\\b(?: (?:really|actually|basically|just|always|only))? (?:means?|=|stands? for|is (?:for|about|when|used for)|signals?|indicates?)\\b[^?]{0,6}\\b${meaning}`);
const CLAIM_SAID = /\b(?:says?|said|claims?|claimed|thinks?|told (?:me|us)|insists?|argues?|believes?)\b|\b(?:right|correct|true|accurate|is that so|is (?:he|she|they) right)\s*\??\s*$|\bis (?:that|this|it) (?:right|correct|true|accurate)\b/;
/** "does fetch() throw on a 404?", "axios rejects on 401?": what an HTTP library does with an error status. */
const HTTP_LIBRARY = /\b(?:fetch(?:\(\))?|axios|window\.fetch|node-fetch|ky|superagent)\b/;
const THROWS = /\b(?:throws?|throwing|thrown|rejects?|rejecting|rejected|raises?|exception|catch|errors? out|fail(?:s)? the promise)\b/;
/** "does 404 imply the user is authenticated?": identity read into a 404. */
const READS_404_AS_AUTH =
  /\b404s?\b[^?]{0,40}\b(?:means?|implies|imply|tells?|says?|proves?|indicates?|confirms?|guarantees?)\b[^?]{0,40}\b(?:(?:is|are|was|were) (?:authenticated|logged[- ]in|signed[- ]in|identified)|authenticated|logged[- ]in|signed[- ]in)\b/;
/**
 * "when was rfc 9110 published?". Not "when is it acceptable under rfc 9110 to answer 404 …", "when may a server, per rfc 9110, …", "when does rfc 9110 allow 404 instead of 403":
 * a "when" that opens the circumstance a rule allows something in asks for the rule, not a date.
 */
/** "when was rfc 9110 published" (not "does signing in again help when the api gave 403, per rfc 9110": a clause about a response). */
const RULE_ASKED_OF_THE_SPEC = /\b(?:instead of|in place of|rather than|allowed|allow|allows|permitted|permit|permits|legitimate|legit|acceptable)\b/;
const RFC_DATE =
  /\b(?:when(?! (?:is|was|would|will) it (?:ever |really |then )?(?:be )?(?:ok|okay|fine|acceptable|allowed|permitted|legit|legal|correct|right|appropriate|proper|valid|wrong)\b|(?: exactly| precisely| really)? (?:may|can|could|should|must|shall|might|does|do) )|what year|which year|what date|how old)\b(?:(?!\b[1-5]\d\d\b)[^?]){0,40}\b9110\b|\b9110\b[^?]{0,30}\b(?:published|released|came out|come out|issued|publication|date|year)\b/;
/** "what does a mobile app do on 401, log the user out?", "401 and 403 for mobile app": what clients do with the codes. */
const APP = '(?:mobile |ios |android |native |web |front-?end |single[- ]page )?(?:apps?|sdks?|client librar(?:y|ies)|frontends?|spas?|clients?)';
const CLIENT_ON_401 = new RegExp(
  `\\b(?:what|how)\\b[^?]{0,30}\\b${APP}\\b[^?]{0,30}\\b(?:do|does|handle|handles|react|reacts|behave|behaves|typically|usually)\\b[^?]{0,20}\\b(?:on|after|with|to|when (?:it gets|getting|receiving))? ?(?:an? )?401s?\\b` +
    `|\\b401s?\\b[^?]{0,40}\\b(?:log(?:s|ged)? (?:the user |users |them |him |her )?out|logout|sign(?:s|ed)? (?:the user |users |them )?out|kick\\w* (?:the user |users |them )?out)\\b` +
    `|\\b(?:401|403)\\b[^?]{0,10}\\b(?:and|vs|or|&)\\b[^?]{0,10}\\b(?:401|403)\\b[^?]{0,40}\\b(?:for|in|on) (?:an? |the |our |my )?${APP}`,
);
/** "do crawlers retry 404 urls later?": how search engines revisit a 404. */
const REVISIT = '(?:retry|retries|re-?crawl\\w*|re-?visit\\w*|come back|return|check again|re-?check\\w*|keep (?:crawling|checking|requesting|hitting|fetching)|re-?fetch\\w*|try again)';
const CRAWLER = '(?:crawlers?|googlebot|google|search engines?|bing|bots?)';
const CRAWLERS_REVISIT_404 = new RegExp(`\\b${CRAWLER}\\b[^?]{0,30}\\b${REVISIT}\\b[^?]{0,30}\\b404s?\\b|\\b404s?\\b[^?]{0,40}\\b${CRAWLER}\\b[^?]{0,20}\\b${REVISIT}\\b`);
/** "what are the downsides of returning 404 instead of 403?", "does hiding existence with 404 make support harder?". */
const TRADEOFF = /\b(?:downsides?|drawbacks?|trade-? ?offs?|cons|costs?|disadvantages?|pitfalls?|harder|negatives?|side effects?|problems? with|price|worse|lose|loses|give up|gives up)\b/;
const HIDES_WITH_404_ASKED =
  /\b404s?\b[^?]{0,40}\b(?:instead of|rather than|over|in place of) (?:a )?403\b|\b(?:hid(?:e|es|ing)|conceal\w*|mask\w*)\b[^?]{0,40}\b404\b|\b404\b[^?]{0,30}\b(?:to hide|for hiding|for privacy|hiding)\b/;
/** "which rfc section allows using 404 to hide existence?": the clause itself. */
const HIDING_SECTION = /\b(?:which|what) (?:rfc |9110 )?(?:section|clause|paragraph|part of (?:the )?rfc)s?\b[^?]{0,60}\b(?:hid\w*|conceal\w*|404 instead of 403|disclos\w*)\b/;

// ── know6 set (tuner j): a parameter's syntax, a removal announced ahead, error-body formats, robots.txt, retrying a 401 ──

/** "what chars are allowed in error_description", "can it contain quotes?": the attribute's syntax. */
const CHARS_ASKED =
  /\b(?:chars?|characters?|charsets?|character sets?|escap\w*|quot(?:e|es|ed|ing|ation|ations)|double[- ]quotes?|backslash\w*|ascii|unicode|utf-?8|non-?ascii|emojis?|accents?|abnf|grammar|syntax)\b/;
/** "is there a header to announce the removal date in advance?": a removal told to consumers before it happens. */
const ANNOUNCES_REMOVAL =
  /\b(?:announc\w*|advertis\w*|warn\w*|signal\w*|notify\w*|communicat\w*|tell|tells|telling|inform\w*|publish\w*)\b[^?.]{0,60}\b(?:removal|retire\w*|retirement|deprecat\w*|sunset\w*|shutdown|shut ?down|end[- ]of[- ]life|eol|decommission\w*)\b/;
/** Ahead of time: a date to come, "in advance", "before we start answering 410", "will be removed". */
const AHEAD =
  /\bin advance\b|\bahead of (?:time|the)\b|\bbeforehand\b|\bupcoming\b|\bplanned\b|\bscheduled\b|\bwill be (?:removed|retired|shut down|decommissioned|turned off)\b|\b(?:removal|retirement|shutdown|sunset|end[- ]of[- ]life) dates?\b|\bbefore (?:it|they|we|the (?:removal|shutdown|retirement))\b/;
/** The header itself asked about: "is there a header to …", "which header announces …", "what does the Sunset header say". */
const HEADER_ASKED = /\b(?:is there|are there|do we have|does http have|which|what)\b[^?.]{0,40}\bheaders?\b/;
const SUNSET_NAMED = /\b(?:sunset|deprecation) (?:header|field)s?\b/;
/** "is there a standard format for the JSON error body?": a format for error bodies, asked as such. */
const ERROR_BODY_FORMAT =
  /\b(?:standard|standardi[sz]ed|common|official|conventional|well[- ]known|rfc|recommended|usual|agreed)\b[^?]{0,30}\b(?:format|schema|shape|structure|media type|content[- ]type|envelope)\b|\bproblem[+ ](?:json|details)\b|\b(?:7807|9457)\b/;
const ERROR_BODY_NAMED = /\b(?:errors?|4xx|4\d\d)\b[^?]{0,40}\b(?:body|bodies|payloads?|json|responses?|content|messages?)\b|\b(?:body|bodies|payloads?|json|content)\b[^?]{0,40}\b(?:errors?|4xx|4\d\d)\b/;
/** "what does googlebot do with a 403 robots.txt?": the crawler's reading of robots.txt's own status. */
const ROBOTS_TXT = /\brobots\.?txt\b/;
const ROBOTS_ERROR = /\b(?:4\d\d|4xx|5\d\d|5xx)s?\b|\b(?:forbidden|not found|blocked|unauthori[sz]ed|gone)\b/;
/** "is a 401 worth retrying with fresh credentials?": what a 401 says the client may do next. */
const FRESH_CREDENTIALS = '(?:fresh|new|newer|replaced|refreshed|renewed|rotated|different|other|another|valid|updated)';
const RETRY_WITH_FRESH = new RegExp(
  `\\b(?:retry\\w*|re-?try\\w*|try(?:ing)? again|repeat\\w*|resend\\w*|re-?send\\w*|send(?:ing)? (?:it |the request )?again|re-?issu\\w*)\\b[^?.]{0,40}\\b${FRESH_CREDENTIALS}\\b[^?.]{0,12}\\b(?:credentials|creds|tokens?|logins?|api keys?|passwords?|authorization)\\b` +
    `|\\b${FRESH_CREDENTIALS} (?:credentials|creds|tokens?|logins?|api keys?)\\b[^?.]{0,40}\\b(?:retry\\w*|try again|help|helps|fix|fixes|work|works|worth)\\b`,
);
/** "what does RFC 9110 say 409 is meant for, as opposed to 403?": the spec asked what a neighbour code is for, beside a triage code. */
const SPEC_SAYS_CODE_IS_FOR = (code: string): RegExp =>
  new RegExp(
    `\\bwhat (?:does|do) (?:the )?(?:rfcs?|rfc ?9110|9110|specs?|standard|http)\\b[^?]{0,15}\\b(?:say|says|define|defines)\\b[^?]{0,20}\\b${code}\\b[^?]{0,30}\\b(?:is |are )?(?:for|meant|intended|used|about)\\b`,
  );
/**
 * "is it OK to send 410 for a lab endpoint that is down for a few days?", "should we use 410 for a page we might bring
 * back?": 410 judged for a kind of resource (an indefinite one, not ours at hand) that the question itself calls
 * temporary. The rule is asked: no, 410 is for permanent removals.
 */
const SERVE_VERB = '(?:send|return|use|answer|serve|respond with|reply with|give)';
const FOR_A_KIND = '(?:for|on|to) (?:a|an|any|some|every|pages|urls|endpoints|resources|products|items|[a-z]+ (?:pages|urls|endpoints|resources))\\b';
const GONE_FOR_A_KIND = new RegExp(
  `^(?:(?:is it|would it be|is that|is it ever) )?(?:ever |really )?(?:ok|okay|fine|allowed|acceptable|right|correct|legit|wrong|bad|a good idea|a bad idea) to ${SERVE_VERB} (?:a |an )?410s? ${FOR_A_KIND}` +
    `|^(?:should|can|may|could|must|do|would) (?:we|i|you|one|a server|an api|the api|servers|apis|sites) ${SERVE_VERB} (?:a |an )?410s? ${FOR_A_KIND}` +
    // "is 410 gone appropriate for a temporary condition, like a maintenance window?": the code itself judged for a kind.
    `|^(?:is|are|would) (?:a |an )?410s?(?: gone)? (?:be )?(?:ever |really |still )?(?:appropriate|ok|okay|fine|allowed|acceptable|right|correct|suitable|proper|valid|a good fit) ${FOR_A_KIND}`,
);
/** "down for a few hours", "offline during the migration weekend": unavailable for a while, not removed. */
/**
 * "410 supposed to be forever? or ok for a few hours while the svc is down for maintenance": whether 410 means for good, asked
 * beside an outage; the "forever" is the code's meaning asked, not a removal told.
 */
const GONE_MEANT_FOREVER =
  /\b410s?\b[^?.]{0,20}\b(?:supposed|meant|intended|expected|required|has|have|needs?) to be (?:forever|for ever|permanent|for good)\b|\bis (?:a )?410 (?:always |really )?(?:forever|for ever|permanent|for good)\b/;
const DOWN_FOR_A_WHILE =
  /\b(?:down|offline|unavailable|disabled|paused|off|dark)\b[^?.]{0,20}\b(?:for (?:a |an |the )?(?:few |couple of |couple )?(?:minutes?|hours?|days?|weeks?|while|weekend|night)|during|until|over the)\b/;
/** "if the server does not know whether the removal is permanent, 404 or 410?": the rule's own condition, restated in general. */
const SERVER_UNSURE_OF_PERMANENCE =
  /(?:^|[.:;!?] )(?:if|when|whenever|in case|suppose) (?:the |a |an )?(?:origin )?(?:server|origin|api|service|site|backend)s?\b[^?]{0,15}\b(?:does not|doesn't|doesnt|do not|don't|dont|cannot|can't|can not|is not|isn't|has no way to|has no facility to)\b (?:really )?(?:know|sure|certain|tell|determine|able to (?:tell|determine|know))\b[^?]{0,40}\b(?:permanent\w*|for good|forever|for ever|for always|final|come back|comes back|be back)\b/;
const GONE_OR_NOT_FOUND = /\b404\b[^?]{0,20}\b410\b|\b410\b[^?]{0,20}\b404\b|\b(?:which|what) (?:one|code|status)\b|\bwhich of (?:the two|them|these|those|both)\b|\binstead of (?:a |an )?410\b/;
/**
 * "if we are not sure a removal is permanent, the rfc say to use 410 or 404?", "when you cannot tell whether it was deleted for good,
 * does rfc 9110 prefer 404 or 410?": the doubt about permanence put first as a condition (if or when, whoever doubts), then what the
 * document says under it asked. That is RFC 9110 §15.5.11's own rule (404 ought to be used when the server does not know whether the
 * condition is permanent), not one told case's code. The condition may also come after the question ("which code does the spec say to
 * use when the server does not know …", "what does rfc 9110 say a server should send instead of 410 when it does not know …"): every
 * writer of the sets that asked it so (five, independently) meant the rule, not a case (session 9 had read it as a case, 404).
 */
const DOUBT_AS_A_CONDITION =
  /\b(?:if|when|whenever|in case)\b[^?.]{0,50}\b(?:but|and|yet) (?:we|you|one|they|it|the server) (?:(?:do|does|did) not|don't|dont|doesn't|doesnt|are not|aren't|is not|isn't) (?:really |yet )?(?:know|sure|certain)\b[^?]{0,50}\b(?:permanent\w*|for good|forever|for ever|for always|final|come back|comes back)\b|\b(?:if|when|whenever|in case) (?:(?:nobody|no one) (?:really |yet )?knows|(?:(?:(?:the|a|an|our|your|its|their) )?(?:origin |[a-z-]+ )?(?:server|origin|api|service|site|backend|cms|system|platform|app|application|database|db|store|tool)s?|we|you|one|i|they|it)(?: (?:are|is|am))?(?: (?:really|still|yet|honestly))? (?:not sure|unsure|not certain|uncertain|(?:(?:do|does|did) )?not (?:really )?know|(?:don't|doesn't|dont|doesnt|didn't) (?:really )?know|(?:cannot|can not|can't|is unable to|are unable to) (?:tell|determine|know)|has no way to (?:know|tell|determine)))\b[^?]{0,50}\b(?:permanent\w*|for good|forever|for ever|for always|final|come back|comes back)\b/;
/** "the rfc says something about when to prefer 404 over 410, what is it?": the document's rule between the two, recalled. */
const RULE_OF_THE_TWO_RECALLED =
  /\b(?:rfcs?|rfc ?9110|specs?|standards?)\b[^?]{0,20}\b(?:says?|said|has|mentions?|writes?)\b[^?]{0,20}\b(?:something|a rule|anything|a line)\b[^?]{0,30}\b(?:when|whether|about)\b[^?]{0,30}\b(?:404\b[^?]{0,15}\b410|410\b[^?]{0,15}\b404)\b/;
/** "the rfc say(s) to use", "does rfc 9110 prefer", "per rfc 9110, …": the document's rule asked for. */
const SPEC_ASKED_ITS_RULE =
  /\b(?:rfcs?|rfc ?9110|specs?|standards?)\b[^?.,]{0,10}\b(?:say|says|prefer|prefers|want|wants|recommend|recommends|tell|tells|require|requires)\b|^(?:per|under|according to) (?:the )?(?:rfcs?|rfc ?9110|specs?|standards?)\b/;
/**
 * "what should a server return instead of 410 when it does not know …", "which code do apis send if they cannot tell …": the doubt
 * put as a condition of any server (indefinite, or servers in the plural), not of ours. That asks RFC 9110 §15.5.11's rule as the
 * document would (six writers of the sets labelled this shape knowledge); a told case ("we deleted X …", "our api …") stays a case.
 */
const A_SERVER_ASKED =
  /\b(?:should|must|does|do|ought|would|can|may|is|are) (?:(?:a|an|any) (?:origin |http |web |resource )?(?:server|origin|api|service|site|website|backend)|(?:origin |http |web )?(?:servers|apis|services|sites|websites|backends|origins))\b (?:to )?(?:return|send|use|answer|respond|reply|give|serve|pick|choose)\b/;
const ASKER_OWN_CASE = /\b(?:we|our|us|i|my|me)\b/;
const ANY_SERVER_ASKED = (text: string): boolean => A_SERVER_ASKED.test(text) && !ASKER_OWN_CASE.test(text) && !TOLD_BEFORE_ASKED.test(text);
/** The rule's condition, said by the server's own doubt or put as a condition for the document (or any server) to settle. */
const UNSURE_OF_PERMANENCE_ASKED = (text: string): boolean =>
  SERVER_UNSURE_OF_PERMANENCE.test(text) || (DOUBT_AS_A_CONDITION.test(text) && (SPEC_ASKED_ITS_RULE.test(text) || ANY_SERVER_ASKED(text)));
/** "what is the difference between 404 and 410 — which one tells them the removal is permanent?": which code carries a meaning. */
const WHICH_ONE_MEANS =
  /\bwhich (?:one|code|status|of (?:them|the two|these|those))\b (?:(?:really|actually) )?(?:tells?|means?|says?|signals?|indicates?|conveys?|communicates?|shows?|implies)\b/;
const DIFFERENCE_ASKED = /\bdifferen\w*|\bvs\.?\b|\bversus\b|\bcompared?\b|\bin meaning\b/;
const TWO_CODES_ONLY = (a: string, b: string) => (text: string) =>
  ['401', '403', '404', '410'].every((code) => (code === a || code === b ? new RegExp(`\\b${code}s?\\b`).test(text) : !new RegExp(`\\b${code}s?\\b`).test(text)));
const MEANINGS_COMPARED = (a: string, b: string) => (text: string) => TWO_CODES_ONLY(a, b)(text) && DIFFERENCE_ASKED.test(text) && WHICH_ONE_MEANS.test(text) && !WHICH_CODE_TO_SEND.test(text);

const SPEC_NEIGHBOUR = (code: string) => (text: string) =>
  SPEC_SAYS_CODE_IS_FOR(code).test(text) && NEIGHBOUR_CODES.filter((other) => new RegExp(`\\b${other}s?\\b`).test(text)).every((other) => other === code);


// ── know6 set: why a clock rejects a valid token, what hiding with 404 does not do, old wording, schemes ──

/** "one node's clock is 10 min behind and rejects valid tokens", "ntp drift": the server's time named. */
const CLOCK = /\b(?:clocks?|clock[- ]skew|time[- ]?skew|skew(?:ed)?|drift\w*|ntp|chrony|(?:server|system|host|node|machine|local) time|time (?:is |was )?(?:off|wrong|behind|ahead|out of sync|not (?:in )?sync\w*)|out of sync|time ?sync\w*|(?:wrong|bad|incorrect) (?:time|clock)|(?:pod|container|vm) time)\b/;
/** A 401 or a token judged: what the clock can break. */
const TOKEN_REJECTED = /\b401s?\b|\bunauthori[sz]ed\b|\binvalid_token\b|\b(?:tokens?|jwts?|exp|nbf|iat)\b/;
/** "how can the clock cause a 401?", "why would drift matter?", "could that be it?": the cause asked for. */
const HOW_IT_CAUSES =
  /\bhow (?:can|could|does|do|would|might|is|come)\b|\bwhy\b|\bcaus\w*|\bexplain\w*|\b(?:could|can|would|might) (?:it|that|this|the (?:clock|time|skew|drift)) (?:be|matter|explain|break)\b|\bhave to do with\b|\brelated\b|\bresponsible\b|\bbecause of\b|\bmatters?\b|\b(?:link|connection|relation)\b|\binvolved\b|\bis (?:the |a )?(?:clock|time|skew|drift|ntp)(?: (?:skew|drift|sync|offset))? (?:the |a )?(?:reason|cause|culprit)\b/;

/** "is hiding with 404 security through obscurity?", "can the 404 replace the permission check?": hiding asked as access control. */
const OBSCURITY = /\bobscurity\b/;
const CHECK = '(?:access|permission|permissions|authori[sz]ation|authz|acl|ownership|ownership|entitlement|rbac|policy)(?: checks?| controls?| logic| layer)?';
const REPLACES_THE_CHECK = new RegExp(
  `\\b(?:replace|replaces|replacing|replacement (?:for|of)|substitute\\w*|stand in for|in place of|instead of|do without|drop|skip|remove|no longer need)\\b[^?.]{0,20}\\b(?:the |an? |our |real |actual |proper )?${CHECK}\\b` +
    `|\\b(?:make|makes|made|keep|keeps) (?:it|us|them|the [a-z-]+|our [a-z-]+) (?:secure|safe|protected)\\b` +
    `|\\b(?:still|also) (?:need|needs|have to|has to|must)\\b[^?.]{0,20}\\b(?:the |an? |to )?(?:check|enforce|verify|${CHECK})\\b|\\b(?:is|are) (?:that|this|it|404s?|hiding) (?:enough|sufficient)\\b[^?]{0,20}\\b(?:protect\\w*|secur\\w*|access control|safe\\w*)\\b`,
);
const HIDING_CONTEXT = /\b404s?\b|\bnot found\b|\bhid(?:e|es|ing|den)\b|\bconceal\w*/;

/** "the hiding path takes 80 ms, a real 404 5 ms", "latency differs": the response time named. */
const TIMING = /\btiming\b|\bresponse[- ]times?\b|\blatenc\w*|\b\d+ ?(?:ms|milliseconds?|µs|us)\b|\bmilliseconds?\b|\b(?:slower|faster|takes? longer|take more time|takes? less time|quicker)\b/;
/** "does that leak anything?", "can attackers tell?": what the difference gives away. */
const GIVES_AWAY_TIMING =
  /\bleak\w*|\breveal\w*|\bside[- ]?channel\w*|\benumerat\w*|\b(?:attackers?|someone|anyone|they|an adversary|a scanner) (?:can|could|might|would) (?:tell|learn|know|infer|see|distinguish|measure|guess|use)\b|\b(?:can|could|might|would) (?:an? |the )?(?:attackers?|someone|anyone|they|adversar\w*|scanners?|outsiders?) (?:tell|learn|know|infer|see|distinguish|measure|guess|use)\b|\btell (?:them|the two|it|both) apart\b|\bdistinguish\w*|\bgive\w* (?:it |anything |something )?away\b|\b(?:safe|secure|security|problems?|issues?|concern\w*|matter|matters|exploitable|risk\w*)\b/;

/** "RFC 2616 said 'authorization will not help'; does 9110 keep that?": the old wording of 403 compared with today's. */
const OLD_403_RFC = /\b(?:rfc ?)?(?:2616|2068|7231)\b/;
const WORDING_COMPARED =
  /\b(?:keep|keeps|kept|still|text|chang\w*|differ\w*|same|drop\w*|remov\w*|reword\w*|wording|sentence|phrase|quote|carr(?:y|ies|ied) over|retain\w*|survive\w*|anymore|any more|no longer|gone)\b/;

/** "WWW-Authenticate: Basic", "basic auth", "is Basic safe": the Basic scheme named (not "a basic question"). */
const BASIC_NAMED =
  /\b(?:www-authenticate|authorization|authenticate): basic\b|\bbasic (?:auth\w*|scheme|credentials|login|challenge|realm)s?\b|\bhttp basic\b|\bis basic\b|\bbasic (?:auth\w*|scheme)\b|\bbasic (?:over|on|via|without|through|in)\b/;
/** Basic's transport: plain http, no TLS. */
const NO_TLS = /\b(?:plain (?:http|text)|over http\b|on http\b|via http\b|http instead of https|without (?:tls|https|ssl|encryption)|unencrypted|cleartext|clear text|no (?:tls|https|ssl)|non-?(?:tls|https))\b/;

/** 'what does "Bearer" mean', "which rfc defines the bearer scheme": the scheme's name or its document asked. */
const BEARER_MEANING =
  /\bmean\w* of (?:the )?(?:word |term |scheme |name )?"?bearer\b|\bwhat (?:does|is) (?:the )?(?:word |term |scheme |name )?"?bearer"? (?:mean|stand for|refer to|scheme)\b|\bwhy (?:is it |it is )?(?:called|named) "?bearer\b|\bbearer"?\b[^?]{0,30}\b(?:means?|stands? for)\b|\bwhat is (?:a |the )?"?bearer"?(?: scheme| token| auth\w*)?\s*\??\s*$|\bwhat is "?bearer"? in\b|\bwhat is (?:the )?(?:word |term |name )?"?bearer"? (?:word|term|name)\b|\bwhat (?:means|mean|meaning) (?:the )?(?:word )?"?bearer\b/;
const BEARER_SPEC = /\bbearer\b[^?]{0,60}\b(?:which|what) (?:rfcs?|specs?|standards?|documents?)\b|\b(?:which|what) (?:rfcs?|specs?|standards?|documents?)\b[^?]{0,40}\bbearer\b/;
const OAUTH_ERROR_NAMES = /\b(?:invalid_token|insufficient_scope|invalid_request|error=)/;

/** "410 only for what existed?", "url never existed, can i send 410?": 410 asked for what never was. */
const NEVER_EXISTED =
  /\bnever[- ](?:existed|exists?|existing|been (?:there|created|published)|created|published|issued|assigned|used)\b|\b(?:did not|didn't|does not|doesn't|do not|don't) ever exist\b|\bnon-?existent\b|\bnon-?existing\b|\b(?:existed|exist|used to exist|was there|were there) (?:before|previously|earlier|once)\b|\bonly (?:for|when|if)\b[^?]{0,40}\b(?:existed|used to exist|was there|were there)\b/;
/** Asked as a rule: whether 410 may or may not be sent there, or what it is only for. */
/**
 * A cause or a leak asked beside a told case ("valid token gets 401 on one node whose clock is behind, how can the
 * clock cause a 401?"): the case is only the setting, unless a code is asked for, weighed or proposed.
 */
const NO_CODE_ASKED = (asks: KnowledgeClass['asks']): KnowledgeClass['asks'] => (text, s) =>
  !CODES_WEIGHED.test(text) && !CODE_PROPOSED.test(text) && !WHICH_CODE_TO_SEND.test(text) && !ASKS_FOR_STATUS.test(text) && asks(text, s);
/** "a url that never existed", "ids that were never created", "only for …": 410 asked of any such url, not of one told case. */
const ANY_SUCH_URL =
  /\bonly (?:for|when|if)\b|\b(?:a|an|any|random|some|unknown|made[- ]up) (?:[a-z-]+ )?(?:urls?|uris?|resources?|pages?|ids?|paths?|routes?|endpoints?|items?|records?|things?|objects?|products?)\b|\b(?:urls?|uris?|resources?|pages?|ids?|paths?|routes?|endpoints?|items?|records?|things?|objects?) (?:that |which )?(?:were |was |have |has )?(?:never|not ever)\b|\bif the (?:url|uri|resource|page|id|path) never\b|\bnever[- ]exist\w* (?:urls?|uris?|resources?|pages?|ids?|paths?|things?|items?|records?|objects?)\b/;
const MAY_IT_BE_410 =
  /\b(?:can|could|may|should|must|is it (?:ok|okay|fine|allowed|correct|wrong|legit)|allowed|permitted|only (?:for|when|if))\b/;


// ── s24 set (from unseen132–135): subjects asked by what they do rather than by name, and rules asked of a told case ──
/** "which www-authenticate auth-param …", "what attribute carries …": a parameter of the challenge asked for. */
const PARAMETER_ASKED = /\b(?:which|what)\b[^?]{0,40}\b(?:auth-?params?|param(?:eter)?s?|attributes?|fields?)\b/;
const CHALLENGE_CONTEXT = /\bwww-authenticate\b|\b6750\b|\bbearer\b|\bchallenges?\b/;
/** "a human-readable explanation for developers": what error_description carries. */
const HUMAN_TEXT = /\bhuman[- ]readable\b|\b(?:explanation|description)\b|\b(?:text|message) for (?:the )?(?:developers?|humans?|people)\b/;
/** "which response header carries the error + the scope thats needed": the challenge of an insufficient_scope 403, by what it carries. */
const HEADER_FOR_SCOPE_ERROR = /\b(?:which|what) (?:response |http )?headers?\b[^?]{0,60}\b(?:scopes?|insufficient_scope|errors?)\b|\b(?:scopes?|insufficient_scope|errors?)\b[^?]{0,60}\bin (?:which|what) (?:response |http )?headers?\b/;
/** "what does a 410 tell crawlers and the sites that link to us?": what 410 asks of others. */
const OTHERS_TOLD = /\b(?:crawlers?|search engines?|spiders?|google(?:bot)?|other (?:sites|websites|pages)|sites (?:that|which) link|linking (?:sites|pages)|links? (?:to|from))\b/;
const TELLS_OR_SHOULD = /\b(?:tells?|telling|tell to|says?|saying|means?|signals?|communicates?|informs?)\b|\bwhat (?:do|does|should|must|will) (?:they|it|crawlers|search engines|other sites)\b|\bwhat (?:they|crawlers) should\b/;
/** "… returns 403 but the creds are fine. is 403 even legit when its not about credentials": the told case's rule asked after it. */
const IS_403_LEGIT = /(?:^|[.?!,;] )is (?:a |an )?403s? (?:even |really |still |actually )?(?:legit\w*|valid|ok|okay|allowed|right|correct|appropriate|fine|acceptable|proper)\b/;
/** "is it true that 403 can only be sent to users who are logged in?": 403 claimed to need a login. */
const ONLY_FOR_THE_LOGGED_IN =
  /\b403s?\b[^?]{0,30}\bonly\b[^?]{0,40}\b(?:logged[- ]in|signed[- ]in|authenticated|(?:users|callers|clients|people) (?:with|who (?:have|has)) (?:credentials|accounts?|tokens?|a login))\b/;

// ── s24 round two (from unseen140–143) ──
/** "what value formats does retry-after accept": the header's syntax. */
const RETRY_AFTER_SYNTAX = /\b(?:formats?|values?|accepts?|syntax|units?|seconds|dates?)\b/;
/** "which response header can the server send to tell the app when to try again?": Retry-After, asked by what it does. */
const HEADER_FOR_WHEN_TO_RETRY =
  /\b(?:which|what) (?:response |http )?headers?\b[^?]{0,80}\b(?:when (?:to|it can|they can|it may|they may|it should|they should) (?:try|retry|come back|call|reconnect)|how long (?:to|it should|they should) wait|try again|retry later|back off)\b/;
/** "which response header is the sdk entitled to expect on a 401": the challenge, asked by what the client gets. */
const HEADER_EXPECTED_ON_401 =
  /\b(?:which|what) (?:response |http )headers?\b|\b(?:which|what) headers?\b[^?]{0,50}\b(?:expect|receive|get|look for|parse|read|find|returned|come with|comes with|included)\b/;
/** "how long must the server keep returning 410": how long the mark stays, which the RFC leaves to the owner. */
export const HOW_LONG_KEPT = /\bhow long\b[^?]{0,60}\b(?:return|keep|send|serve|answer|continue|maintain|stay|leave)\w*\b/;
const HOW_LONG_410_KEPT = (text: string): boolean => HOW_LONG_KEPT.test(text) || /\b(?:return|keep|send|serve|answer)\w* (?:a |the )?410s?\b[^?]{0,30}\b(?:forever|indefinitely|for ever)\b/.test(text);
/** "does a 404 tell crawlers the page is gone permanently or not", "can the sdk mark a 404 as permanently deleted": what 404 says of permanence. */
const PERMANENCE_READ_FROM_404 =
  /\b(?:does|do|can|could|may|should|is|will|would)\b[^?]{0,40}\b(?:tell|tells|say|says|mean|means|imply|implies|indicate|indicates|signal|signals|mark|treat|assume|conclude|read)\b[^?]{0,80}\b(?:permanent\w*|for good|forever|gone for good)\b/;
const WE_REMOVED = /\b(?:we|i|our team|they) (?:have |had |just )?(?:deleted|removed|retired|dropped|killed|took down|taken down)\b/;
/** "what the rfc say the client is allowed to do after this", "what may the app do next": the client's next step after a code. */
const CLIENT_NEXT_STEP =
  /\b(?:client|app|sdk|user agent|browser|caller|consumer|frontend)s?\b[^?]{0,30}\b(?:is |are )?(?:allowed|permitted|supposed|expected|meant)\b[^?]{0,10}\bto do\b|\bwhat (?:may|can|should|must) (?:the |a |my |our )?(?:client|app|sdk|user agent|browser|caller|consumer|frontend)s? do\b/;
/** "are we allowed to tell the user why they got a 403, or must the body stay empty": the reason in the body. */
const WHY_TOLD =
  /\b(?:tell|explain|say|show|give|include|describe|put|state|share)\w*(?: (?:the|our|their|a|an) [a-z-]+| them| him| her| users?| customers?| clients?| callers?| people)?(?: in (?:the |our )?(?:response|body|message|payload|page|content))? (?:why (?=[a-z])|the reasons?\b|reasons\b)|\b(?:body|content|payload)\b[^?]{0,30}\b(?:kept |stay |left |be )?(?:empty|blank)\b/;
/** "is the header reserved for 401 responses only", "acceptable to attach www-authenticate to that 403": WWW-Authenticate beyond 401. */
const HEADER_ONLY_FOR_401 =
  /\bwww-authenticate\b[^?]{0,80}\b(?:reserved|only|exclusive\w*|limited|restricted)\b[^?]{0,20}\b(?:for|to) (?:the )?401s?\b|\b(?:acceptable|allowed|permitted|ok|okay|fine|legal|valid|legit)\b[^?]{0,30}\b(?:attach|add|include|send|put|return)\w* (?:a |the )?www-authenticate\b/;
/** "does the definition of 404 itself cover a server that does not want to reveal it exists". */
const DEFINITION_OF_404_COVERS =
  /\b(?:definition|meaning) of (?:a |the )?404\b[^?]{0,80}\b(?:reveal|disclose|admit|confirm|hide|conceal)\w*\b|\b404(?:'s)? (?:definition|itself)\b[^?]{0,80}\b(?:reveal|disclose|admit|confirm|hide|conceal)\w*\b/;
/** "the 410 mark, it must stay forever on the url, or there is some time limit": how long a 410 is kept. */
const MARK_KEPT_FOREVER = /\b(?:stay|stays|remain|remains|kept|keep|last|lasts)\b[^?]{0,30}\b(?:forever|for ever|indefinitely)\b|\btime limit\b/;
/** "rfc 9110 replaced an older rfc that used to define 401 and the authentication framework: which one was that". */
const OLDER_RFC_ASKED =
  /\b(?:replaced|obsoleted|superseded|succeeded|retired)\b[^?]{0,30}\b(?:an? |the )?(?:older|old|previous|earlier|former|prior)\b[^?]{0,15}\b(?:rfcs?|specs?|documents?|standards?)\b|\b(?:older|old|previous|earlier|former|prior) (?:rfcs?|specs?|documents?|standards?)\b[^?]{0,60}\b(?:which|what)\b|\b(?:which|what) (?:older|old|previous|earlier|former|prior) (?:rfcs?|specs?|documents?|standards?)\b/;
/**
 * "how can the api tell the client which scope it was needing", "the server can tell to client which scope is need? how", "how does the
 * client find out which scope it was missing": the scope attribute, asked beside the case it is for.
 */
const HOW_TO_TELL_WHICH_SCOPE =
  /\bhow (?:does|do|can|could|would|will|should|is) (?:the |a |an |our |their |my )?(?:client|caller|app|application|consumer|sdk|integrator|developer)s? (?:supposed to )?(?:find out|learn|know|discover|determine|figure out|tell|see|work out)\b[^?]{0,20}\b(?:which|what) (?:scopes?|permissions?)\b|\bhow\b[^?]{0,40}\b(?:tell|inform|signal|communicate|indicate|show|let (?:\w+ ){1,2}know)\b[^?]{0,40}\b(?:which|what) (?:scopes?|permissions?)\b|(?:\b(?:can|could|may|should) (?:the |a |an )?(?:server|api|resource server|we|it|403(?: response)?|response|error response|challenge)|\b(?:server|api|resource server|we|it) (?:can|could|may|should))\b (?:tell|inform|signal|communicate|indicate|say|show)(?: to)?(?: (?:the )?(?:client|caller|app|application))? (?:which|what) scopes?\b/;
/** "if the server sends the same challenge again after a failed attempt", "the very same 401 challenge again": RFC 9110 §15.5.2. */
const SAME_CHALLENGE_AGAIN =
  /\b(?:same|identical|very same) (?:401 )?(?:challenge|www-authenticate)\b[^?]{0,40}\b(?:again|twice|repeated\w*|back|once more)\b|\b(?:again|repeated\w*) (?:the |a )?(?:same|identical) (?:401 )?challenge\b/;
/** "does rfc 9110 let 403 be used for reasons that have nothing to do with the credentials". */
/**
 * "is 403 limited to permission failures?", "i think 403 means only 'authenticated but no permission'": the claim is answered "no", where
 * "may a request be forbidden for other reasons?" is answered "yes" (RFC 9110 §15.5.4: reasons unrelated to the credentials).
 */
function answeringTheClaim(entryText: string, text: string): string {
  const claimOnly = ONLY_FOR_PERMISSIONS.test(text) && !REASONS_BEYOND_CREDENTIALS.test(text) && !/\bor (?:can|could|may|might|is|are|does|do)\b/.test(text);
  return claimOnly ? entryText.replace(/^Yes: /, 'No, not only that: ') : entryText;
}
const REASONS_BEYOND_CREDENTIALS =
  /\b(?:reasons?|cases?|grounds|conditions?|things?)\b[^?]{0,30}\b(?:nothing to do with|unrelated to|not related to|other than|independent of|beyond|besides|apart from)\b[^?]{0,20}\b(?:the )?(?:credentials|authentication|auth|login|identity)\b/;
/**
 * "i think 403 means only 'authenticated but no permission'", "is 403 limited to permission failures tied to the caller's credentials": the
 * claim that 403 is only for a known caller's permissions.
 */
const ONLY_FOR_PERMISSIONS =
  /\b403s?\b[^?]{0,40}\b(?:limited|restricted|confined) to\b[^?]{0,60}\b(?:credentials|permissions?|authentication)\b|\b403s?\b[^?]{0,20}\b(?:means?|is) only\b|\b403s?\b[^?]{0,20}\bonly (?:means?|for)\b[^?]{0,20}\b(?:authenticated|logged[- ]in|permissions?)\b/;
/** "should it automatically retry with the same credentials": repeating a refused request as it was. */
const SAME_CREDENTIALS_AGAIN = /\b(?:retry|retries|repeat|repeats|resend|re-send|send (?:it )?again)\b[^?]{0,40}\b(?:same|identical) (?:credentials|token|key|login)\b/;
/** "treat "bearer" and "Bearer" as the same scheme": the scheme's name in two spellings (lower-cased here), or its case named. */
const SAME_SCHEME_TWICE = /\b(bearer|basic|digest)\b["'’]?(?: and | vs\.? | versus | or |\/)["'’]?\1\b|\bsame (?:authentication |auth )?scheme\b/;
/** "does the wording matter to clients", "is it a problem that we send 'access denied'": whether the text is relied on. */
const PHRASES_THEMSELVES_ASKED = /\bwhat (?:is|are) the (?:standard |official |usual |normal |exact )?(?:texts?|names?|wordings?|phrases?|reason phrases?)\b/;
const WORDING_MATTERS = /\b(?:matter|matters|important|care|affect|affects|break|breaks|problem|issue|wrong|allowed|ok|okay)\b/;
/** "which method of sending a bearer token must resource servers support", "per 6750 how may a client send the access token": RFC 6750 §2. */
const BEARER_SENDING_ASKED =
  /\b(?:which|what) (?:methods?|ways?|means|mechanisms?|options?|transports?)\b[^?]{0,60}\b(?:send|sending|sent|transmit\w*|pass|passing|present\w*|deliver\w*|carry|carrying)\b[^?]{0,30}\btokens?\b|\bhow (?:should|must|can|may|do|does|to)\b[^?]{0,30}\b(?:send|transmit|pass|present|deliver|carry|include) (?:the |a |an |its |their |our |my )?(?:bearer |access )?tokens?\b|\b(?:bearer|access) tokens?\b[^?]{0,40}\b(?:can|may|must|should) (?:be )?(?:sent|passed|presented|delivered|transmitted|carried)\b/;
const SENDING_RULE_ASKED = /\b6750\b|\b(?:must|required|mandatory|have to|has to|obliged|need to|allowed|permitted|supported|support)\b|\b(?:ways?|methods?|options?|mechanisms?)\b/;
/** "what header should accompany a 301 so browsers and crawlers know the new address": Location. */
const HEADER_FOR_REDIRECT_TARGET =
  /\b(?:which|what) (?:response |http )?headers?\b[^?]{0,80}\b(?:new (?:address|url|uri|location|page|home)|where (?:it|the page|they) (?:moved|went|lives?)|target|destination|redirect target)\b/;

/** "404 'user not found' for unknown emails and 401 'wrong password' for real ones": a code for the missing and another for the real. */
const MISSING_AND_REAL_TOLD_APART =
  /\b(?:40[0-9]|410)\b[^.?;]{0,60}\b(?:unknown|non-?existent|missing|unregistered|invalid|never (?:issued|existed|registered))\b[^.?;]{0,60}\b(?:40[0-9]|410)\b[^.?;]{0,60}\b(?:real|existing|valid|registered|known)\b|\b(?:40[0-9]|410)\b[^.?;]{0,60}\b(?:real|existing|valid|registered|known)\b[^.?;]{0,60}\b(?:40[0-9]|410)\b[^.?;]{0,60}\b(?:unknown|non-?existent|missing|unregistered|invalid)\b/;
/** "severity aside whats the issue", "why is that a finding": what is wrong with it asked. */
const ISSUE_ASKED =
  /\bwhat(?:'s| is)? (?:the |their |our )?(?:issue|problem|risk|concern|vuln\w*|weakness|harm)\b|\bwhy (?:is (?:this|that|it) )?(?:bad|a problem|an issue|risky|a finding|a vuln\w*)\b|\bseverity\b/;
/** "410 for deleted ids but 404 for ids never issued … does that distinction reveal anything": a 410 telling that something was there. */
const GONE_TELLS_A_PAST =
  /\b410\b[^?]{0,80}\b404\b|\b404\b[^?]{0,80}\b410\b/;
const DISTINCTION_REVEALS = /\b(?:reveal|leak|disclos|expos|give away|gives away|tell|tells|confirm)\w*\b[^.?]{0,30}\b(?:anything|something|information|info|that|whether|which)\b|\bprivacy\b/;

const CLASSES: readonly KnowledgeClass[] = [
  // ── s28 round six (from unseen412) ──
  { id: 'enumeration', needs: ['unknown', 'non', 'missing', 'unregistered', 'invalid', 'never'], asks: (text) => MISSING_AND_REAL_TOLD_APART.test(text) && ISSUE_ASKED.test(text) && !WHICH_CODE_TO_SEND.test(text) },
  { id: 'erasure-404-or-410', needs: ['410'], asks: (text) => GONE_TELLS_A_PAST.test(text) && /\bnever (?:issued|existed|created|registered|assigned)\b/.test(text) && DISTINCTION_REVEALS.test(text) && !WHICH_CODE_TO_SEND.test(text) },
  // ── s25 round three (from unseen204–211) ──
  { id: 'same-challenge-again', needs: ['challenge'], asks: (text) => SAME_CHALLENGE_AGAIN.test(text) && !/\b(?:403|404|410)\b/.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'forbidden-beyond-auth', needs: ['403'], asks: (text) => /\b403s?\b/.test(text) && (REASONS_BEYOND_CREDENTIALS.test(text) || ONLY_FOR_PERMISSIONS.test(text)) && !/\b(?:404|410)\b/.test(text), worded: answeringTheClaim },
  { id: 'retry-403', needs: ['403'], asks: (text) => /\b403s?\b/.test(text) && SAME_CREDENTIALS_AGAIN.test(text) && !/\b(?:401|404|410)\b/.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'auth-scheme-case', needs: ['bearer', 'basic', 'digest', 'scheme'], asks: (text) => SCHEME.test(text) && SAME_SCHEME_TWICE.test(text) },
  // (Not "what is the standard text that comes after the number for 401 … like 200 has ok": the phrases themselves asked, general.ts's names.)
  { id: 'reason-phrase', needs: ['reason phrase', 'reason-phrase', 'status text', 'wording', 'the number', 'the code'], asks: (text) => REASON_PHRASE.test(text) && WORDING_MATTERS.test(text) && !PHRASES_THEMSELVES_ASKED.test(text) },
  // The client's header on its next try ("which header it need to put in the new request"), not the server's ("which header does the server have to include").
  { id: 'authorization-header', needs: ['header'], asks: (text) => /\b401s?\b/.test(text) && /\b(?:which|what) (?:request )?headers?\b[^?]{0,40}\b(?:put|send|add|include|need|use)\b/.test(text) && /\b(?:new|next) request\b|\bagain\b|\bretry\w*|\bre-?send\w*|\brepeat\w*/.test(text) && !/\bserver\b|\bprox(?:y|ies)\b|\b(?:403|404|410)\b/.test(text) },
  // ── s25 round two (from unseen187–189, 191) ──
  { id: 'retry-401', needs: ['401'], asks: (text) => /\b401s?\b/.test(text) && CLIENT_NEXT_STEP.test(text) && !/\b(?:403|404|410)\b/.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'reason-in-403', needs: ['403', 'forbidden'], asks: (text) => /\b403s?\b|\bforbidden\b/.test(text) && WHY_TOLD.test(text) && !HOW_TO_TELL_WHICH_SCOPE.test(text) && !/\b(?:401|404|410)\b/.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'www-authenticate-beyond-401', needs: ['www-authenticate'], asks: (text) => /\b403s?\b/.test(text) && HEADER_ONLY_FOR_401.test(text) && !/\b(?:404|410)\b/.test(text) },
  { id: 'definition-404', needs: ['404'], asks: (text) => DEFINITION_OF_404_COVERS.test(text) && !/\b(?:401|410)\b/.test(text) },
  { id: 'gone-optional', needs: ['410'], asks: (text) => /\b410s?\b/.test(text) && MARK_KEPT_FOREVER.test(text) && !/\b(?:401|403|404)\b/.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'neighbour-407', needs: ['prox'], asks: (text) => /\bprox(?:y|ies)\b/.test(text) && /\b(?:which|what) (?:request )?headers?\b/.test(text) && /\b(?:credentials|creds|password|token|login|auth\w*)\b/.test(text) && !/\breverse proxy\b|\b(?:403|404|410)\b/.test(text) },
  { id: 'spec-before-9110', needs: ['replace', 'obsolete', 'supersede', 'older', 'previous', 'earlier', 'former'], asks: (text) => OLDER_RFC_ASKED.test(text) && /\bauthenticat\w*\b|\b401\b/.test(text) && !/\b(?:403|404|410)\b/.test(text) },
  { id: 'bearer-scope-attribute', needs: ['scope'], asks: (text) => HOW_TO_TELL_WHICH_SCOPE.test(text) && !/\b(?:404|410)\b/.test(text) },
  // ── s25 (from unseen181–183) ──
  { id: 'bearer-methods', needs: ['token'], asks: (text) => BEARER_SENDING_ASKED.test(text) && SENDING_RULE_ASKED.test(text) && !/\berrors?\b|\berror code\b/.test(text) && !ASKS_FOR_STATUS.test(text) && !/\b(?:401|403|404|410)\b/.test(text) },
  // ── s24 round two (from unseen140–143), read first like the s24 set below ──
  { id: 'retry-after', needs: ['retry-after'], asks: (text) => RETRY_AFTER_SYNTAX.test(text) && !ASKS_FOR_STATUS.test(text) && !/\b(?:401|403|404|410)\b/.test(text) },
  { id: 'retry-after', needs: ['header'], asks: (text) => HEADER_FOR_WHEN_TO_RETRY.test(text) && !/\b(?:401|403|404|410)\b/.test(text) },
  { id: 'caching-451', needs: ['451'], asks: (text) => /\b451s?\b/.test(text) && /\bcache-control\b|\bmax-age\b|\bcach(?:e|ed|es|ing|eable|able)\b/.test(text) && !/\b(?:401|403|404|410)\b/.test(text) },
  { id: 'www-authenticate', needs: ['401'], asks: (text) => /\b401s?\b/.test(text) && HEADER_EXPECTED_ON_401.test(text) && !/\b(?:403|404|410)\b|\bproxy\b|\b407\b/.test(text) && !/\b(?:send|sends|sending) (?:back|its|the credentials|credentials)\b/.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'gone-optional', needs: ['410'], asks: (text) => /\b410s?\b/.test(text) && HOW_LONG_410_KEPT(text) && !/\b(?:401|403)\b/.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'not-found-says-little', needs: ['404'], asks: (text) => /\b404s?\b/.test(text) && PERMANENCE_READ_FROM_404.test(text) && !/\b(?:401|403|410)\b/.test(text) && !WE_REMOVED.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'location-header', needs: ['header'], asks: (text) => HEADER_FOR_REDIRECT_TARGET.test(text) && /\b30[1278]\b|\bredirect\w*|\bmoved\b/.test(text) && !ASKS_FOR_STATUS.test(text) },
  // ── s24 set (from unseen132–135), read first: narrow, and their words are the older classes' too ──
  { id: 'realm', needs: ['protection space'], asks: (text) => PARAMETER_ASKED.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'bearer-error-description', needs: ['human', 'explanation', 'description'], asks: (text) => PARAMETER_ASKED.test(text) && CHALLENGE_CONTEXT.test(text) && HUMAN_TEXT.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'oauth-insufficient-scope', needs: ['header'], asks: (text) => HEADER_FOR_SCOPE_ERROR.test(text) && /\binsufficient_scope\b|\bscopes?\b/.test(text) && /\b403\b|\binsufficient_scope\b|\b6750\b/.test(text) },
  { id: 'definition-410', needs: ['410'], asks: (text) => /\b410s?\b/.test(text) && OTHERS_TOLD.test(text) && TELLS_OR_SHOULD.test(text) && !/\b40[134]\b/.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'forbidden-beyond-auth', needs: ['403'], asks: (text) => (ONLY_FOR_THE_LOGGED_IN.test(text) || (IS_403_LEGIT.test(text) && NOT_ABOUT_AUTH.test(text))) && !/\b(?:404|410)\b/.test(text) },
  // tuner k (know6): narrow classes read before the older ones that share their words (scenarios-401, seo-410).
  { id: 'clock-skew-401', needs: ['clock', 'skew', 'ntp', 'drift', 'time', 'chrony', 'sync'], asks: NO_CODE_ASKED((text) => CLOCK.test(text) && TOKEN_REJECTED.test(text) && HOW_IT_CAUSES.test(text)) },
  // tuner k (know6): narrow classes read before the older ones that share their words (scenarios-401, seo-410).
  { id: 'gone-needs-a-past', needs: ['410'], asks: NO_CODE_ASKED((text) => /\b410s?\b/.test(text) && NEVER_EXISTED.test(text) && MAY_IT_BE_410.test(text) && ANY_SUCH_URL.test(text) && !/(?:^|\s)\/[a-z0-9]/.test(text)) },
  // ── know6 set (tuner j): narrow subjects whose words (401, 410, error_description, 403) the older classes share ──
  { id: 'bearer-error-description-chars', needs: ['error_description', 'error_uri'], asks: (text) => ERROR_TEXT_ATTRIBUTE.test(text) && CHARS_ASKED.test(text) && !CODES_WEIGHED.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'sunset-header', needs: ['announc', 'advertis', 'warn', 'signal', 'notif', 'communicat', 'tell', 'inform', 'publish', 'expose', 'sunset', 'deprecation'], asks: (text) => HEADER_ASKED.test(text) && (SUNSET_NAMED.test(text) || (ANNOUNCES_REMOVAL.test(text) && AHEAD.test(text))) && !CODES_WEIGHED.test(text) && !ASKS_FOR_STATUS.test(text) && !WHICH_CODE_TO_SEND.test(text) },
  { id: 'problem-details', needs: ['format', 'schema', 'shape', 'structure', 'envelope', 'problem', '7807', '9457', 'media type', 'content type', 'content-type'], asks: NOT_A_CASE((text) => ERROR_BODY_FORMAT.test(text) && ERROR_BODY_NAMED.test(text) && !CODES_WEIGHED.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'robots-txt-4xx', needs: ['robots'], asks: (text) => ROBOTS_TXT.test(text) && ROBOTS_ERROR.test(text) && !WHICH_CODE_TO_SEND.test(text) && !CODES_WEIGHED.test(text) },
  { id: 'unauthorized-credentials-refused', needs: ['401'], asks: NOT_A_CASE((text) => ONLY_CODE('401')(text) && RETRY_WITH_FRESH.test(text) && !CODES_WEIGHED.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'gone-not-for-temporary', needs: ['410'], asks: (text, s) => GONE_FOR_A_KIND.test(text) && (s.temporary || MAY_COME_BACK.test(text) || MAINTENANCE.test(text) || DOWN_FOR_A_WHILE.test(text)) && !s.permanent && !CODES_WEIGHED.test(text) },
  { id: 'gone-not-for-temporary', needs: ['410'], asks: (text) => GONE_MEANT_FOREVER.test(text) && (MAINTENANCE.test(text) || DOWN_FOR_A_WHILE.test(text)) && !CODES_WEIGHED.test(text) },
  { id: 'gone-unknown-permanence', needs: ['410', 'which', 'what'], asks: (text) => UNSURE_OF_PERMANENCE_ASKED(text) && GONE_OR_NOT_FOUND.test(text) && !/\b40[13]\b/.test(text) },
  // "we are not sure if the deleted namespace will be restored. the rfc says something about when to prefer 404 over 410, what is it?"
  { id: 'gone-unknown-permanence', needs: ['410'], asks: (text, s) => (s.temporary || s.doubts.length > 0) && RULE_OF_THE_TWO_RECALLED.test(text) && !/\b40[13]\b/.test(text) },
  { id: 'difference-404-410', needs: ['410'], asks: MEANINGS_COMPARED('404', '410') },
  { id: 'difference-403-404', needs: ['403'], asks: MEANINGS_COMPARED('403', '404') },
  { id: 'difference-401-403', needs: ['401'], asks: MEANINGS_COMPARED('401', '403') },
  { id: 'meaning-409', needs: ['409'], asks: SPEC_NEIGHBOUR('409') },
  { id: 'meaning-400', needs: ['400'], asks: SPEC_NEIGHBOUR('400') },
  { id: 'meaning-451', needs: ['451'], asks: SPEC_NEIGHBOUR('451') },
  // ── review R4: read first, since the older classes share their words (definition-401, gone-comes-back, seo) ──
  { id: 'forbidden-anonymous', needs: ['403'], asks: (text) => FORBIDDEN_NEEDS_LOGIN.test(text.replace(WWW_AUTHENTICATE, 'the challenge header')) && RULE_LEVEL.test(text) && !/\b(?:401|404|410)\b/.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'forbidden-not-missing', needs: ['403', 'forbidden', 'verboten'], asks: NOT_A_CASE((text) => READS_403_AS_MISSING.test(text) && !CODES_WEIGHED.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'gone-is-permanent', needs: CODE_410_WORDS, asks: (text) => CODE_410.test(text) && COMES_BACK_ASKED.test(text) && GONE_READER.test(text) && !MAY_COME_BACK.test(text) && !WE_SEND.test(text) && !SHOULD_BE.test(text) && !CODES_WEIGHED.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'gone-not-deprecated', needs: ['410'], asks: (text) => GONE_DEPRECATED.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'unauthorized-forbidden-not-interchangeable', needs: ['401'], asks: NOT_A_CASE((text) => /\b401\b/.test(text) && /\b403\b/.test(text) && SAME_CODE.test(text) && !/\b(?:404|410)\b/.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'unauthorized-credentials-refused', needs: ['401'], asks: (text) => /\b401s?\b/.test(text) && !/\b(?:403|404|410)\b/.test(text) && CREDENTIALS_SENT.test(text) && MEANING_OR_TELLS.test(text) && !CODES_WEIGHED.test(text) && !ASKS_FOR_STATUS.test(text) },
  // (Not "when, according to rfc 9110, is a server allowed to answer 404 instead of 403": the condition is asked, not the date.)
  { id: 'rfc-9110-date', needs: ['9110'], asks: (text) => RFC_DATE.test(text) && !RULE_ASKED_OF_THE_SPEC.test(text) },
  { id: 'http-library-errors', needs: ['fetch', 'axios', 'superagent', 'ky'], asks: (text) => HTTP_LIBRARY.test(text) && THROWS.test(text) && /\b(?:401|403|404|410|4xx)s?\b/.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'not-found-says-nothing-of-auth', needs: ['404'], asks: (text) => READS_404_AS_AUTH.test(text) && !/\b(?:401|403|410)\b/.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'forbidden-is-not-unauthenticated', needs: ['403'], asks: (text) => CODE_MEANS('403', NOT_LOGGED_IN).test(text) && CLAIM_SAID.test(text) && !/\b(?:401|404|410)\b/.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'unauthorized-is-not-forbidden', needs: ['401'], asks: (text) => CODE_MEANS('401', NO_PERMISSION).test(text) && CLAIM_SAID.test(text) && !/\b(?:403|404|410)\b/.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'client-on-401', needs: ['401'], asks: NOT_A_CASE((text) => CLIENT_ON_401.test(text) && !/\b(?:404|410)\b|invalid_token|insufficient_scope|invalid_request/.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'crawlers-revisit-404', needs: ['404'], asks: NOT_A_CASE((text) => CRAWLERS_REVISIT_404.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'hiding-404-tradeoffs', needs: ['404'], asks: (text) => TRADEOFF.test(text) && HIDES_WITH_404_ASKED.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'hiding-404-section', needs: ['section', 'clause', 'paragraph', 'part of'], asks: (text) => HIDING_SECTION.test(text) },
  // ── know5 set: narrower than the older classes that share their words (redirect-301-308, reason-phrase), so read first ──
  { id: 'redirect-307-308', needs: ['307'], asks: NOT_A_CASE((text) => /\b307\b/.test(text) && /\b308\b/.test(text) && !/\b301\b/.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'reason-phrase-display', needs: ['reason', 'status text', 'statustext', 'status message', 'the number', 'the code'], asks: NOT_A_CASE((text) => REASON_PHRASE.test(text) && SHOWN.test(text)) },
  // ── know4 set: read before the older classes, whose words they share ──
  { id: 'www-authenticate', needs: ['401'], asks: (text) => ONLY_CODE('401')(text) && WHAT_401_MUST_CARRY.test(text) && !SENDS_CREDENTIALS.test(text) && !ASKS_FOR_STATUS.test(text) && !/\bproxy\b/.test(text) },
  { id: 'definition-401', needs: ['401'], asks: MEANING_ASKED_OF('401') },
  { id: 'definition-403', needs: ['403'], asks: MEANING_ASKED_OF('403') },
  { id: 'definition-404', needs: ['404'], asks: MEANING_ASKED_OF('404') },
  { id: 'definition-410', needs: ['410'], asks: (text) => MEANING_ASKED_OF('410')(text) || (ONLY_CODE('410')(text) && GOT_410.test(text) && WILL_COME_BACK.test(text) && !/\b(?:can|could|may) (?:we|i)\b/.test(text) && !CODE_ASKED_TOO.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'caching-cdn-404', needs: ['404', 'not found'], asks: (text) => NOT_FOUND_WORDS.test(text) && AFTER_IT_WAS_THERE.test(text) && HOW_COME.test(text) && !/\b40[13]s?\b|\b410\b/.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'scenarios-404', needs: ['404'], asks: (text) => ONLY_CODE('404')(text) && JUMP.test(text) && OUR_CHANGE.test(text) && WHOSE_FAULT.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'reason-in-403', needs: ['403', 'forbidden'], asks: (text) => REASON_IN_403.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'forbidden-about-credentials', needs: ['403'], asks: (text) => ONLY_CODE('403')(text) && IMPLIES_ABOUT.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'not-found-says-little', needs: ['404'], asks: (text) => READS_404_AS.test(text) && (HOW_TO_TELL.test(text) || ASKS_WHAT_A_CODE_TELLS.test(text)) },
  { id: 'neighbour-405', needs: ['get', 'head', 'post', 'put', 'patch', 'delete', 'options'], asks: (text, s) => METHOD_FOR_EVERYONE.test(text) && s.denials.length === 0 && !SOME_CALLERS.test(text) },
  { id: 'forbidden-when-not-secret', needs: ['404'], asks: (text, s) => REASON_FOR_404.test(text) && (s.hide === false || NO_SECRET.test(text)) },
  { id: 'neighbour-451', needs: ['court', 'legal', 'injunction', 'government', 'censor', 'law', 'takedown', 'sanction'], asks: (text, s) => LEGAL_DEMAND.test(text) && LEGAL_BLOCK.test(text) && OTHER_CODE_INVITED.test(text) && s.denials.every((why) => why === 'ip') && !SOME_CALLERS.test(text) },
  // A query that matches nothing ("?owner=x matches nothing") reads as missing, yet the collection it filters is there.
  // Not for a caller without valid credentials ("returns 200 with an empty array when the request carries no credentials"):
  // the empty list is what it gets today, and authentication comes before any content (RFC 9110 §15.5.2: 401).
  { id: 'empty-collection-200', needs: ['zero', 'no ', '0 ', 'empty', 'nothing'], asks: (text, s) => (EMPTY_COLLECTION.test(text) || QUERY_MATCHES_NOTHING.test(text)) && (COLLECTION_THERE.test(text) || /\b404\b/.test(text)) && (s.existence !== 'missing' || QUERY_MATCHES_NOTHING.test(text)) && s.existence !== 'removed' && s.denials.length === 0 && s.auth !== 'none' && s.auth !== 'invalid' },
  { id: 'neighbour-301', needs: ['410', '404'], asks: (text) => MOVED_CONTENT.test(text) && OLD_LINKS.test(text) && /\b(?:404|410)s?\b/.test(text) },
  { id: 'seo-soft-404', needs: ['soft 404', 'soft-404', 'soft404'], asks: (text) => SOFT_404_STATUS_ASKED.test(text) },
  { id: 'seo-soft-404', needs: ['200'], asks: (text) => /\b200\b/.test(text) && /\bnot found\b|\b404 page\b|\berror page\b/.test(text) && JUDGED.test(text) && !/\b(?:401|403|410)\b/.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'meaning-400', needs: ['400'], asks: (text) => /\b400\b/.test(text) && UNPARSEABLE_BODY.test(text) && !CREDENTIAL_FAULT.test(text) && !/\b(?:403|404|410)\b/.test(text) },
  { id: 'seo-410', needs: ['410'], asks: (text) => /\b410\b/.test(text) && /\b404\b/.test(text) && DIFFERENCE_FOR_CRAWLERS.test(text) },
  { id: 'neighbour-503', needs: ['maintenance', 'temporar', 'downtime', 'overload'], asks: (text) => MAINTENANCE.test(text) && NEIGHBOUR_ASKED.test(text) && /\b(?:40[134]|410)s?\b/.test(text) },
  // ── know3 set: narrower than the classes below that share their words (token-in-query, definition-401), so read first ──
  { id: 'www-authenticate', needs: ['challenge', 'www-authenticate', 'header'], asks: ASIDE_FOR_CASES((text) => /\b401s?\b/.test(text) && CHALLENGE_MISSING.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'forbidden-about-credentials', needs: ['403'], asks: NOT_A_CASE((text) => ONLY_CODE('403')(text) && SAYS_ABOUT('403').test(text) && ABOUT_CREDENTIALS_RECEIVED.test(text)) },
  { id: 'definition-401', needs: ['401'], asks: NOT_A_CASE((text) => ONLY_CODE('401')(text) && SAYS_ABOUT('401').test(text) && !OTHER_AUDIENCE.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'definition-403', needs: ['403'], asks: NOT_A_CASE((text) => ONLY_CODE('403')(text) && SAYS_ABOUT('403').test(text) && !OTHER_AUDIENCE.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'definition-404', needs: ['404'], asks: NOT_A_CASE((text) => ONLY_CODE('404')(text) && SAYS_ABOUT('404').test(text) && !OTHER_AUDIENCE.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'not-found-but-exists', needs: ['404'], asks: ASIDE_FOR_CASES((text, s) => s.existence !== 'removed' && !s.permanent && ONLY_CODE('404')(text) && !EDGE.test(text) && THERE_YET_404.test(text) && BROKEN_OR_MEANT.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'not-found-says-little', needs: ['404'], asks: ASIDE_FOR_CASES((text) => READS_404_AS_REMOVED.test(text) && !ASKS_FOR_STATUS.test(text)) },
  // A malformed request, not a malformed token (invalid_token, 401), and the status may be asked for: 400 is the answer.
  { id: 'oauth-invalid-request', needs: ['token', 'bearer', '6750', 'oauth', 'param'], asks: (text) => (TOKEN_TWICE.test(text) || (MALFORMED_REQUEST.test(text) && BEARER_CONTEXT.test(text))) && !TOKEN_MALFORMED.test(text) },
  { id: 'soft-404-monitoring', needs: ['200', 'green'], asks: NOT_A_CASE((text) => SUCCESS_STATUS.test(text) && MISSING_THING.test(text) && JUDGED.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'neighbour-405', needs: ['get', 'head', 'post', 'put', 'patch', 'delete', 'options'], asks: (text, s) => METHOD_UNSUPPORTED.test(text) && NOT_405.test(text) && !SOME_CALLERS.test(text) && s.denials.length === 0 && s.auth !== 'valid' },
  { id: 'neighbour-429', needs: ['rate', 'throttl', 'too many', 'per second', 'per minute', 'per hour', 'quota', 'limit'], asks: (text) => RATE_LIMITED.test(text) && !RATE_LIMIT_DENIED.test(text) && /\b403s?\b|\bforbidden\b/.test(text) && BETTER_CODE.test(text) },
  { id: 'neighbour-407', needs: ['proxy'], asks: (text, s) => (!(s.asksWhich && s.statesACase) || PROXY_IS_ASKED.test(text)) && (FORWARD_PROXY.test(text) || PROXY_WANTS_ITS_OWN.test(text)) && PROXY_LOGIN.test(text) && PROXY_ASKS.test(text) && !PROXY_PASSES_ON.test(text) && !/\breverse proxy\b/.test(text) && !/\b40[34]\b/.test(text) },
  { id: 'edge-generated-error', needs: ['403', '404', 'forbidden', 'not found'], asks: NOT_A_CASE((text) => /\b40[34]s?\b|\bforbidden\b|\bnot found\b/.test(text) && EDGE.test(text) && APP_NEVER_SAW.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'retry-4xx', needs: ['retr', 'backoff', 'back-off', 'try again'], asks: ASIDE_FOR_CASES((text) => RETRIES.test(text) && CLIENT_ERRORS_IN_GENERAL.test(text) && !ASKS_FOR_STATUS.test(text)) },
  // "should we retry 429s with backoff?": the codes that do ask for a later retry, without a 403 or 404 beside them.
  { id: 'retry-after', needs: ['429', '503', 'rate', 'throttl'], asks: ASIDE_FOR_CASES((text) => RETRIES.test(text) && OVER_A_LIMIT.test(text) && !/\b(?:40[134]|410)s?\b/.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'forbidden-beyond-auth', needs: ['403'], asks: (text) => IN_GENERAL_SERVER.test(text) && /\b403s?\b/.test(text) && NO_CREDENTIALS.test(text) && (MUST_BE_401.test(text) || /^(?:can|could|may|might)\b/.test(text)) },
  { id: 'authorization-header', needs: ['header'], asks: (text) => WHICH_HEADER.test(text) && SENDS_CREDENTIALS.test(text) && !ASIDE_FOR_CHALLENGE.test(text) && !/\bproxy\b|\b407\b/.test(text) },
  { id: 'definition-401', needs: ['401', 'unauthori'], asks: (text) => CLAIMED_401.test(text) && CHECKS_A_CLAIM.test(text) && !CODE_ASKED_TOO.test(text) },
  { id: 'definition-403', needs: ['403', 'forbidden'], asks: (text) => CLAIMED_403.test(text) && CHECKS_A_CLAIM.test(text) && !CODE_ASKED_TOO.test(text) },
  // "GDPR erasure done. 404 or 410?": permanent for sure, so it turns on whether a 410 may confirm the account existed.
  {
    id: 'erasure-404-or-410',
    needs: ['410'],
    asks: (text, s) => s.codes.includes('404') && s.codes.includes('410') && s.hide === null && ERASURE.test(text) && !MAY_DISCLOSE.test(text),
  },
  { id: 'oauth-insufficient-scope', needs: ['insufficient_scope'], asks: OAUTH_ERROR_NAMED('insufficient_scope') },
  { id: 'oauth-invalid-token', needs: ['invalid_token'], asks: (text) => OAUTH_ERROR_NAMED('invalid_token')(text) && !NO_TOKEN.test(text) },
  {
    id: 'bearer-no-token-challenge',
    needs: ['www-authenticate', 'challenge', 'error'],
    asks: (text) => ABOUT_THE_CHALLENGE.test(text) && NO_TOKEN.test(text) && CHALLENGE_CONTENT.test(text) && !ASKS_FOR_STATUS.test(text),
  },
  { id: 'browser-login-prompt', needs: ['browser', 'chrome', 'firefox', 'safari', 'edge'], asks: (text) => BROWSER.test(text) && PROMPT.test(text) && LOGIN.test(text) },
  // "when we send 401, is ok to put html page in body to explain the user? browser will show it or not": the 401's own page, and when a
  // browser shows it.
  { id: 'body-of-401', needs: ['401'], asks: (text) => /\b401\b/.test(text) && BODY_OF_IT.test(text) && (BROWSER.test(text) || /\b(?:show|shows|shown|display\w*|render\w*|see|sees)\b/.test(text)) && !ASKS_FOR_STATUS.test(text) },
  // "what does the realm in WWW-Authenticate mean?", "do we need a realm in the bearer challenge?": whatever is asked about it, the realm is the subject.
  // A pasted challenge whose error value is given and whose status is asked ('realm="api", error="invalid_token" … the status?') is about the error, not the realm.
  // (Not "the token was issued by our old keycloak realm we decommissioned. what to send them": a realm named in a case of
  // credentials that fail, whose code is asked.)
  // Basic over plain http asked (tuner k, know6): before 'realm', whose word a Basic challenge often carries.
  { id: 'basic-needs-tls', needs: ['basic'], asks: ASIDE_FOR_CASES((text) => BASIC_NAMED.test(text) && (NO_TLS.test(text) || /\b(?:secure|insecure|safe|unsafe|risk\w*|dangerous|sniff\w*|intercept\w*)\b/.test(text)) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'realm', needs: ['realm'], asks: (text, s) => /\brealms?\b/.test(text) && !ASKS_FOR_STATUS.test(text) && !(/\berror="?(?:invalid_token|insufficient_scope|invalid_request)\b/.test(text) && /\bstatus\b/.test(text)) && !(s.asksWhich && s.auth === 'invalid') },
  { id: 'gone-comes-back', needs: CODE_410_WORDS, asks: (text) => CODE_410.test(text) && MAY_COME_BACK.test(text) && !ASKS_FOR_STATUS.test(text) },
  {
    id: 'gone-optional',
    needs: CODE_410_WORDS,
    asks: (text) => (MUST_410.test(text) && IN_GENERAL.test(text)) || (CODE_410.test(text) && HOW_LONG_410.test(text) && !/\bcach\w*/.test(text) && !CODES_WEIGHED.test(text)),
  },
  { id: 'forbidden-beyond-auth', needs: ['403'], asks: (text) => ASKS_ABOUT_403.test(text) && (NOT_ABOUT_AUTH.test(text) || ALWAYS_AUTH.test(text)) },
  { id: 'forbidden-credentials', needs: CODE_403, asks: (text) => READS_403_AS_WRONG.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'scenarios-404', needs: ['404'], asks: (text) => MONITORING.test(text) && /\b404s?\b/.test(text) && !/\b403s?\b/.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'scenarios-403', needs: ['403'], asks: (text) => MONITORING.test(text) && /\b403s?\b/.test(text) && !/\b404s?\b/.test(text) && !ASKS_FOR_STATUS.test(text) },
  {
    id: 'reauthenticate-403',
    needs: CODE_403,
    asks: (text) => LOGIN_AGAIN.test(text) && FIXES.test(text) && /\b403s?\b|\bforbidden\b/.test(text) && !/\b401\b/.test(text) && !ASKS_FOR_STATUS.test(text),
  },
  {
    id: 'seo-410',
    needs: ['410'],
    // A removal told first as a case ("the page was removed by us intentionally, it will never come back. For
    // SEO which code is better?") is that case, answered 410 with its crawler note; the same words inside one
    // general question ("which is better for seo for a permanently deleted article?") ask the rule.
    asks: (text, s) => /\b410\b/.test(text) && !(s.existence === 'removed' && s.permanent && TOLD_BEFORE_ASKED.test(text)) && ((CRAWLERS.test(text) && SOONER.test(text) && !ASKS_FOR_STATUS.test(text)) || (/\b404\b/.test(text) && BETTER_FOR_CRAWLERS.test(text) && !s.temporary && s.doubts.length === 0)),
  },
  { id: 'neighbour-407', needs: ['407'], asks: ASIDE_FOR_CASES((text) => /\b407\b/.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'hiding-404-identical', needs: ['404', 'not found'], asks: (text) => HIDING_WITH_404.test(text) && HOW_IT_LOOKS.test(text) && !ASKS_FOR_STATUS.test(text) },
  // ── know1: classes the know1 knowledge set showed missing ──
  { id: 'oauth-invalid-token', needs: ['invalid_token'], asks: (text) => NEXT_STEP.test(text) && !text.includes('insufficient_scope') && !ASKS_FOR_STATUS.test(text) && !CODES_WEIGHED.test(text) },
  { id: 'neighbour-429', needs: ['429'], asks: (text) => /\b429s?\b/.test(text) && ABOUT_A_CODE.test(text) && !CODES_WEIGHED.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'retry-after', needs: ['retry-after', '503'], asks: ASIDE_FOR_CASES((text) => (text.includes('retry-after') || (/\b503s?\b/.test(text) && RETRY_WORD.test(text))) && WHEN_TO_RETRY.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'neighbour-405', needs: ['405'], asks: NOT_A_CASE((text) => /\b405s?\b/.test(text) && (ALLOWED_METHODS.test(text) || COMPARED.test(text)) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'redirect-301-308', needs: ['308'], asks: (text) => /\b308\b/.test(text) && (/\b301\b/.test(text) || /\b(?:post|method|body)\b/.test(text)) },
  { id: 'idempotent-status', needs: ['idempot'], asks: ASIDE_FOR_CASES((text) => IDEMPOTENT.test(text) && /\b(?:delete|404|410|status|response|code)\b/.test(text)) },
  { id: 'www-authenticate-beyond-401', needs: ['www-authenticate'], asks: ASIDE_FOR_CASES((text) => BEYOND_401.test(text) && PERMITTED.test(text) && !/\b(?:must|required|requires?|need|needs|mandatory)\b/.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'bearer-scope-attribute', needs: ['scope'], asks: ASIDE_FOR_CASES((text) => SCOPE_ATTRIBUTE.test(text) && SEVERAL.test(text)) },
  { id: 'error-body-4xx', needs: ['4xx', 'error response', 'client error', 'error page'], asks: (text, s) => (ERROR_BODY.test(text) || EXPLANATION_OF_PERMANENCE.test(text)) && ERRORS_IN_GENERAL.test(text) && s.codes.length === 0 },
  { id: 'unknown-status-class', needs: ['unrecogni', 'unknown', 'unfamiliar', 'standard', 'unregistered', 'unsupported', 'not know', 'not understand', 'not recogni', 'not support'], asks: ASIDE_FOR_CASES((text) => UNKNOWN_CODE.test(text) && /\b(?:treat|handle|react|behave|do|supposed|interpret|read)\b/.test(text) && !WHICH_CODE_TO_SEND.test(text) && !CODES_WEIGHED.test(text)) },
  { id: 'token-in-query', needs: ['query', 'url', 'access_token'], asks: ASIDE_FOR_CASES((text) => CREDENTIAL.test(text) && IN_THE_URL.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'bearer-tls', needs: ['http', 'tls', 'ssl', 'encrypt', 'clear'], asks: ASIDE_FOR_CASES((text) => CREDENTIAL.test(text) && PLAIN_HTTP.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'token-logging', needs: ['log'], asks: ASIDE_FOR_CASES((text) => ((LOGS.test(text) && CREDENTIAL.test(text) && ASKS_HANDLING.test(text)) || LOGGING_CREDENTIALS.test(text)) && !CODES_WEIGHED.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'head-no-body', needs: ['head'], asks: ASIDE_WHEN_ACCESS((text) => HEAD_REQUEST.test(text) && NO_BODY.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'head-same-status', needs: ['head'], asks: ASIDE_WHEN_ACCESS((text) => HEAD_AND_GET.test(text) && SAME_OR_DIFFERENT.test(text) && /\b(?:status|code|codes|response)\b|\b[1-5]\d\d\b/.test(text) && !NO_BODY.test(text)) },
  { id: 'auth-scheme-case', needs: ['case', 'capital'], asks: ASIDE_FOR_CASES((text) => SCHEME.test(text) && LETTER_CASE.test(text)) },
  // "how is 400 different from 401?" asks the difference even after a case; "malformed header: 400 vs 401?" asks for a code.
  {
    id: 'difference-400-401',
    needs: ['400'],
    asks: (text, s) =>
      /\b400\b/.test(text) && /\b401\b/.test(text) && !/\b403\b/.test(text) && COMPARED.test(text) && !ASKS_FOR_STATUS.test(text) && (/\bdiffer\w*|\bsame (?:as|thing)\b/.test(text) || !(s.asksWhich && s.statesACase)),
  },
  { id: 'forbidden-after-network-change', needs: CODE_403, asks: (text, s) => /\b403s?\b|\bforbidden\b/.test(text) && NETWORK_CHANGE.test(text) && ASKS_CAUSE.test(text) && !s.asksWhich && !ASKS_FOR_STATUS.test(text) },
  { id: 'forbidden-spike-probing', needs: ['403'], asks: ASIDE_FOR_CASES((text) => /\b403s?\b/.test(text) && !/\b404s?\b/.test(text) && MANY_SOURCES.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'definition-401', needs: ['unauthori'], asks: (text, s) => /\b401\b/.test(text) && /\bunauthori[sz]ed\b/.test(text) && THE_NAME.test(text) && !s.asksWhich },
  { id: 'retry-403', needs: ['403'], asks: (text) => /\b403s?\b/.test(text) && !/\b(?:401|404|410|429)\b/.test(text) && (KEEP_TRYING.test(text) || REPLAY.test(text)) && !CODES_WEIGHED.test(text) && !ASKS_FOR_STATUS.test(text) },
  { id: 'cache-authorization', needs: ['authoriz', 'authenticated', 'credentials', 'token'], asks: (text) => SHARED_CACHE.test(text) && AUTHORIZED_REQUEST.test(text) && REUSE.test(text) && (OTHER_USERS.test(text) || MAY_A_CACHE.test(text)) && !ASKS_FOR_STATUS.test(text) },
  { id: 'cache-invalidation', needs: ['cache', 'cdn'], asks: ASIDE_FOR_CASES((text) => SHARED_CACHE.test(text) && /\b404s?\b/.test(text) && UNSAFE_THROUGH_CACHE.test(text) && STAYS_CACHED.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'heuristic-freshness', needs: ['heuristic'], asks: ASIDE_FOR_CASES((text) => HEURISTIC.test(text) && /\bmean\w*|\bexplain\w*|\bwhat (?:is|does)\b|\bdefin\w*/.test(text)) },
  { id: 'proxy-www-authenticate', needs: ['www-authenticate'], asks: ASIDE_FOR_CASES((text) => PROXY_TOUCHES.test(text) && MODIFY.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'multiple-challenges', needs: ['challenge', 'scheme', 'basic'], asks: ASIDE_FOR_CASES((text) => SEVERAL_CHALLENGES.test(text) && /\bwww-authenticate\b|\b401\b/.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'scenarios-403', needs: ['403'], asks: (text, s) => /\b403s?\b/.test(text) && !/\b(?:401|404|410)s?\b/.test(text) && USUAL_CAUSE.test(text) && !s.asksWhich && !ASKS_FOR_STATUS.test(text) },
  { id: 'scenarios-404', needs: ['404'], asks: (text, s) => /\b404s?\b/.test(text) && !/\b(?:401|403|410)s?\b/.test(text) && USUAL_CAUSE.test(text) && !s.asksWhich && !ASKS_FOR_STATUS.test(text) },
  { id: 'definition-401', needs: ['401'], asks: (text, s) => /\b401\b/.test(text) && !/\b40[34]\b/.test(text) && (MEANING_OF_401.test(text) || ABOUT_THE_CREDENTIALS.test(text)) && !s.asksWhich },
  // ── know2 set (issue #13) ──
  { id: 'not-found-says-little', needs: ['404'], asks: NOT_A_CASE((text) => READS_404_AS.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'not-found-site-up', needs: ['404'], asks: NOT_A_CASE((text) => /\b404s?\b/.test(text) && SITE_DOWN.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'forbidden-identity', needs: CODE_403, asks: NOT_A_CASE((text) => READS_403_AS_IDENTIFIED.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'meaning-400', needs: ['400'], asks: NOT_A_CASE(NAMES_ONE_NEIGHBOUR('400')) },
  { id: 'meaning-503', needs: ['503'], asks: NOT_A_CASE(NAMES_ONE_NEIGHBOUR('503')) },
  { id: 'meaning-409', needs: ['409'], asks: NOT_A_CASE(ONLY_NAMED_CODE_EXPLAINED('409')) },
  { id: 'meaning-412', needs: ['412'], asks: NOT_A_CASE(ONLY_NAMED_CODE_EXPLAINED('412')) },
  { id: 'meaning-422', needs: ['422'], asks: NOT_A_CASE(ONLY_NAMED_CODE_EXPLAINED('422')) },
  { id: 'meaning-500', needs: ['500'], asks: NOT_A_CASE(ONLY_NAMED_CODE_EXPLAINED('500')) },
  { id: 'retry-after', needs: ['429', '503', 'rate', 'too many', 'throttl', 'unavailable', 'retry-after'], asks: NOT_A_CASE((text) => HOW_LONG_TO_WAIT.test(text) && OVER_A_LIMIT.test(text)) },
  {
    id: 'neighbour-301',
    needs: ['404'],
    // "… old urls 404 after the migration, what should we do?" reads as a case of missing pages; moved content is what it is.
    asks: (text) => SITE_MOVED.test(text) && OLD_ADDRESSES.test(text) && /\b404s?\b/.test(text) && WHAT_INSTEAD.test(text) && !/\b410\b/.test(text) && !ASKS_FOR_STATUS.test(text),
  },
  { id: 'redirect-301-308', needs: ['308'], asks: NOT_A_CASE((text) => REDIRECT_METHOD.test(text) && METHOD_OR_301.test(text)) },
  // "which headers take the place of WWW-Authenticate for proxy authentication?": 407's subject, without its number.
  { id: 'neighbour-407', needs: ['proxy'], asks: ASIDE_FOR_CASES((text) => /\bproxy[- ]auth\w*|\bproxy\b[^?.]{0,50}\b(?:authenticat\w*|credentials|login|log in|sign in)\b/.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'reason-phrase', needs: ['reason', 'status text', 'statustext', 'status message', 'the number', 'the code'], asks: NOT_A_CASE((text) => REASON_PHRASE.test(text) && RELIES_ON.test(text)) },
  { id: 'unknown-status-class', needs: ['know', 'recogni', 'unfamiliar', 'standard', 'registered', 'official'], asks: NOT_A_CASE((text) => UNKNOWN_CODE.test(text)) },
  { id: 'bearer-scope-attribute', needs: ['scope', 'permission', 'privilege', 'right', 'role', 'access'], asks: NOT_A_CASE((text) => WHICH_SCOPE_MISSING.test(text) && TELLS_THE_CLIENT.test(text) && BEARER_403.test(text)) },
  { id: 'bearer-tls', needs: ['token', 'key', 'jwt'], asks: ASIDE_FOR_CASES((text) => TOKEN.test(text) && PLAIN_HTTP.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'token-in-query', needs: ['token', 'key', 'jwt'], asks: ASIDE_FOR_CASES((text) => TOKEN.test(text) && IN_THE_URL.test(text) && !ASKS_FOR_STATUS.test(text)) },
  {
    id: 'hiding-unauthenticated-404',
    needs: ['404'],
    asks: NOT_A_CASE((text) => /\b404s?\b/.test(text) && UNAUTHENTICATED.test(text) && WHAT_BREAKS.test(text) && !ASKS_FOR_STATUS.test(text)),
  },
  { id: 'neighbour-405', needs: ['405'], asks: NOT_A_CASE(NAMES_ONE_NEIGHBOUR('405')) },
  { id: 'scenarios-401', needs: ['401'], asks: NOT_A_CASE((text) => /\b401s?\b/.test(text) && CAUSES_ASKED.test(text) && !/\b40[34]s?\b/.test(text) && !ASKS_FOR_STATUS.test(text)) },
  // A pasted body that carries an error_description ("… and the status was 403, right?") is a case about the status.
  {
    id: 'bearer-error-description',
    needs: ['error_description', 'error_uri'],
    asks: NOT_A_CASE((text) => ERROR_TEXT_ATTRIBUTE.test(text) && WHO_READS_IT.test(text) && !/\bstatus\b/.test(text) && !ASKS_FOR_STATUS.test(text)),
  },
  { id: 'token-logging', needs: ['log'], asks: ASIDE_FOR_CASES((text) => CREDENTIAL_WRITTEN_TO_LOGS.test(text) && /\blog/.test(text) && !ASKS_FOR_STATUS.test(text)) },
  // HEAD and a body asked about together are never a which-code case, even when the page was deleted.
  { id: 'head-no-body', needs: ['head'], asks: ASIDE_WHEN_ACCESS((text) => /\bhead\b/.test(text) && ERROR_STATUS.test(text) && ERROR_BODY_ASKED.test(text) && !ASKS_FOR_STATUS.test(text)) },
  // "should the empty 403 body say why?" asks for the reason (reason-in-403), not whether a body is needed.
  { id: 'error-body-4xx', needs: ['body', 'content', 'payload'], asks: NOT_A_CASE((text) => ERROR_STATUS.test(text) && ERROR_BODY_ASKED.test(text) && !/\b(?:why|reason)\b/.test(text) && !ASKS_FOR_STATUS.test(text)) },
  // ── know5 set ──
  { id: 'spec-429', needs: ['429', 'too many'], asks: (text) => /\b429\b|\btoo many requests\b/.test(text) && SPEC_ASKED.test(text) && !/\b(?:40[134]|410)\b/.test(text) },
  { id: 'spec-basic-auth', needs: ['basic'], asks: (text) => BASIC_SCHEME.test(text) && SPEC_ASKED.test(text) && !/\b(?:40[134]|410)\b/.test(text) },
  { id: 'meaning-451', needs: ['451'], asks: NOT_A_CASE((text) => ABOUT_ONE_NEIGHBOUR('451')(text) || (/\b451\b/.test(text) && SPEC_ASKED.test(text))) },
  { id: 'meaning-409', needs: ['409'], asks: NOT_A_CASE(ABOUT_ONE_NEIGHBOUR('409')) },
  { id: 'name-418', needs: ['418', 'teapot'], asks: NOT_A_CASE((text) => ABOUT_ONE_NEIGHBOUR('418')(text) || /\bteapot\b/.test(text)) },
  { id: 'client-error-class', needs: ['40', '4xx'], asks: NOT_A_CASE((text) => ONE_TRIAGE_CODE.test(text) && WHOSE_FAULT_ASKED.test(text) && !CODES_WEIGHED.test(text) && !OUR_CHANGE.test(text) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'enumeration', needs: ['call', 'name', 'term', 'word'], asks: (text) => NAME_OF_IT.test(text) && EXISTENCE_PROBED.test(text) && (DIFFERING_ANSWERS.test(text) || /\benumerat\w*|\battack\w*/.test(text)) && !WHICH_CODE_TO_SEND.test(text) },
  // "who decides it is permanent?" asks where the rule's fact comes from, even when a removal is told beside it.
  { id: 'gone-who-decides', needs: CODE_410_WORDS, asks: (text) => CODE_410.test(text) && WHO_DECIDES.test(text) && PERMANENCE.test(text) && !CODES_WEIGHED.test(text) && !CODE_PROPOSED.test(text) && !WHICH_CODE_TO_SEND.test(text) },
  { id: 'head-same-status', needs: ['head'], asks: ASIDE_FOR_CASES((text) => HEAD_LIKE_GET.test(text) && STATUS_WORD.test(text) && !WHICH_CODE_TO_SEND.test(text)) },
  { id: 'forbidden-beyond-auth', needs: ['403'], asks: (text) => FORBIDDEN_WITHOUT_AUTH.test(text) && !/\b(?:401|404|410)\b/.test(text) },
  // ── know6 set (tuner k) ──
  { id: 'hiding-404-not-access-control', needs: ['404', 'not found', 'hid', 'conceal'], asks: ASIDE_FOR_CASES((text) => HIDING_CONTEXT.test(text) && (OBSCURITY.test(text) || REPLACES_THE_CHECK.test(text)) && !ASKS_FOR_STATUS.test(text)) },
  { id: 'hiding-404-timing', needs: ['timing', 'ms', 'latenc', 'slower', 'faster', 'longer', 'quicker', 'time'], asks: NO_CODE_ASKED((text) => /\b404s?\b|\bnot found\b/.test(text) && TIMING.test(text) && GIVES_AWAY_TIMING.test(text)) },
  { id: 'forbidden-wording-history', needs: ['2616', '2068', '7231', 'will not help'], asks: (text) => (OLD_403_RFC.test(text) || /\bauthori[sz]ation will not help\b/.test(text)) && /\b403\b|\bforbidden\b/.test(text) && WORDING_COMPARED.test(text) && !/\b(?:401|404|410)\b/.test(text) && !CODES_WEIGHED.test(text) && !WHICH_CODE_TO_SEND.test(text) },
  { id: 'spec-bearer', needs: ['bearer'], asks: NOT_A_CASE((text) => (BEARER_MEANING.test(text) || BEARER_SPEC.test(text)) && !OAUTH_ERROR_NAMES.test(text) && !/\b(?:40[134]|410)\b/.test(text) && !ASKS_FOR_STATUS.test(text)) },
];

/** The entry a knowledge question of a known class asks for, or null. */
export function knowledgeClassAnswer(s: Situation): Draft | null {
  const text = s.text.toLowerCase();
  const found = CLASSES.find((c) => c.needs.some((word) => text.includes(word)) && c.asks(text, s));
  if (!found) return null;
  const entry = knowledge(found.id);
  return { sentences: [found.worded ? found.worded(entry.text, text) : entry.text], sources: [...entry.sources] };
}
