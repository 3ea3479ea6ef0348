import { correctTypos } from './typos';
import { mayMatch } from './match';

/**
 * Turns a question as people type it in Slack or a terminal into one canonical lowercase string:
 * Slack markup removed, contractions and on-call abbreviations spelled out, common typos fixed.
 * The fact extractor then needs one spelling per idea instead of ten.
 */

/** Longer input is cut: an incident story fits easily, a pasted log dump does not need to. */
export const MAX_QUESTION_CHARS = 12_000;

type Rewrite = readonly [RegExp, string];

const SLACK_MARKUP: readonly Rewrite[] = [
  [/<!(?:channel|here|everyone)(?:\|[^>]{0,80})?>/g, ' '],
  [/<!subteam\^[^>]{0,120}>/g, ' '],
  [/<!date\^[^>]{0,200}>/g, ' '],
  [/<@[a-z0-9]{1,40}(?:\|[^>]{0,80})?>/gi, ' '],
  [/<#[a-z0-9]{1,40}\|([^>]{0,80})>/gi, ' $1 '],
  [/<#[a-z0-9]{1,40}>/gi, ' '],
  [/<((?:https?|mailto):[^|>\s]{1,500})\|([^>]{0,200})>/gi, ' $2 '],
  [/<((?:https?|mailto):[^>\s]{1,500})>/gi, ' $1 '],
  [/&lt;/g, '<'],
  [/&gt;/g, '>'],
  [/&quot;/g, '"'],
  [/&#39;/g, "'"],
  [/&amp;/g, '&'],
  // Emoji shortcodes such as :thinking_face: carry no facts.
  [/:[a-z0-9_+-]{2,40}:/g, ' '],
];

const CHARACTERS: readonly Rewrite[] = [
  // The seed's mis-encoded em dash, and its cousins, pasted from the same pages.
  [/โ€”|â€”|â€“/g, ' - '],
  [/â€™|â€˜/g, "'"],
  [/[\u2018\u2019\u02bc\u00b4`]/g, "'"],
  [/[\u201c\u201d]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, ' - '],
  [/[\u2192\u21d2]|=>|->/g, ' -> '],
  [/[\u200b-\u200d\u2060\ufeff]/g, ''],
  [/[*~]/g, ' '],
];

/** Contractions, with and without the apostrophe (people drop it in chat). */
const CONTRACTIONS: readonly Rewrite[] = [
  [/\bcan'?t\b/g, 'cannot'],
  [/\bwon'?t\b/g, 'will not'],
  [/\bshan'?t\b/g, 'shall not'],
  [/\bain'?t\b/g, 'is not'],
  [/\b(is|are|was|were|do|does|did|has|have|had|could|should|would|must|need)n'?t\b/g, '$1 not'],
  [/\b(is|are|was|were|does|did|has|have|had|could|should|would)nt\b/g, '$1 not'],
  [/\bdont\b/g, 'do not'],
  [/\bdoes'nt\b/g, 'does not'],
  [/\b(it|that|what|there|who|here)'s\b/g, '$1 is'],
  [/\b(it|that|what)s\b(?= (the|a|an|not|no|fine|ok|okay|right|wrong|correct|better|gone|deleted|removed|missing|there|private|public|secret|expired|invalid|4\d\d)\b)/g, '$1 is'],
  // "a token thats malformed", "a subnet thats blocked": the relative clause's state.
  [/\b(that)s\b(?= (?:malformed|revoked|truncated|broken|bad|stale|corrupt(?:ed)?|incomplete|cut|valid|allowed|blocked|still|already|been|being|just|only|on|in|from|owned|used|shared|listed|linked|visible|hidden|archived|permanent)\b)/g, '$1 is'],
  [/\b(we|they|you)'re\b/g, '$1 are'],
  // Without the apostrophe, only where the bare form is not itself a word ("were", "well", "its" stay).
  [/\b(she|he)s\b(?= (?:a|an|the|not|logged|signed|authenticated|still|only|just|an?|on|in|from|allowed|blocked|banned|no|also|already|definitely)\b)/g, '$1 is'],
  [/\byoure\b/g, 'you are'],
  [/\bim\b(?= (?:not|logged|signed|trying|getting|seeing|sure|on|the)\b)/g, 'i am'],
  [/\b(i|we|they|you)ve\b/g, '$1 have'],
  [/\b(must|need)nt\b/g, '$1 not'],
  [/\b(we|they|you|i)'ve\b/g, '$1 have'],
  [/\b(we|they|you|i|it)'ll\b/g, '$1 will'],
  [/\b(we|they|you|i|it)'d\b/g, '$1 would'],
  [/\bi'm\b/g, 'i am'],
];

/**
 * Misspelled short words, too short for the edit-distance fixer in typos.ts (it leaves words of four
 * letters or fewer alone so "wat" never turns into "what" by accident elsewhere): the chat spellings of
 * the question words and negations the extractor reads.
 */
const CHAT_SPELLINGS: readonly Rewrite[] = [
  // Not before an apostrophe: "didn't" is the contraction pass's ("did not't" otherwise).
  [/\b(?:dosnt|dosent|doesent|dsnt|doesnot)\b(?!')/g, 'does not'],
  [/\b(?:dnt|dont't|donot)\b(?!')/g, 'do not'],
  [/\b(?:didnt|didint|didn)\b(?!')/g, 'did not'],
  [/\b(?:wat|wut|wht|waht)\b/g, 'what'],
  [/\b(?:wich|whcih|whihc|wihch|whic)\b/g, 'which'],
  [/\b(?:ther|thre)\b(?= (?:is|are|was|were)\b)|\b(?:ther|thre)\b(?=[,.;!?]|$)/g, 'there'],
  [/\btheres\b/g, 'there is'],
  [/\btheyre\b/g, 'they are'],
  [/\bthier\b/g, 'their'],
  [/\b(?:whats|wats)\b/g, 'what is'],
  [/\b(?:admn|amdin|admim|adimn|addmin)\b/g, 'admin'],
  [/\b(?:stauts|statsu|staus|satus)\b(?= code|\?|$| for\b)/g, 'status'],
  [/\b(?:cde|cod)\b(?=\s*[?.!]*$)/g, 'code'],
  [/\b(?:shoud|shuold|shoudl)\b/g, 'should'],
  [/\b(?:logedin|loggdin|logdin)\b/g, 'logged in'],
  [/\b(?:loged|logd|loggd)\b/g, 'logged'],
  [/\b(?:usr|uesr|suer)\b/g, 'user'],
  [/\b(?:ur)\b/g, 'your'],
  [/\bgud\b/g, 'good'],
  [/\b(?:kild|kiled)\b/g, 'killed'],
  [/\br\b(?= (?:public|private|secret|confidential|sensitive|not|visible|known|fine|ok|valid|invalid|missing|gone|hidden|listed|printed|shown)\b)/g, 'are'],
  [/\bdiff\b(?= (?:tenant|tenants|org|orgs|user|users|account|accounts|team|teams|customer|customers|project|projects|workspace|workspaces|region|env|environment|code|codes|status|statuses|response|number)\b)/g, 'different'],
];

/** Every word CHAT_SPELLINGS rewrites: one cheap test spares most questions its ~17 passes. */
const CHAT_SPELLING_HINT =
  /\b(?:dosnt|dosent|doesent|dsnt|doesnot|dnt|dont't|donot|didnt|didint|didn|wat|wut|wht|waht|wich|whcih|whihc|wihch|whic|ther|thre|theres|theyre|thier|whats|wats|admn|amdin|admim|adimn|addmin|stauts|statsu|staus|satus|cde|cod|shoud|shuold|shoudl|logedin|loggdin|logdin|loged|logd|loggd|usr|uesr|suer|ur|gud|kild|kiled|r|diff)\b/;

/** Who is "connected" to a machine, not logged in: a socket, a service, a database (the non-native rewrites below). */
const MACHINE_SUBJECT = '(?:socket|websocket|service|services|database|db|server|servers|device|devices|printer|sensor|sensors|node|nodes|pod|pods|worker|workers|broker|queue|cluster|replica|proxy|backend|frontend|gateway|port|cable|router|it|they|that|this|which|microservice|container|app)';
/** People who are "connected" or "disconnected": logged in or out. */
const PERSON = '(user|users|he|she|they|customer|customers|visitor|visitors|member|members|employee|employees|student|students|person|people|i|we|you|nobody|someone|somebody|anyone)';
/** Not connected to a network, a database or a peer. */
const NOT_TO_A_MACHINE = '(?! (?:to|with|from) (?:the |a |an |our |their )?(?:database|db|network|internet|wi-?fi|vpn|socket|websocket|port|host|broker|queue|cluster|proxy|server|peer)s?\\b)';
/** A credential after "give" ("did not give any token"): sending it. */
const GIVEN_CREDENTIAL = '(?= (?:any |a |an |the |no |his |her |their |its |valid |correct )?(?:token|credentials?|api key|password|cookie|authorization header|auth header|jwt|bearer token|access token|session cookie)\\b)';

/** On-call shorthand. Order matters: `w/o` before `w/`, compounds before their parts. */
const ABBREVIATIONS: readonly Rewrite[] = [
  [/\bw\/o\b/g, ' without '],
  [/\bw\/(?=\s|[a-z])/g, ' with '],
  [/\bb\/c\b/g, ' because '],
  [/\b(bc|cuz|coz)\b(?= (the|a|an|it|we|they|he|she|user|token|of))/g, 'because'],
  [/\bauthz\b/g, 'authorization'],
  [/\bauthn\b/g, 'authentication'],
  [/\bun-?auth(?:ed|'d|d|enticated)?\b|\bno-?auth\b(?= (?:request|requests|call|calls|user|users|caller|callers|client|clients|traffic))/g, 'unauthenticated'],
  // Incident shorthand for the words the facts hang on: "exp tok", "PAT", "scp", "EOL'd", "decom'd".
  [/\bexp(?:'d|d)?\b(?= (?:token|tokens|tok|toks|tkn|jwt|jwts|session|sessions|sess|cookie|cookies|key|keys|api key|creds?|credentials?|cert|certs|pat|pats)\b)/g, 'expired'],
  [/\bpats?\b(?! (?:on the back|yourself)\b)/g, 'personal access token'],
  [/\bscp\b(?! (?:claim|command|to|from)\b)/g, 'scope'],
  [/\beol(?:'d|d|ed)\b/g, 'end-of-life'],
  [/\bdecomm?(?:'d|d|ed|ined)?\b/g, 'decommissioned'],
  [/\bnon-?auth(?:ed|'d|enticated)\b/g, 'unauthenticated'],
  [/\bnot auth(?:ed|'d|d)\b/g, 'not authenticated'],
  [/\bauth(?:ed|'d|d)\b/g, 'authenticated'],
  [/\bre-?auth(?:enticat(?:e|ing|ion))?\b/g, 'reauthenticate'],
  [/\bre-?log(?:ging)?[- ]?in\b|\brelogin\b/g, 'log in again'],
  [/\bperms?\b/g, 'permission'],
  [/\bpermissions?s\b/g, 'permissions'],
  [/\bprivs?\b/g, 'privileges'],
  [/\bcreds?\b/g, 'credentials'],
  [/\bhdrs?\b/g, 'header'],
  [/\bnot-found\b/g, 'not found'],
  [/\b(?:tkn|tok|tokn)s?\b/g, 'token'],
  [/\blogined\b/g, 'logged in'],
  // "user is log in", "he was login": the state, in a non-native spelling.
  [/\b(is|are|was|were|am) (?:log ?in|logon|sign ?in|signin)\b(?! (?:page|screen|form|button|flow|endpoint|url|link|service|provider|name|required|problem|issue)\b)/g, '$1 logged in'],
  // German asides in an English question: "kunde ist eingeloggt", "gehört einem anderen kunden", "wir dürfen nicht verraten, dass es existiert".
  [/\b(?:eingeloggt|angemeldet)\b/g, 'logged in'],
  [/\bgeh(?:ö|oe)rt (?:einem anderen|einer anderen|jemand anderem) (?:kunden|nutzer|benutzer|mandanten|user|firma)\b/g, 'belongs to another customer'],
  [/\b(?:d(?:ü|ue)rfen|darf|sollen|soll|m(?:ü|ue)ssen) (?:nicht|niemals) verraten,? dass (?:es|er|sie) existier(?:t|en)\b/g, 'must not reveal that it exists'],
  // French "authentifié": authenticated.
  [/\bauthentifi(?:ed|cated)\b/g, 'authenticated'],
  [/\bauthentif(?:y|icate)\b/g, 'authenticate'],
  // Non-native passives without the participle: "token is expire", "page was delete".
  // (Not "the call is DELETE /invoices/3": a method before a path.)
  [/\b(is|was|are|were|been|be|got|get|gets|have|has|had) (expire|delete|remove|revoke|disable|deactivate|archive|restore|retire|suspend|finish)\b(?! \/)/g, '$1 $2d'],
  // The same with a word between or a verb of who-is-calling: "is not authenticate", "was already remove", "is identify".
  [/\b(is|was|are|were|been|be|got|has|have|had)((?: not| never| already| just| now| still| well| correctly| successfully| properly)?) (expire|delete|remove|revoke|disable|deactivate|archive|retire|authenticate|authorize|authorise|validate|erase|purge|eliminate|terminate|allow)\b(?! \/)/g, '$1$2 $3d'],
  [/\b(is|was|are|were|been|be|got|has|have|had)((?: not| never| already| just| now| still| well| correctly| successfully| properly)?) (connect|disconnect|destroy|suppress)\b/g, '$1$2 $3ed'],
  [/\b(is|was|are|were|been|be|got|has|have|had)((?: not| never| already| just| now| still)?) permit\b/g, '$1$2 permitted'],
  [/\b(is|was|are|were|been|be|got|has|have|had)((?: not| never| already| just| now| still| well| correctly| successfully| properly)?) (identif|verif)y\b/g, '$1$2 $3ied'],
  [/\b(is|was|are|were|been|be|got|has|have|had)((?: not| never| already| just| now)?) stop\b/g, '$1$2 stopped'],
  [/\b(is|was|are|were|been|be|got|has|have|had)((?: not| never| already| just| now)?) forbid\b/g, '$1$2 forbidden'],
  // "token is expirated", "the session is caducated": expired, word for word (expirado, caducado, expiré).
  [/\bexpirat(?:ed|e)\b|\bcaduc(?:ated|ed)\b/g, 'expired'],
  // "french déconnecté": disconnected.
  [/\bdeconnect(ed)?\b/g, 'disconnect$1'],
  // "user not connected", "the driver is connected in the app": logged in, in the word several languages use for it (not a
  // socket, a service or a database).
  [new RegExp(`(?<!\\b${MACHINE_SUBJECT} )\\b(is|are|was|were|am|got)((?: not| never| already| still| just)?) connected\\b${NOT_TO_A_MACHINE}`, 'g'), '$1$2 logged in'],
  [new RegExp(`\\b${PERSON}((?: not| never| already| still)?) connected\\b${NOT_TO_A_MACHINE}`, 'g'), '$1$2 logged in'],
  [new RegExp(`(?<!\\b${MACHINE_SUBJECT} )\\b(is|are|was|were|am|got)((?: already| just)?) disconnected\\b${NOT_TO_A_MACHINE}`, 'g'), '$1$2 logged out'],
  [new RegExp(`\\b${PERSON}((?: already| just)?) disconnected\\b${NOT_TO_A_MACHINE}`, 'g'), '$1$2 logged out'],
  // "did not give any token", "gives no api key": sending a credential, in the verb several languages use.
  [new RegExp(`\\bgive\\b${GIVEN_CREDENTIAL}`, 'g'), 'send'],
  [new RegExp(`\\bgives\\b${GIVEN_CREDENTIAL}`, 'g'), 'sends'],
  [new RegExp(`\\b(?:gave|given)\\b${GIVEN_CREDENTIAL}`, 'g'), 'sent'],
  // "the signature of the jwt is not good": invalid, said of a credential.
  [/(?<=\b(?:token|jwt|signature|password|credentials?|key|cookie|session|certificate|cert)\b[^.;,?]{0,30})\b(is|are|was|were) not (?:good|ok|okay)\b/g, '$1 invalid'],
  // "without nothing in the authorization header", "with nothing in it": the doubled negation, and an empty header.
  [/\b(?:without|with) (?:nothing|anything|no value|no token|no credentials?) (?:in|inside|on) (?:the |its |his |their )?(authorization header|auth header|header authorization|authorization)\b/g, 'without an authorization header'],
  // "somebody without account", "a visitor with no account": nobody logged in (not an account in some workspace).
  [/\b(somebody|someone|a person|person|people|visitors?|users?|guests?|callers?|clients?|customers?) (?:without|with no) (?:an |any )?account\b(?! (?:in|on|for|at|id|number|role|permission|permissions|access|admin)\b)/g, 'anonymous $1'],
  // "we take out the old docs", "took it out": removed (not "out of the catalog", read elsewhere).
  [/\b(take|takes|took|taken|taking) out\b(?= (?:the|our|this|that|these|those|its|their|all)\b)/g, '$1 down'],
  [/\b(take|takes|took|taken|taking) (it|them) out\b(?! of\b)/g, '$1 $2 down'],
  // "login successful", "logged in with success": the login worked.
  [/\b(?:login|log in|logged in|sign in|signin|signed in)(?: (?:is|was|with))? (?:successful|success|successfully|correctly)\b/g, 'logged in successfully'],
  // "the credentials are not correct", "password false": wrong credentials.
  [/\b(is|are|was|were) not correct\b/g, '$1 incorrect'],
  [/\b(password|passwords|credentials?|username|user name|pin|passcode|otp|api key)(?: is| are| was| were)? false\b/g, '$1 is wrong'],
  [/\b(is|was|are|were|been|be|got|get|gets|have|has|had) (cancel|kill|reject)\b/g, '$1 $2ed'],
  [/\b(is|was|are|were|been|be|got|get|gets|have|has|had) (end|finish)\b(?! (?:of|up|user|point|to)\b)/g, '$1 $2ed'],
  [/\b(is|was|are|were|been|be|got|get|gets|have|has|had) (invalidate|rotate)\b/g, '$1 $2d'],
  [/\b(is|was|are|were|been|be|got|get|gets|have|has|had) finishd\b/g, '$1 finished'],
  // "user make login", "is not make login": the non-native way of saying logged in.
  [/\b(?:make|makes|made|do|does|did|have|has|had) (?:the |a )?(?:login|log in|sign in|signin)\b/g, 'logged in'],
  [/\b(is|was|are|were|been|be|got|get|gets) (block|lock)\b/g, '$1 $2ed'],
  [/\b(is|was|are|were|been|be|got|get|gets) ban\b/g, '$1 banned'],
  [/\bheader (?:authorization|auth)\b/g, 'authorization header'],
  [/\bx-api[- ]?keys?\b/g, 'api key'],
  [/\bclient_id\b/g, 'client id'],
  // A pasted credential value ("cookie: session=deadbeef") reads as the credential itself.
  [/\b(session|token|cookie|jwt|sid|api key|access token)\s*=\s*[\w.-]+/g, '$1'],
  [/\bapi[- ]?keys?\b/g, 'api key'],
  [/\bapi[- ]?tokens?\b/g, 'api token'],
  [/\baccess[- ]?tokens?\b/g, 'access token'],
  [/\bbearer[- ]?tokens?\b/g, 'bearer token'],
  [/\brefresh[- ]?tokens?\b/g, 'refresh token'],
  [/\bjwts\b/g, 'jwt'],
  [/\b(?:pw|pwd|passwd|pword)\b/g, 'password'],
  [/\bacct\b/g, 'account'],
  [/\busr\b/g, 'user'],
  [/\busrs\b/g, 'users'],
  [/\bppl\b/g, 'people'],
  [/\bsvc\b/g, 'service'],
  // Pasted claims and config: "role=viewer", "role: support" read as "role is viewer".
  [/\b(role|roles|group|plan|tier|scope|scopes)\s?[=:]\s?"?([a-z][a-z_-]{0,29}[a-z_])\b"?(?![:.][a-z])/g, '$1 is $2'],
  // "export needs role=admin": the role an action needs, in the words the role readers know.
  [/\b(needs?|requires?|required|requiring|only for|restricted to|reserved for|limited to) (?:the )?(role|group) is ([a-z][a-z_-]{0,29})\b/g, '$1 the $3 $2'],
  [/\b(?:sess|sesh|sessn|sesion|sessoin)\b/g, 'session'],
  [/\b(?:sessions|seshs|sesss)\b/g, 'sessions'],
  // Possessives typed without the apostrophe: "someone elses profile", "another users order".
  [/\b(someone|somebody|anyone) elses\b/g, "$1 else's"],
  [/\b(another|other) (user|customer|member|person|tenant|org|team|account|company|patient|student|employee|colleague|coworker)s(?= (?!(?:and|or|are|were|is|can|cannot|should|must|who|that|which|have|had|do|did)\b)[a-z])/g, "$1 $2's"],
  // Non-native "what is mean X", "what means X": asking what X is.
  [/\bwhat (?:is |are )?(?:mean|means|meaning)\b(?! (?:by|that|to|of)\b)/g, 'what is'],
  // "quick def of 401 pls": a definition asked (not "def" as a keyword or a route).
  [/\bdefn?s?\b(?= (?:of|for) (?:a |an |the )?(?:http )?(?:4\d\d|5\d\d|status|code|unauthori[sz]ed|forbidden|not found|gone)\b)/g, 'definition'],
  [/\bplyrs?\b/g, 'player'],
  [/\bresp\b/g, 'response'],
  [/\breqs?\b/g, 'request'],
  [/\bdb\b/g, 'database'],
  [/\bmsg\b/g, 'message'],
  [/\b(?:shd|shld|shud|shoud|sould)\b/g, 'should'],
  [/\babt\b/g, 'about'],
  [/\bthru\b/g, 'through'],
  [/\batm\b/g, 'at the moment'],
  [/\bbc\b(?= (?:not|no|of|they|he|she|the|it|its|their))/g, 'because'],
  [/\bauthd\b/g, 'authenticated'],
  [/\b(?:u)\b(?= (get|see|return|send|use|do|need|should|would|have|know|want))/g, 'you'],
  [/\b(?:wanna)\b/g, 'want to'],
  [/\b(?:gonna)\b/g, 'going to'],
  // Doubt in chat spelling is a hedge the permanence reader needs ("idk if thats final").
  [/\b(?:idk|dunno|dno|not sure tbh|no clue|unsure tbh)\b/g, 'not sure'],
  [/\bprob(?:ly|bly)?\b(?= (?:not|permanent|temporary|for good|gone|back|coming|restored)\b)/g, 'probably'],
  [/\b(?:pls|plz|thx|thanks|ty|tbh|imo|imho|fwiw|iirc|afaik|rn|lol|hey|hi|hello|folks|y'all|yall|quick q|quick question)\b/g, ' '],
  [/\bversus\b|\bv\.s\.|\bvs\.|\bv\.(?= ?\d)/g, 'vs'],
  [/\bdiff\b(?! tool)/g, 'difference'],
  // "zero plans to restore it", "0 intention of bringing it back", "exactly zero chance it returns": none, in the counting word
  // chat uses for it (not "zero-day", "zero trust", "zero downtime": names of things).
  [/\b(?:zero|0)(?= (?:plans?|intentions?|intent|chance|chances|interest|desire|appetite|way|ways)\b)/g, 'no'],
  // "removed by intention": on purpose.
  [/\bby (?:intention|intent)\b/g, 'intentionally'],
  // "we suppressed the page definitively", "eliminated for always": deleted, in the verb French, Spanish or Italian use
  // (supprimer, eliminar), where the removal's permanence or intent is said next to it.
  [/\b(?:suppressed|eliminated)\b(?=[^.;?]{0,40}\b(?:permanent\w*|definitiv\w*|for good|forever|for ever|for always|on purpose|intentional\w*|deliberate\w*|never)\b)|(?<=\b(?:permanently|definitively|intentionally|deliberately|definitely) )(?:suppressed|eliminated)\b/g, 'deleted'],
  // "is not more available", "token not more valid": no longer, word for word ("ne plus", "nicht mehr", "no más").
  [/\b(?:not|no) (?:any ?)?more\b(?= (?:available|valid|active|exists?|existing|there|online|accessible|reachable|supported|working|allowed|in use|possible|present|live|published|visible|usable|accepted|needed|used)\b)/g, 'no longer'],
  [/\b(is|are|was|were|be) not more\b(?! than\b)/g, '$1 no longer'],
  [/\b(?:never more|nevermore|never anymore|never any more)\b/g, 'never again'],
  [/\bfor ever\b/g, 'forever'],
  // "not more available never", "it will not exist never": the doubled negation of many languages, meaning never again.
  [/(?<=\b(?:not|no longer|anymore)\b[^.;,?!]{0,40}) never(?=\s*(?:[.;,?!]|$))/g, ' never again'],
  // "it exist before but not anymore": the thing no longer exists.
  [/(\bexist(?:ed|s)?\b[^.;?]{0,30}\b(?:but|and)) not (?:anymore|any more)\b/g, '$1 it no longer exists'],
  // "we must not let them know the lobby is existing": the non-native progressive of exist.
  [/\bis existing\b/g, 'exists'],
  [/\bare existing\b/g, 'exist'],
  [/\b(?:non|not)[- ]?exist(?:ent|ing|ant)\b|\binexist(?:ent|ing)\b/g, 'nonexistent'],
  [/\bnon[- ](admins?|owners?|members?|editors?|maintainers?)\b/g, 'not $1'],
  [/\bnonadmins?\b/g, 'not admin'],
  [/\blogged[- ]?in\b|\bloggedin\b|\bloged[- ]?in\b/g, 'logged in'],
  // "logged into the portal", "signs into the app": the state, with the preposition run into it.
  [/\b(logged|signed|logging|signing|logs|signs|log|sign) ?into\b/g, '$1 in to'],
  [/\bsigned[- ]?in\b/g, 'signed in'],
  [/\blogged[- ]?out\b|\bloged[- ]?out\b/g, 'logged out'],
  // "after logout", "was logout automatically": the noun and the non-native verb mean the session ended.
  [/\b(after|post|on|since|was|were|got|is|been) log-?out\b/g, '$1 logged out'],
  [/\bkicked out\b|\bthrown out\b/g, 'logged out'],
  // "hit logout", "clicked sign out", "pressed the log out button".
  [/\b(?:hit|hits|clicked|clicks|pressed|presses|tapped|taps|used|uses) (?:the )?(?:log-?out|log off|sign-?out|sign off)(?: button| link)?\b/g, 'logged out'],
  [/\blog-in\b/g, 'log in'],
  [/\bsign-in\b/g, 'sign in'],
  [/\bwhite[- ]?list(s|ed|ing)?\b/g, 'allowlist$1'],
  [/\ballow[- ]list(s|ed|ing)?\b/g, 'allowlist$1'],
  [/\ballowed[- ]list\b/g, 'allowlist'],
  [/\bblack[- ]?list(s|ed|ing)?\b/g, 'denylist$1'],
  [/\bblock[- ]?list(s|ed|ing)?\b/g, 'denylist$1'],
  [/\bdeny[- ]list(s|ed|ing)?\b/g, 'denylist$1'],
  [/\bread[- ]?only\b/g, 'read-only'],
  [/\bmax[- ]age\b/g, 'max-age'],
  [/\bcache[- ]control\b/g, 'cache-control'],
  [/\bno[- ]store\b/g, 'no-store'],
  [/\bno[- ]cache\b/g, 'no-cache'],
  [/\bwww[- ]?authenticate\b/g, 'www-authenticate'],
  [/\bsoft[- ]?404s?\b/g, 'soft 404'],
  [/\binsufficient[ -]scope\b/g, 'insufficient_scope'],
  [/\binvalid[ -]token\b(?= error| response| code)/g, 'invalid_token'],
  [/\bre-?try(ing|ies|ied)?\b/g, 'retry$1'],
  [/\bre-?tries\b/g, 'retries'],
  [/\b(?:seach|serach) engines?\b/g, 'search engine'],
  [/\bgoogle ?bot\b/g, 'googlebot'],
  [/\bsub-?scription\b/g, 'subscription'],
  [/\b(?:cross|x)[- ](tenant|org|account|customer)\b/g, 'cross-$1'],
  [/\bmulti[- ]tenan(t|cy)\b/g, 'multitenan$1'],
];

/**
 * A relative clause that denies knowing or trusting a thing describes the thing: "an issuer we do not
 * trust" is an untrusted issuer, "a username we have never heard of" an unknown one. Rewritten once
 * here, so every reader of "untrusted"/"unknown" understands both spellings.
 */
const DENYING_CLAUSES: readonly Rewrite[] = [
  // "the issuer isn't one we trust", "the signing cert is not trusted".
  [
    /\b(issuer|idp|identity provider|signer|signing key|certificate|cert|ca|authority)s? (?:is|are) not (?:one|ones|an? [a-z]+) (?:that |which )?(?:we|they|the server|the api|our [a-z]+) (?:trust|trusts|accept|accepts|know|recogni[sz]e)\b|\b(issuer|idp|identity provider|signer|signing key|certificate|cert|ca|authority)s? (?:is|are) not (?:trusted|recogni[sz]ed|accepted)\b/g,
    'untrusted $1$2',
  ],
  [
    /\b(issuer|idp|identity provider|signer|signing key|key|certificate|cert|ca|authority|tenant|client)s? (?:that |which )?(?:we|they|the server|the api|our [a-z]+|nobody|no one) (?:do not|does not|did not|never|cannot|can not|no longer) (?:trust|trusts|trusted|accept|accepts)\b/g,
    'untrusted $1',
  ],
  [
    /\b(username|user name|login|user id|client id|api key|key|token|jwt|session|session id|cookie|account|issuer|idp|identity provider|signer|signing key|authority)s? (?:that |which )?(?:we|they|the server|the api|our [a-z]+|nobody|no one) (?:have never|has never|had never|never|do not|does not|did not|cannot|can not) (?:heard of|seen|know|knew|recogni[sz]e|issued|issue|created|find|found|match)\b/g,
    'unknown $1',
  ],
];
const DENYING_HINT = /\b(?:do not|does not|did not|never|cannot|can not|no longer) (?:trust|accept|heard|seen|know|knew|recogni|issue|creat|find|found|match)|\b(?:is|are) not (?:one|an? [a-z]+|trusted|recogni|accepted)/;

const STATUS_SPELLINGS: readonly Rewrite[] = [
  // "4o4", "4O3": letter o typed for zero.
  [/\b4o(\d)\b/g, '40$1'],
  // "404s", "403's" → the code itself.
  [/\b([1-5]\d\d)(?:'s|s)\b/g, '$1'],
  [/\bhttp ?([1-5]\d\d)\b/g, '$1'],
  [/\b(?:error|status|code|err) ?([1-5]\d\d)\b/g, '$1'],
];

/**
 * Fields of the access logs the product reads (CONTRACT.md: ECS names), pasted as JSON or key=value:
 * `"labels.auth":"none"`, `labels.auth=session`, `"user.roles":["viewer"]`. Each is rewritten into the
 * words the fact extractor reads, so a pasted log line states its facts like a sentence would.
 */
const FIELD = (name: string): string => `"?${name.replace(/\./g, '\\.')}"?\\s*[:=]\\s*`;
const LOG_FIELDS: readonly Rewrite[] = [
  [new RegExp(`${FIELD('labels.auth')}"?(?:none|null|anonymous|-)"?`, 'g'), ' (no credentials at all) '],
  [new RegExp(`${FIELD('labels.auth')}"?(bearer|session|api_key|api key|basic|cookie)"?`, 'g'), ' (authenticated with $1) '],
  [new RegExp(`${FIELD('user.roles')}\\[?"?([a-z][a-z0-9_-]*)"?\\]?`, 'g'), ' (role is $1) '],
  [new RegExp(`${FIELD('labels.token_scopes')}\\[?"?([a-z][a-z0-9_:.-]*)"?\\]?`, 'g'), ' (token scopes only $1) '],
  [new RegExp(`${FIELD('http.response.status_code')}"?([1-5]\\d\\d)"?`, 'g'), ' (returns $1) '],
  [new RegExp(`${FIELD('event.reason')}"([^"]{1,80})"`, 'g'), ' (reason: $1) '],
  [new RegExp(`${FIELD('user.id')}"?[a-z0-9_.@-]+"?`, 'g'), ' (known user) '],
];
/** The fields of a log line that hold why a request failed. */
const LOG_REASON_KEY = '(?:reason|error|err|cause|code|error_code|errorcode|error_type|status_reason|msg|message|detail|failure|failure_reason|auth_result|outcome|denial_reason)';
/**
 * "error: MissingAuthenticationToken", "reason=ExpiredToken", "SignatureDoesNotMatch": an error name in camel case that names a
 * credential, in its words (before the text is lowercased, which would join them for good).
 */
const CAMEL_CREDENTIAL_ERROR = /\b[A-Z]?[a-z]+(?:[A-Z][a-z0-9]+)+\b/g;
const CAMEL_CREDENTIAL_WORD = /Token|Credential|Auth|Session|Cookie|Key|Login|Jwt|JWT|Signature|Password/;
/**
 * A log's reason code written as one identifier ("reason=no_credentials_supplied", "err: token_expired", a bare
 * "auth_header_missing"): its words, so the readers see what it says. Values of a reason field always; a bare identifier
 * only where it names a credential and a failure. The RFC 6750 error names stay as they are.
 */
const REASON_VALUE = new RegExp(`(?<=\\b${LOG_REASON_KEY}\\s*[=:]\\s*["']?)(?!(?:invalid_token|insufficient_scope|invalid_request)\\b)[a-z][a-z0-9]*(?:_[a-z0-9]+)+\\b`, 'g');
const CREDENTIAL_FAILURE_CODE =
  /(?<![a-z0-9_.])(?!(?:invalid_token|insufficient_scope|invalid_request)\b)(?=[a-z0-9_]*(?:cred|token|auth|session|cookie|login|jwt|signature|api_?key))(?=[a-z0-9_]*(?:missing|absent|no|none|empty|expired|invalid|malformed|unknown|revoked|bad|not|required)(?:_|\b))[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b(?!\s*[=:(])/g;
function spellLogCodes(text: string): string {
  const words = (code: string): string => code.replace(/_/g, ' ');
  return text.replace(REASON_VALUE, words).replace(CREDENTIAL_FAILURE_CODE, words);
}
function spellCamelErrors(text: string): string {
  return text.replace(CAMEL_CREDENTIAL_ERROR, (name) => (CAMEL_CREDENTIAL_WORD.test(name) ? name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, ' ') : name));
}
const LOG_FIELD_HINT = /\b(?:labels|user|http|event)\.[a-z_.]+"?\s*[:=]/;
/**
 * Rarer shorthand, each pass behind a cheap hint so most questions skip it: chat Q&A with oneself
 * ("logged in? no. token? none."), an expiry written after the credential ("tok exp"), and the
 * non-native past of logging out ("after he logout").
 */
const RARE_SHORTHAND: ReadonlyArray<readonly [hint: RegExp, rewrites: readonly Rewrite[]]> = [
  [/\?\s*(?:no|nope|nah|none|nothing|missing)\b/, [
    [/(?<!\bnot |\bnever )\b(logged in|signed in|authenticated|authed|logged-in|signed-in)\s*\?\s*(?:no|nope|nah)\b/g, 'not $1'],
    [/(?<!\bnot |\bno )\b(token|tokens|credentials|creds|cookie|session|api key|key|auth header|authorization header|jwt)\s*\?\s*(?:no|nope|none|nah|nothing|missing)\b/g, 'no $1'],
  ]],
  // "the access token lapsed", "a lapsed session": a credential's lifetime run out is its expiry.
  [/\blapsed?\b/, [
    [/\b(token|tokens|jwt|jwts|session|sessions|cookie|cookies|key|keys|cert|certs|certificate|certificates|credentials?|assertion|assertions|password|passwords)( (?:has|have|had) | )lapsed\b/g, '$1$2expired'],
    [/\blapsed (token|tokens|jwt|jwts|session|sessions|cookie|cookies|key|keys|cert|certs|certificate|certificates|credentials?|assertion|assertions|password|passwords|access token|api key|bearer token)\b/g, 'expired $1'],
  ]],
  [/ exp\b|exp'd\b|expd\b/, [
    [/\b(token|tokens|tok|tkn|jwt|session|cookie|key|cert|creds?) exp(?:'d|d)?\b(?! (?:claim|time|date|field|value|timestamp)\b)/g, '$1 expired'],
  ]],
  // "bad sig on the token", "jwt sig doesnt verify": the signature, where a token or a check is near.
  [/\bsigs?\b/, [
    [/\b(jwt|token|bad|invalid|wrong|broken|forged|hmac|rsa|its|their|the) sigs?\b/g, '$1 signature'],
    [/\bsigs?\b(?= (?:on|of|check|verification|validation|fails?|failed|does|did|is|was|invalid|mismatch)\b)/g, 'signature'],
  ]],
  // HMAC and signing secrets in the credential words the extractor reads: "the hmac header is missing",
  // "a webhook secret we revoked".
  [/\bhmac|\bsecret\b/, [
    [/\bhmac(?:[- ]sha\d*)?(?: signature)?\b/g, 'signature'],
    [/\b(signing|shared|webhook|hmac|api|app) secret\b/g, '$1 key'],
  ]],
  // "req.cookies.sid", "the sid cookie": a session id.
  [/\bsids?\b/, [[/(?<=\b(?:cookies?|sessions?)\W{0,3})sids?\b|\bsids?\b(?= (?:cookie|missing|unknown|invalid|expired|header|is|was|not)\b)/g, 'session id']]],
  [/log-?out|logs out|sign-?out|signs out/, [
    [/\b(he|she|they|user|users|i|we|you|customer|customers|the user|the customer|member) (?:logout|log-out|log out|logs out|logouts|signout|sign-out|sign out|signs out)\b/g, '$1 logged out'],
  ]],
];

/** Every SLACK_MARKUP pattern needs one of these characters; every CHARACTERS pattern one of these. */
/** "we not want that he know", "he not have the role": the negation without do-support. */
const BARE_NEGATION: readonly Rewrite[] = [
  [/\b(role|roles|group|groups|plan|policy|permission|permissions|scope|scopes|token|key|rule|config|setting|settings) not (allow|allows|permit|permits|include|includes|grant|grants|cover|covers)\b/g, '$1 does not $2'],
  [/\b(we|i|they|you) not (want|need|have|know|like|allow|let|see|care)\b/g, '$1 do not $2'],
  [/\b(he|she|it|the user|user|the caller|caller|the client|client) not (want|need|have|know|like|allow|let|see|care)\b/g, '$1 does not $2'],
  // "an api key that not exist", "a role which not match": the relative clause, negated without do-support.
  [/\b(that|which|who) not (exist|work|match|belong|expire|count)(?:e?s)?\b/g, '$1 does not $2'],
  // "he has not the rights", "the request has not any credentials": "have not" before what is (not) had.
  [/\bhas not (?=(?:the|any|a|an|enough|permission|permissions|rights?|access|privileges?|roles?|scopes?|credentials?|tokens?|authori[sz]ation)\b)/g, 'does not have '],
  [/\bhave not (?=(?:the|any|a|an|enough|permission|permissions|rights?|access|privileges?|roles?|scopes?|credentials?|tokens?|authori[sz]ation)\b)/g, 'do not have '],
  [/\bhad not (?=(?:the|any|a|an|enough|permission|permissions|rights?|access|privileges?|roles?|scopes?|credentials?|tokens?|authori[sz]ation)\b)/g, 'did not have '],
  [/\b(has|have|had) no (?:the|a|an) /g, '$1 no '],
];
const BARE_NEGATION_HINT = / not (?:want|need|have|know|like|allows?|let|see|care|permits?|includes?|grants?|covers?|exists?|works?|match(?:es)?|belongs?|expires?|apply|applies|counts?)\b|\b(?:has|have|had) no(?:t)? /;
const MARKUP_HINT = /[<&:]/;
const CHARACTER_HINT = /[^\t\n\r -~]|[*~`]|=>|->/;
/** Every CONTRACTIONS pattern needs an apostrophe, a word ending in "nt", or one of these bare forms. */
const CONTRACTION_HINT = /'|nt\b|\b(?:its|thats|whats|shes|hes|youre|im|ive|weve|theyve|youve)\b/;

/**
 * The abbreviation rewrites in groups, each behind one regex that matches wherever any of its members
 * does (their sources joined). When the group's regex finds nothing, none of its rewrites can change
 * the text, nor can an earlier one create a match for a later one, so skipping the group is exact:
 * a question scans the text ~12 times here instead of ~100.
 *
 * The joined regexes cost more than they save on a process's first question (the CLI asks one): they
 * are built and used from the second question on.
 */
type RewriteGroup = readonly [hint: RegExp, rewrites: readonly Rewrite[]];

function grouped(rewrites: readonly Rewrite[], size: number): RewriteGroup[] {
  const groups: RewriteGroup[] = [];
  for (let start = 0; start < rewrites.length; start += size) {
    const members = rewrites.slice(start, start + size);
    groups.push([new RegExp(members.map(([pattern]) => `(?:${withoutLeadingLookbehind(pattern.source)})`).join('|')), members]);
  }
  return groups;
}

/**
 * A pattern's source without the lookbehind it starts with (after an optional `\b`): it matches wherever the
 * pattern does, and more, so a group's regex built from these still finds every match of its members, but no
 * longer tries a lookbehind of many alternatives at every character ("(?<!\b(?:socket|service|…) )connected").
 */
export function withoutLeadingLookbehind(source: string): string {
  const boundary = source.startsWith('\\b') ? '\\b' : '';
  const rest = source.slice(boundary.length);
  if (!rest.startsWith('(?<!') && !rest.startsWith('(?<=')) return source;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return boundary + rest.slice(i + 1);
  }
  return source;
}

let abbreviationGroups: RewriteGroup[] | null = null;
let abbreviationsApplied = 0;

function applyAbbreviations(text: string): string {
  abbreviationsApplied += 1;
  if (abbreviationsApplied === 1) return applyAll(text, ABBREVIATIONS);
  abbreviationGroups ??= grouped(ABBREVIATIONS, 9);
  let out = text;
  for (const [hint, rewrites] of abbreviationGroups) if (hint.test(out)) out = applyAll(out, rewrites);
  return out;
}

function applyAll(text: string, rewrites: readonly Rewrite[]): string {
  let out = text;
  // A rewrite whose pattern cannot match (a literal it needs is absent, match.ts) would return the text unchanged.
  for (const [pattern, replacement] of rewrites) if (mayMatch(pattern, out)) out = out.replace(pattern, replacement);
  return out;
}

/** Safe on anything: non-strings, huge strings and odd unicode become a plain (possibly empty) string. */
export function normalizeQuestion(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  let text = raw.length > MAX_QUESTION_CHARS ? raw.slice(0, MAX_QUESTION_CHARS) : raw;
  try {
    text = text.normalize('NFKC');
  } catch {
    // Lone surrogates make normalize throw on some runtimes; the raw text is still usable.
  }
  // Most questions carry no markup and only ASCII: the two passes are skipped for them (same output).
  if (MARKUP_HINT.test(text)) text = applyAll(text, SLACK_MARKUP);
  if (/[a-z][A-Z]/.test(text)) text = spellCamelErrors(text);
  text = text.toLowerCase();
  if (CHARACTER_HINT.test(text)) text = applyAll(text, CHARACTERS);
  if (LOG_FIELD_HINT.test(text)) text = applyAll(text, LOG_FIELDS);
  if (/[a-z0-9]_[a-z]/.test(text)) text = spellLogCodes(text);
  if (CHAT_SPELLING_HINT.test(text)) text = applyAll(text, CHAT_SPELLINGS);
  if (CONTRACTION_HINT.test(text)) text = applyAll(text, CONTRACTIONS);
  const contracted = text;
  if (BARE_NEGATION_HINT.test(text)) text = applyAll(text, BARE_NEGATION);
  for (const [hint, rewrites] of RARE_SHORTHAND) if (hint.test(text)) text = applyAll(text, rewrites);
  text = applyAbbreviations(text);
  text = correctTypos(text);
  // Abbreviations and typo fixes can produce forms the contraction pass would have rewritten
  // ("permision" → "permission"); when neither changed anything, that pass has nothing new to do.
  if (text !== contracted && CONTRACTION_HINT.test(text)) text = applyAll(text, CONTRACTIONS);
  if (DENYING_HINT.test(text)) text = applyAll(text, DENYING_CLAUSES);
  text = applyAll(text, STATUS_SPELLINGS);
  // 'support' and "finance" quoted as names read like the bare words.
  text = text.replace(/(^|[\s(])['"]([a-z][a-z0-9 _:-]{0,30})['"](?=[\s,.;:!?)]|$)/g, '$1$2');
  return text.replace(/\s+/g, ' ').trim();
}
