import { has } from '../match';
import type { Topic } from './types';
import { CODE_BY_MEANING, CODE_NAME, CODE_TAKEN_UP_MEANS } from './vocabulary';

/** Topics: what a question is about besides the code (caching, retries, crawlers, soft 404s, bodies …). */

const SOFT_TOPIC = /\bsoft 404\b/;

export const SOFT_SITUATION: readonly RegExp[] = [
  /\b404\b (?:page )?(?:with|as|under|carrying|inside|wrapped in|behind) (?:a |an |the )?(?:200|status 200|200 status|http 200)\b/,
  /\b200\b(?: [a-z0-9'"]+){0,7} (?:not found|404 (?:page|message|content|body|text)|error page|empty page|blank page|no results|nothing found|does not exist|missing|nonexistent|deleted|unknown|oops)\b/,
  /\b(?:not found|missing|nonexistent|deleted|unknown|does not exist|removed)\b(?: [a-z0-9'"]+){0,7} (?:200|200 ok|status ok)\b/,
  /\b(?:catch-?all|fallback|wildcard) (?:route|page|handler)\b(?: [a-z0-9]+){0,6} (?:200|index\.html)\b/,
];

const TOPIC_PATTERNS: ReadonlyArray<readonly [Topic, readonly RegExp[]]> = [
  ['caching', [
    /\b(?:cache|cached|caches|caching|cacheable|cachable|uncacheable|cdn|cdns|cloudfront|fastly|akamai|cloudflare|varnish|max-age|s-maxage|cache-control|no-store|no-cache|ttl|etag|heuristic(?:ally)? (?:cacheable|freshness)|purge(?! (?:expired|old|stale|deleted|inactive|unused|closed)\b)|purging(?! (?:expired|old|stale|deleted|inactive|unused|closed)\b)|edge cache|edge server|at the edge)\b/,
  ]],
  ['retry', [
    /\b(?:retry|retries|retrying|retried|retryable|try again|tries again|trying again|backoff|back off|resend|re-send|repeat the request|repeating the request|keeps? (?:calling|hitting|retrying|requesting|polling|hammering|sending)|keep (?:on )?(?:calling|hitting)|hammer(?:ing|s)?|in a loop|infinite loop|looping|retry storm)\b/,
  ]],
  ['seo', [
    /\b(?:seo|google|googlebot|bingbot|bing|crawler|crawlers|crawl|crawled|crawling|crawls|spider|spiders|search engine|search engines|search console|deindex|deindexed|de-index|delist|delisted|delisting|ranking|rankings|serp|sitemap|link equity|link juice|backlinks?|pagerank|robots\.txt|indexed|indexing|indexation)\b/,
    /\b(?:in|from|out of) (?:the |google's |their )?(?:search )?index\b/,
  ]],
  ['soft404', [SOFT_TOPIC]],
  ['api', [
    /\b(?:api clients?|sdks?|api consumers?|consumers|integrations?|client code|client librar(?:y|ies)|branch(?:es|ing)? on|api contract|contract|openapi|swagger|downstream (?:services?|clients?)|third-party clients?|mobile app|frontend|front-end|client apps?)\b/,
  ]],
  ['swap', [
    new RegExp(`\\b(?:instead of|rather than|in place of) (?:a |an |the )?${CODE_NAME}\\b`),
    /\b(?:swap|swapping|swapped|interchangeab\w*|interchange|same thing)\b/,
  ]],
  ['mistake', [
    /\b(?:misuse|misusing|misused|abuse of|anti-?pattern|protocol violation|violates? the (?:rfc|spec|protocol))\b/,
    // Not "by mistake": that says how a removal happened, not that the question is about mistakes.
    /^what (?:happens|will happen|would happen|could happen)\b|\b(?:(?<!\bby )mistakes?|pitfalls?|what breaks|what goes wrong|what could go wrong|consequences?|always return|for everything|for all errors|everything as|convenience|for every (?:error|case|failure|problem|denial|thing)|what is wrong with|what is the problem with|why is (?:it|that|this) bad|does it (?:really )?matter|why (?:does it matter|not just|bother|care)|who cares|blanket|just return|just use|what is the harm|what harm|any harm|what could go wrong|what breaks)\b/,
  ]],
  ['definition', [
    // "is that a thing? what is it called": a question about a name, not a case.
    /\bwhat (?:is|are) (?:it|this|that|they|those) called\b|\bis (?:this|that|it|there) (?:a|an) (?:thing|term|name for)\b|\ba thing\s*\?/,
    new RegExp(`\\bwhat (?:is|are|does|do) (?:an? |the |http |status |error )*${CODE_NAME}\\b(?! or| vs)`),
    /\b(?:meaning|definition|define|eli5|tldr|tl;dr|in plain (?:english|words|language)|explain like)\b/,
    /\bwhat (?:does|do) (?:the )?(?:rfcs?|spec|specs|standard|http spec|rfc \d+)(?: \d+)? say\b/,
    new RegExp(`\\b(?:explain|describe) (?:the |a |an |http )?${CODE_NAME}\\b`),
    new RegExp(`\\b${CODE_NAME} (?:mean|means|meaning|stand for|stands for|signal|signals|indicate|indicates|communicate|communicates)\\b`),
    CODE_TAKEN_UP_MEANS,
    new RegExp(`\\b(?:does|is|do|are) (?:an? |the )?${CODE_NAME} (?:an? )?(?:guarantee|promise|mean|imply|implies|say|tell|indicate|prove|confirm)s?\\b`),
    // "does a 403 leak that it exists?", "can 404 reveal …": a yes/no question about the code itself.
    // Not "would 403 be correct for …": that reviews a code for a case.
    new RegExp(`^(?:does|do|can|will|would) (?:an? |the )?(?:returning |sending |answering )?${CODE_NAME}s?\\b(?! (?:be|really be|still be) (?:correct|right|ok|okay|fine|appropriate|acceptable|better|wrong|the right|a better|proper|valid)\\b)`),
    // "should a 403 response explain why?", "is 401 only for missing credentials?", "the 404 code, can it
    // mean …": the code is the subject of the question, and the verb is not a judgement of a choice.
    new RegExp(`^(?:is|are|should|must|may|could) (?:an? |the )?(?:http )?\\d{3}(?: responses?| status(?: code)?| codes?| errors?| body| bodies| pages?| messages?)?s? (?!(?:or|vs|right|correct|ok|okay|fine|wrong|better|the right|the correct|appropriate|acceptable|proper|valid|legit|enough|really|here|for (?:this|that|a|an|the|when|if))\\b)(?:an?|the|only|also|ever|always|just|meant|supposed|allowed|required|explain|say|tell|include|carry|contain|describe|cach\\w*|retr\\w*|about|used|permanent|temporary|final|forever|safe|an? (?:error|client error|success))\\b`),
    new RegExp(`^(?:the |a |an )?\\d{3}(?: code| status| response)?,? (?:can|could|does|do|will|would|may) (?:it|they) (?:mean|say|imply|indicate|signal|tell)\\b`),
    CODE_BY_MEANING,
  ]],
  ['difference', [
    /\bdifferen(?:ce|ces)\b|\bdiffer\b|\bdistinguish|\bcompar(?:e|ed|ison)\b|\bconfus(?:e|ed|ing|ion)\b|\bmix(?:ed)? up\b|\bvs\b|\bhow (?:is|are|do) \d{3} (?:and \d{3} )?(?:different|differ)\b/,
  ]],
  ['scenarios', [
    /\b(?:spike|spikes|spiking|surge|surging|jump(?:ed)?(?! (?:straight |directly )?from (?:v|version )?\d)|increase|increased|elevated|flood|alert|alerts|alerting|monitor|monitoring|dashboard|dashboards|baseline|normal amount|normal level|noise|noisy|root cause|common (?:reasons|causes|scenarios)|what causes|causes of|cause of|why (?:am i|are we|do we|is|are|would|would we|do i) (?:\w+ )?(?:seeing|getting|see|get)|seeing (?:a lot|lots|many|tons|more)|in (?:the |our )?logs|incident|after (?:the |a |our |each |every )?(?:deploy|deployment|release|rollout))\b/,
    /\b(?:lots|a lot|tons|loads|hundreds|thousands|a bunch|plenty|a flood|a wave|many|masses) (?:of )?(?:\d{3}|denials|errors)\b/,
    // "are some 404s normal", "is it normal to see 404s": the baseline.
    /\b(?:some|a few|a certain (?:amount|number|level) of|a baseline of|a little|a handful of|occasional)(?: of)? (?:\d{3}|errors)(?: [a-z]+)? (?:normal|expected|ok|okay|fine|acceptable)\b|\b(?:normal|expected|ok|okay|fine) to (?:see|have|get) (?:some |a few |occasional )?\d{3}\b/,
    /\beverywhere\b|\bsuddenly\b|\ball of a sudden\b|\bprod(?:uction)? (?:is )?down\b|\bsev ?[0-9]\b|\bsince (?:\d|the |this |yesterday|today|last)|\bthat were 200\b|\bused to (?:be|return|work)\b|\bwere (?:working|fine|200)\b|\bredirect rules?\b|\brouting (?:rules?|regression)\b|\bscanners?\b(?! (?:is |are |was |were |keeps? |still |now )?(?:sending|sends|send|sent|calling|calls|call|using|uses|use|posting|posts|logged|logging|signed|authenticat\w*|presenting|presents)\b)|\bprobing\b|\bwp-login|\/\.env\b/,
  ]],
  ['diagnose', [
    /\bwhat (?:does|do|could|would|might|can) (?:that|this|it|they|these|those) (?:point to|point at|indicate|suggest|tell us|hint at|usually mean)\b/,
    /\bwhat is going on\b|\bwhat(?: is|'s) happening\b|\bwhy\b.{0,50}\b(?:getting|get|got|gets|seeing|see|sees|returns?|returning|spik\w*)\b|\beven though\b|\bdebug\w*|\btroubleshoot\w*|\binvestigat\w*|\bwhat (?:could|would|might) cause\b|\b(?:common|usual|typical|likely|possible|frequent)(?: [a-z]+)? (?:causes?|reasons?|culprits?|scenarios?)\b|\bwhat causes\b|\broot cause\b|\bwhere (?:do|should) (?:i|we) (?:look|start)\b/,
  ]],
  ['why', [/^why\b|\bwhy\s*\??$|\bwhy (?:do|does|did|would|is|are|should) (?:we|they|it|you|github|google|aws|s3|the \w+) (?:return|returns|send|sends|answer|answers|use|uses|get|give|gives|respond)\b/]],
  ['security', [/\b(?:secure|security|safer|safest|attacker|attackers|hacker|hackers|pentest\w*|owasp)\b/]],
  ['header', [/\bwww-authenticate\b|\bchallenge header\b|\b(?:auth(?:entication)?|bearer|basic|401) challenge\b|^(?:what|which) (?:(?:http |response |http response )?headers?|http header)\b|\b(?:what|which) (?:http |response |http response )?headers? (?:is|are|must|should|do|does|has|have)\b[^.?]{0,50}\b(?:required|requires?|must|needs?|has to|have to|includ\w*|send|sent|carry|carries|add|set)\b|\b(?:is there|are there|do we have|is|which|what) (?:a |an |any )?(?:http )?headers? (?:in|on) (?:the |a |our |that |each )?401\b[^.?]{0,60}\b(?:tells?|says?|shows?|indicates?|lets?|explains?|informs?)\b/]],
  ['reauth', [
    /\b(?:reauthenticate|log in again|sign in again|logging in again|signing in again|log out and (?:back )?in|login again|new session|fresh token|new token|refresh(?:ing)? (?:the |my |their |a )?(?:token|session)|re-?login)\b/,
  ]],
  ['client', [
    /\bwhat (?:should|do|does|must|can|would) (?:the |a |an |our |my |their )?(?:[a-z-]+ )?(?:user|users|client|clients|consumer|consumers|caller|callers|frontend|app|apps|browser|browsers|customer|customers|sdk|sdks|integrator|integrators|people|job|jobs|script|scripts|bot|bots|worker|workers|integration|integrations|service|services) do\b/,
    /\bhow should (?:the |a |our )?(?:client|clients|frontend|app|ui|sdk|browser|caller|consumer)s? (?:handle|react|behave|treat|respond)\b/,
    // "compliance asks what clients will do", "how will browsers treat it": the behaviour asked in reported speech.
    /\bwhat (?:the |our |their |a )?(?:clients?|browsers?|callers?|apps?|consumers?|crawlers?) (?:will|would|are going to|are supposed to) do\b|\bhow (?:will|would|do) (?:the |our |their )?(?:clients?|browsers?|apps?|consumers?|callers?) (?:handle|treat|react to|deal with)\b|\bhow (?:the |our |their )?(?:clients?|browsers?|apps?|consumers?|callers?) (?:will|would) (?:handle|treat|react to|deal with)\b/,
    /\bwhat (?:is|are) (?:the |a |an |our |my |their )?(?:[a-z-]+ )?(?:client|clients|app|apps|caller|callers|user|users|consumer|consumers|integration|sdk|frontend|browser)s? (?:supposed|expected|meant|required) to do\b/,
    /\b(?:clients?|users?|callers?|apps?|browsers?|consumers?|integrators?)(?: [a-z]+){0,2} (?:should|must|need to|ought to) do\b/,
    /\b(?:handle|handling) (?:a |an |the )?(?:\d{3})\b|\b(?:show|tell) the user\b|\berror message\b|\bux\b/,
    /\b(?:contact|ask|email|ping|call) (?:an? |the |their |your )?(?:admin|administrator|administrators|support|owner|it team|helpdesk)\b/,
  ]],
  ['decision', [
    /\bwhen (?:is|are) (?:an? |the )?\d{3}\b|\bwhen (?:should|do|to|would|must) (?:i |we |you |one )?(?:use|return|send|pick|choose)\b|\brule of thumb\b|\bdecision rule\b|\bhow (?:do|to|should|can) (?:i |we |you )?(?:decide|choose|pick)\b|\bguideline|\bbest practice|\bwhat (?:is|are) the (?:rule|rules|guidance|convention|principle|policy)\b(?! (?:engine|says))/,
  ]],
  ['rateLimit', [/\brate[- ]?limit(?:ed|ing|s|er)?\b(?! (?:override|overrides|bypass|admin|management|settings|config|configuration|rules?) (?:endpoints?|apis?|routes?|pages?|panels?|consoles?|dashboards?|functions?|tools?|features?)\b)|\bthrottl\w*|\btoo many requests\b|\bquota (?:exceeded|exhausted|limit)\b|\b(?:exceeded|exceeds|exceeding|exhausted|used up|blew through|over) (?:its |their |the |his |her |our |a |the daily |the monthly |its daily |its monthly )?(?:request )?(?:quota|rate limit|request limit|api limit)\b/]],
  ['method', [
    /\b(?:post|put|patch|delete)(?: request)? (?:to|on|against) (?:a |an |the )?(?:get|read)[- ]only\b|\b(?:wrong|unsupported|disallowed|invalid) (?:http )?(?:method|verb)\b|\bmethod not allowed\b|\b(?:post|put|patch|delete) (?:on|to|against) (?:a |the )?(?:read-only|get-only)\b|\bmethod (?:is )?not supported\b/,
  ]],
  ['moved', [
    // (Not "every customer migrated to the new one": the callers moved, the old address is not forwarded; nor "there is no new url".)
    /(?<!\b(?:customers?|users?|clients?|partners?|tenants?|callers?|consumers?|integrators?|integrations?|subscribers?|members?|merchants?|sellers?|vendors?|suppliers?|carriers?|drivers?|employees?|staff|devices?|installs?|apps|everyone|everybody|people)(?: (?:have|has|had|all|already|now|since|long since|finally|each))* )\b(?:moved|relocated|renamed|migrated)\b(?: [a-z]+){0,4} (?:to|under|at) (?:a |the |our )?(?:new|different|another|\/)|(?<!\b(?:no|not an?|without an?|never an?|nor an?|no longer an?) )\bnew (?:url|location|domain|slug)\b|(?<!\b(?:his|her|their|my|your|our|[a-z]+'s|no|not an?|without an?) )\bnew address\b|\bchanged (?:the |its )?(?:url|slug|address)\b|\bmoved permanently\b/,
  ]],
  ['temporary', [
    /\b(?:maintenance|temporarily (?:down|unavailable|offline|disabled)|outage|overloaded|backend (?:is )?down|upstream (?:is )?down|service (?:is )?down)\b/,
  ]],
];

/**
 * "should the body of a 403 explain why?", "does the 403 message need to give the reason?": what the
 * code's response may or must say about the refusal, a question about the code, not a case. Read only
 * where a code and a word for what a response says are written, so most questions never run it.
 */
const DISCLOSURE = new RegExp(`\\b(?:body|content|message|payload|page|text)s? (?:of|in|for) (?:an? |the )?(?:http )?${CODE_NAME}\\b|\\b${CODE_NAME}(?: response| error)? (?:body|bodies|content|message|payload|page|text)s?\\b[^.?]{0,30}\\b(?:explain|say|tell|include|contain|describe|give|state|mention|reveal|show)\\b|\\b(?:allowed|ok|okay|fine|required|supposed|obliged|expected) to (?:say|explain|tell|describe|give|state|mention|reveal|show) (?:why|the reason)\\b|\\b${CODE_NAME}(?: response| error)? to (?:include|carry|contain|have|give|say|explain|state|mention|reveal|show|describe) (?:a |an |the )?(?:[a-z]+ )?(?:message|reason|explanation|body|details?|description|text)\\b`);

const DISCLOSURE_WORDS = ['body', 'bodies', 'content', 'message', 'payload', 'text', 'reason', 'why', 'explanation', 'detail', 'description'];

const WRITTEN_CODE = /\b[1-5]\d\d\b|\b(?:forbidden|not found|unauthori[sz]ed|gone)\b/;

/**
 * "token is fine, not rate limited", "nowhere near the quota", "no throttling involved": a limit named only to rule it out
 * raises no rate-limit question.
 */
const LIMIT_DENIED =
  /\b(?:not|never|no|nor|without|isnt|wasnt|nowhere near|far from|well under|under|within|below) (?:being |getting |even |been |hitting |over |any |a |the |its |their |our )*(?:rate[- ]?limit(?:ed|ing|s)?|throttl\w*|quota|request limit)(?: (?:issue|problem|involved|either|here|at all))?\b(?! (?:left|remaining|anymore|any more)\b)/g;

function topicText(topic: Topic, text: string): string {
  if (topic !== 'rateLimit' || !/\b(?:not|never|no|nor|without|isnt|wasnt|nowhere|far|under|within|below)\b/.test(text)) return text;
  return text.replace(LIMIT_DENIED, ' ');
}

export function detectTopics(text: string): Topic[] {
  const topics: Topic[] = [];
  for (const [topic, patterns] of TOPIC_PATTERNS) {
    if (has(topicText(topic, text), ...patterns)) topics.push(topic);
  }
  if (DISCLOSURE_WORDS.some((word) => text.includes(word)) && WRITTEN_CODE.test(text) && DISCLOSURE.test(text)) topics.push('disclosure');
  return topics;
}
