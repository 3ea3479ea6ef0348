import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 400, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge questions from people new to HTTP (support agents, product managers, junior developers, non-native speakers), plainly worded, topics spread wide. */

const R401H = 'RFC 9110 §15.5.2: a server generating a 401 MUST send a WWW-Authenticate header field containing at least one challenge applicable to the target resource.';
const R404HIDE = 'RFC 9110 §15.5.4: an origin server that wishes to "hide" the current existence of a forbidden target resource MAY instead respond with 404 (Not Found); §15.5.5: 404 also covers "not willing to disclose that one exists".';
const R404PERM = 'RFC 9110 §15.5.5: a 404 status code does not indicate whether the lack of representation is temporary or permanent; 410 is preferred when the server knows the condition is likely permanent.';
const RHEUR = 'RFC 9110 §15.1 and §15.5.5/§15.5.11: 404 and 410 are heuristically cacheable by default, so a cache may store them without explicit freshness information.';
const R403BODY = 'RFC 9110 §15.5.4: a server that wishes to make public why the request has been forbidden can describe that reason in the response content (if any); it is the server\'s choice.';

const QUESTIONS: readonly Draft[] = [
  // ---- the WWW-Authenticate header on a 401 ----
  k('support', 'customer says our api gives them 401 and they dont know how they are supposed to log in. is there a header in the 401 response that tells their client what kind of auth to use', /www-authenticate/i, R401H),
  k('api', 'what exactly goes inside the WWW-Authenticate header on a 401? just the word Bearer or more than that', /challenge|realm|param|attribute|scope=|error=/i, 'RFC 9110 §11.6.1 and §15.5.2: WWW-Authenticate carries one or more challenges, each an auth scheme plus parameters such as realm (RFC 6750 §3 adds realm, scope, error, error_description, error_uri for Bearer).'),

  // ---- what a 401 means when credentials were sent, and retrying after it ----
  k('sre', 'upstream svc returns 401 even tho the client def sent a bearer token. does 401 mean no creds were sent or that the ones sent got rejected', /refus|reject|invalid|not (been )?accepted|(was|were) (not valid|denied|declined)|didn'?t (accept|pass)|fail/i, 'RFC 9110 §15.5.2: if the request included authentication credentials, the 401 indicates that authorization has been refused for those credentials.'),
  k('api', 'after getting a 401 is the client allowed to just send the request again? what has to change first', /(new|replaced|replacement|different|fresh|valid|correct|updated|refreshed)\s+(\w+\s+){0,2}(credentials?|token|authorization|auth)\b|authorization header|re-?authenticat/i, 'RFC 9110 §15.5.2: the user agent MAY repeat the request with a new or replaced Authorization header field.'),

  // ---- retrying / re-authenticating after a 403 ----
  k('sre', 'client has a retry loop on 403 w the same token, hammering us rn. is there any point retrying a 403 w/o changing anything', /(shouldn'?t|should not|not|won'?t|never|no point|pointless|stop)\b[^.]{0,60}(retry|retrying|repeat|help|succeed|work|change)|(retry|retrying|repeat\w*)[^.]{0,40}(won'?t|will not|doesn'?t|does not|pointless|futile|not help)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials.'),
  k('support', 'user says he logged out and back in like 5 times and still gets 403 on the billing page. will logging in again ever fix a 403? what should i tell him', /(won'?t|will not|doesn'?t|does not|not going to|unlikely to|no,)[^.]{0,60}(help|fix|change|work|resolve)|(different|another|new) (account|credentials|user)|(grant|granted|change|changed|update|updated|add|added)\w* (his |their |the )?(permission|role|access)/i, 'RFC 9110 §15.5.4: the server understood the request and refuses it; the credentials it has are insufficient, so re-authenticating as the same user does not help — permissions must change or different credentials be used.'),

  // ---- what a 403 says about supplied credentials ----
  k('security', 'when a 403 comes back for a request that did carry credentials, what is the server saying about those credentials', /insufficient|not (enough|sufficient)|(don'?t|do not|doesn'?t|does not) (grant|give|allow|permit|authori[sz]e)|lack\w*[^.]{0,30}(permission|right|privilege|access)|not (allowed|permitted|authori[sz]ed)/i, 'RFC 9110 §15.5.4: if authentication credentials were provided in the request, the server considers them insufficient to grant access.'),

  // ---- 404 standing in for 403 ----
  k('security', 'finding: GET /orgs/{id} returns 403 for orgs you dont belong to but 404 for ids that dont exist, so an attacker can enumerate org ids. does http allow returning 404 for the forbidden ones too', /hid(e|es|ing)|conceal|(not|without) (to )?(reveal|disclos)|existence|\byes\b|allow(ed|s)|permit/i, R404HIDE),
  k('nonnative', 'my team lead say we must answer 404 and not 403 when user open private project of other person. is this allowed by http rules or it is wrong', /hid(e|es|ing)|conceal|(not|without) (to )?(reveal|disclos)|existence|\byes\b|allow(ed|s)|permit/i, R404HIDE),

  // ---- what 404 says about permanence ----
  k('support', 'customer got a 404 on a help article and asks if that means it was removed for good or might come back. what does the 404 itself tell them', /(doesn'?t|does not|don'?t|do not|not|no|nothing)\b[^.]{0,80}(permanen|temporar|for good|come back)|(either|could be|may be|might be)[^.]{0,40}(temporar|permanen)|(temporar\w*|permanen\w*) or (temporar|permanen)/i, R404PERM),
  k('sre', 'quick one, does a 404 mean the thing was deleted', /(doesn'?t|does not|don'?t|do not|not necessarily|\bno[,.])[^.]{0,60}(mean|imply|say|tell|indicate|necessarily)|never existed|might never|may never|whether[^.]{0,60}(existed|permanen|temporar)|not willing|disclos/i, 'RFC 9110 §15.5.5: 404 only says no current representation was found (or the server will not disclose one); it does not say the resource existed or whether the condition is temporary or permanent.'),

  // ---- what 410 tells crawlers and link holders ----
  k('security', 'from an seo / crawler point of view what does 410 say that 404 doesnt', /permanen|for good|intentional|deliberate|on purpose/i, 'RFC 9110 §15.5.11: 410 says access is no longer available and the condition is likely permanent, the resource being intentionally unavailable; 404 makes no such statement.'),
  k('api', 'besides search engines, what is a 410 supposed to tell people who still link to the url', /remov\w*[^.]{0,40}(link|bookmark|reference)|(link|bookmark|reference)s?[^.]{0,40}(remov|delet|drop|updat|clean|take down)/i, 'RFC 9110 §15.5.11: 410 notifies the recipient that the resource is intentionally unavailable and that the server owners desire that remote links to it be removed.'),

  // ---- 410 when permanence is unknown, and how long to keep it ----
  k('nonnative', 'is it ok to send 410 if we are not sure the delete is permanent? what rfc say about this', /(^|\W)no[,.]|shouldn'?t|should not|only (if|when|use)|\b404\b[^.]{0,40}(instead|ought|rather|should|better)|(use|send|return|prefer)\w* (a |the )?404\b/i, 'RFC 9110 §15.5.11: if the origin server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used instead of 410.'),
  k('sre', 'we return 410 for retired urls. do we have to keep the 410 up forever or can we drop it at some point', /(^|\W)no[,.;]|not (required|necessary|needed|mandatory|obligat)|(don'?t|doesn'?t|do not|does not|need not|needn'?t) (have|need) to|up to (the |you|server)|discretion|any (particular |specific |set )?length of time|(your|owner'?s?) (choice|call|decision)|(can|may) (drop|remove|stop)/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time; that is left to the server owner\'s discretion.'),

  // ---- heuristic caching ----
  k('api', 'can a cache or cdn hold on to a 404 even if we never set cache-control on it', /(?<!not |non-|isn'?t |aren'?t |n'?t be )heuristic(ally)?[- ]cach|\byes\b|cacheable by default|\b(can|may)\b(?!'t| not|n't)[^.]{0,30}(without|even if|absent|no explicit)/i, RHEUR),
  k('nonnative', 'cdn can keep 410 response in cache also when we not send any cache header? or only 200 is cached like this', /(?<!not |non-|isn'?t |aren'?t |n'?t be )heuristic(ally)?[- ]cach|\byes\b|cacheable by default|\b(can|may)\b(?!'t| not|n't)[^.]{0,30}(without|even if|absent|no explicit)/i, RHEUR),
  k('sre', 'if our 401s and 403s go out w/o any cache-control, can caches store them on their own (heuristically)', /\bno\s*[,.;—]|not[^.]{0,30}(heuristic|cach)|(aren'?t|isn'?t)[^.]{0,30}(heuristic|cach)|only[^.]{0,40}(explicit|cache-control|expires|max-age|freshness)/i, 'RFC 9110 §15.1: 401 and 403 are not in the list of heuristically cacheable status codes; a cache may store them only with explicit freshness information.'),

  // ---- RFC 6750 bearer-token error codes ----
  k('api', 'access token expired, we answer 401. what error value goes in the WWW-Authenticate header per rfc 6750', /invalid_token/i, 'RFC 6750 §3.1: invalid_token — the access token is expired, revoked, malformed or invalid — goes with 401 (Unauthorized).'),
  k('security', 'reviewing oauth: token is valid but lacks the admin scope. per rfc 6750 which error code and which http status', /(?=[\s\S]*insufficient_scope)(?=[\s\S]*\b403\b)/i, 'RFC 6750 §3.1: insufficient_scope — the request requires higher privileges than the access token provides — SHOULD be answered with 403 (Forbidden).'),
  k('support', 'ticket from a partner dev: when they call us with no token at all our 401 has error="invalid_token" in it. they say thats wrong. are they right', /\byes\b|(shouldn'?t|should not|do not|don'?t|must not|need not|not) (include|send|add|contain|return|have)[^.]{0,30}error|omit\w*[^.]{0,30}error|without (an? |any )?error|no error (code|attribute|param|info)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information in the WWW-Authenticate challenge.'),

  // ---- which RFC is current ----
  k('sre', 'ppl keep quoting rfc 7231 for 403 in code review. is that still the current spec or did something replace it', /\b9110\b/, 'RFC 9110 (June 2022) obsoletes RFC 7231; 403 is now defined in RFC 9110 §15.5.4.'),
  k('api', 'where was 401 defined before rfc 9110 came out? need to update old doc links', /\b7235\b/, 'RFC 9110 obsoletes RFC 7235, whose §3.1 defined 401 (Unauthorized); RFC 7231 defined 403, 404 and 410.'),

  // ---- explaining in the body ----
  k('support', 'can we put the reason in a 403 body, like "your plan doesnt include exports"? or is the body supposed to be empty', /\b(yes|can|may|allowed|permitted|fine|ok|okay)\b(?!'t| not|n't)[^.]{0,80}(reason|why|explain|explanation|describ|body|content|message)/i, R403BODY),
  k('security', 'pentest report says our 403 pages explain why access was denied (e.g. "ip not in allowlist"). does rfc 9110 forbid that or is it the servers choice', /optional|server'?s? (own )?(choice|discretion|call|decision)|allowed|permitted|(not|isn'?t|doesn'?t|does not) (forbid|prohibit|require)|not (forbidden|prohibited|required)|up to|choose|wish|\b(can|may)\b(?!'t| not|n't)[^.]{0,40}(describe|explain|include|say|state)/i, R403BODY),
  k('nonnative', 'when we send 401, is ok to put html page in body to explain the user? browser will show it or not', /\b(yes|can|may|should|will|does)\b(?!'t| not|n't)[^.]{0,80}(show|display|present|render)/i, 'RFC 9110 §15.5.2: if the 401 repeats a challenge the user agent already tried, it SHOULD present the enclosed representation to the user, since it usually contains relevant diagnostic information.'),

  // ---- reason phrases ----
  k('nonnative', 'what is the standard text that come after the number for 401, 403, 404 and 410? like 200 have "OK"', /(?=[\s\S]*unauthori[sz]ed)(?=[\s\S]*forbidden)(?=[\s\S]*not found)(?=[\s\S]*\bgone\b)/i, 'RFC 9110 §15.5.2, §15.5.4, §15.5.5, §15.5.11: the reason phrases are Unauthorized, Forbidden, Not Found and Gone.'),
  k('support', 'a customers monitoring flags our responses b/c we send "403 Access Denied" not "403 Forbidden". does the text after the number actually matter to clients', /ignor|(doesn'?t|does not|don'?t|do not|won'?t|shouldn'?t|not)\b[^.]{0,40}(matter|break|rely|depend|care|significan|affect|required)|only[^.]{0,30}(status )?code|http\/2[^.]{0,60}(no|doesn'?t|drop|omit|without)|optional|informational|cosmetic/i, 'RFC 9112 §4 / RFC 9110 §15: the reason phrase is purely informational; clients SHOULD ignore it and act on the status code (HTTP/2 does not carry it at all).'),

  // ---- what "Unauthorized" really means ----
  k('security', 'why is 401 named "Unauthorized" if its really about authentication not authorization', /unauthenticated|not authenticated|lacks? (valid )?(authentication )?credentials|missing (or invalid )?credentials|valid (authentication )?credentials|misnomer|historic|(means|about|for) authentication/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials for the target resource; the "Unauthorized" name is a historical misnomer.'),
  k('nonnative', 'in my language unauthorized and forbidden is almost same word. what is the real difference between 401 and 403 please, simple words', /(?=[\s\S]*(authenticat|log(ged)? ?in|credential|identity|who you are|sign(ed)? ?in))(?=[\s\S]*(permission|allowed|not permitted|access rights|role|refus))/i, 'RFC 9110 §15.5.2 / §15.5.4: 401 means no valid authentication credentials (who are you?); 403 means the server understood the request and refuses it (you are known but not allowed).'),
];

export const UNSEEN400_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
