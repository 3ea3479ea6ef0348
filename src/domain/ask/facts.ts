import { ASKS_WHAT_DECIDES, contrastRefuses, withoutDoubtedClauses, withoutOpenAccess, type Doubt } from './clauses';
import { asksForCodeByShape } from './intent';
import { clauseBefore, has, hasAffirmed, hasNear, matchesOf, statusCodesIn, test } from './match';

/**
 * Reads the situation out of a normalized question: who is calling (authenticated? with valid
 * credentials?), what stops them (role, scope, tenant, allowlist …), whether the resource exists or was
 * removed for good, whether its existence must stay hidden, and what the question is about (which code,
 * caching, retries, crawlers …). The decision is made elsewhere, from these facts only.
 */

export type AuthState = 'none' | 'invalid' | 'valid' | 'unknown';
export type DenialKind =
  | 'role'
  | 'scope'
  | 'tenant'
  | 'ownership'
  | 'ip'
  | 'account'
  | 'plan'
  | 'csrf'
  | 'listing'
  | 'generic'
  /** Only the word "unauthorized" (people use it for both 401 and 403). */
  | 'unauthorized-word';
export type Existence = 'exists' | 'missing' | 'removed' | 'unknown';
export type Topic =
  | 'caching'
  | 'retry'
  | 'seo'
  | 'soft404'
  | 'api'
  | 'swap'
  | 'mistake'
  | 'definition'
  | 'difference'
  | 'scenarios'
  | 'diagnose'
  | 'why'
  | 'security'
  | 'disclosure'
  | 'header'
  | 'reauth'
  | 'client'
  | 'decision'
  | 'rateLimit'
  | 'method'
  | 'moved'
  | 'temporary';
export type OAuthError = 'invalid_token' | 'insufficient_scope' | 'invalid_request';

export interface Situation {
  /** The normalized question. */
  text: string;
  /** Status codes written in the question, in order. */
  codes: string[];
  auth: AuthState;
  /** The credentials are tokens (bearer, OAuth, JWT, API key): RFC 6750 applies. */
  tokenAuth: boolean;
  expired: boolean;
  denials: DenialKind[];
  existence: Existence;
  /** Removed on purpose and for good. */
  permanent: boolean;
  /** Explicitly temporary or accidental. */
  temporary: boolean;
  /** true: its existence must stay hidden; false: explicitly not secret; null: not said. */
  hide: boolean | null;
  /** The resource is called private, confidential or security-sensitive. */
  sensitive: boolean;
  /** The caller is outside the resource's circle: another tenant, not a member, not the owner. */
  outsider: boolean;
  /** The server answers 200 for something that is not there. */
  softNotFound: boolean;
  oauthError: OAuthError | null;
  topics: Topic[];
  /** The question explicitly asks which status code fits. */
  asksWhich: boolean;
  /** The code the service answers today ("we return 403 when …"), else the one the question proposes ("is 403 right?"). */
  currentCode: string | null;
  /** Nothing to read: empty or only markup. */
  empty: boolean;
  /** Facts the question says it does not know ("not sure if they are logged in"). */
  doubts: Doubt[];
  /** "if we return 410, does google drop it faster?": a code is the premise, its consequence the question. */
  asksConsequence: boolean;
  /** The question asks what the choice depends on. */
  asksDeciding: boolean;
  /** The question asked is another one ("… why is 401 the rule?", "what will the crawler do next?"): no verdict. */
  asksOther: boolean;
  /** Facts of a case are stated (a caller's credentials, a refusal, a missing or removed resource), not only an OAuth error's name. */
  statesACase: boolean;
  /** The refusal is a rule's (a policy, a filter, a region or network block), decided whatever the caller's identity. */
  refusedByRule: boolean;
}

// ── Shared vocabulary ────────────────────────────────────────────────────────────────────────
/** A credential's name, not inside a path ("/api/v0/legacy-login" names a route, not a login). */
const CRED =
  '(?<!\\/[a-z0-9._-]{0,40})(?:authorization header|authentication header|auth header|access token|bearer token|id token|refresh token|api token|api key|oauth token|auth token|session token|session cookie|client secret|client cert(?:ificate)?|mtls|mutual tls|token|jwt|credentials?|password|signature|session|cookie|cert(?:ificate)?|login|key|bearer)';
/** Credentials issued in a format of ours (a key's prefix and length, a token's shape); not a password, whose rules are a signup's. */
const SHAPED_CRED = '(?:authorization header|authentication header|auth header|access token|bearer token|id token|refresh token|api token|api key|oauth token|auth token|session token|session cookie|client cert(?:ificate)?|token|jwt|key|bearer|cookie|cert(?:ificate)?|signature)';
const CODE_NAME = '(?:\\d{3}|forbidden|not found|unauthorized|unauthorised|gone)';
/** "what status means authenticated but not allowed": the code is asked for by its meaning, not for a case. */
const CODE_BY_MEANING = /^(?:so )?(?:what|which) (?:http )?(?:status|code|status code|error code|response code)(?: code)? (?:means?|stands for|signifies|is defined as|is the one that means)\b/;

// ── Authentication ───────────────────────────────────────────────────────────────────────────
const AUTH_NONE: readonly RegExp[] = [
  // "not yet logged in", but not "not a member, logged in" (the "not" is about the membership).
  /\b(?:not|never|without|before|no one|nobody)\b(?: (?!but\b|and\b|although\b|though\b|an?\b|the\b|members?\b|admins?\b|owners?\b|editors?\b|staff\b|employees?\b|allowed\b|part\b)[a-z']+){0,2} (?:logged|signed|logging|signing|log|sign) ?in\b(?! again\b)/,
  /\b(?:clicked|clicks|click|hit|hits|pressed|presses|tapped|taps|used|uses) (?:the |on )?(?:"|')?(?:sign|log) ?(?:out|off)\b|\b(?:logged|signed) out\b(?! (?:and|&) (?:back |logged |signed )?(?:in|back in)\b)|\blogged off\b|(?<!\b(?:legal|management|manager|managers|compliance|leadership|board|product|security|qa|cab|approvers?|stakeholders?|director|lawyers?|counsel|owners?|boss|ceo|cto|ciso|dpo|auditors?|release team|team lead|everyone|everybody) )\bsigned off\b(?! on\b| (?:the |this |that |our |his |her |their )?(?:deletion|removal|change|decision|plan|release|request|shutdown|retirement|deprecation|sunset|migration|purge|takedown|it|them)\b)|\b(?:logged|signed|kicked) (?:them|him|her|me|us|the user|everyone|users) (?:out|off)\b/,
  /\b(?:not|never|no one|nobody) (?:yet )?(?:login|logged|log in)\b|\bnot login\b/,
  // Not "they need to log in as someone else": a person logged in already, as the wrong one.
  /\b(?:just |only )?(?:(?:needs?|has) to|must(?: first)?) (?:log in|sign in|login|reauthenticate|authenticate)\b(?! as (?:someone|somebody|another|an?other|a different|the right|an? admin|admin|a [a-z]+ with)\b| (?:again )?(?:with|using|into) (?:the |his |her |their |an? |another |a different )?(?:[a-z-]+ )?(?:account|user|identity|profile|login)\b)/,
  /\bbearer\b[^a-z0-9]{0,6}\(?(?:empty|blank|nothing)\)?/,
  // A pasted header with nothing after the scheme: "authorization: bearer " then the URL or the end.
  /\bauthorization: ?bearer\b(?=\s*(?:$|https?:|[-,;)]))/,
  /\b(?:empty|blank|no) (?:username|user name|user id|login name)(?: and| or| \/)? (?:password|secret)?\b/,
  /\b(?:unauthenticated|anonymous|anon|unidentified)\b/,
  /\b(?:not|never) (?:\w+ )?authenticated\b|\b(?:never|did not|has not|have not) (?:yet |even )?authenticate\b/,
  /\b(?:no|zero) (?:valid |auth |authorization |bearer |access )?(?:auth|authentication|authorization header|auth header|credentials?|token|jwt|api key|key|bearer(?: token)?|session(?: cookie)?|cookie|login|access token|api token|identity|user context|(?:client |device )?cert(?:ificate)?)\b(?! scopes?\b| claims?\b| (?:rotation|management|vault|store|pinning)\b)/,
  new RegExp(`\\bwithout (?:a |an |any |the |valid |their |its )*(?:[a-z0-9-]+ )?(?:auth|authentication|authorization header|auth header|${CRED}|logging in|signing in)\\b(?! (?:that|with|having|which|carrying|containing|scopes?)\\b)`),
  new RegExp(`\\b(?:missing|absent|empty|omitted|lacks?|lacking|stripped|dropped|strips|drops|removes|eats|swallows|loses)(?: the| a| an| any| its| their)? (?:auth(?:orization|entication)? header|auth|authentication|${CRED})s?\\b(?<!(?<!api )\\bkeys)(?! (?:scopes?|claims?)\\b)`),
  new RegExp(`\\b(?:auth(?:orization|entication)? header|${CRED})(?: header| param| parameter| query param| query parameter| field| value)? (?:is |are |was |were |got |gets |being )?(?:missing|absent|empty|omitted|stripped|dropped|not (?:sent|provided|present|included|passed|set|attached|supplied|forwarded))\\b(?! (?:the |a |an |its |any |required |needed )?(?:[a-z:_.-]+ )?(?:scopes?|claims?|permissions?|roles?|grants?)\\b)`),
  // "the auth header never reaches the backend (the sidecar drops it)": what the service receives carries none.
  new RegExp(`\\b(?:auth(?:orization|entication)? header|${CRED})s? (?:never|does not|do not|did not|no longer) (?:reach(?:es)?|arrives? at|makes? it (?:to|through to)|gets? (?:to|through to)) (?:the |our |its )?(?:backend|app|application|service|server|api|upstream|origin|handler|pod|container)s?\\b`),
  new RegExp(`\\b(?:did not|does not|do not|forgot to|forget to|never) (?:send|provide|include|pass|attach|supply|forward|add)(?: a| an| any| the| their)? (?:auth(?:orization|entication)? header|auth|${CRED})\\b`),
  /\bauthentication (?:is )?(?:missing|absent|required but (?:missing|absent|not (?:given|sent)))\b/,
  // "the authorizer cannot find any authorization header".
  new RegExp(`\\b(?:cannot|can not|could not|did not|does not|unable to|fails? to|failed to) (?:find|see|get|read|locate|extract|parse) (?:a |an |any |the )?(?:auth(?:orization|entication)? header|${CRED})\\b`),
  /\bno (?:one|body) (?:is )?logged in\b/,
  // "nobody is authenticated and they call /orders": no caller identified, so no credentials.
  /\b(?:no one|nobody|noone) (?:is |was |has |had |has been )?(?:yet )?(?:authenticated|authed|signed in|logged in)\b/,
  // "user never signed up, just calls /me": a person with no account has no credentials (not "route is not registered").
  /\b(?:user|users|caller|callers|customer|customers|they|he|she|visitor|visitors|person|people)(?: [a-z]+)? (?:has |have |is |are |was |were )?(?:never|not|has not|have not|did not) (?:yet )?(?:signed up|registered|created an account)\b|\b(?:user|caller|customer|visitor|they|he|she) (?:has|have) no account\b/,
  // "i never made an account, i just clicked the link", "she does not even have an account": retold by support, the same person without credentials.
  /\b(?:i|user|caller|customer|visitor|they|he|she)(?: [a-z]+)? (?:has |have |had )?(?:never|not|did not|has not|have not) (?:yet |even |ever )?(?:made|opened|set up|had|got|created) (?:an |a )?(?:account|login)\b|\b(?:i|user|caller|customer|visitor|they|he|she) (?:do not|does not|did not) (?:even |yet |actually )?have (?:an |a )?(?:account|login)\b/,
  new RegExp(`\\b(?:does not|do not|did not|doesnt) have (?:a |an |any |the |valid |their )*(?:auth|${CRED})\\b(?! (?:that|with|having|which|carrying|containing|scopes?|permissions?)\\b)`),
];

/** "a guest": a visitor without an account, unless the question says they signed in (then a guest role). */
const GUEST = /(?<!\b(?:only|just|merely) (?:an? )?)\bguests?\b(?! (?:role|roles|account|accounts|member|members|permissions?|user|users)\b)(?! (?:in|of|on) (?:the |this |that |their |our |a )?(?:[a-z-]+ )?(?:workspace|org|organization|team|project|channel|tenant|space|group|board|repo|server)s?\b)/;

/** "a typo in the token endpoint path", "mistyped the login url": the credential word names an address, not a credential. */
const NOT_AN_ADDRESS = '(?!(?: [a-z-]+)? (?:endpoints?|urls?|uris?|paths?|links?|routes?|pages?|screens?)\\b)';

/**
 * "the old password-reset endpoint", "the old login page", "an old session-management flow": the credential word
 * names a feature or an address (a compound with a hyphen, or a noun of a route after it), not a credential.
 */
const NOT_A_FEATURE = `(?!-[a-z])(?!(?: [a-z-]+)? (?:endpoints?|urls?|uris?|paths?|links?|routes?|pages?|screens?|flows?|forms?|features?|apis?|services?)\\b)`;

/** Whose credential it is: an account holder ("a user", "former employees"). */
const OWNER_NOUN = '(?:user|account|employee|member|customer|service account|staff|contractor)';
/** An account holder who is gone: the credential identifies nobody any more. */
const GONE_OWNER = `(?:deleted|removed|erased|purged|closed|offboarded|nonexistent|non-existent|former|ex-|departed|terminated) ${OWNER_NOUN}`;

const AUTH_INVALID: readonly RegExp[] = [
  // "jwt's exp is a day old".
  /\bexp(?:iry|iration)?(?: claim| time)?\b[^.;]{0,10}\b(?:is|was) (?:an?|one|two|three|\d+) (?:days?|hours?|weeks?|months?) old\b/,
  // "after we forced a global logout": every session it ended is no longer valid.
  /\b(?:forced|force|forcing|global|mass)(?: an?)?(?: global| mass)? (?:logout|log out|sign-?out|session reset|session revocation)\b/,
  // "clients whose oauth grant the user revoked": the tokens issued under it are no longer valid.
  /\b(?:oauth (?:grant|consent|authori[sz]ation)|consent|app authori[sz]ation)s? (?:was |were |has been |have been |got |is |(?:that |which )?(?:the |their |its |our )?[a-z]+ (?:has |had |just )?)?(?:revoked|withdrawn|withdrew|removed|cancell?ed)\b|\brevoked (?:the |their |its )?(?:oauth (?:grant|consent)|consent)\b/,
  // "i was idle for an hour and then saving failed": an idle session times out.
  /\b(?:was|were|been|went|being|stayed) idle (?:for )?(?:an? |\d+ |one |two |several |a few |some )?(?:hours?|minutes?|mins?|days?|while|long time)\b|\bidle (?:timeout|time-out|logout)\b/,
  // "a deleted user's access token", "the session of a removed account", "a token that no longer maps to any valid account":
  // credentials that identify nobody any more (not "a suspended account's token": the account is there, and refused).
  new RegExp(`\\b${GONE_OWNER}(?:'s|s'|s)? (?:[a-z]+ )?${CRED}s?\\b${NOT_A_FEATURE}|\\b${CRED}s? (?:of|for|belonging to|issued (?:to|for)|minted for|tied to) (?:a |an |the |that |our )?(?:since )?${GONE_OWNER}s?\\b|\\b${CRED}s? (?:of|for|belonging to|belongs? to|belonged to|issued (?:to|for)|minted for|tied to) (?:a |an |the |that |our )?(?:user |customer |service |member )?${OWNER_NOUN}s? (?:that|who|which|whose (?:account|accounts|profile|login)) (?:were|was|have been|has been|had been|got|is|are) (?:since |later |already |now )?(?:deleted|removed|erased|purged|closed|offboarded|terminated)\\b`),
  new RegExp(`\\b${CRED}s?\\b[^.;]{0,30}\\b(?:no longer|does not|do not|did not|cannot|can not|can't) (?:identif(?:y|ies)|belong to|maps? to|resolves? to|points? to|match(?:es)?|correspond to|corresponds to) (?:any|an?) (?:valid |existing |active |live |real )?(?:user|account|identity|principal|person|customer)\\b`),
  // "sends basic auth but the user was deleted last week": credentials of an account that is gone.
  /\b(?:basic auth|credentials?|login|token|api key|password|session)\b[^.;]{0,30}\bbut (?:the |their |that |its )?(?:user|account|service account|owner) (?:was|has been|got|is|had been) (?:deleted|removed|closed)\b/,
  new RegExp(
    `\\b(?:expired|expiring|stale|revoked|invalid|malformed|bad|wrong|forged|tampered|corrupt(?:ed)?|unsigned|bogus|fake|incorrect|outdated|rotated|deactivated|disabled|unknown|unrecognized|unrecognised|garbage|truncated|mangled|incomplete|damaged|unverifiable|spoofed|old|reused|made up|made-up|fabricated|random|invented|guessed|self-signed|unissued|untrusted|retired|superseded|replaced|decommissioned|former) (?:[a-z]+ )?${CRED}s?\\b(?! ?\\(?(?:still |otherwise |perfectly )?(?:valid|not expired|unexpired)\\b)${NOT_A_FEATURE}`,
  ),
  new RegExp(
    `\\b${CRED}s?(?:'s)?(?: (?:inside|itself|value|header|string|they send|they sent|we got|we get|in the header|in the request))?(?: (?:that|which))?(?: (?:has|have|had|is|are|was|were|got|gets|being|been|just|already|now|then|probably|apparently|actually|clearly|present|there|sent|set|supplied|provided|but))* (?:expired|expires|revoked|invalid|malformed|wrong|incorrect|forged|tampered|rejected|stale|bad|disabled|deactivated|deleted|suspended|rotated|timed out|times out|unverifiable|out of date|gibberish|junk|nonsense|garbled|garbage|corrupted|truncated|mangled|incomplete|damaged|cut(?: off| short)?|chopped(?: off)?|cancell?ed|not valid|no longer valid|fails? (?:[a-z]+ )?(?:validation|verification)|failed (?:[a-z]+ )?(?:validation|verification)|cannot be verified|could not be verified|does not verify|not verified|not recognized|not recognised|unknown|past (?:its )?(?:exp|expiry))\\b`,
  ),
  /\binvalid_token\b/,
  // "they send basic auth with a wrong secret (typo in the client secret)", "fat-fingered the shared secret",
  // "a typo in the api key": a credential sent with a slip in it is no valid credential.
  /\b(?:wrong|bad|invalid|incorrect|mistyped|misspelled|typoed) (?:[a-z]+ )?(?:secret|passphrase|pin)s?\b/,
  new RegExp(
    `\\b(?:typos?|mistakes?|slip) in (?:the |their |its |his |her |our |a |an )?(?:[a-z]+ )?(?:${CRED}|secret|passphrase)s?\\b${NOT_AN_ADDRESS}|\\b(?:mistyped|misspelled|misspelt|fat-?finger(?:ed|s)?|typoed) (?:the |their |its |his |her |our |a |an )?(?:[a-z]+ )?(?:${CRED}|secret|passphrase)s?\\b${NOT_AN_ADDRESS}` +
      `|\\b(?:${CRED}|secret|passphrase)s? (?:with|has|had|that has|which has) (?:a typo|typos|one (?:char(?:acter)?|digit|letter) (?:off|wrong|missing|too many))\\b`,
  ),
  // "an Authorization header with an unknown scheme ('Token xyz' instead of 'Bearer xyz')".
  /\b(?:unknown|unsupported|wrong|invalid|unrecogni[sz]ed|unexpected|bad) (?:auth(?:entication|orization)? )?(?:scheme|auth type)\b/,
  /\b(?:authentication|auth|login|sign in|signin|jwt (?:validation|verification)|signature (?:validation|verification|check)|token (?:validation|verification|check)) (?:failed|fails|failure|error|errors|rejected)\b/,
  /\b(?:failed|fails|unable) to (?:authenticate|log in|sign in|verify (?:the |their |its )?(?:token|jwt|signature|credentials))\b/,
  /\b(?:could not|cannot|can not) authenticate\b|\b(?:could not|cannot|can not|unable to|fails? to|failed to) (?:validate|verify|decode|parse) (?:the |its |their |his |her |that |this )?(?:access |bearer |id )?(?:token|jwt|signature|credentials?|cookie|session)s?\b/,
  /\bexp claim\b/,
  new RegExp(`\\b${CRED}s?(?: [a-z]+){0,3} (?:for|issued for|minted for|meant for|from) (?:a |an |the )?(?:different|another|wrong|other|foreign|unknown|untrusted) (?:audience|client|client id|issuer|identity provider|idp|realm|environment|env|api|apis|service|services|resource server|resource servers|app|apps|application|backend)\\b`),
  // "password mismatch for account admin", "the client secret does not match": a secret the server checked and refused.
  /\b(?:password|passphrase|secret|client secret|api key|pin|credentials?|hmac)s? (?:mismatch|mismatched)\b|\b(?:password|passphrase|client secret|pin)s? (?:does not|do not|did not) match\b/,
  /\b(?:wrong|invalid|unexpected|mismatched) (?:audience|issuer|aud|iss)\b|\b(?:audience|issuer|aud|iss)(?: claim)? (?:mismatch|does not match|is wrong|invalid)\b|\buntrusted issuer\b/,
  /\bsession (?:timed out|timeout|time ?out)\b/,
  // Ended sessions: the credentials the client holds no longer identify anyone.
  /\b(?<!\/[a-z0-9._-]{0,40})(?:sessions?|cookies?|logins?) (?:got |were |was |are |is |has been |have been |has |have |had |been |all )?(?:invalidated|killed|ended|terminated|cleared|wiped|gone|dead|deleted|removed|logged out)\b/,
  /\b(?:invalidated|killed|ended|terminated|cleared|wiped|deleted|dead) (?:all |their |his |her |the |its )?(?:old )?(?:sessions?|cookies?)\b/,
  // "the browser clears cookies on close", "safari drops the session cookie".
  /\b(?:clears|wipes|deletes|drops|loses|lost|purges|expires|evicts|evicted|purged) (?:all |their |his |her |the |its |our )?(?:old )?(?:session |auth |login )?(?:sessions?|cookies?)\b/,
  /\b(?:cookie|session) (?:is |was )?(?:gone|deleted|cleared) after\b|\bafter (?:the |a )?(?:logged out|log out|sign out|signout|password (?:reset|change))\b/,
  /\bexp(?:iry|iration)?(?: claim| time| date| timestamp)? (?:is |was )?(?:(?:\d+ ?(?:s|m|h|d|w|hrs?|mins?|hours?|days?|weeks?) )?in the past|passed|already passed|before now|yesterday|last (?:week|month|night|year)|(?:\d+|an?|one|two|three|few|some) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago|\d+ ?(?:s|m|h|d|w) ago)\b/,
  /\buntrusted (?:identity provider|idp|issuer|signer)\b/,
  // "`aud: payments-api` but they call our ledger api", "iss is the staging issuer rather than ours": a token made for another audience or by another issuer.
  /\b(?:aud|audience|iss|issuer)\b(?: claim)?(?: is| =|:| of| says| carries| names| set to)? ['"`]?[a-z0-9:/._-]+['"`]? (?:instead of|rather than|not (?:ours|our|the))\b|\b(?:aud|audience)\b[^.;]{0,40}\bbut (?:they|it|the (?:partner|client|caller|token|app)) (?:call|calls|called|hit|hits|is sent to|is presented to|uses? it (?:on|against|for))\b/,
  // "its signing key isnt trusted anymore", "minted by the realm we retired": a signer the server no longer accepts.
  /\b(?:signing key|signing cert(?:ificate)?|key|cert(?:ificate)?|issuer|idp|identity provider|realm)s?\b[^.;]{0,20}\b(?:is not|are not|isnt|is no longer|are no longer|no longer|not) trusted\b|\b(?:issued|minted|signed) by (?:our |the |an? |their )?(?:old |former |retired |legacy |previous )?(?:[a-z-]+ ){0,2}(?:realm|idp|issuer|identity provider|authority|auth server|ca|certificate authority)\b[^.;]{0,40}\b(?:retired|decommissioned|decomissioned|removed|deleted|shut down|turned off|revoked|distrusted|no longer (?:exists?|trusted|used|accepted)|(?:stopped|stop|stops) trusting|(?:do not|does not|no longer|never) trust)\b/,
  // "the saml assertion fails signature validation", "sso assertion rejected": the identity provider's statement is the credential.
  /\b(?:saml |sso |oidc )?assertions?\b[^.;]{0,40}\b(?:fails?|failed|failing|invalid|rejected|not valid|does not validate|cannot be verified|expired)\b|\bnotbefore\b[^.;]{0,30}\bfuture\b/,
  // "a saml response whose notonorafter is already in the past", "the ticket's end time has passed": a validity window
  // named by its bound (SAML, Kerberos, a token's exp), closed, so what is presented no longer proves who is calling.
  /\b(?:notonorafter|not on or after|valid until|validuntil|end ?time|endtime)\b[^.;]{0,30}\b(?:in the past|(?:has |have |had |already )?passed|elapsed|before now|ago)\b/,
  // Credentials that resolve to nobody: unknown, never issued, evicted, or of an account that is gone.
  /\b(?:cannot|can not|could not|unable to) (?:match|map|resolve|link|tie|find) (?:it|them|the [a-z-]+|this [a-z-]+) to (?:any|a|an) (?:user|account|identity|client|session)\b/,
  /\bheader (?:has|with|contains|carries) (?:an? )?(?:unknown|invalid|bogus|garbage|wrong|bad|random|unrecognized|unrecognised) (?:value|token|key|string)\b/,
  /\breplay(?:ed|s)? (?:token|jwt|request|credentials?|session)s?\b|\bnonce\b[^.;]{0,30}\b(?:already|reused|seen before|replay\w*)\b/,
  // "token was replayed from another device", "the cookie got replayed": a captured credential sent again by someone else.
  /\b(?:token|jwt|credentials?|session|cookie|assertion|ticket)s? (?:was |were |is |are |got |gets |being |been )+replayed\b/,
  // "client sent a stale nonce" (digest auth, RFC 7616 stale=true), "an expired nonce": the challenge the credential answers is over.
  /\b(?:stale|expired|old|outdated|invalid|unknown|wrong|reused) (?:server )?nonces?\b|\bnonces?\b (?:is |was |are |were |has |had )?(?:stale|expired|outdated|timed out)\b/,
  /\bactive"? ?[=:] ?"?false\b|\b(?:inactive|not active) (?:token|session|jwt)\b|\b(?:token|session|jwt) (?:is )?(?:inactive|not active)\b/,
  /\bbearer (?:undefined|null|none|nan|empty|\[object object\])\b|\b(?:token|jwt|api key) (?:is |was )?(?:undefined|null)\b/,
  /\b(?:iat|nbf|issued at|not before)\b[^.;]{0,20}\bfuture\b/,
  // "nbf claim is tomorrow 09:00", "not-before is in 2 hours": a token not valid yet (RFC 7519 §4.1.5), so invalid_token.
  /\b(?:nbf|not[- ]?before)\b(?: claim| time| date| timestamp)?(?: is| was| of| =|:| set to)? (?:tomorrow|next (?:week|month|year|day)|in (?:\d+|an?|one|two|a few) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)|later (?:today|than now)|after now|not (?:yet )?reached|still ahead)\b/,
  // "the node's clock is 10 min behind and the valid jwt gets rejected there": that server judges the token not yet
  // valid or expired, so for it the token is no valid credential (RFC 6750 invalid_token).
  /\b(?:clocks?|system time|server time|host time|node time)\b[^.;]{0,25}\b(?:skew\w*|drift\w*|behind|ahead|out of sync|not (?:in )?sync\w*|off by)\b(?=[\s\S]*\b(?:tokens?|jwts?|bearer|exp|nbf|iat|assertions?)\b)|\bclock[- ]skew\b(?=[\s\S]*\b(?:tokens?|jwts?|bearer|exp|nbf|iat|assertions?)\b)/,
  /\bsessions?\b[^.;]{0,20}\b(?:is|was|are|were) (?:dead|gone|invalid|expired|ended|revoked|terminated|invalidated)\b/,
  /\b(?:signatures?|digests?|hmacs?|macs?)\b[^.;]{0,30}\b(?:no longer|not|never|does not|do not|did not|fails? to|failed to|cannot|can not|could not)(?: be)? (?:validat\w*|verif\w*|match\w*|check out|agree)\b/,
  // "the jwt signature is not correct (it is signed with other key)": a token we did not sign.
  /\bsignatures?\b[^.;]{0,20}\b(?:is |are |was )?(?:not (?:correct|right|valid|ours)|incorrect|wrong|bad|invalid|forged|tampered)\b|\b(?:signed|minted|issued) (?:with|by|using) (?:an? |the )?(?:other|another|different|wrong|foreign|unknown|old|rotated|someone else's) (?:[a-z-]+ )?(?:key|secret|cert(?:ificate)?|issuer)\b/,
  // "user deleted their api key, the integration still uses it": a credential that was withdrawn.
  // (Not "deleted the api key login page": there the credential names the page that was removed.)
  /\b(?:deleted|revoked|rotated|disabled|removed|regenerated|reset|invalidated|blacklisted|blocklisted|denylisted|cancelled|canceled) (?:the |their |his |her |its |our |my |an? |that |this |the old |their old )?(?:api key|api token|access token|refresh token|bearer token|personal access token|token|key|credentials?|password|client secret|secret|session|cookie|jwt|certificate)s?\b(?! (?:[a-z-]+ )?(?:endpoints?|routes?|pages?|urls?|paths?|screens?|forms?|flows?|handlers?|services?)\b)/,
  new RegExp(`\\b${CRED}s?\\b[^.;]{0,20}\\b(?:blacklisted|blocklisted|denylisted|on the (?:deny|block|black) ?list)\\b`),
  /\b(?:mfa|2fa|two-factor|second factor|otp)\b[^.;]{0,20}\b(?:not (?:yet )?(?:completed|done|passed|finished|verified)|failed|pending|incomplete|missing)\b/,
  // "the otp he submits with the request is wrong", "an expired one-time code on the approve call": the second
  // factor sent with the request is a credential, and it does not check out.
  /\b(?:otp|totp|one[- ]time (?:code|password|passcode|pin|token)|(?:2fa|mfa|sms|authenticator|verification|security) (?:code|pin|token)|passcode)s?\b(?:(?!\b(?:not|never|no)\b)[^.;]){0,50}\b(?:is|was|are|were|got|gets) (?:still |always |again )?(?:wrong|incorrect|invalid|expired|rejected|bad|stale|not valid|no longer valid)\b|\b(?:wrong|incorrect|invalid|expired|rejected|bad|stale) (?:otp|totp|one[- ]time (?:code|password|passcode|pin)|(?:2fa|mfa|sms|authenticator|verification) (?:code|pin)|passcode)s?\b/,
  // "typed the wrong otp 3 times", "login not complete yet": the second factor failed, the login never finished
  // (not "mistyped the otp endpoint url", "an expired verification link": an address, not a factor).
  /\b(?:wrong|bad|incorrect|invalid|mistyped|failed|expired)(?: [a-z0-9-]+)? (?:(?:otp|totp|2fa|mfa)\b(?! (?:[a-z-]+ )?(?:endpoints?|urls?|uris?|paths?|routes?|pages?|links?|screens?|settings?|docs?)\b)|(?:otp|totp|2fa|mfa|one-time|verification|sms|authenticator) (?:codes?|pins?|passcodes?|passwords?)\b)|\b(?:otp|totp|2fa|mfa|sms|verification|one-time|authenticator) (?:codes?|pins?|passcodes?) (?:was |were |is )?(?:wrong|incorrect|invalid|rejected|mistyped)\b|\bgot (?:the |their |his |her )?(?:otp|totp|2fa|mfa|sms|verification) (?:codes? )?wrong\b|\b(?:login|log-in|log in|sign-in|sign in|signin|authentication|auth)(?: flow| process)? (?:is |was |has )?(?:not|never) (?:yet )?(?:been )?(?:complete|completed|finished|done)\b/,
];
/**
 * Credential patterns that can only match where their cheap hint does. The hint is tested first, so
 * the large credential alternation is compiled and run only for questions that may need it.
 */
type Hinted = readonly [hint: RegExp, pattern: RegExp];
const AUTH_INVALID_HINTED: readonly Hinted[] = [
  // "api key lookup failed", "session resolution failed": the server looked the credential up and found nothing valid.
  [/\b(?:lookup|look-up|resolution|introspection|validation|verification) (?:failed|fails|failure|error)\b/, new RegExp(`\\b${CRED}s? (?:lookup|look-up|resolution|introspection|validation|verification) (?:failed|fails|failure|error)\\b`)],
  // "the client sends an api key, no such key in our db": a presented key that matches none we hold (not s3's NoSuchKey, an object).
  [
    /\bno (?:such|matching) (?:api )?key\b/,
    /^(?![\s\S]*\b(?:s3|buckets?|gcs|blobs?|object stor\w*|getobject|get_object|objects?)\b)(?=[\s\S]*\b(?:api key|x-api-key|key prefix|key_prefix|access key|(?:sends?|sent|presents?|presented|uses|used|passes|passed) (?:a |an |the |its |their )?key)\b)[\s\S]*\bno (?:such|matching) (?:api )?key\b/,
  ],
  // "the access token we received is malformed", "bearer on the telemetry call is malformed": the credential, a few words, then
  // malformed (not "the token is fine but the request is malformed": the request's fault, RFC 6750 invalid_request).
  [/\bmalformed\b/, new RegExp(`\\b${CRED}s?\\b(?: (?!(?:but|and|while|whereas|request|requests|body|json|payload|param\\w*)\\b)[a-z0-9'-]+){0,5} (?:is |was |are |were |looks |seems )?malformed\\b`)],
  // "api key present but in the wrong shape", "the token has an unexpected prefix", "the key does not match our format", "the key
  // does not start with sk_": no credential of ours can look like that (RFC 6750 invalid_token, malformed).
  [
    /\b(?:shape|format|length|prefix|pattern|structure|encoding|too short|too long|start with|begin with|starts with|begins with)\b/,
    new RegExp(
      `\\b${SHAPED_CRED}s?\\b(?: (?:is |was |are |were )?(?:present|there|sent|supplied|provided|included|set),? (?:but|yet))?(?: (?!(?:but|and|while|whereas|request|requests|body|json|payload|param\\w*|fields?|email|date|phone|file|csv|url)\\b)[a-z0-9'-]+){0,5} (?:(?:in|has|of|with|is|looks|seems|in an?|has an?|with an?|is in) )?(?:the |an? )?(?:wrong|bad|invalid|unexpected|unknown|incorrect|unrecogni[sz]ed|odd|broken) (?:shape|format|length|prefix|pattern|structure|encoding)\\b` +
        `|\\b(?:wrong|bad|invalid|unexpected|incorrect|unrecogni[sz]ed) (?:shape|format|length|prefix|pattern|structure|encoding) (?:of|for|on|in) (?:the |an? |their |its )?(?:[a-z-]+ )?${SHAPED_CRED}s?\\b` +
        `|\\b${SHAPED_CRED}s?\\b[^.;]{0,30}\\b(?:is |was |looks )?(?:way |much |far )?(?:too short|too long)\\b` +
        `|\\b${SHAPED_CRED}s?\\b[^.;]{0,40}\\b(?:does not|do not|did not) (?:match|fit|follow|have) (?:the |our |any |its )?(?:expected |required |documented |usual |right )?(?:format|pattern|shape|prefix|length|regex)\\b` +
        `|\\b${SHAPED_CRED}s?\\b[^.;]{0,30}\\b(?:does not|do not|did not) (?:start|begin) with\\b`,
    ),
  ],
  // "a jwt with only two segments", "the token has 4 dots": not the three dot-separated parts of a JWT, so no token at all.
  [/\b(?:segments?|parts?|dots?|signature|sig|format|payload)\b/, /\b(?:jwt|token|bearer)s?\b[^.;]{0,40}\b(?:only |just )?(?:[0-24-9]|one|two|four|five) (?:segments?|parts?|dots?)\b|\b(?:only |just )?(?:[0-24-9]|one|two|four|five) (?:segments?|parts?|dots?)\b[^.;]{0,30}\b(?:jwt|token|bearer)s?\b|\b(?:jwt|token|bearer)s?\b(?:(?!\b(?:but|and|while)\b)[^.;,]){0,30}\b(?:no|without|missing(?: the| its)?|lacks?(?: the| its)?) (?:signature|sig)(?: part| segment)?\b(?! from\b)|\bonly (?:the )?header and (?:the )?payload\b|\b(?:jwt|token|bearer)s? (?:is|has|in) (?:an? )?(?:broken|wrong|bad|invalid|corrupt|garbled) format\b/],
  // "session is timeout", "the session got expire", "login expired after idle": a session ended by time, in any grammar
  // (not "has not expired": no negator is among the words allowed between).
  [/\b(?:time|timed|timeout|timeouted|expire|expired|expires)\b/, /\b(?:sessions?|logins?|session cookies?)\b (?:is |was |got |gets |get |has |have |had |been |became |becomes |already |just |then |so |now )*(?:timed[- ]?out|time[- ]?out|timeout|timeouted|expire|expired)\b/],
  // "pasted only half of the api key", "part of the token": a credential in part is no credential.
  [/\b(?:half|part|portion|fragment)\b/, new RegExp(`\\b(?:half|part|portion|fragment|first (?:half|part)) of (?:the |an? |its |their |his |her )?(?:[a-z-]+ )?${CRED}s?\\b`)],
  // "so it is not valid token", "not a real jwt": a credential denied its validity before the noun.
  [/\bnot (?:an? |even an? )?(?:valid|real|proper|genuine|legit|usable|well-formed)\b/, new RegExp(`\\bnot (?:an? |even an? )?(?:valid|real|proper|genuine|legit|usable|well-formed) (?:[a-z]+ )?${CRED}s?\\b`)],
  // "a token from some random issuer", "signed by an unknown signing key": no trusted party vouches for it.
  [/\b(?:issuer|idp|identity provider|signer|signing|authority|jwks|kid)\b/, /\b(?:untrusted|unknown|random|foreign|rogue|unrecogni[sz]ed|unexpected|unapproved) (?:[a-z-]+ )?(?:issuer|idp|identity provider|signer|signing key|signing cert(?:ificate)?|authority|jwks|kid)\b/],
  // "the audience is another service", "alg mismatch": a token made for someone else or signed otherwise.
  // "the aud claim is for a different api", "audience names the billing service but it is presented to orders".
  [/\b(?:aud|audience|iss|issuer|alg|algorithm)\b/, /\b(?:aud|audience|iss|issuer)\b(?: claim)?[^.;]{0,30}?\b(?:another|a different|the wrong|some other|other(?!wise)|wrong|foreign)\b|\b(?:aud|audience)\b[^.;]{0,50}\b(?:but|yet|while|and)\b[^.;]{0,25}\b(?:presented|sent|used|replayed) (?:to|at|against|on|with)\b|\b(?:alg|algorithm) (?:mismatch|confusion|none)\b|\balg"? ?[=:] ?"?none\b/],
  // "a jwt with no signature", "the token's signature was stripped": an unsigned token proves nothing ("token valid, but the document has no signature" is about something else).
  [/\bsignature\b/, /\b(?:jwts?|tokens?|bearer|credentials?)\b(?:(?!\b(?:but|yet|however|whereas|while)\b)[^.;]){0,60}\b(?:no|without an?|without any|missing (?:the |its |a )?|empty|stripped(?: the)?|removed(?: the)?) signature\b|\bsignature (?:was |is |got )?(?:stripped|removed|missing|empty)\b/],
  // "minted by our staging auth server and sent to prod", "a sandbox api key used against production": a credential
  // from another environment's issuer is unknown to this one.
  [
    /\b(?:staging|stage|dev|development|test|testing|qa|sandbox|uat|pre-?prod)\b/,
    /\b(?:minted|issued|signed|created|generated|obtained|from) (?:by |from |in |on |with |at )?(?:our |the |a |their )?(?:staging|stage|dev|development|test|testing|qa|sandbox|uat|pre-?prod)(?: env(?:ironment)?(?:'s)?)? (?:auth(?:ori[sz]ation)? server|auth service|idp|issuer|identity provider|keycloak|okta|auth0|signing key|environment|env|tenant)\b|\b(?:staging|stage|dev|development|test|testing|qa|sandbox|uat|pre-?prod) (?:access |api |bearer |auth )?(?:tokens?|jwts?|keys?|credentials?)\b[^.;]{0,30}\b(?:sent|used|presented|replayed|tried) (?:to|in|against|on|at|with) (?:the )?prod(?:uction)?\b/,
  ],
  // "a tampered session ticket", "platform validation says ticket invalid": a login ticket (game platform, sso,
  // kerberos) is a credential, and one that fails validation proves nothing (not a support ticket).
  [
    /\bticket/,
    /^(?=[^]*\b(?:(?:session|auth|authentication|login|sso|kerberos|platform|service|steam|game|access|signed) tickets?|kerberos|spnego|negotiate|tgt)\b)[^]*\b(?:(?:tampered|forged|invalid|fake|spoofed|modified|altered|expired|revoked|bogus|malformed) (?:session |auth |login |platform |kerberos |service )?tickets?|tickets? (?:is |was |are |were )?(?:invalid|tampered|forged|expired|revoked|rejected|not valid)|ticket (?:validation|verification) (?:fails?|failed)|tickets?\b[^.;]{0,40}\b(?:modified|altered|tampered|forged|edited|fails? (?:validation|verification)|failed (?:validation|verification)|validation (?:fails?|failed)|(?:is|was|are|were|has|had) (?:already |now )?(?:expired|revoked|rejected|invalid|not valid)))\b/,
  ],
  // "signed with a secret we revoked after the leak": the signing credential was withdrawn.
  [/\b(?:signed|signing|hashed|hmac'?d) with\b/, /\b(?:signed|signing|hashed|hmac'?d) with (?:a |an |the |our |their |its )?(?:[a-z-]+ )?(?:secret|key|cert(?:ificate)?)s?\b[^.;]{0,30}\b(?:revoked|rotated|expired|deleted|disabled|retired|invalidated|compromised|leaked|replaced)\b/],
  // "the api key doesn't match any key we issued": credentials that name no one.
  [/\bmatch(?:es)? (?:any|an?|one of)\b/, new RegExp(`\\b${CRED}s?\\b[^.;]{0,40}\\b(?:does not|do not|did not|never) match(?:es)? (?:any|a|an|one of)(?: of)? (?:the |our )?(?:[a-z-]+ )?(?:keys?|tokens?|credentials?|secrets?|passwords?|users?|accounts?|records?)\\b`)],
  // "the api key doesnt match anything in our db", "the key matches nothing we issued": a credential that names no one.
  [/\bmatch(?:es|ed)? (?:anything|nothing|no )/, new RegExp(`\\b${CRED}s?\\b[^.;]{0,50}\\b(?:(?:does not|do not|did not|never) match(?:es)? anything|match(?:es|ed)? (?:nothing|no (?:key|keys|token|tokens|record|records|user|users|account|accounts|entry|entries|row|rows)))\\b`)],
  // "the kid is not in our jwks": the key the token names is not one the server holds.
  [/\b(?:kid|key id|jwks)\b/, /\b(?:kid|key id)\b[^.;]{0,40}\b(?:not (?:in|found in|present in|listed in|part of)|missing from|absent from|unknown to)\b|\bno (?:matching )?(?:signing )?key (?:in|for)\b[^.;]{0,20}\bjwks\b/],
  // "signed with HS256 but we expect RS256, verification fails": the check fails, its object said before.
  [/\b(?:verification|validation) (?:fails|failed|failing|failure|errors?)\b/, /\b(?:jwt|token|signature|cert(?:ificate)?|cookie|credentials?|key|session)s?\b[^.;]{0,80}\b(?:verification|validation) (?:fails|failed|failing|failure|errors?)\b/],
  // "the client cert is not signed by our CA".
  [/\bnot (?:signed|issued) by\b/, new RegExp(`\\b${CRED}s?\\b[^.;]{0,40}\\bnot (?:signed|issued) by (?:our|a trusted|any trusted|the expected|a known|the right|us)\\b`)],
  // "a token that our introspection endpoint reports as inactive", "introspection: not active anymore".
  [/\b(?:inactive|not active|no longer active)\b/, new RegExp(`\\b(?:${CRED}|introspection)s?\\b(?:(?!\\b(?:account|user|member|subscription|plan|tenant|org|feature|project)\\b)[^.;!?]){0,80}\\b(?:inactive|not active|no longer active)\\b`)],
  // "carried a token but it was not valid": the credential, then a pronoun that judges it.
  [/\b(?:it|which|that|they|this) (?:was|is|were|are|turned out to be|seems|looks) (?:not valid|invalid|expired|revoked|malformed|bad|wrong|forged|bogus|garbage|no longer valid)\b/, new RegExp(`\\b${CRED}s?\\b[^.;]{0,30}\\b(?:it|which|that|they|this) (?:was|is|were|are|turned out to be|seems|looks) (?:not valid|invalid|expired|revoked|malformed|bad|wrong|forged|bogus|garbage|no longer valid)\\b`)],
  // "basic auth with a username that is not in our database": credentials that name no one.
  [/\b(?:basic auth|credentials?|password|log ?in|sign ?in)\b/, /\b(?:username|user name|login name|login|user|account|email)\b[^.;]{0,25}\b(?:does not exist|do not exist|not found|is unknown|not registered|never registered|never existed|(?:is|was|are|were) not (?:\w+ )?(?:in|found in|known to|registered in|listed in) (?:our|the) (?:database|directory|ldap|idp|user store|system|records?))\b/],
  // "the integration lost its credentials after the rotation": what it still sends is no longer valid.
  [/\b(?:lost|lose|loses|losing)\b/, new RegExp(`\\b(?:lost|lose|loses|losing) (?:its |their |his |her |the |our |all |all of (?:its|their) )?(?:[a-z-]+ )?${CRED}s?\\b`)],
  // "basic auth with an unknown username": credentials that match no one. Only with a login in view, since
  // "unknown username" in a profile URL is a lookup of nothing (404).
  [/\b(?:basic|credentials?|password|log ?in|sign ?in|auth\w*)\b/, /\b(?:unknown|wrong|bad|invalid|incorrect|nonexistent|unregistered|made up|made-up|random) (?:username|user name|login name|login|user ?id|client id|email and password|user and password)\b/],
  [/\b(?:never|did not|have not|has not)\b/, new RegExp(`\\b${CRED}s?(?: id)?(?: (?:that|which))? (?:we|they|the server|our idp|the idp|nobody|no one) (?:never|did not|have not|has not|never ever) (?:issued|created|minted|generated|seen|handed out)\\b`)],
  [/\b(?:not found|unknown to|does not exist|no longer exist|evicted|cannot be found|could not be found|not in )/, new RegExp(`\\b${CRED}s?(?: ids?)?\\b[^.;]{0,30}\\b(?:not found|unknown to|does not exist|no longer exists?|evicted|cannot be found|could not be found|not in (?:the |our |its |their )?(?:store|session store|key ?store|keystore|token store|redis|db|database|cache|key table|keys table|vault))\\b`)],
  [/\b(?:no longer exist|does not exist|was deleted|was removed|has been deleted)/, new RegExp(`\\b${CRED}s? (?:for|of|belonging to) (?:an? |the )?(?:account|user|client|app)s? (?:that|which) (?:no longer exists?|does not exist|was deleted|was removed|has been deleted)\\b`)],
  [/\bnot (?:more|longer|anymore|any more|valid)\b/, new RegExp(`\\b${CRED}s?\\b[^.;]{0,25}\\bnot (?:more|longer|anymore|any more) valid\\b|\\b${CRED}s?\\b[^.;]{0,25}\\bnot valid any ?more\\b`)],
  [/\b(?:do not|does not|did not|cannot|can not|could not) (?:recogni|know|find|match|validate|verify)/, new RegExp(`\\b${CRED}s? (?:that |which )?(?:we|they|the server|the api|it|our idp|the gateway) (?:do not|does not|did not|cannot|can not|could not) (?:recogni[sz]e|know|find|match|validate|verify)\\b`)],
  [/\b(?:wiped|cleared|reset|invalidated|killed)\b/, new RegExp(`\\b${CRED}s? (?:was |were |got |has been )?(?:wiped|cleared|reset|invalidated|killed)\\b`)],
  [/\b(?:gone|lost|dead|failed|fails|failing)\b/, new RegExp(`\\b${CRED}s? (?:is |was |are |were )(?:gone|lost|dead)\\b|\\brefresh(?: token)?(?: flow)? (?:failed|fails|failing)\\b`)],
  [/\b(?:issued|signed|minted) by\b/, new RegExp(`\\b${CRED}s?\\b[^.;]{0,30}\\b(?:issued|signed|minted) by (?:a |an |the |our |their )?(?:different|another|wrong|other|foreign|unknown|untrusted|staging|dev|test|old)\\b`)],
  [/\brejects? (?:it|them)\b/, new RegExp(`\\b${CRED}s?\\b[^.;]{0,40}\\brejects? (?:it|them)\\b`)],
  [/\b(?:rotated|revoked|disabled|deleted|invalidated|expired|killed)\b/, new RegExp(`\\b${CRED}s? (?:that |which )?(?:we|they|you|i|someone|an? admin|the admin|security|it) (?:already |just )?(?:rotated|revoked|disabled|deleted|invalidated|expired|killed)\\b`)],
  [/\b(?:deleted|removed|closed)\b/, new RegExp(`\\b${CRED}s?\\b[^.;]{0,20}\\b(?:for|of|belonging to|from) (?:a |an |the )?(?:user|account|client|app|service account)s? (?:that |which |who )?(?:we|they|someone|an admin|the admin|support)? ?(?:already )?(?:deleted|removed|closed)\\b`)],
  [/\b(?:deleted|removed|closed|nonexistent) (?:account|user|service account|client|app)\b/, new RegExp(`\\b${CRED}s?\\b[^.;]{0,20}\\b(?:belongs? to|of|for|from) (?:a |an |the )?(?:deleted|removed|closed|nonexistent) (?:account|user|service account|client|app)\\b`)],
  // "rejects the jwt as not valid for this api", "refuses the token as not meant for it": made for another
  // audience, so no valid credential here (not "not valid for this scope": that is a permission).
  // "sends its refresh token as the bearer instead of an access token", "the oidc id_token as the bearer token to our api": a
  // token of another kind, which a resource server does not accept as an access token (RFC 6750 §3.1 invalid_token).
  [
    /\b(?:refresh|id)[ _]tokens?\b/,
    /\b(?:refresh|id)[ _]tokens?\b[^.;]{0,60}\b(?:instead of|rather than|in place of|as|for) (?:an? |the |its |their )?(?:access token|bearer(?: token)?|authorization header|auth header|api token)\b|\b(?:bearer|authorization)\b[^.;]{0,30}<?(?:refresh|id)_token>?/,
  ],
  // "dpop proof does not match the token's cnf thumbprint", "the mtls binding of the token fails": a sender-constrained
  // token presented without the key it is bound to (RFC 9449 §7.1, RFC 8705), so it proves nothing (401).
  [
    /\b(?:dpop|cnf|thumbprint|proof[- ]of[- ]possession|pop proof|(?:token|cert(?:ificate)?)[- ]bound|binding)\b/,
    /\b(?:dpop|pop|proof[- ]of[- ]possession)(?: proof| header| jwt| key| signature)?\b[^.;]{0,40}\b(?:does not|do not|did not|fails? to|failed to|cannot|can not) (?:match|verify|validate)\b|\b(?:dpop|pop|proof[- ]of[- ]possession)(?: proof| header| jwt| signature)? (?:is |was )?(?:invalid|missing|expired|mismatch\w*|wrong|rejected|reused|replayed|stale)\b|\b(?:cnf|thumbprint|(?:token|cert(?:ificate)?)[- ]binding|binding)\b[^.;]{0,30}\b(?:mismatch\w*|does not match|do not match|did not match|fails?|failed|wrong|differs?)\b/,
  ],
  // "we only accept the api key header; client sends it in the query string": a credential in a place the server does not
  // read, so none reaches it (RFC 9110 §15.5.2: 401 with a challenge naming what it does accept).
  [
    /\bonly (?:accept|read|look|check|support|honou?r|take|allow)/,
    new RegExp(`^(?=[\\s\\S]*(?:\\b(?:query ?string|query param\\w*|url param\\w*|request body|form field)\\b|\\?[a-z_-]+=))[\\s\\S]*\\bonly (?:accepts?|reads?|looks? (?:at|for)|checks?|supports?|honou?rs?|takes?|allows?) (?:it |them |keys |tokens |credentials )?(?:in |from |via |as )?(?:the |an? )?(?:[a-z0-9-]+ )?(?:header|authorization header|auth header|${CRED})s?\\b`),
  ],
  // "has not completed the totp step yet", "calls /api/me with the pre-mfa partial token": a login not finished, so no
  // valid credential for the api (RFC 9470 step-up answers 401 too).
  [
    /\b(?:pre-?mfa|pre-?2fa|partial|half-authenticated|not (?:yet )?(?:completed|finished|passed|done)|never (?:completed|finished|passed))\b/,
    /\b(?:pre-?mfa|pre-?2fa|partial(?:ly)?[- ](?:authenticated|auth|login|session)|half-authenticated)\b|\bpartial (?:[a-z-]+ )?(?:token|session|jwt|cookie)s?\b|\b(?:not|never) (?:yet )?(?:completed|finished|passed|done)(?: the| their| his| her| its)? (?:[a-z-]+ )?(?:mfa|2fa|totp|otp|two-factor|second[- ]factor|second step|step-up|login|sign-?in)\b/,
  ],
  [/\b(?:not (?:valid|meant|intended|issued|minted|made)|invalid) for\b/, new RegExp(`\\b${CRED}s?\\b[^.;]{0,100}\\b(?:not (?:valid|meant|intended|issued|minted|made)|invalid) for (?:it|this|that|us|our|the|its|them)\\b(?![^.;]{0,40}\\b(?:scopes?|roles?|permissions?|plan)\\b)`)],
];
/**
 * "we revoke all tokens on a password change; the app keeps sending the old one", "the secret got
 * rotated, a cron job still signs with it": a credential replaced or ended (in any tense), then the
 * superseded one (or "it") still in use. What the client sends is no longer valid, whoever ended it.
 */
const CRED_OR_SECRET = `(?:${CRED}|(?:[a-z-]+ )?secret|passphrase)`;
const SUPERSEDING =
  '(?:revok(?:e|es|ed|ing)|rotat(?:e|es|ed|ing)|regenerat(?:e|es|ed|ing)|resets?|resetting|invalidat(?:e|es|ed|ing)|expir(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|replac(?:e|es|ed|ing)|re-?issu(?:e|es|ed|ing)|renew(?:s|ed|ing)?|cycl(?:e|es|ed|ing)|roll(?:s|ed|ing)? (?:over|out)|kill(?:s|ed)?|wip(?:e|es|ed))';
const SUPERSEDED_IN_USE: Hinted = [
  /revok|rotat|regenerat|reset|invalidat|expir|chang|replac|issu|renew|cycl|roll|kill|wip/,
  new RegExp(
    `\\b(?:${CRED_OR_SECRET}s?\\b[^.;]{0,25}\\b${SUPERSEDING}|${SUPERSEDING} (?:[a-z'-]+ ){0,3}${CRED_OR_SECRET}s?)\\b[\\s\\S]{0,160}?\\b(?:(?:old|previous|former|prior|stale|outdated|superseded|retired|pre-[a-z]+|revoked|expired|rotated|invalidated|deactivated|disabled|deleted|cancell?ed) (?:one|ones|${CRED_OR_SECRET}s?)\\b(?! (?:is |are )?(?:still )?(?:works?|valid|accepted)\\b)|(?:still|keeps?|kept|continu(?:e|es|ed|ing)(?: to)?)(?: (?!(?:valid|new|fresh|current|correct|right|updated|replacement|newer)\\b)[a-z-]+){0,4} (?:it|them|${CRED_OR_SECRET}s?)\\b)`,
  ),
];
/** Patterns over every credential name, each behind a cheap hint (AUTH_INVALID_OR_SUPERSEDED). */
const CREDENTIAL_JUDGED: readonly Hinted[] = [
  // "the token the shop sends is garbage, not even base64, cannot parse": nothing that can be read as a credential.
  [/\b(?:parse|parsed|unparseable|unparsable|base64|decode|garbage|junk|gibberish)\b/, new RegExp(`\\b${CRED}s?\\b[^.;]{0,50}\\b(?:is|are|was|were) (?:just |total |pure |complete )?(?:garbage|junk|gibberish|unparseable|unparsable|not even (?:valid )?base64)\\b|\\b${CRED}s?\\b[^.;]{0,60}\\b(?:cannot|can not|can't|cant|could not|unable to) (?:even )?(?:be )?(?:parse|parsed|decode|decoded)\\b`)],
  // "the token part is totally random garbage", "a key that was never issued by us": no credential of ours.
  [/\b(?:garbage|junk|gibberish|nonsense|random|issued)\b/, new RegExp(`\\b${CRED}s?(?: part| value| string| itself)? (?:is|was|are|were) (?:totally |completely |just |pure |some |only )?(?:random |made[- ]up )?(?:garbage|junk|gibberish|nonsense|random(?: (?:string|chars|characters|bytes))?)\\b|\\b${CRED}s?(?: part| value| string)?\\b[^.;]{0,50}\\b(?:never (?:was |been |were )?issued|was never issued|were never issued|not issued) by (?:us|our|the (?:idp|issuer|auth server|authorization server))\\b`)],
  // "the api key on the webhook call is invalid": the judgement after what the credential came with.
  [/\b(?:invalid|wrong|bad|expired|revoked|malformed|not valid|rejected|forged|tampered)\b/, new RegExp(`\\b${CRED}s? (?:on|in|of|for|from|attached to|sent with) (?:the |this |that |their |our |its |each |every )?[a-z-]+(?: [a-z-]+){0,2} (?:is|are|was|were) (?:now |still |just )?(?:invalid|wrong|bad|expired|revoked|malformed|not valid|rejected|forged|tampered)\\b`)],
];
const AUTH_INVALID_OR_SUPERSEDED: readonly Hinted[] = [...AUTH_INVALID_HINTED, ...CREDENTIAL_JUDGED, SUPERSEDED_IN_USE];
/** Absent credentials and verbless validity, hinted like AUTH_INVALID_HINTED (they hold the long CRED alternation). */
const AUTH_NONE_HINTED: readonly Hinted[] = [
  // "Authorization: Bearer present but the token part is an empty string": a scheme with no credential after it, read like
  // "bearer (empty)" above (RFC 6750 §3.1: a request without authentication information gets 401 and no error code).
  [/\b(?:empty|blank)\b/, new RegExp(`\\b(?:auth(?:orization|entication)? header|${CRED})(?: part| value| string| field| header| itself)? (?:is |was |are |were |(?:comes through|arrives|shows up)(?: as)? )?(?:just )?(?:an? )?(?:empty|blank)(?: string| value)?\\b`)],
  // "the access token is simply missing", "the key is completely absent": an adverb before the absence.
  [/\b(?:simply|just|completely|entirely|totally|altogether|sometimes|often|always|actually|clearly|still) (?:missing|absent|empty|omitted|stripped|dropped|not)\b/, new RegExp(`\\b(?:auth(?:orization|entication)? header|${CRED})(?: header| param| parameter| query param| query parameter| field| value)? (?:is |are |was |were |got |gets |being )?(?:simply|just|completely|entirely|totally|altogether|sometimes|often|always|actually|clearly|still) (?:missing|absent|empty|omitted|stripped|dropped|not (?:sent|provided|present|included|passed|set|attached|supplied|forwarded))\\b(?! (?:the |a |an |its |any |required |needed )?(?:[a-z:_.-]+ )?(?:scopes?|claims?|permissions?|roles?|grants?)\\b)`)],
  // "bearer with nothing after it", "nothing after the scheme": the header names a scheme and no credential.
  [/\b(?:nothing|blank|empty|whitespace|no (?:token|value|credentials?|string))\b/, /\b(?:bearer|basic|digest)\b["'`]?(?: (?:prefix|scheme|keyword|word))?["'`]? (?:with|and then|and|followed by|then|plus)(?: (?:a|one) (?:space|blank)(?: and| then)?)? (?:nothing|no (?:token|value|credentials?|string)|an? empty (?:string|value)|empty|blank|whitespace)\b|\b(?:nothing|no token|no value|empty string|empty|blank) (?:after|following|behind) (?:the )?(?:bearer|basic|digest|token|scheme|prefix|authorization|colon|keyword)\b/],
  // "we cannot tell who the caller is", "the gateway has no way to identify them": the server could establish no
  // identity, which is what 401 answers (RFC 9110 §15.5.2); not "we do not know who deleted it" (a past act, not the caller).
  [
    /\b(?:who|identify|identified|identifiable)\b/,
    /\b(?:cannot|can not|could not|can ?t|do not|does not|did not|unable to|no way to|have no idea|has no idea)(?: (?:tell|know|identify|determine|establish|verify|figure out|work out|see))? (?:who (?:the |this )?(?:caller|user|client|sender|requester|request|call)(?: is| was| came from| comes from)?\b|who (?:is calling|is making (?:it|the request|this request)|sent (?:it|this|the request|the call))\b|who they are\b|the (?:caller|sender|requester)\b(?! (?:is|was) (?:not )?(?:allowed|permitted)\b))|\b(?:caller|sender|requester|client) (?:is |was )?(?:unidentifiable|not identifiable|cannot be identified|could not be identified)\b|\b(?:cannot|can not|could not|can ?t|unable to|no way to|fails? to|failed to) identify (?:them|him|her|the (?:caller|user|client|sender|requester|request|call))\b/,
  ],
  // "the client sends no authorization at all": nothing sent (not "has no authorization to delete").
  [/ no (?:authorization|auth|authentication|credential)/, /\b(?:sends?|sent|sending|passes|passed|includes|included|attaches|attached|provides|provided|supplies|supplied) no (?:authorization|auth|authentication|credentials?)\b/],
  // "the request does not contain any token", "it carries no cookie".
  [/\b(?:contain|carry|include|bear|hold|contains|carries|includes|holds)\b/, new RegExp(`\\b(?:does not|do not|did not) (?:contain|carry|include|bear|hold)(?: a| an| any| the)? (?:valid )?(?:auth(?:orization|entication)? header|auth|${CRED})\\b|\\b(?:contains|carries|includes|holds) no (?:auth(?:orization|entication)? header|auth|${CRED})\\b`)],
  // "arrives with no mesh identity token header at all", "no partner client certificate attached": a credential with words of its
  // own before it, absent (said with what shows it is the request's: a header, "at all", "attached").
  [
    /\bno [a-z0-9-]+ /,
    new RegExp(`\\bno (?!(?:one|other|longer|need|such|more|way|new|fresh|matter|idea|valid)\\b)(?:[a-z0-9-]+ ){1,2}(?:(?:token|jwt|credentials?|api key|cookie|bearer(?: token)?|cert(?:ificate)?|identity token|signature) header|(?:token|jwt|credentials?|api key|cookie|bearer(?: token)?|cert(?:ificate)?|identity token|signature|auth(?:orization|entication)? header)(?= (?:at all|whatsoever|attached|present|sent|supplied|included|in (?:the|its|their) (?:request|call|headers?))\\b))`),
  ],
  // "if (!user) return res.status(???) // after sessions.lookup(req.cookies.sid)", "if not request.user:": code that refuses a
  // request whose caller its credentials did not resolve (not a record looked up by id: "users.findById(req.params.id)").
  [
    /^(?![\s\S]*\b(?:params|findbyid|find_by_id|by_id|get_object|query\.id)\b)[\s\S]*\b(?:sessions?|cookies?|tokens?|jwt|bearer|authorization|auth|session id|api[-_ ]?keys?|apikey)\b/,
    /\bif ?\( ?! ?(?:[a-z_]+\.)*(?:user|session|principal|identity|current_?user|currentuser|claims|caller|subject) ?\)|\bif not (?:[a-z_]+\.)*(?:user|session|principal|identity|current_?user|claims|caller) ?:|\b(?:user|session|principal|claims|caller) (?:is|===?) (?:none|null|nil|undefined)\b|\bif ?\( ?! ?(?:[a-z_]+\.)*(?:authorization|token|jwt|bearer|api[_ ]?key|apikey|key|cookie|session_?id|sessionid)\b/,
  ],
];
const AUTH_VALID_HINTED: readonly Hinted[] = [
  // "machine client is registered and authenticated", "the kiosk app authenticated ok": callers that are not people.
  [/\bauthenticated\b/, /\b(?:is|are|was|were) [a-z]+ (?:and|&) authenticated\b|\b(?:device|devices|sensor|sensors|bot|bots|app|apps|service|services|service account|machine|machines|agent|agents|runner|runners|job|jobs|worker|workers|integration|integrations|kiosk|terminal|workload|workloads|pod|pods|partner|partners) (?:is |are |was |were |got )?(?:successfully |properly |fully )?authenticated\b/],
  // Shorthand without the verb: "token valid, but …", "creds ok."
  [/\b(?:valid|fine|good|ok|okay|legit)(?= *[,.;:]| but\b| and\b| -|$)/, new RegExp(`\\b(?:${CRED}|account|acct)s? (?:valid|fine|good|ok|okay|legit)(?= *[,.;:]| but\\b| and\\b| -|$)`)],
];

function hintedMatch(text: string, hinted: readonly Hinted[]): boolean {
  return hinted.some(([hint, pattern]) => test(hint, text) && test(pattern, text));
}

/** Like hintedMatch, read with negation (hasAffirmed). */
function hintedAffirmed(text: string, hinted: readonly Hinted[]): boolean {
  return hinted.some(([hint, pattern]) => test(hint, text) && hasAffirmed(text, pattern));
}

/** The patterns whose hint occurs in the text. */
function hintedPatterns(text: string, hinted: readonly Hinted[]): RegExp[] {
  return hinted.filter(([hint]) => test(hint, text)).map(([, pattern]) => pattern);
}
const EXPIRY_WORD = /\b(?:expired|expires|expiry|expiration)\b/;
const CRED_WORD = new RegExp(`\\b${CRED}s?\\b`);

const AUTH_VALID: readonly RegExp[] = [
  // "re-login won't help, they're simply not allowed": logging in again changes nothing only for a caller already known.
  /\b(?:reauthenticat\w*|re-?authenticat\w*|re-?login|log in again|logging in again|signing in again|sign in again|login again|log out and (?:back )?in)(?: [a-z]+){0,2} (?:will not|would not|does not|did not|cannot|can not|is not going to) (?:help|fix|change)\b/,
  // "introspection active:true": the authorization server vouches for the token (RFC 7662), so the caller is authenticated.
  /\bintrospect\w*\b[^.;]{0,30}\bactive ?[:=]? ?(?:true|yes)\b/,
  // "you are who you say you are, but no", "identity checks out", "authn passes, authz fails": identified.
  /\b(?:you|they|he|she|it|the (?:caller|user|client|customer)) (?:are|is) (?:exactly |indeed |really )?who (?:you|they|he|she|it) (?:say|says|claim|claims) (?:to be|(?:you|they|he|she|it) (?:are|is))\b|\b(?:identity|authn)(?: check)? (?:is |was )?(?:fine|ok|okay|confirmed|verified|established|proven|checks out|checked out|passes|passed|succeeds|succeeded|good)\b/,
  // "ids public. authenticated. code": the state alone as a sentence.
  /(?:^|[.;,:!?] )(?:authenticated|logged in|signed in)(?= *(?:[.;,!?]|$))/,
  // "the caller is not unauthenticated", "not anonymous": a denied absence of credentials.
  /\bnot (?:unauthenticated|unidentified|anonymous|anon|logged out|signed out)\b/,
  /\b(?:logged|signed) in\b/,
  // "she still logs in fine", "he signs in ok every day": the login succeeds now (not "until he logs in").
  /\b(?:logs|signs) (?:in|on)\b(?<!\b(?:until|unless|till|once) (?:[a-z]+ ){0,2}(?:logs|signs) (?:in|on))(?! (?:again|first|later)\b)/,
  /(?<!not |cannot |can not )\bcan (?:log|sign) ?in\b(?! again| first| later)/,
  /\b(?:is|are|was|has|have|had) (?:a )?(?:login|logined|valid login)\b|\b(?:valid|correct) (?:login|password)\b|\b(?:log|logs|logged|sign|signs|signed) ?in (?:correctly|successfully|fine|ok|okay|normally|properly|without (?:a )?problems?)\b/,
  /\b(?:is|are|was|were|fully|properly|successfully|already|correctly|definitely) authenticated\b/,
  /\bauthenticated (?:user|users|caller|callers|client|clients|request|requests|account|session|member|members|customer|customers|employee|principal|person|player|players|patient|patients|visitor|visitors|vendor|vendors|buyer|buyers|seller|sellers|driver|drivers|rider|riders|student|students|but|fine|ok|okay|correctly|with|via|through|and)\b/,
  // "an authenticated insurer", "the authenticated clinician": whoever is named so is the caller (not "the
  // authenticated endpoint", "an authenticated-only page": a route that asks for credentials).
  /\b(?:an?|the|this|that|our|each|every) authenticated (?!(?:endpoints?|routes?|apis?|pages?|urls?|paths?|resources?|areas?|sections?|content|only|mode|flows?|proxy|encryption|channels?|connections?|web|site|parts?|portions?|versions?|views?|screens?|zone|space|surface|calls? to)\b)[a-z]{3,}\b(?!-)/,
  /\bauthenticated (?:[a-z-]+ ){1,2}(?:user|users|caller|callers|client|clients|account|accounts|member|members|customer|customers|employee|employees|principal|service|person|partner|admin|contractor)\b/,
  /\bauthentication (?:is fine|is ok|is okay|works|worked|succeeded|succeeds|passed|passes|is valid|is good|is not the (?:issue|problem))\b/,
  /\bauth(?:entication)?(?: itself| part| side| step)? (?:still )?(?:works|worked|is fine|is ok|is okay|succeeds|succeeded|passes|passed)\b/,
  // A pasted structured log: {"authn":"passed"}, authn=ok, authentication: success.
  /\bauth(?:entication|n)?["']? ?[:=] ?["']?(?:ok|passed|pass|success|successful|succeeded|valid|verified|authenticated)\b/,
  // "a valid client-credentials token", "a good service token": one modifier between the judgement and the credential.
  new RegExp(`\\b(?:valid|good|working|correct|legit|fresh) (?:[a-z0-9-]+ )?${CRED}s?\\b`),
  // "token is new and valid", "the jwt is fresh and verified".
  new RegExp(`\\b${CRED}s? (?:is|are|was) (?:(?:new|fresh|brand new|current|unexpired|signed|active) (?:and|&) )?(?:valid|fine|good|ok|okay|correct|legit|accepted|verified)\\b`),
  new RegExp(`\\b${CRED}s?\\b[^.;]{0,40}\\b(?:it|that) is (?:still )?(?:valid|fine|good|ok|okay|legit|accepted)\\b`),
  /\b(?:we|server|api|the app|the server|the api|the gateway|gateway|it) (?:already |clearly |do |does |fully )?(?:knows?|can tell|can see) (?:exactly |precisely |fully |clearly )?who\b/,
  /\b(?:we|server|api|the app|the server|the api|the gateway|gateway|it) (?:already |clearly |do |does |fully )?(?:knows?|identified|identifies|recogni[sz]es?|can identify) (?:exactly |precisely |fully |clearly )?(?:the |this |that )?(?:caller|user|client|person|customer|requester|principal|account)\b/,
  /\b(?:known|identified|verified|signed-in|logged-in) (?:user|caller|client|customer|member|service account|account|service|machine|partner|employee)\b/,
  // "the gateway verified the oauth token", "we validated their jwt": the credential checked and accepted.
  new RegExp(`\\b(?:verified|validated|accepted|introspected and accepted) (?:the |their |its |his |her |a |an |our )?(?:[a-z0-9-]+ )?${CRED}s?\\b(?! (?:signature|format|issuer) (?:failed|failure)\\b)`),
  // "their account is fine", "account ok": the caller's identity is in order.
  /\b(?:their|his|her|the user's|the account|the|my) account (?:is |was )?(?:fine|ok|okay|in good standing|active and fine)\b/,
  /\b(?:user|caller|client|customer|they|he|she) (?:is |are )?(?:fully |properly |positively |clearly |correctly |already )?(?:known|identified)\b/,
  /\b(?:user|caller|client|customer|they|he|she|requester) (?:is |are |was |were )?(?:authenticated|logged in|signed in)\b/,
  // "paralegal authenticated, the file …": a caller named by their job, then the state, opening the clause.
  /(?:^|[.;:,] )(?:the |a |an |our |their )?[a-z-]+ (?:is |was )?(?:authenticated|logged in|signed in)(?= *(?:[,.;:]| but\b| and\b))/,
];

// ── Permissions and policies (403) ───────────────────────────────────────────────────────────
/** A group of people a setting can apply to: "for students", "for the contractors", "for free users". */
const GROUP_OF_PEOPLE =
  '(?!(?:all|every|everyone|everybody|good|ever|now)\\b)(?:the |our |their |its |his |her )?(?:[a-z-]+ )?(?:students|users|members|customers|employees|contractors|guests|interns|staff|teachers|partners|viewers|editors|readers|tenants|orgs|teams|accounts|people|clients|trainees|freelancers|externals|seats|profiles|kids|children|minors|substitutes|resellers|sellers|agents|drivers|volunteers)\\b';
const PRIVILEGED_ROLE =
  '(?:admin|admins|administrator|administrators|owner|owners|member|members|editor|editors|maintainer|maintainers|manager|managers|moderator|moderators|superuser|super user|root|staff|collaborator|collaborators|approver|reviewer|contributor|contributors|operator|superadmin|org admin|workspace admin|billing admin|billing-admin|project admin|project owner|account owner|sysadmin|privileged user)';
const ROLE_DENIAL: readonly RegExp[] = [
  // "the owner disabled downloads for family seats", "the admin turned off grade exports for substitute teachers": an action switched off for the caller's group.
  new RegExp(`\\b(?:disabled|turned off|switched off|blocked|restricted|locked|revoked|disallowed|removed) (?:the |all )?(?:[a-z-]+ ){1,2}(?:for|on) ${GROUP_OF_PEOPLE}`),
  // Pasted code that checks a permission before refusing: "if !user.hasperm(billing:admin) {", "if not request.user.has_perm(...)".
  // A pasted structured log with quoted fields: {"decision":"deny"}, "authz": "denied", effect='deny'.
  /\b(?:authz|authorization|rbac|policy|acl|opa|permission|decision|policy_decision|effect)["'] ?[:=] ?["'](?:deny|denied|reject(?:ed)?|forbidden|not_allowed|disallow(?:ed)?)\b/,
  // A pasted authorization log line: "[authz] deny user=u_1 action=grades:write reason=role", "policy decision=deny".
  /\b(?:authz|authorization|rbac|policy|acl|opa|permission)\]? ?(?:decision ?(?:=|:|is) ?)?(?:deny|denied|reject(?:ed)?)\b|\b(?:deny|denied|reject(?:ed)?|refused?)\b[^.;\n]{0,100}\breason ?(?:=|:|is) ?['"]?(?:role|roles|permission|permissions|perm|rbac|policy|acl|missing_role|insufficient_role|not_permitted|forbidden)\b/,
  /(?:!\s*|\bnot )[a-z_.]*\b(?:has_?perms?|has_?permissions?|has_?roles?|has_?access|has_?scopes?|can_?access|is_?allowed(?:_?to)?|is_?authori[sz]ed|check_?perm\w*|is_?granted|user_?can|can)\s*\(/,
  // "the repo was archived (read only, still visible); a maintainer tries to push and is rejected": the state refuses the write.
  /\b(?:archived|read[- ]only|locked|frozen)\b[\s\S]{0,160}?\b(?:push|pushes|pushing|write|writes|commit|commits|edit|edits|update|updates|upload|uploads)\b[^.]{0,40}\b(?:rejected|refused|denied|fails?|failed|blocked)\b/,
  // "four-eyes rule says no", "maker-checker": a control that keeps this person from this action.
  /\b(?:four[- ]eyes|4[- ]eyes|maker[- ]checker|separation of duties|segregation of duties|dual control|two[- ]person rule)\b(?! (?:review |check |rule )?(?:passed|approved|succeeded|was fine|is fine|was ok|is ok|went through))/,
  // "his role was not provisioned", "access is not granted yet": what the caller needs was never given.
  /\b(?:role|roles|access|permissions?|group membership|membership|entitlements?|license|licence|seat|grants?|consent)\b (?:was |were |is |are |has |have |had )?(?:not|never) (?:yet )?(?:been )?(?:provisioned|assigned|granted|set up|added|synced|given)\b/,
  // "their admin restricted them from the reports tab", "excluded from the finance space": someone set this
  // "the project is read-only and they try to push": a policy on the resource refuses the write.
  /\b(?:is|are|was|were|became|been|set to|made|marked) (?:now )?read-only\b/,
  // "authorized to read, not to write", "may view but not edit".
  /\b(?:authori[sz]ed|allowed|permitted|entitled|able|can|may) (?:to )?(?:read|view|see|list|get|download|comment|open)\b[^.;]{0,25}\b(?:but )?(?:not|cannot|can not|may not|(?:is|are) not allowed to) (?:to )?(?:write|edit|update|delete|change|modify|post|create|upload|push|approve|publish)\b/,
  new RegExp(`\\b(?:not|no longer|never been|isn't)(?: (?:an?|the|even|yet|really|actually|one of|among))* ${PRIVILEGED_ROLE}\\b`),
  // "the service account just does not have admin": a role named bare, as what the caller holds.
  new RegExp(`\\b(?:does not|do not|did not|doesnt|dont) (?:have|hold|carry) (?:the )?${PRIVILEGED_ROLE}(?= *(?:[.;,!?)]|$| (?:on|for|in|rights|role|permissions?|privileges?)\\b))`),
  /\b(?:missing|lacks?|lacking|without|no|not have|does not have|do not have|did not have|has no|have no|had no|insufficient|inadequate|wrong|not enough|not the right|lack of|no longer has)(?: [a-z:_-]+){0,2} (?:role|roles|permission|permissions|privilege|privileges|rights|right (?:to|for)|access rights|grant|grants|entitlement|entitlements|acl|group membership|clearance|authority)\b/,
  /\b(?:role|roles|permission|permissions|privilege|privileges|entitlement|grant)s? (?:is |are |was |were |got |has been |have been )?(?:missing|lacking|not granted|not assigned|not present|denied|removed|revoked|insufficient|not enough|mismatch|mismatched|wrong)\b/,
  /\b(?:not|never|no longer) (?:got|get|hold|holds|have|has|had|carry|carries|received|gotten)(?: [a-z:_-]+){0,3} (?:role|roles|permission|permissions|privilege|privileges|rights|grant|grants|access(?! tokens?| keys?))\b/,
  /\blost (?:their |his |her |the |its )?(?:[a-z-]+ )?(?:access|permission|permissions|role|rights|membership)\b|\b(?:left|leaving|quit) (?:the |their |his |her )?(?:[a-z-]+ )?(?:team|org|organization|project|company|workspace|group)\b/,
  // "she was in the owners group until yesterday": a membership that has ended.
  /\b(?:was|were|used to be) (?:in|a member of|part of|on) (?:the |their |his |her )?(?:[a-z-]+ )?(?:team|group|org|organization|project|workspace|channel)\b[^.;]{0,15}\buntil\b/,
  new RegExp(`\\b(?:requires?|required|needs?|only (?:for|by)|reserved for|restricted to) (?:an? |the )?${PRIVILEGED_ROLE}\\b`),
  // "reserved for platform operators", "limited to the finance team", "meant only for sre staff", "reserved for internal
  // services": any group of people or of callers.
  /\b(?:reserved|restricted|limited|available only|only available|(?:meant|intended|designed) only|only (?:meant|intended|designed)) (?:for|to) (?:the |our |their |a |an )?(?:[a-z-]+ ){0,2}(?:operators?|admins?|owners?|staff|team|teams|group|groups|users|members|employees|managers|engineers|roles?|accounts|customers|partners|people|holders?|creators?|authors?|services|systems|apps|applications|integrations|clients|bots|machines|workloads|tools)\b/,
  // "limited to verified merchants", "restricted to approved vendors": a qualified class of callers, whatever its noun.
  /\b(?:reserved|restricted|limited|available only|only available|(?:meant|intended|designed) only|only (?:meant|intended|designed)) (?:for|to) (?:the |our |their )?(?:verified|approved|vetted|certified|licensed|accredited|trusted|whitelisted|allowlisted|authorized|authorised|senior|internal|enterprise|premium|paying|paid|registered|kyc-verified|onboarded) (?:[a-z-]+ )?[a-z]{3,}s\b/,
  // "the groups claim lacks finance", "roles claim does not include admin".
  /\b(?:groups?|roles?|permissions?|entitlements?)(?: claim| attribute| list| field)? (?:lacks?|is missing|does not (?:include|contain|have|list)|do not (?:include|contain|have)|has no|excludes?)\b/,
  // "user is a viewer trying to delete": a role that is by name the least privileged one.
  /\b(?:is|as|only|just|still) (?:a |an )?(?:viewer|reader|commenter|reporter|observer|auditor|read-only (?:user|member)|guest user|guest)\b/,
  /\b(?:viewer|reader|commenter|observer|auditor|read-only user|guest user)s?\b(?: [a-z-]+){0,2} (?:tries|try|trying|attempts?|attempting|wants?|deletes?|edits?|posts?|puts?|writes?|updates?|modif\w*|changes?|removes?|creates?|uploads?|approves?|publish\w*)\b/,
  // "disabled this user's write access", "took away her edit rights".
  /\b(?:disabled|revoked|blocked|turned off|switched off|took away|taken away|pulled) (?:[a-z']+ ){0,2}(?:api |write |read |admin |edit |export |delete )?(?:access|permissions?|rights)\b/,
  // "took the export permission away from his user": the verb split around its object.
  /\b(?:took|taken|take|takes|taking) (?:the |his |her |their |its |all |[a-z]+'s )?(?:[a-z:_-]+ ){0,2}(?:access|permissions?|rights?|roles?|privileges?|scopes?|grants?) away\b/,
  // "not on the project member list", "not on the roster".
  /\bnot (?:on|in) (?:the |their |our |its )?(?:[a-z-]+ ){0,2}(?:member list|members list|list|roster|access list|guest list|team|group|invite list)\b/,
  // "a class she does not teach", "a repo he does not maintain": the caller has no part in it.
  /\b(?:she|he|they|the user|user|the caller|caller|it) (?:does not|do not|did not) (?:own|teach|manage|maintain|administer|belong to|work (?:on|for|in)|have access to|have rights on)\b/,
  /\b(?:disabled|revoked|blocked|turned off|restricted|switched off) (?:the |their |its |all )?(?:api |write |read |admin )?access\b/,
  /\b(?:removed|revoked|took away|taken away|pulled|withdrew|withdrawn|cut) (?:their|his|her|the user's|its|the|all) (?:access|permission|permissions|role|roles|rights|membership)\b/,
  /\b(?:removed|kicked|dropped)(?: them| him| her| the user| me| us)? from (?:the |this |that |their |our |his |her )?(?:[a-z-]+ )?(?:project|team|org|organization|workspace|group|channel|repo|tenant|account)\b/,
  // "a project they were removed from": the person was removed, and with them their access.
  /\b(?:they|he|she|user|member|caller|i|we|you|employee|contractor) (?:were|was|got|have been|has been|had been) (?:removed|kicked|dropped) from\b/,
  // "the admin removed them from the share", "unshared him from the folder": a person taken off what was shared with them
  // (the person is named: "the file was removed from the folder" is a file's removal).
  /\b(?:removed|kicked|dropped|unshared|unshare) (?:them|him|her|the user|me|us|the member|the caller) from (?:the |this |that |their |our |his |her )?(?:[a-z-]+ )?(?:shares?|shared (?:folders?|drives?|docs?|documents?|files?|spaces?|albums?|boards?|lists?|calendars?)|folders?|drives?|access lists?|acls?|allowlists?|invite lists?|guest lists?|member lists?|members list)\b/,
  // "the merchant never granted that partner consent for orders": the owner's grant to this client is missing (not revoked
  // consent, whose tokens end with it: that is read as an ended credential).
  /\b(?:not|never) (?:been )?(?:given|granted|assigned)(?: [a-z]+){0,2} (?:access|permission|permissions|role|roles|rights|consent)\b/,
  /\b(?:need|needs|requires?|required|only for|restricted to|reserved for|limited to)(?: the| an?)? [a-z:_-]+ (?:role|permission|group|membership)\b/,
  /\bnot (?:part|a member|member|in) of (?:the |this |that |a |their |our )?(?:[a-z-]+ )?(?:group|team|org|organization|project|workspace|channel|repo|department|class)\b/,
  /\b(?:may|can|allowed to) (?:only )?(?:read|view|see)\b[^.;]{0,40}\bbut not\b/,
  /\bonly (?:the |an? |our |their )?[a-z-]+(?: [a-z-]+){0,2} (?:can|may|are allowed to|is allowed to|is permitted to|are permitted to)\b/,
  // "can only be deleted by the retention officer role", "may be approved only by managers": the action kept for others.
  /\b(?:can|may|could|is allowed to|are allowed to)(?: only)? be [a-z]+(?:ed|en|wn|ne)(?: or [a-z]+(?:ed|en|wn|ne))? only by\b|\b(?:can|may|could) only be [a-z]+(?:ed|en|wn|ne)(?: or [a-z]+(?:ed|en|wn|ne))? by\b/,
  // "the sealed flag means only attorneys open it": a circle of people named without a modal verb.
  /\bonly (?:the )?[a-z-]+s (?:open|see|view|read|access|edit|download|get at) (?:it|them|this|that|those)\b/,
  /\brole (?:is )?only\b|\bonly (?:has |have )?(?:a |the )?[a-z-]+ role\b|\bregular (?:member|user|account)\b|\blow[- ]priv\w*/,
  /\b(?:group|role|policy|plan|iam policy) (?:does not|do not|did not) (?:allow|grant|permit|include)\b/,
  /\b(?:has|have|with|got) (?:only )?(?:read|view|viewer|read-only)(?: access| permission| rights)? (?:but|and) not (?:write|edit|delete|admin|push)\b/,
  /\b(?:roles?|polic(?:y|ies)|permissions?|scopes?|grants?) (?:grants?|allows?|permits?|covers?|includes?) only\b/,
  // (Not "support escalation", "escalated the ticket to ops", "escalation: a partner still calls …", "escalation notes": a case handed up the support chain.)
  /\bescalat\w*\b(?!\s?[:(]| notes?\b| from (?:l[0-9]|tier|level|support|the (?:front|first))\b)(?<!\b(?:support|customer|ticket|incident|sev[0-9]?|p[0-9]|internal|an|the|tier[- ]?[0-9]) escalat\w*)(?! (?:(?:the |this |that |a |an )?(?:ticket|case|issue|incident|call)|(?:it |this |that )?to (?:ops|support|engineering|the on-?call|on-?call|tier|l[0-9]|management|us|them|me)|(?:path|policy|process|queue|channel|from))\b)|\bpolicy (?:engine )?says (?:deny|no)\b|\b(?:rbac|authz|authorization) says no\b/,
  // "no admin access" names a role; "without the right access" only says access is lacking (generic).
  /\b(?:no|without|lacks?|lacking|has no|have no) (?!(?:the |any )?(?:right|proper|required|necessary|needed|correct|sufficient|appropriate|relevant) access\b)(?:[a-z-]+ ){1,2}access\b(?! token| key)/,
  /\b(?:not|never|no longer) (?:allowed|permitted|entitled|supposed|authorized|authorised) to\b/,
  /\b(?:does not|do not|did not|cannot|can not) (?:have )?(?:access|permission|rights)\b/,
  /\b(?:no|without|lacks?|lacking|has no|have no) access\b/,
  /\b(?:rbac|abac|acl|iam|opa|policy|policies|role binding|rolebinding|permission check|authz check|access control)(?: [a-z]+){0,3} (?:denies|denied|deny|mismatch|mismatched|blocks|blocked|rejects|rejected|fails|failed|does not (?:allow|grant|permit|include|cover)|forbids)\b/,
  /\brbac\b/,
  // "if (!user.roles.includes('hiring_manager')) return …": a code line that refuses callers without a role.
  /!\s*(?:[a-z_]+\.)*(?:roles|permissions|perms|groups)\.(?:includes|has|contains|some|indexof)\(|!\s*(?:[a-z_]+\.)*(?:hasrole|has_role|haspermission|has_permission|isadmin|is_admin|ismanager|is_manager)\(/,
  /\b(?:role|roles|permissions?|access|plan|seat)(?: [a-z]+)? (?:was |were |got |has been |have been )?(?:downgraded|reduced|demoted|narrowed|restricted)\b|\b(?:downgraded|demoted) (?:from|to)\b/,
  // Not "access denied": that is the refusal itself, which says nothing about who is calling.
  /\b(?:authorization|authz|permission|policy|rbac|acl)(?: check| checks| layer| middleware| guard)? (?:fails|failed|failing|failure|denies|denied|rejects|rejected|says no)\b/,
  /\b(?:only|just) (?:admins|owners|members|managers|staff|editors|maintainers|the owner|the admin|org admins|workspace admins|super ?admins)(?: (?:can|may|should|are allowed|have access))?\b/,
  /\b(?:admins?|owners?|staff|managers?|members?|paid|premium|subscribers?|employees?|internal|vip|pro|enterprise|business|plus|team|gold|platinum)[- ]only\b/,
  // "the adjustment screen, which is supervisors only": a page kept for one kind of person.
  /\b(?:which|that|it|this) (?:is|are) (?:for )?[a-z-]*(?:ors|ers|ists|admins|ians|ees|ents|leads|heads|owners|members|staff|managers|officers)(?<!users) only\b/,
  /\bguest (?:role|roles|account|accounts|member|members|permissions?)\b/,
  /(?<!rate |rate-)\b(?:read-only|readonly|viewer|view-only|basic|regular|normal|standard|unprivileged|low-privilege|limited)(?: [a-z-]+)? (?:user|users|role|account|member|members|token|key|seat|permission|permissions|access)\b/,
  /\b(?:has|have|had|with|only|just) (?:read|read-only|view|viewer|view-only)(?: only)? (?:access|permission|permissions|rights|role)\b/,
  /\b(?:privilege escalation|elevated (?:privileges|permissions|rights))\b/,
  /\bnot in the (?:\w+ )?(?:group|role|team|allowed list)\b/,
  /\bnot (?:part of|a member of|in) (?:the |that |this )?(?:team|group|project|workspace|org|organization|organisation|channel|repo|repository)\b/,
];
/** Role denials behind a cheap hint: their patterns compile and run only where a hint word occurs. */
const ROLE_DENIAL_HINTED: readonly Hinted[] = [
  // "ci service account is limited to staging by policy", "kiosk accounts only get pos screens", "contractor keys are scoped to
  // the billing module": a class of caller confined by a rule, and the question is about a request outside it (not "limited to
  // 100 requests a minute": a rate, read as 429; not "users only see / only have …", which says what is visible to them and
  // leaves hiding the rest open).
  [
    /\b(?:limited|restricted|confined|scoped|locked|pinned) to\b|\bonly (?:get|gets|can)\b/,
    /\b(?:accounts?|acct|users?|keys?|tokens?|roles?|bots?|clients?|apps?|seats?|members?|guests?|staff|contractors?|agents?|kiosks?|devices?|identit(?:y|ies)|principals?|pipelines?|runners?) (?:is |are |was |were |get |gets |got |have been |has been )?(?:only )?(?:limited|restricted|confined|scoped|locked|pinned) (?:by (?:policy|rule|config|an? admin|the admin|their admin) )?to (?!(?:\d|a (?:few|max|maximum|total|rate)|one |two |three |five |ten |max)\b)(?:the )?[a-z]|\b(?:accounts?|users?|keys?|tokens?|roles?|bots?|seats?|members?|guests?|staff|contractors?|kiosks?|devices?) only (?:get|gets|can (?:use|open|access|reach|call)) (?:access to )?(?!(?:\d|a (?:few|max|maximum|limited)|one |two |three |five |ten )\b)(?:the )?[a-z]/,
  ],
  // "company policy says nobody approves their own", "users cannot merge their own pull request", "self-approval is blocked":
  // a separation-of-duties rule that refuses this person this act (four-eyes, said without the name).
  [
    /\bown\b|\bself[- ]?approv/,
    /\bself[- ]?approv\w*\b|\b(?:nobody|no one|noone|cannot|can not|may not|must not|not allowed to|not permitted to|never allowed to|is not allowed to|are not allowed to)(?: [a-z]+)? (?:approves?|reviews?|merges?|signs? off(?: on)?|authori[sz]es?|verif(?:y|ies)|audits?|grades?|rates?|countersigns?|releases?) (?:their|his|her|your|its|one's) own\b/,
  ],
  // "the channel is listed as read-only announcements, they try to post to it", "a read-only board, he tries to comment": the
  // place's own permissions allow reading, and the caller asks to write (not a read-only key: READ_ONLY_CREDENTIAL reads that).
  [/\bread-?only\b/, /\bread-?only\b(?! (?:tokens?|keys?|api keys?|credentials?|scopes?|jwts?|replicas?|mode|file ?systems?|fs|volumes?|disks?|databases?|db)\b)(?:(?!\b(?:deleted|removed|purged|retired|gone|archived)\b)[^?]){0,80}\b(?:try|tries|tried|trying|attempts?|attempted|wants?|wanted) to (?:post|write|edit|upload|send|comment|publish|reply|modify|delete|change|add)\b/],
  // "her proxy access ended", "his delegated rights expired", "the guardian's permission lapsed": a grant that ran its
  // course (not "the access token expired": a credential, read by the authentication readers).
  [/\b(?:ended|expired|lapsed|ran out|run out|terminated|ceased|stopped)\b/, /\b(?:(?:her|his|their|its|[a-z]+'s) |(?:proxy|delegate|delegated|delegation|guardian|parental|caregiver|carer|temporary|contractor|guest|trial|shared|family) )(?:[a-z-]+ )?(?:access|permissions?|rights|role|membership|delegation|authority|entitlements?|grants?)(?: (?:to|for|on|over) (?:the |her |his |their |its )?[a-z0-9-]+(?:'s)?(?: [a-z0-9-]+){0,2})? (?:has |have |had |was |were )?(?:ended|expired|lapsed|ran out|run out|been terminated|terminated|ceased|stopped|been revoked)\b/],
  // "a class they are not assigned to", "the agent is not assigned to that ticket": access that follows an assignment the caller lacks
  // (not "ids that were never assigned": that is an id never issued).
  [/\bassigned to\b/, /\b(?:they|he|she|you|i|we|user|users|caller|callers|agent|agents|staff|employee|employees|member|members|teachers?|nurses?|doctors?|physicians?|clinicians?|tutors?|reviewers?|drivers?|technicians?|engineers?|managers?|auditors?|lawyers?|attorneys?|caseworkers?|adjusters?|reps?|officers?|instructors?|professors?|substitutes?|contractors?|analysts?|operators?|moderators?|editors?|approvers?|volunteers?|coaches?|students?) (?:are|is|was|were|am|have|has|had)? ?(?:not|never) (?:yet )?(?:been )?assigned to\b/],
  // "shared with their org as view-only and they try PUT", "tries to transfer money where they're only a view delegate":
  // a caller who may only look, asked to change something.
  [
    /\b(?:view|read|viewer|reader|look)\b/,
    /\b(?:view[- ]?only|read[- ]?only|(?:is|are|as|only|just|a|an|the) (?:an? )?viewer\b|viewer (?:role|access|permissions?|rights|seats?)|view (?:delegates?|access|roles?|rights|permissions?|grants?|shares?)|read (?:access|roles?|rights|permissions?))\b[^.;]{0,60}\b(?:tries|try|trying|attempts?|attempting|wants?|calls?|sends?|issues?|does|do)\b(?: to| an?| the)?\b[^.;]{0,12}(?<!\/)\b(?:put|post|patch|delete|create|write|edit|update|modify|remove|transfer|publish|approve|move|share|invite|upload|rename|pay|withdraw|sign|submit|send|execute|grant|assign|book|order|buy|sell|trade|refund|cancel|close|archive|restore|deploy|merge|push|commit|reset|change|configure|add)s?\b|\b(?:tries|try|trying|attempts?|attempting|wants?) to (?:put|post|patch|delete|create|write|edit|update|modify|remove|transfer|publish|approve|move|share|invite|upload|rename|pay|withdraw|sign|submit|send|execute|grant|assign|book|order|buy|sell|trade|refund|cancel|close|archive|restore|deploy|merge|push|commit|reset|change|configure|add)\b[^.;]{0,100}\b(?:only (?:an? )?(?:view|read|viewer|reader|read-only|view-only)\b|view[- ]only|read[- ]only|as (?:an? )?viewer)/,
  ],
  // "they're only contributor (editor required)", "she is just a commenter": a lesser role than the action asks for.
  [
    /\b(?:only|just|merely)\b|\b(?:required|needed)\b/,
    /(?:\b(?:they|he|she|i|you|we|user|users|caller|callers|customer|customers|employee|employees|staff|account|[a-z]+(?:er|or|ist|ant|ent|ian)s?) (?:is|are|am|was|were)|\bas) (?:only|just|merely) (?:an? )?(?:contributors?|viewers?|readers?|commenters?|guests?|observers?|auditors?|participants?|delegates?|view delegates?|basic members?|regular members?|plain members?|assistants?|trainees?|interns?|juniors?|members?)\b(?! (?:lists?|directory|directories|pages?|areas?|sections?|views?|feeds?|portals?|forums?|counts?|profiles?|books?|logs?|for)\b)|\b(?:editor|admin|administrator|owner|manager|maintainer|publisher|approver|moderator|supervisor|reviewer|signer|signatory)(?: role| rights| access| permissions?| level)? (?:is |are |was )?(?:required|needed|necessary)\b/,
  ],
  // "revoked maria's export permission", "pulled the user's delete right": a named permission taken away.
  [/\b(?:removed|revoked|took away|taken away|pulled|withdrew|withdrawn|stripped|dropped)\b/, /\b(?:removed|revoked|took away|taken away|pulled|withdrew|withdrawn|stripped|dropped) (?:their|his|her|its|the|all|[a-z]+'s|the [a-z]+'s) (?:[a-z-]+ ){0,2}(?:access|permissions?|roles?|rights?|membership|privileges?|grants?)\b(?! (?:away|now|after|before|there|here|tokens?|keys?)\b)/],
  // "the tenant admin disabled the api console for contractors": a setting that refuses a group of people.
  [/\b(?:disabled|turned off|switched off|deactivated|locked|blocked|hid|hidden)\b[^.;]{0,40}\bfor\b/, new RegExp(`\\b(?:disabled|turned off|switched off|deactivated|locked|blocked|hid|hidden) (?:(?:the |their |his |her |this |that |its |our )?(?:[a-z-]+ ){0,3})?for ${GROUP_OF_PEOPLE}`)],
  // caller's permissions so; a deliberate restriction is a permission, like a missing role.
  [/\b(?:restricted|excluded|took away|taken away|withdrew|withdrawn|revoked)\b/, /\b(?:restricted|excluded)(?: (?:them|him|her|the user|this user|that user|users|the caller|the customer|customers|the employee|this employee|employees|members|the member|the account))? (?:from|out of)\b|\b(?:restricted|revoked|took away|taken away|withdrew|withdrawn) (?:their|his|her|the user's|this user's|the employee's|this employee's|the customer's|its) access (?:to|for)\b/],
  // "a guest user (logged in, read-only) tries to invite people": a least-privileged caller asking for
  // more than reading, with an aside between them.
  [/\b(?:viewer|reader|commenter|observer|auditor|read-only|guest)s?\b/, /\b(?:viewer|reader|commenter|observer|auditor|read-only (?:user|member)|guest user|guest)s?\b[^.;]{0,40}?\b(?:tries|try|trying|attempts?|attempting|wants?) to (?!(?:read|view|see|list|get|download|open|look|browse|access|fetch|search|check|log|sign)\b)[a-z]+/],
  // "a read-only integration tries to create users": a write asked of something that may only read.
  [/\bread-only\b/, /\bread-only\b[^.]{0,40}\b(?:tries|try|trying|attempts?|attempting|wants?|calls?|sends?|to)\b[^.;]{0,12}\b(?:create|write|delete|update|edit|post|put|patch|modify|remove|change|upload|invite|archive|rename|move|share|manage|configure|approve|publish|cancel|transfer|assign|grant|merge|deploy|restore)s?\b/],
  // "nobody gave him a role yet", "no one assigned her any permissions".
  [/\b(?:give|gave|given|assign|assigned|grant|granted)\b/, /\b(?:nobody|no one|noone|not|never|did not|has not|have not) (?:yet )?(?:give|gave|given|assign(?:ed)?|grant(?:ed)?)(?: (?:him|her|them|the user|this user|it))? (?:a |the |any |an )?(?:[a-z-]+ )?(?:role|roles|permission|permissions|access|rights)\b/],
  // "the owner did not invite them", "never been shared with her": not let in, so refused.
  [/\b(?:invited|uninvited|invite|add|share|shared)\b/, /\b(?:not|never) (?:yet |even )?(?:been )?invited\b|\buninvited\b|\b(?:did not|does not|do not|has not|have not|never) (?:yet )?(?:invite|add|share (?:it |this |that )?with) (?:them|him|her|the user|this user|that user|the caller|me|us)\b|\b(?:not|never) (?:yet )?(?:been )?shared with\b/],
  // A platform's own name for "identified, and not permitted": gRPC PERMISSION_DENIED, AWS AccessDenied,
  // a GraphQL error code FORBIDDEN. The platform only says so of a caller it has identified.
  [/permission_?denied|access_?denied|unauthorizedoperation|authorizationfailed|code\W{1,4}forbidden/, /\bpermission_?denied\b|\baccess_?denied(?:exception)?\b|\bunauthorizedoperation\b|\bauthorizationfailed\b|\bcode\W{1,4}forbidden\b/],
  // "her RoleBinding gives view in ns dev only", "the ClusterRole only grants get and list": a grant that
  // covers something else than what is asked (Kubernetes, IAM, ACLs, policies); not "allows GET only", which restricts a method.
  // "email is visible only to admins and the owner", "readable by org owners only": a circle the caller is not named in.
  // Service-to-service allowlists: "svc-ledger only lets svc-billing call it", "accepts requests from checkout-svc only".
  // (One pattern behind one hint: "only" is a common word, and one scan is cheaper than three.)
  [/\bonly\b/, /\b(?:role|roles|rolebindings?|role bindings?|clusterroles?|cluster roles?|clusterrolebindings?|bindings?|polic(?:y|ies)|grants?|acls?|permission sets?|permissions?)\b[^.;]{0,40}\b(?:only (?:grants?|gives?|covers?)\b|only (?:allows?|permits?|lets?)\b(?! (?:get|head|post|put|patch|delete|options)\b)|(?:grants?|gives?|covers?)\b[^.;]{0,40}\bonly|(?:allows?|permits?)\b(?! (?:get|head|post|put|patch|delete|options)\b)[^.;]{0,40}\bonly\b)|\b(?:visible|viewable|readable|shown|accessible|available|reserved|restricted) only (?:to|for|by)\b|\bonly (?:visible|viewable|readable|shown|accessible) (?:to|for|by)\b|\b(?:visible|viewable|readable|shown|accessible) (?:to|for|by) (?:the )?[a-z -]{1,30}\bonly\b|\bonly (?:lets|allows|permits|accepts|trusts)\b(?! (?:get|head|post|put|patch|delete|options)\b)[^.;]{0,30}\b(?:call|calls|in|through|access|requests|traffic)\b|\b(?:accepts?|allows?|permits?|trusts?) (?:requests |calls |traffic )?(?:from )?(?:the )?(?!(?:get|head|post|put|patch|delete|options)\b)[a-z0-9-]+(?: [a-z0-9-]+)? only\b|\b(?:allowed|permitted|open|enabled|granted|exposed) only (?:to|for)\b(?! (?:get|head|post|put|patch|delete|options|reads?|now|today|testing|internal use)\b)|\bonly (?:allowed|permitted|open|enabled|granted|exposed) (?:to|for)\b(?! (?:get|head|post|put|patch|delete|options|reads?|now|today|testing)\b)/],
];

const SCOPE_WORD = /\bscopes?\b|\bscp claim\b/;
const SCOPE_NEGATIVE =
  /\b(?:missing|lacks?|lacking|insufficient|without|no|not|only|wrong|does not include|do not include|not granted|narrow|limited|needs?|requires?|required|requiring|requirement|mandatory|enforc(?:e|es|ed|ing)|demands?|demanding|read-only|(?<![a-z_-][:.])read scope|fewer|less|doesn't|outside|beyond|exceeds?|exceeding)\b/;
/** "the key is only for read … i try to delete": a credential that may only read, asked to write. */
const READ_ONLY_CREDENTIAL: Hinted = [
  /\bonly\b[^.;]{0,20}\bread|\bread(?:ing)? only\b/,
  /\b(?:token|key|api key|jwt|credentials?|personal access token)s?\b[^.;]{0,30}\b(?:only (?:for |allows? |permits? |grants? |lets? (?:me|us|you|them|it) |can |does )?(?:read|reading|reads)|(?:for )?read(?:ing)? only)\b[\s\S]{0,100}\b(?:write|writes|delete|deletes|put|post|patch|update|create|creates|edit|modify|remove|insert)\b/,
];
const SCOPE_DENIAL: readonly RegExp[] = [
  /\binsufficient_scope\b/,
  // "key's scopes: read. endpoint: POST /items": a read scope asked to write.
  /\bscopes?\b:? (?:is |are |only |just )*(?:[a-z_-]+[:.])?(?:read|read-only|view|readonly)\b(?!:)[\s\S]{0,60}\b(?:post|put|patch|delete|write|create|update)\b/,
  // "its scope is `labels:read`, and they POST /labels", "the key has scope `shipments:read` and they call POST": a read scope, then a write.
  // "scope=read:orders, calling post /orders": the same with the action first in the scope's name, or written as a key=value.
  /\bscopes?\b:?(?: ?=)?(?: (?:is|are|only|just|=|of))* ?['"`]?(?:[a-z_-]+[:.](?:read|view|readonly|read-only|list|get)|(?:read|view|readonly|list|get)[:.][a-z_-]+)['"`]?(?: only)?\b[\s\S]{0,80}\b(?:post|put|patch|delete|writes?|creates?|updates?)\b/,
  /\b(?:token|key|jwt|client|app)(?: was| is)? (?:created|issued|minted|generated|made|granted|provisioned) without\b/,
  // "it is just scoped read:orders and the call is post /orders": a credential scoped to reading, asked to write.
  /\bscoped (?:to |as |with |for |only )?(?:read|read-only|readonly|[a-z_-]+[:.]read|read[:.][a-z_-]+)\b[\s\S]{0,60}\b(?:post|put|patch|delete|write|create|update)\b/,
  // "that key is restricted to the staging project": the credential's reach, not the caller's identity.
  /\b(?:token|key|jwt|credentials?)s?\b[^.;]{0,20}\b(?:restricted|scoped|limited|bound|pinned) (?:to|per) (?:the |a |one |each |another |their |its )?(?:[a-z-]+ )?(?:project|tenant|org|workspace|repo|repository|environment|env|account|bucket|resource)s?\b/,
];

/** An OAuth scope written the way tokens carry it: `write:orders`, `payments:write`, `orders.read`. */
const SCOPE_TOKEN = /(?<![a-z0-9_./-])(?!https?:|mailto:)[a-z][a-z_-]{1,30}[:.](?:read|write|admin|all|\*|[a-z][a-z_*-]{1,30})(?![a-z0-9_:/-])(?!\.[a-z0-9])/g;
const LACKS_BEFORE = /\b(?:without|lacks?|lacking|missing|no|not have|does not have|do not have|has no|not granted|minus|except)(?: the| a| an| any)?\s*['"`]?$/;
/** "checks for reports:admin which the user lost": the permission named, then that the caller has it no more. */
const LACKS_AFTER = /^,? (?:which|that) (?:the |this |our )?(?:user|caller|client|customer|account|token|key|they|he|she)? ?(?:lost|has lost|no longer (?:has|have|holds?)|does not have|do not have|did not have|lacks|is missing|never had|was stripped of)\b/;
const NEEDS_BEFORE = /\b(?:needs?|requires?|required|requiring|wants?|expects?|only for|gated (?:on|by)|demands?)(?: the| a| an)?\s*['"`]?$/;

/**
 * "token without payments:write", "scope is read:orders and the endpoint needs write:orders": a scope
 * the token lacks, or one the endpoint needs while the token names another.
 */
function scopeTokensDeny(text: string): boolean {
  if (!/[a-z][:.][a-z*]/.test(text)) return false;
  const tokens = [...text.matchAll(SCOPE_TOKEN)].filter((match) => !/\.(?:com|org|net|io|json|js|ts|html|php|env|txt|yaml|yml)$/.test(match[0]));
  const names = new Set(tokens.map((match) => match[0]));
  for (const match of tokens) {
    const before = text.slice(Math.max(0, (match.index ?? 0) - 30), match.index ?? 0);
    if (LACKS_BEFORE.test(before)) return true;
    if (NEEDS_BEFORE.test(before) && names.size > 1) return true;
    const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 50);
    if (LACKS_AFTER.test(after)) return true;
  }
  return false;
}

const TENANT_NOUN =
  '(?:tenant|tenants|org|orgs|organization|organisation|organizations|organisations|customer|customers|company|companies|workspace|workspaces|team|teams|realm|namespace|store|merchant|school|clinic|business|partner|subsidiary|brand|instance|insurer|insurers|payer|payers|agency|agencies|bank|banks|pharmacy|pharmacies|firm|firms|university|universities|district|districts|franchise|franchises|studio|studios|guild|guilds|clan|clans|publisher|publishers|household|households)';
const TENANT_DENIAL: readonly RegExp[] = [
  new RegExp(`\\b(?:another|other|different|wrong|foreign|separate|someone else's|somebody else's|a different|another customer's|other customers')(?: [a-z]+)? ${TENANT_NOUN}(?:'s|s')?\\b`),
  /\bcross-(?:tenant|org|account|customer|workspace)\b/,
  /\btenant isolation\b|\bisolation between tenants\b|\bmultitenan(?:t|cy)\b/,
  // "tenant claim is t1 and the url is /t2/": two different tenant ids in one question.
  /\b(?:tenant|org|workspace)\b[^.;]{0,30}\b([a-z]{1,2}\d+)\b[^;]{0,50}\b(?!\1\b)[a-z]{1,2}\d+\b/,
  /\b(?:tenant|org|workspace)(?: id)?(?: claim)? (?:mismatch|does not match|differs)\b/,
  /\b(?:tenant|org|organization|customer|account|workspace) (?:id )?mismatch\b/,
  new RegExp(`\\bbelongs? to (?:another|a different|other|someone else|somebody else|a other|the other|a separate)(?: ${TENANT_NOUN}| account| project| user| person)?\\b`),
  new RegExp(`\\bnot (?:in |part of |a member of |from |within )?(?:their|his|her|the user's|the caller's|your|our|its|the same) (?:own )?${TENANT_NOUN}\\b`),
  new RegExp(`\\b${TENANT_NOUN}s?[ /:#-]([a-z]|\\d+)\\b.{0,80}\\b${TENANT_NOUN}s?[ /:#-](?!\\1\\b)(?:[a-z]|\\d+)\\b`),
  // "user from tenant blue … a tenant green resource": two tenants named by words.
  /\b(?:from|of|in) (?:the )?tenant ([a-z0-9-]{2,20})\b.{0,80}\b(?:on|to|for|at|into|of|in|a|an|the) (?:the )?tenant (?!\1\b)(?!(?:names?|ids?|is|are|was|data|level|admin|isolation)\b)[a-z0-9-]{2,20}\b/,
];
/** The tenant a path names, by the contract's default pattern: the segment after /tenants/, /orgs/, /accounts/ … */
const PATH_TENANT = /\/(?:tenants?|orgs?|organi[sz]ations?|accounts?|workspaces?|partners?|customers?|companies|teams?)\/([a-z0-9_-]{1,40})(?=[/?#\s.,;]|$)/g;
/** The caller's tenant: "user from tenant acme", "his org is t-4", "tenant claim = blue", "acme user". */
const CALLER_TENANT = [
  /\b(?:from|of|in|belongs to|member of) (?:the )?(?:tenant|org|organi[sz]ation|workspace|account|partner|customer|company|team) ([a-z0-9_-]{1,40})\b/g,
  /\b(?:tenant|org|organi[sz]ation|workspace|account|partner|company|team)(?: id| claim)? (?:is|=|:|was) ([a-z0-9_-]{1,40})\b/g,
];
const NOT_A_TENANT_NAME = /^(?:the|a|an|is|are|was|not|and|or|but|that|this|id|ids|claim|admin|level|data|isolation|name|names|\d{3})$/;

/** "user from tenant acme tries GET /orgs/globex/projects/9": the path names another tenant than the caller's. */
function pathTenantDiffers(text: string): boolean {
  if (!text.includes('/')) return false;
  const inPath = [...text.matchAll(PATH_TENANT)].map((match) => match[1] ?? '');
  if (inPath.length === 0) return false;
  const callers = CALLER_TENANT.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1] ?? '')).filter((name) => !NOT_A_TENANT_NAME.test(name));
  return callers.some((caller) => !inPath.includes(caller));
}

const OWNERSHIP_DENIAL: readonly RegExp[] = [
  /\b(?:someone else's|somebody else's|another user's|other user's|other users'|another person's|other people's|another member's|a colleague's|coworker's|a coworker's|another account's|another employee's|another patient's|another student's)\b/,
  // "a user who is not the album owner", "not the document's author": the owner named with what they own.
  /\bnot (?:the |its |their |his |her )?(?:[a-z-]+(?:'s)? )?(?:owner|author|creator)\b/,
  /\b(?:does not|do not|did not) own\b/,
  /\bnot (?:their|his|her|your|my) own\b/,
  /\b(?:owned|created) by (?:someone else|somebody else|another|a different)\b/,
  /\bidor\b/,
  /\b(?:user|customer|member|patient|account)s?[ /:#-]([a-z]|\d+)\b.{0,80}\b(?:user|customer|member|patient|account)s?[ /:#-](?!\1\b)(?:[a-z]|\d+)\b/,
  // (Not "another user deleted it", "removed by another employee": the one who removed it, not whose it is.)
  /(?<!\b(?:deleted|removed|archived|erased|purged|edited|changed|renamed|moved|wiped|taken down|unpublished) by )\b(?:another|other|different|wrong|someone else's) (?:users?|accounts?|persons?|people|members?|patients?|students?|employees?)(?:'s|s')?\b(?! (?:deleted|removed|archived|renamed|moved|edited|updated|closed|erased|purged|unpublished|took (?:it |them )?down|cleared|wiped|overwrote|changed)\b)/,
];
const IP_DENIAL: readonly RegExp[] = [
  // "their org's ip policy only allows office ips".
  /\bip (?:policy|policies|restriction|restrictions|rule|rules|filter|filtering)\b|\b(?:only (?:allows?|permits?|accepts?)|restricted to|limited to) (?:the )?(?:office|corporate|vpn|company|allowlisted|known|internal) (?:ips?|ip addresses|networks?|ranges?)\b/,
  /\ballowlist(?:s|ed|ing)?\b|\bdenylist(?:s|ed|ing)?\b/,
  /\b(?:ip|ips|ip address|ip addresses|cidr|ip range|ip ranges|source ip|client ip|egress ip|nat ip|nat gateway)\b(?: [a-z]+){0,4} (?:block|blocks|blocked|blocking|not allowed|not in|not on|restricted|rejected|denied|filtered|banned|new)\b/,
  /\b(?:new|unknown|unlisted|blocked|banned|new service) (?:ip|ips|ip address|ip range|egress ip|nat ip)\b/,
  /\btor(?: exit)? nodes?\b|\bexit nodes?\b|\btor\b[^.;]{0,30}\bblock/,
  /\b(?:sanctioned|embargoed|blocked|restricted|banned) (?:country|countries|region|regions|location|locations)\b/,
  /\b(?:country|countries|region|regions|location|locations)\b (?:that |which )?(?:we|they|the [a-z]+|our [a-z]+) (?:block|blocks|ban|bans|restrict|restricts|deny|denies|geo-?block|geo-?blocks)\b/,
  // "playback is limited to launch regions", "region-locked", "a country where we have not launched".
  /\b(?:limited|restricted|locked) to (?:the |our )?(?:launch |supported |allowed |licensed )?(?:regions?|countries|markets?|territories)\b|\bregion[- ]?lock(?:ed)?\b|\b(?:country|countries|region|market) (?:where|that) (?:we|it|they) (?:have not|has not|did not|do not) (?:yet )?(?:launch|launched|serve|served|operate)\b/,
  /\bgeo[- ]?(?:block|blocked|blocking|fence|fenced|restriction|restrictions|restricted|policy|policies|rules?)\b|\b(?:country|region) (?:is )?(?:blocked|restricted|not allowed)\b/,
  /\boutside (?:the |our )?(?:corporate |office |company )?(?:vpn|network|ip range|allowed range|range)\b|\brestricted (?:by|to) (?:source |client )?ips?\b/,
  // "we block users from one country", "customers located in certain regions are refused".
  /\b(?:block\w*|ban|bans|banned|banning|refus\w*|reject\w*|den(?:y|ies|ied)|restrict\w*|exclud\w*|disabl(?:e|es|ed|ing)|turned off|switched off|not (?:allowed|permitted|available)|(?:do|does|will) not (?:serve|allow|accept|sell to|ship to))\b[^.;]{0,50}\b(?:from|in|located in|based in|connecting from) (?:a |one |two |some |certain |several |specific |that |this |the |those |these |such )?(?:[a-z]+ )?(?:countr(?:y|ies)|regions?)\b|\b(?:countr(?:y|ies)|regions?)\b[^.;]{0,30}\b(?:get |gets |are |is |were |was )?(?:blocked|banned|refused|rejected|denied|geo-?blocked)\b/,
  // "crawlers from blocked ASNs", "the asn is on our deny list": a network of origin refused, like an IP range.
  /\b(?:blocked|banned|denied|blacklisted|blocklisted|denylisted|flagged|bad|hosting|datacenter|data center) (?:asns?|autonomous systems?)\b|\b(?:asns?|autonomous systems?)\b[^.;]{0,30}\b(?:blocked|banned|denied|refused|rejected|blacklisted|blocklisted|denylisted|on (?:the |our |a )?(?:deny|block|black) ?list)\b|\b(?:block\w*|ban|bans|refus\w*|den(?:y|ies|ied)|reject\w*|drops?|dropped)\b[^.;]{0,40}\b(?:asns?|autonomous systems?)\b/,
  /\bwaf\b|\bfirewall\b|\bsecurity group\b|\bbot (?:protection|management|rule|rules|block|blocking)\b|\bmod_security\b|\bmodsecurity\b/,
  // "our bot filter blocks one crawler by its ip", "we ban that scraper by source address".
  // "cloudflare blocks an ip range from a botnet": the addresses named as what is refused.
  /\b(?:block\w*|ban|bans|banned|banning|den(?:y|ies|ied)|reject\w*|refus\w*|filter\w*|drop\w*)\b[^.;]{0,40}\bby (?:its|their|his|her|the|source|client) (?:source |client |remote )?(?:ips?|ip address(?:es)?|address(?:es)?)\b|\b(?:blocks?|blocked|blocking|bans?|banned|banning|denies|deny|denied|rejects?|rejected|drops?|dropped|filters?|filtered)\b (?:an? |the |one |some |that |this |their |its |certain |several |all |a few )?(?:[a-z-]+ )?(?:ips?|ip address(?:es)?|ip ranges?|cidrs?|cidr ranges?|subnets?|address ranges?)\b/,
];
/** Network allowlists in other words, behind the network words they need (most questions have none). */
const IP_DENIAL_HINTED: readonly Hinted[] = [
  // "nginx should only allow 10.0.0.0/8", "accepts just 192.168.0.0/16": a route open to a written network.
  [/\d+\.\d+\.\d+\.\d+/, /\b(?:only|just|exclusively)\b[^.;?]{0,20}\b(?:allow|allows|allowed|permit|permits|accept|accepts)\b (?:(?:requests |traffic |calls )?from )?(?:the )?(?:range |subnet |cidr |network )?\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?|\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})? only\b/],
  // "only accepts corporate vpn ip addresses", "reachable only from the office network", "allows just company
  // vpn subnets", "vpn-only": a route open to some networks, asked from another (not "logs in from the office network").
  [
    /\b(?:vpn|office|corporate|company|on-?prem\w*|intranet|internal|campus|subnets?|cidrs?|ips?)\b/,
    /\b(?:only|just|exclusively|solely)\b[^.;]{0,40}?\b(?:office|corporate|company|vpn|internal|intranet|on-?prem\w*|campus|allowlisted|whitelisted|trusted|approved|known)(?: [a-z-]+){0,2} (?:ips?|ip addresses|ip ranges?|networks?|ranges?|subnets?|cidrs?|vpns?|lan|wifi)\b|\b(?:vpn|office network|corporate network|company network|intranet|internal network|on-?prem)[- ]only\b|\b(?:ips?|ip address(?:es)?|source ip|client ip|subnets?|ranges?)\b[^.;]{0,20}\bnot (?:white|allow)-?listed\b/,
  ],
];
const ACCOUNT_DENIAL_HINTED: readonly Hinted[] = [
  // "the user is on the org's ban list", "added to our blocklist": the account itself is barred, whoever it is.
  [/\b(?:ban|block|black|deny) ?list\b|\bbanlist\b/, /\b(?:is|are|was|were|got|been|gets|get|put|added|listed|sits|stays) (?:still |now |already )?(?:on|to|in) (?:the |a |an |our |their |its |his |her )?(?:[a-z]+'s )?(?:[a-z-]+ )?(?:ban ?list|block ?list|black ?list|deny ?list)s?\b/],
  // "the account is on a 3 day chat ban", "he is serving a ranked ban": the account is barred for a while.
  [/\bban\b/, /\b(?:is|are|was|were|currently|still|now) (?:on|under|serving) (?:a |an |the |his |her |their |its )?(?:[a-z0-9-]+ ){0,3}ban\b/],
  // "the device is quarantined by security policy", "a quarantined host": barred as a whole, whatever it asks for.
  [/quarantin|sandboxed|jailed/, /\b(?:device|devices|host|hosts|machine|machines|endpoint|node|nodes|account|accounts|user|users|client|clients|app|apps|sensor|sensors|vehicle|terminal|laptop|phone|it|they)\b (?:is |are |was |were |got |gets |has been |have been |been )?(?:currently |now )?(?:quarantined|in quarantine|sandboxed|jailed)\b|\b(?:put|placed|moved|sent|thrown) (?:in|into) quarantine\b|\bquarantined (?:device|devices|host|hosts|machine|machines|endpoint|node|account|user|client|app|sensor)s?\b/],
  // "banned from posting but still logged in": the account is barred from the action itself.
  [/ from /, /\b(?:banned|barred|blocked|suspended|restricted|prohibited|muted) from (?:posting|commenting|uploading|editing|creating|writing|sending|messaging|trading|selling|buying|using|accessing|chatting|voting|publishing|inviting|ordering|withdrawing|reviewing)\b/],
];
const ACCOUNT_DENIAL: readonly RegExp[] = [
  // "the integration account is authenticated, but it's been administratively disabled by our compliance team".
  /\b(?:account|user|member|integration|client|partner|seller|vendor|customer|app|tenant)\b[^.;]{0,60}\b(?:administratively (?:disabled|suspended|blocked|locked|deactivated|frozen)|(?:disabled|suspended|blocked|locked|deactivated|frozen) (?:it |them )?(?:for (?:this|that|the|their|its|our|his|her) [a-z-]+ )?(?:administratively|by (?:an? |the |our |their )?(?:[a-z]+ )?(?:admin|administrator|compliance|security|support|ops|owner)s?(?: team)?))\b|\badministratively (?:disabled|suspended|blocked|locked|deactivated|frozen)\b/,
  /\b(?:suspended|banned|blocked|locked|disabled|deactivated|frozen|terminated|restricted|unverified|unapproved|pending|flagged) (?:user|users|account|accounts|member|customer|profile|seller|driver)\b/,
  // Not "customer gets blocked from a page": that is a refusal of the page, nothing about the account.
  /\b(?:account|user|customer|member|membership|profile) (?:is |was |has been |got |gets |been )?(?:suspended|banned|blocked|locked|locked out|disabled|deactivated|frozen|restricted|not verified|unverified|pending approval|on hold|not approved|flagged)\b(?! from\b)/,
  /\b(?:email|phone|kyc|identity|address) (?:is |was |has not been |not )?(?:not verified|unverified|not confirmed|pending|unconfirmed|not yet verified)\b/,
  // "she did not confirm her e-mail address", "he hasn't verified his phone number yet".
  /\b(?:has not|have not|did not|does not|do not|never|not yet) (?:yet |even )?(?:verified|confirmed|verify|confirm) (?:their|his|her|the|its|an?)? ?(?:email|e-mail|phone|account|identity)\b/,
  /\b(?:has not|have not|did not|not|never) (?:yet )?accepted (?:the )?(?:new |updated |latest )?(?:terms|tos|terms of service|policy|agreement|eula)\b/,
];
const PLAN_DENIAL: readonly RegExp[] = [
  // "alumni are not licensed for jstor", "cannot download until they pay": an entitlement not held.
  /\b(?:users?|they|he|she|customers?|alumni|students?|accounts?|members?|orgs?|tenants?|callers?|clients?|partners?|seats?|employees?|staff|we|you)(?: [a-z]+)? (?:are |is |were |was )?(?:not|never|no longer) (?:yet )?licen[cs]ed (?:for|to)\b|\bunlicen[cs]ed (?:users?|accounts?|seats?|customers?)\b|(?<!\bexists? )(?<!\b(?:generated|created|available|there) )\buntil (?:they|he|she|the user|the customer|the student|you|the fines?|the balance|the invoice) (?:pay|pays|paid|are paid|is paid|upgrade|upgrades|subscribe|subscribes|renew|renews)\b|\bunpaid (?:fines?|fees?|invoices?|balance|bills?|dues)\b/,
  /\bon (?:the |a )?(?:free|trial|starter|hobby)(?: plan| tier| version| account)?\b/,
  /\bonly (?:in|on|for|with) (?:the )?(?:pro|premium|enterprise|business|paid|plus|team|higher) (?:plan|tier|edition|version|subscription)?\b/,
  /\b(?:free|trial|basic|starter|lower|cheaper|hobby)[- ](?:plan|tier|account|user|users|customer|customers|subscription|license)\b(?! (?:pages?|docs?|endpoints?|site|landing|offer|offering)\b)/,
  /\b(?:plan|tier|subscription|license|licence) (?:does not|do not|did not) (?:include|cover|allow)\b|\b(?:plan|tier|subscription|license|licence) (?:forbids|prohibits|excludes|blocks|disallows|bars)\b/,
  // (Not "the school is on paid plan", "they have the enterprise plan": a plan held is no refusal.)
  /(?<!\b(?:is on|are on|was on|were on|on|has|have|had|with|bought|owns?|pays? for|paying for|subscribed to|holds?) (?:the |a |an |their |its |our |his |her )?)\b(?:paid|premium|enterprise|pro|paywalled) (?:feature|plan|tier|only|endpoint|content)\b/,
  /\b(?:subscription|plan|license|licence|trial)(?: period)? (?:is |has |was |had )?(?:expired|lapsed|cancelled|canceled|ended|ends|expires|inactive|over|run out|runs out|ran out)\b/,
  /\b(?:expired|lapsed|cancelled|canceled|ended|inactive) (?:subscription|plan|trial|license|licence)\b/,
  /\bpaywall/,
  /\b(?:plan|tier|subscription|license|licence|package)\b[^.;]{0,15}\b(?:excludes?|lacks?|does not (?:include|cover|allow)|is missing)\b/,
  /\bnot (?:in|part of|covered by|included in) (?:their|the|our|his|her|its) (?:contract|plan|subscription|license|licence|agreement|tier)\b/,
  // "his agency contract not allow to book group fare", "their reseller agreement does not allow enterprise licenses".
  /\b(?:contract|agreement|plan|tier|subscription|license|licence|package)s?\b[^.;]{0,15}\b(?:does not|do not|did not|not|never|no longer) (?:allow|allows|permit|permits|include|includes|cover|covers|grant|grants)\b/,
  /\boutside (?:of )?(?:its|their|his|her|the|our) (?:contract|plan|subscription|license|licence|agreement|tier|entitlements?)\b/,
  // "partner contract only allows reading events", "their agreement only lets them read", "contract permits read only".
  /\b(?:contract|agreement|licen[cs]e|terms|partnership|deal|sla)s?\b[^.;]{0,20}\b(?:only (?:allows?|permits?|lets?|grants?|covers?|includes?|gives?)|(?:allows?|permits?|grants?|covers?|gives?) (?:only|read[- ]only|just)|is read[- ]only)\b/,
];
const PLAN_DENIAL_HINTED: readonly Hinted[] = [
  // "his company cancel the contract for analytics module last month", "they dropped the reporting add-on": the caller's
  // organisation no longer pays for the part asked for (not "contract ended, data destroyed": nothing about a module).
  [
    /\b(?:cancel\w*|terminat\w*|ended|end|dropped|drop|stopped|stop|not renew\w*|did not renew|downgraded)\b/,
    /\b(?:cancel(?:l?ed|s|ling)?|terminat(?:e|ed|es)|ended|end|dropped|drop|stopped|stop|did not renew|not renew(?:ed)?|downgraded) (?:the |their |its |his |her |our |that |a )?(?:[a-z0-9-]+ )?(?:(?:contract|subscription|plan|licen[cs]e|seat|agreement)s? (?:for|of|on|covering) (?:the |their |its |our )?(?:[a-z0-9-]+ ){1,2}(?:module|feature|add-?on|product|package|tier|service|app|suite|edition)s?|add-?ons?|modules?)\b/,
  ],
  // "our business rules restrict it to premium members and they're on basic": a tier the caller does not hold.
  [/\b(?:premium|paid|paying|pro|plus|gold|platinum|vip|enterprise|business|higher|top|basic|standard|lite|free)\b/, /\b(?:restrict\w*|limit\w*|reserv\w*|gated?|locked|available|open|exclusive) (?:it |them |this |that |the [a-z-]+ )?(?:only )?(?:to|for) (?:the )?(?:premium|paid|paying|pro|plus|gold|platinum|vip|enterprise|business|higher[- ]tier|top[- ]tier) (?:members?|users?|customers?|subscribers?|accounts?|tiers?|plans?|seats?|clients?)\b|\b(?:they|he|she|user|users|customer|customers|caller|callers|account|accounts|member|members|subscriber|subscribers|viewer|viewers|reader|readers|tenant|org|we|you|i)(?: are| is| am| was| were)?(?: still| only| just)? on (?:the |a )?(?:basic|standard|lite|free)(?: plan| tier| subscription| package)?\b(?! (?:auth\w*|http|credentials?|login|hardware|path|route|server|cluster|network)\b)|\bon (?:the |a )?(?:basic|standard|lite) (?:plan|tier|subscription|package)\b/],
  // "dataset 4 is outside the datasets their subscription covers", "not among the regions their contract grants".
  [/\b(?:outside|beyond|among|one of|part of|within|covered by)\b/, /\b(?:outside|beyond|not (?:among|in|one of|part of|within|covered by)) (?:of )?(?:the |their |its |his |her )?(?:[a-z0-9-]+ ){0,2}(?:that |which )?(?:their|the|its|his|her|our) (?:contract|plan|subscription|license|licence|agreement|tier|package|edition|seat|quota)s? (?:grants?|granted|allows?|allowed|covers?|covered|includes?|included|permits?|gives?|entitles?|offers?|unlocks?)\b/],
];
const CSRF_DENIAL = /\bcsrf(?:token)?\b|\bxsrf(?:token)?\b/;
const LISTING_DENIAL = /\bdirectory listing\b|\bautoindex\b|\bdirectory (?:index|browsing)\b/;
const GENERIC_DENIAL: readonly RegExp[] = [
  // "the feature flag for their tenant is off by contract": a feature withheld from this caller by an agreement.
  /\b(?:flag|flags|toggle|feature|features|module|modules)\b[^.;?]{0,40}\b(?:is |are )?(?:off|disabled|turned off|switched off|not enabled) (?:by|per|under|because of) (?:the |their |our |its )?(?:contract|agreement|licen[cs]e|policy|plan|terms)\b/,
  // "banned from ranked mode", "suspended from the marketplace": one part of the service withheld from a known user.
  /\b(?:banned|barred|suspended|excluded) from (?:the |a |an |this |that |their |our |his |her )?(?:[a-z-]+ ){0,2}(?:mode|modes|queue|queues|matchmaking|channel|channels|chat|forum|forums|tournaments?|league|leagues|marketplace|store|community|communities|program|programme|leaderboards?|lobby|lobbies)\b/,
  /\b(?:no|without|lacks?|lacking|has no|have no) (?:the |any )?(?:right|proper|required|necessary|needed|correct|sufficient|appropriate|relevant) (?:access|permissions?|rights)\b/,
  /\b(?:blocked|barred|locked out|shut out|kept out|stopped) from (?:the |a |an |this |that |their |our |his |her |some )?(?:[a-z-]+ )?(?:page|pages|site|resource|project|file|doc|document|endpoint|api|area|section|app|dashboard|report|folder|repo|feature|url|link|data)\b/,
  /\bnot (?:allowed|permitted|authori[sz]ed|entitled)\b/,
  /\b(?:reauthenticate|log in again|logging in again|signing in again|sign in again|login again)(?: [a-z]+){0,2} (?:will not|would not|does not|cannot|can not|did not) (?:help|fix|change)\b/,
  /\b(?:cannot|can not|should not|must not|may not|not able to|unable to|is not allowed to|are not allowed to) (?:be able to )?(?:access|see|view|read|edit|delete|modify|touch|open|download|update|change|manage|get to|write|post|create|upload|push|export|run|deploy|call|invoke|approve|publish|list|use|do|perform|reach|enter|join|share|comment|submit|save|send|buy|invite|cancel|transfer|query|trigger|configure|administer)\b/,
  /\b(?:denied|refused|prohibited|disallowed)\b/,
  /\b(?:is|are|was|were) (?:off|disabled|not enabled|switched off|turned off) for (?:them|him|her|the user|this user|this account|(?:their|his|her|its) (?:org|organization|account|team|plan|tenant|workspace|role|group|company))\b/,
  /\b(?:nobody|no one|noone|none of (?:us|them)) (?:can|may|is allowed to|is able to|could) (?:access|see|view|read|edit|delete|modify|touch|open|download|update|change|write|post|create|upload|export|run|call|approve|publish|use|remove)\b/,
  /\bforbidden (?:from|to)\b/,
  /\bnot (?:permit|permits|allow|allows|let|lets) (?:him|her|them|the user|the caller|to|this|that|it)\b/,
  /\b(?:has not|have not|not|never) (?:yet )?(?:enabled|turned on|activated|granted|allowed)(?: [a-z-]+){0,3} for (?:them|him|her|the user|this user|their account|members|users)\b/,
  /\b(?:disabled|turned off|switched off|blocked|locked) (?:(?:the |their |his |her |this |that |its )?(?:[a-z-]+ ){0,2})?for (?:them|him|her|the user|this user|this account|(?:their|his|her) (?:org|organization|account|team|plan|tenant|workspace|role|group))\b/,
  /\b(?:blocked|stopped|rejected|denied|forbidden|prohibited|disallowed) by (?:our |the |a |an )?(?:[a-z-]+ ){0,2}(?:filter|policy|rule|firewall|waf|guard|check|system|admin|moderator)s?\b/,
  /\b(?:protection|policy|policies|rule|rules|settings?|config)\b[^.;]{0,15}\b(?:forbids?|prohibits?|disallows?|prevents?|blocks?)\b/,
  // "an after-hours rule refuses bookings" (not "a rule rejects DELETE on /users": a method refused is 405's question).
  /\b(?:policy|policies|rule|rules)\b[^.;]{0,15}\b(?:refuses?|rejects?|denies)\b(?! (?:all |every |any )?(?:get|head|post|put|patch|delete|options|trace|connect)\b)/,
  // "identity checks out, the answer is still no": the refusal said as an answer.
  /\b(?:the )?(?:answer|response|verdict|decision) is (?:still |just |simply |always )?(?:no|nope|a no|a refusal)\b/,
  /\blocked (?:thread|issue|topic|post|conversation|record|document|doc|file|repo|repository|channel|board)\b/,
  /\b(?:api|server|we|gateway|policy|waf|the app|it) (?:blocks?|blocked|refuses?|refused|denies|denied) (?:them|him|her|the user|the caller|the request|access)\b/,
  /\b(?:age|region|country|content|geo)[- ](?:restricted|gated|locked)\b|\bunder ?(?:18|age|13|16)\b/,
  // "a state where we are not licensed", "wagers are forbidden there": the law of the caller's place refuses it.
  /\b(?:not|no longer|un) ?licen[cs]ed (?:in (?:that|this|their|his|her|the|your|some) (?:state|region|country|jurisdiction|province|market|area)s?|there|here)\b|\b(?:states?|regions?|countr(?:y|ies)|jurisdictions?|provinces?|markets?) where (?:we|the [a-z]+) (?:are|is) not (?:yet )?licen[cs]ed\b|\b(?:forbidden|prohibited|illegal|not legal|banned|outlawed) (?:in (?:that|this|their|his|her|the|your) (?:state|region|country|jurisdiction|province|market|area)|there)\b/,
  /\b(?:blocked) (?:user|users|caller|callers|client|clients|request|requests|access)\b/,
];
/** Refusals behind a cheap hint each, read like GENERIC_DENIAL (most questions have none of these words). */
const GENERIC_DENIAL_HINTED: readonly Hinted[] = [
  // "a video rated 16+ and a kid's account with parental controls on", "an 18+ title, the user is 15": an age rule refuses a
  // known viewer (RFC 9110 §15.5.4), whatever else the question says about them.
  [
    /\brated\b|\d\+|\bparental\b|\b(?:age|maturity|content) ratings?\b/,
    /\brated (?:\d{1,2}\+?|r|nc-17|m|ma|mature|adult|pg-13|explicit)(?=[\s.,;:!?)]|$)|\b\d{1,2}\+ (?:only|content|rated|videos?|titles?|movies?|films?|shows?|games?|material|section|category)\b|\b(?:age|maturity|content) ratings?\b|\bparental (?:controls?|lock|locks|settings?|restrictions?|filters?) (?:is |are |was |were )?(?:on|enabled|active|turned on|switched on|set)\b/,
  ],
  // "streaming rights for this show only cover the eu", "our licence only applies in canada": a licensing deal that refuses
  // callers elsewhere (a commercial rule of ours, 403, not a legal demand's 451).
  [
    /\bonly (?:cover|apply|applies|extend|valid|include)/,
    /\b(?:rights|licen[cs]es?|licensing|distribution|broadcast|content deal|deal|contract|agreement)\b[^.;]{0,30}\bonly (?:covers?|appl(?:y|ies) (?:to|in)|extends? to|valid (?:in|for)|includes?) (?:the )?(?:eu|us|usa|uk|emea|apac|latam|europe|north america|[a-z]+ (?:region|regions|countries|country|market|markets))\b/,
  ],
  // "restricted from the reports section by their admin", "excluded from the analytics workspace".
  [/\b(?:restricted|excluded|banned|cut off|walled off|fenced off)\b|\b(?:blocked|barred|stopped) (?!from\b)/, /\b(?:blocked|barred|locked out|shut out|kept out|stopped|restricted|excluded|banned|cut off|walled off|fenced off)(?: (?:them|him|her|the user|this user|that user|users|the caller|the customer|customers|the employee|employees|members|the member|the account))?(?: out)? (?:from|of) (?:the |a |an |this |that |their |our |his |her |some |its )?(?:[a-z0-9-]+ ){0,2}(?:page|pages|site|resource|resources|project|projects|file|files|doc|docs|document|documents|endpoint|endpoints|api|area|areas|section|sections|app|dashboard|dashboards|report|reports|folder|folders|repo|repos|feature|features|url|link|data|dataset|datasets|tab|tabs|module|modules|workspace|workspaces|space|channel|channels|board|boards|tool|tools|panel|view|views|screen|portal|console|region|regions|service|services|record|records|menu|part|parts)\b/],
  // "their org restricted them from exporting data", "blocked from posting": an action refused, not a login.
  [/ from [a-z]+ing\b/, /\b(?:blocked|barred|restricted|banned|prohibited|excluded|locked out|kept|stopped|disallowed|forbidden)(?: (?:them|him|her|the user|this user|that user|users|the caller|the customer|customers|the employee|employees|members|the member|the account))? from (?!(?:logging|signing|loading|working|running|starting)\b)[a-z]+ing\b/],
  // "the admin restricted their access to the billing tab", "took away her access to payroll".
  [/\baccess (?:to|for)\b/, /\b(?:restricted|revoked|removed|took away|taken away|pulled|limited|blocked|disabled|withdrew|withdrawn) (?:their|his|her|[a-z]+'s|the [a-z]+'s|this [a-z]+'s|its|the|all|our) access (?:to|for)\b/],
  // "the request comes outside the allowed business hours in the access policy", "after-hours access is refused by rule":
  // a rule's time window shuts the caller out, whoever they are.
  [/\b(?:outside|after)[- ]/, /\boutside (?:of )?(?:the |their |its |our )?(?:allowed|permitted|approved|configured|defined|granted|authori[sz]ed) (?:[a-z-]+ ){0,2}(?:hours|times?|time windows?|windows?|schedule|shifts?)\b|\b(?:outside (?:of )?(?:the |their |its |our )?(?:business|working|office|opening|trading|shift|access) hours|after[- ]hours)\b[^.;]{0,60}\b(?:polic(?:y|ies)|rules?|not (?:allowed|permitted)|refus\w*|den(?:y|ies|ied)|block\w*|reject\w*)|\b(?:polic(?:y|ies)|rules?)\b[^.;]{0,60}\b(?:outside (?:of )?(?:the |their |its |our )?(?:business|working|office|opening|trading|shift|access) hours|after[- ]hours)\b/],
  // "the owner shared the doc with specific people only - not bob", "product wants him to see the request access screen",
  // "parental controls block it": a known caller kept from something that is there, by its owner or a guardian's setting.
  [
    /\bshared\b|\brequest(?:ing)? access\b|\bask(?:ing)? for access\b|\bparental\b/,
    /\bshared (?:only )?with (?:only )?(?:[a-z-]+ ){0,2}(?:people|users|members|accounts|colleagues|persons|individuals|teammates|team members|groups?|emails?)(?: only)?(?: [a-z]+){0,3},? (?:-|but|and)? ?not (?:with )?(?:him|her|them|the (?:user|caller|customer|viewer|requester)|[a-z]+)\b|\bnot shared with (?:him|her|them|the (?:user|caller|customer|viewer|requester)|[a-z]+)\b|\b(?:request|ask for) access (?:screen|page|button|flow|dialog|prompt|form|view)\b|\bparental (?:controls?|lock|locks|settings?|restrictions?|filters?)\b[^.;]{0,40}\b(?:block\w*|den(?:y|ies|ied)|refus\w*|restrict\w*|prevent\w*|stop\w*|forbid\w*|disallow\w*|lock\w*)\b|\b(?:blocked|restricted|locked|denied|prevented|filtered) by (?:the |their |his |her )?parental (?:controls?|lock|settings?|restrictions?|filters?)\b/,
  ],
  // "the module is outside what starter includes", "beyond what their license covers".
  [/\b(?:outside|beyond)\b/, /\b(?:outside|beyond) (?:of )?what (?:[a-z0-9-]+ ){1,3}(?:includes?|covers?|grants?|allows?|permits?|offers?|gives?|unlocks?|entitles?)\b/],
  // "project 9 is outside the projects their role grants", "not among the regions their group allows".
  [/\b(?:outside|beyond|among|one of|part of|within|covered by)\b/, /\b(?:outside|beyond|not (?:among|in|one of|part of|within|covered by)) (?:of )?(?:the |their |its |his |her )?(?:[a-z0-9-]+ ){0,2}(?:that |which )?(?:their|the|its|his|her|our) (?:role|roles|group|groups|team|policy|policies|permissions?|grants?|access list|acl|admin|administrator|org|organization|company)s? (?:grants?|granted|allows?|allowed|covers?|includes?|permits?|gives?|opened|assigned)\b/],
  // A feature held back from this caller: "the flag is off for this tenant", "not enrolled in the beta",
  // "not in the rollout", "tenant not opted in to the preview".
  [/\b(?:flag|flags|toggle|beta|preview|early[- ]access|rollout|enrolled|opted|pilot|canary)\b/, /\b(?:flag|flags|toggle|feature)\b[^.;]{0,40}\b(?:is |are |was )?(?:off|disabled|not enabled|turned off|switched off) for (?!(?:now|good|ever|maintenance|everyone|everybody|all)\b)[a-z0-9-]+|\bnot (?:yet )?(?:part of|in|enrolled in|a member of|on|opted (?:in|into)|allowlisted for|whitelisted for|included in|admitted to) (?:the |our |its |their |this |that )?(?:[a-z0-9/-]+ ){0,2}(?:beta|betas|preview|early[- ]access|rollout|pilot|program|programme|cohort|canary)\b|\b(?:not|never) (?:enrolled|opted in|opted into)\b/],
];
const UNAUTHORIZED_WORD = /\b(?:unauthori[sz]ed|not authori[sz]ed) (?:user|users|caller|callers|access|person|people|party|parties|client|clients|request|requests|role|actor|actors|account|accounts|employee|customer|to)\b/;

// ── Existence ────────────────────────────────────────────────────────────────────────────────
const MISSING: readonly RegExp[] = [
  // "nothing ever lived at the requested path", "nothing was ever at that url".
  /\bnothing (?:ever |has ever |had ever )?(?:lived|was|existed|sat|been) (?:ever )?(?:at|under|behind) (?:the|that|this) (?:requested |old |given )?(?:path|url|address|location|route|link|slug)\b/,
  // "the folder name is wrong", "the slug was misspelled": the name asked for is not the thing's name.
  /\b(?:folder|file|page|path|url|link|slug|directory|route) (?:name |path )?(?:is|was|are|were) (?:just |simply )?(?:wrong|incorrect|misspelled|mistyped|off by one character)\b/,
  // "we do not have id 0", "the db has no row 42", "lookup miss": nothing under the id asked for.
  /\b(?:do not|does not|did not) have (?:an? |any )?(?:such )?(?:ids?|records?|entr(?:y|ies)|rows?|items?) ?(?:#|no\.? )?\d+\b|\blookup miss(?:ed|es)?\b|\b(?:lookup|search|query) (?:returned|returns|found|came back with) (?:nothing|no (?:rows?|results?|match(?:es)?))\b/,
  /\b(?:typed|typing|types|type|written|write|writes|wrote|entered|enters|spelled|spelt|copied|pasted)\b[^.;]{0,40}\b(?:wrong|wrongly|incorrectly|badly|with a typo)\b|\b(?:mistyped|misspelled|misspelt)\b/,
  /\bnothing (?:matches|matched)\b|\bmatches nothing\b|\bno (?:matches|match found)\b|\bno (?!(?:rules?|polic(?:y|ies)|roles?|permissions?|scopes?|grants?|acls?|allowlist|entitlements?|signatures?|keys?|tokens?|credentials?|passwords?)\b)[a-z-]+ (?:matches|matched)\b/,
  // "not sure the page ever existed": whether it once did is open, that it is not there now is not.
  /\b(?:not sure|unsure|no idea|unclear|do not know|doubt)(?: if| whether| that)? (?:[a-z-]+ ){0,3}ever existed\b/,
  /\b(?:has|have|had) no (?:such )?(?:route|endpoint|page|handler|path|resource|record|entry|mapping|file|object|url)s?\b(?! (?:access|permission))/,
  /\bnonexistent\b/,
  // "asset key is not at origin either", "the object is not in the bucket": the store behind the url holds nothing there.
  /\b(?:is|are|was|were|exists?) not (?:at|on|in) (?:the |our |its )?(?:origin|origin server|bucket|storage|object store|disk|filesystem|file system)\b/,
  // "nothing with the lowercase name ever existed".
  /\bnothing\b(?: [a-z0-9'/._-]+){0,6} ever existed\b/,
  // "there has never been a v4", "there was never any version 2.0 of it": a version (or such a thing) that never was.
  /\bthere (?:has|have|had|was|were|is) never (?:been |existed )?(?:an? |any |such an? )?(?:v\d+(?:\.\d+)*|version \d[\w.]*|(?:api |app |firmware )?versions? (?:called|named|numbered) [\w.]+|such (?:version|release|endpoint|route|page|id|resource|record|file|path|thing))\b/,
  /\bnever (?:shipped|created|implemented|published|released|issued|built|made|uploaded|existed|was)\b|\bonly ever (?:shipped|had|released|built)\b/,
  // "the replay never got uploaded because the client crashed", "the thumbnail was never even generated".
  /\bnever (?:got |even |actually |ever )+(?:uploaded|created|generated|saved|stored|written|recorded|published|made|built|produced|rendered|synced|imported|submitted)\b|\b(?:was|were|has been|have been) never (?:even |actually )?(?:generated|saved|stored|rendered|recorded|produced|synced|imported|submitted)\b/,
  // "there is no ticket T-42 at all", "an iban that is not in our bank at all".
  /\bthere (?:is|are|was|were) no (?:[a-z-]+ ){1,2}[a-z0-9_-]*\d[a-z0-9_-]*\b|\bnot (?:in|at|with|on) (?:our|the|this) [a-z-]+ at all\b|\bno such [a-z-]+ at (?:our|the|this) [a-z-]+\b/,
  /\bmissing (?:from|in) (?:the |our )?(?:build|bundle|bucket|database|catalog|deploy|release)\b|\bnot in (?:the |our |their )?(?:s3 |gcs |storage |blob |source |origin |product |prod |primary )?(?:catalog|catalogue|database|bucket|build|system|inventory|store|records|index|sitemap)\b/,
  /\b(?:no one|nobody|never) (?:ever )?(?:uploaded|created|published|posted|wrote|issued|registered|defined|implemented)\b|\bnothing (?:was |were |has been |had been )?ever (?:been )?(?:uploaded|created|published|posted|written|stored|saved|defined)\b|\bno (?:[a-z-]+ )?(?:has|have|had) ever (?:registered|created|uploaded|published|posted|claimed|signed up)\b|\bpoints? to nothing\b|\b(?:does not|do not) (?:match|belong to|map to|correspond to|resolve to) any\b|\bnot existing\b/,
  /\b(?:was|were|is|are|has been|have been) never (?:there|here|a thing|published|real|valid)\b|\b(?:was|were|has been|have been) never (?:an?|one of (?:our|the|its)) [a-z-]+\b/,
  // "which was never part of our app", "never served by us", "never had a route".
  /\bnever (?:been )?(?:part of|in|on|under|served|hosted|deployed|routed|mapped|defined|offered|a (?:page|route|path|endpoint|thing))\b/,
  /\b(?:does not|do not|did not|never|not|doesnt) (?:even |actually |really )?exist(?:s|ed|ing)?\b/,
  /\bno such \w+/,
  // "nothing by that id", "nothing under that slug": no record bears the name asked for.
  /\bnothing (?:by|with|under|for|matching) (?:that|this|the given|the requested|such an?) (?:id|ids|name|number|slug|key|code|handle|reference|sku)\b/,
  // "the airline does not operate that flight on that date", "we do not sell that model": the catalogue has no such thing.
  /\b(?:does not|do not|did not|never) (?:operate|run|offer|sell|carry|stock|host|publish|schedule|fly|list|make|produce|print|ship)\b (?:that|this|such an?|any such) (?!(?:role|roles|permission|permissions|access|scope|scopes|region|regions|country|countries|method|verb)\b)[a-z0-9-]+\b/,
  // "no user has that email", "there is no org by that name", "no order with that id".
  /\bno (?:[a-z-]+ )?(?:user|users|account|accounts|record|records|org|organization|product|item|order|customer|file|page|entry|row|object|team|repo|project)s? (?:has|have|with|matches|match|by|under|called|named|for) (?:that|this|the given|the|such|this exact|that exact)\b/,
  /\bthere (?:is|are|was) (?:no|not an?|not any) (?:[a-z-]+ ){0,2}(?:by|with|named|called|under|at|for) (?:that|this|the)\b/,
  /\b(?:unknown|invalid|wrong|bad|random|made-up|made up|fake|bogus|garbage|incorrect|mistyped|misspelled|typoed|broken|dead|outdated|nonexistent|non-matching|unmatched|undefined|unregistered|unmapped|old) (?:(?:product|order|item|invoice|customer|user|project|doc|document|file|record|page|account|post|ticket) )?(?:id|ids|uuid|uuids|url|urls|path|paths|route|routes|slug|slugs|link|links|endpoint|endpoints|sku|skus|record|records|page|pages|address|uri|uris|file|files|object|username|handle|email|resource|resources)\b/,
  /\btypos?\b|\bmistyped\b|\btyped\b[^.;]{0,40}\binstead of\b|\bmisspel+ed\b|\bfat-?finger/,
  /\b(?:route|path|endpoint|url|page|handler|controller|mapping)s? (?:is |was |are |were )?(?:just |simply |still |even )?(?:not (?:defined|registered|mapped|implemented|configured|deployed|there)|undefined|unmapped|unknown|missing)\b/,
  /\bno (?:route|handler|matching route|route match|mapping|controller|resource|record|records|row|rows|match|matching record|matching file|file|page|entity|document|object|result) (?:for|at|with|matches|matching|found|exists)\b/,
  /\bno (?:matching )?(?:record|row|entity|resource|document)\b/,
  // "what should the proxy return for a missing object", "absent blobs", "the object simply is not there".
  /\b(?:missing|absent|non-?existing) (?:objects?|files?|blobs?|records?|rows?|entit(?:y|ies)|documents?|items?|attachments?)\b(?! (?:permissions?|access|scopes?|roles?)\b)|\b(?:objects?|files?|blobs?|records?|rows?|items?|documents?) (?:simply|just|really|actually) (?:is|are|was|were) not (?:there|present)\b/,
  // "no handler registered for POST /v3/x", "no controller wired up for that path", "nothing is bound at /v9": the router serves nothing there.
  /\bno (?:route|routes|handler|handlers|controller|controllers|endpoint|endpoints|mapping|mappings|resolver|resolvers|listener|listeners|location block|view|views) (?:is |was |are |were |has been |have been |got |ever )?(?:registered|defined|mapped|configured|declared|wired(?: up)?|set up|bound|mounted|implemented|exposed|attached|hooked up)\b|\bnothing (?:is |was |has been )?(?:registered|mounted|bound|routed|mapped|defined|served|listening) (?:at|for|on|under|to)\b/,
  // "tracking number is fine but no shipment has it", "no vehicle has that plate": a name that nothing of its kind bears
  // (not "no admin has that permission", "no other plan has it enabled": a grant or a setting).
  /\bno (?!(?:one|body|role|roles|permission|permissions|scope|scopes|policy|policies|admin|admins|group|groups|grant|grants|rule|rules|token|tokens|key|keys|plan|plans|access|other|tier|tiers|license|licence|seat|seats)\b)[a-z-]+ (?:has|have|had|carries|carried|uses|used|bears|bore|holds|held|owns|owned) (?:it|them|that|this|those|these)\b(?! (?:[a-z-]+ )?(?:permissions?|roles?|scopes?|access|rights?|privileges?|grants?|features?|flags?|issues?|problems?|bugs?|errors?|enabled|turned|switched)\b)/,
  // "that number isn't one of our subscribers", "the imei in the path is not among our registered devices": the name looked up
  // is none of the things the service keeps (not "she is not one of the admins": a person and a role; nor "not one of our
  // verified senders": a list of what is allowed).
  /(?<!\b(?:caller|user|client|their|his|her|my|your)(?:'s)? )\b(?:numbers?|ids?|uuids?|emails?|e-mail|address(?:es)?|usernames?|handles?|codes?|skus?|msisdns?|imeis?|mrns?|ibans?|serials?|plates?|references?|slugs?|coupons?|vouchers?|tickets?|accounts? numbers?)\b(?: [a-z0-9+_./{}-]+){0,3} (?:is|are|was|were) not (?:one of|among|any of|part of) (?:our|the|their|its|your) (?!(?:[a-z'-]+ )?(?:verified|approved|allowed|allow-?listed|white-?listed|trusted|permitted|authori[sz]ed|registered senders?)\b)(?:[a-z'-]+ ){0,2}[a-z'-]+/,
  // A router's own "nothing here": "no route matched method=get path=/x", "did not match any route", "no matching handler".
  /\bno (?:route|routes|handler|path|mapping|controller|location) (?:was |were )?(?:matched|match|matches)\b|\b(?:did not|does not|do not|never) match (?:any|a|an|one) (?:route|handler|path|mapping|controller|location)s?\b|\bno (?:route )?match (?:in|from|for) (?:our |the )?(?:router|routing table|route table|routes)\b|\bthere (?:is|was) no match\b[^.;]{0,30}\brouter\b|\bno matching (?:route|handler|path|mapping|controller|location|endpoint)s?\b|\b(?:route|path|url|request) (?:was |is )?(?:not matched|unmatched)\b/,
  // "a slug no post has", "an id no order carries": a name that nothing bears.
  /\b(?:slug|id|key|name|handle|sku|code|number|uuid|username)s? (?:that |which )?no (?:[a-z-]+ )?(?:post|posts|page|pages|record|records|item|items|product|products|user|users|article|articles|entry|entries|row|rows|object|objects|file|files|document|documents|order|orders|account|accounts)s? (?:has|have|had|uses?|matches|carries|owns|bears)\b/,
  // (Not "a country where we have not launched the channel": that is where, not whether.)
  /(?<!\bwhere (?:[a-z]+ ){1,2})\b(?:not|never|hasn't been|has not been|was never|is not yet|not yet) (?:yet )?(?:been )?(?:created|published|released|launched|implemented|built|provisioned|shipped|issued|generated|assigned(?! to\b)|allocated|registered|uploaded|posted|written|set up)\b(?! (?:to|for) (?:them|him|her|the (?:user|patient|caller|customer|client|member|student|employee|tenant)s?|their|his|her)\b)/,
  /\b(?:is|was|are|were) (?:not|never) (?:in|on) (?:the |our )?(?:database|system|catalog|table|store|index)\b/,
  /\bnothing (?:at|there|here|behind|on)(?! to (?:hide|conceal|worry|fear)\b) (?:that|the|this)? ?(?:url|path|address|route)?\b|\bnothing (?:at|under|behind) (?=\/)/,
  // "the payroll run has not happened yet so there is nothing there", "so nothing is there": said at the end of
  // a clause too (not "nothing there to hide", "nothing here is secret"; and not "nothing to return", which an
  // empty collection that exists says too).
  // (Nor "the cart exists but nothing is there", "has no tasks yet, nothing there": an empty thing that exists.)
  /(?<!\b(?:exists?|existing|empty|has no|have no|zero)\b[\s\S]*)\bnothing (?:is |was |exists )?(?:there|here)\b(?! (?:to (?:hide|conceal|worry|fear)|is (?:secret|hidden|private|confidential|sensitive))\b)/,
  new RegExp(`\\b(?:not found|cannot be found|could not be found|can not be found|could not find|cannot find|can't find|not found in)\\b`),
  /\b(?:record|entity|row|object|item|resource|order|file|page|document|invoice|product|user id|post) (?:is |was )?missing\b/,
];
const REMOVED: readonly RegExp[] = [
  // "the verify link we disable on purpose, forever": turned off for everyone, for good.
  /\b(?:disable|disabled|disables|turned off|switched off|deactivate|deactivated)\b(?: (?:it|them|the [a-z-]+|that [a-z-]+))?,? (?:on purpose|deliberately|intentionally|permanently|for good|forever)\b/,
  // "the owner revoked the share link": a link that was the resource, withdrawn.
  /\b(?:revoked|disabled|deactivated|killed) (?:the |that |this |their |a )?(?:share|public|shared|sharing|invite|download|guest|magic) links?\b|\b(?:share|public|shared|sharing|invite|download|guest|magic) links? (?:is|are|was|were|got|gets|get|has been|have been) (?:revoked|disabled|deactivated|killed)\b|\b(?:share|public|shared|sharing|invite|magic) links?\b[^.;]{0,40}\b(?:owner|admin|user|creator) (?:revoke|revokes|revoked) (?:it|them)\b/,
  /\b(?:cleaned up|clean-?ups?|garbage[- ]collected|evicted|expunged|erasure|purge)\b/,
  // A removal announced for a date is a removal all the same: "we are sunsetting /v1 permanently on march 1".
  /\b(?:sunsetting|retiring|decommissioning|discontinuing)\b|\b(?:removing|deleting|shutting down|killing) (?:it |them |the [a-z0-9/-]+ |[a-z0-9/-]+ )?(?:permanently|for good|forever)\b/,
  // "item is in the recycle bin": a soft-deletion (TEMPORARY reads the restorable part).
  /\b(?:in|to|into) (?:the )?(?:trash|trash can|recycle bin|recycling bin|wastebasket|deleted items)\b|\b(?:in|to|into) the bin\b/,
  // Not "deletes"/"removes": "a viewer deletes a board" is the request being judged, not a removal.
  /\b(?:deleted|removed|removal|deletion|purged|erased|wiped|destroyed|taken down|took down|unpublished|unlisted|discontinued|retired|sunset|sunsetted|decommissioned|shut down|shutdown|end-of-life|killed off|withdrawn|delisted)\b/,
  // "the clan was disbanded by its leader", "the guild was dissolved": a group ended, so its pages are gone.
  /\b(?:disbanded|dissolved|dismantled|wound up|liquidated)\b/,
  /\b(?:took|taken|take|takes|pulled|put) (?:the |that |this |it |them |our |those |their )?(?:[a-z0-9/-]+ ){0,3}(?:down|offline)\b(?! (?:to|for) (?:the )?(?:user|caller|customer)s?\b)/,
  new RegExp(`\\b(?:nuked|ripped out|pulled|taken offline|took offline|turned off|switched off|archived)\\b(?![^.;]{0,40}\\bfor ${GROUP_OF_PEOPLE})|\\b(?:we|i|they) (?:[a-z]+ly )?(?:and [a-z]+ly )?(?:delete|remove|kill|nuke|pull|purge)\\b|\\b(?:was|were|got|been) (?:delete|remove)\\b|\\b(?:account|shop|store|profile|site|workspace|org|organization|tenant) (?:was |were |got |has been |is )?(?:closed|terminated)\\b|\\b(?:killed|scrapped|axed|yanked|ditched|binned|trashed|zapped)\\b`),
  // "the seller put the item on hold while restocking", "paused the listing": a thing its owner made unavailable (whether for good is read apart).
  // (Not "put his account on hold", "the order is on hold": a refusal of its owner, or a state of a thing still served.)
  /\b(?:put|placed) (?:the |that |this |their |its |her |his |our |a )?(?:[a-z-]+ )?(?!(?:accounts?|users?|members?|customers?|orders?|payments?|subscriptions?|requests?|tickets?|calls?|applications?|shipments?|deliveries|delivery|payouts?|transfers?|refunds?|cards?|plans?)\b)[a-z-]+ on hold\b|\b(?:items?|listings?|products?|posts?|articles?|albums?|videos?|ads?|adverts?|offers?|courses?|pages?|shops?|stores?) (?:is |are |was |were |has been |got )?(?:paused|on hold)\b|\bpaused (?:the |that |this |their |its |her |his |our )(?:[a-z-]+ )?(?:listings?|products?|posts?|albums?|ads?|adverts?|offers?|shops?|stores?|pages?)\b/,
  /\b(?:disabled|deactivated|hid|unpublished) (?:the|this|that|our|their|its) (?:[a-z-]+ )?(?:page|post|article|listing|product|endpoint|route|url|site|document|doc|file|video|album|link)\b|\b(?:page|post|article|listing|endpoint|route|url|document|doc|file|video|album|link|product|profile|shop|store) (?:was |is |got |has been )?(?:disabled|deactivated)\b/,
  /\b(?:asked|told|requested|wanted|want|decided|decide|chose|choose|agreed|planned) (?:us |me |them |the support team )?to (?:delete|remove|purge|erase|close|retire|kill|take down|shut down)\b/,
  /\bno longer (?:exists?|available|there|served|supported|offered|sold|online|hosted|live|published|active|resolves|listed|reachable)\b/,
  // "had us permanently erase their profile": a removal asked for, made for good.
  // "our product intentionally and irrevocably deletes these records", "the job permanently purges them": a policy
  // of removal told in the present (a bare "deletes" is the request being judged; the adverb makes it the removal).
  /\b(?:(?:intentionally|deliberately) and )?(?:permanently|irreversibly|irrevocably)(?: and (?:intentionally|deliberately))? (?:erase|delete|remove|purge|wipe|destroy)s?\b/,
  // "we close the old forum and delete all threads intentionally": a removal told in the present, on purpose.
  /\b(?:delete|remove|close|shut down|take down|purge|erase)\b[^.;?]{0,40}\b(?:intentionally|deliberately|on purpose)\b/,
  // "the username was released after a rename": a name freed, no longer pointing at anyone.
  /\b(?:usernames?|handles?|user ?names?|vanity urls?|slugs?|subdomains?)\b (?:was |were |got |has been |have been |is |are )?(?:released|freed(?: up)?|reclaimed|given up)\b/,
  /\b(?:is|are|was|were|now|has|have|been|went|got|page|it|endpoint|product|resource|url|file)(?: [a-z]+ly)? gone\b|\bgone (?:for good|forever|now|permanently)\b|\b(?:is|are|was|were) (?:permanently|now|already|completely|really) gone\b|\b(?:permanently|intentionally|deliberately|completely|definitely|totally|forever) gone\b/,
];
/**
 * Removal patterns that can only match where their cheap hint does: the long alternations cost
 * milliseconds to compile on a cold start (the CLI), so most questions never compile them.
 */
/** Things with a lifetime of their own: when it ends, the thing is gone for everyone. */
const EXPIRING = '(?:(?:short |share |download |invite |invitation |magic |signup |sign-up |referral |promo )?links?|short-?links?|short urls?|invites?|invitations?|shares?|pastes?|coupons?|vouchers?|promo codes?|promos?|offers?|deals?|listings?|gift cards?|tickets?|polls?|campaigns?|ads?|adverts?|advertisements?|classifieds?|(?:job )?postings?|(?:promo|promotional|campaign|landing|sale|event|offer|contest|giveaway|seasonal) pages?)';
const EXPIRED_RESOURCE = new RegExp(`\\bexpired (?:[a-z-]+ )?${EXPIRING}\\b|\\b${EXPIRING}\\b(?:(?!\\b(?:not|never|no)\\b)[^.;]){0,30}\\bexpire[sd]?\\b`);
const REMOVED_HINTED: readonly Hinted[] = [
  // "file f_2 vanished after the migration", "the storage migration lost it": it was there and is not now (whether
  // for good is read apart). Not a credential or a permission that went missing from the request.
  [
    /\b(?:vanish|disappear|went missing|lost)/,
    /(?<!\b(?:tokens?|headers?|cookies?|sessions?|keys?|credentials?|jwts?|roles?|permissions?|scopes?|access|buttons?|menus?|icons?|options?) (?:has |have |had |just |suddenly )?)\b(?:vanished|disappeared|went missing)\b|\b(?:migration|outage|incident|crash|bug|corruption|failover|restore|cleanup job|disk failure) (?:may have |might have |has |have |probably |apparently )?(?:lost|wiped|ate)\b/,
  ],
  // "we soft-delete invoices", "support can undelete tickets": a removal that can be undone is a removal.
  // "rows keep a deleted_at timestamp", "an is_deleted flag": a soft-delete's column, set.
  [/delet/, /\bsoft[- ]?delet(?:e|ed|es|ing|ion)\b|\bun-?delet(?:e|ed|es|ing|able)\b|\b(?:is_?deleted|deleted_?(?:at|on|flag|by|time|date))\b/],
  // "after a hard delete", "tombstoned after retention", "the route got dropped in the deploy".
  // "we dropped the v1 endpoint path": the verb first, then what was served.
  [/\b(?:hard|tombston\w*|dropped)\b/, /\bhard[- ]?delet(?:e|ed|es|ing|ion)\b|\btombston(?:e|ed|es|ing)\b|\b(?:we|they|i|team|[a-z]+ team) (?:just |finally |quietly )?dropped (?:the |our |that |this |its |their )?(?:[a-z0-9./*{}-]+ ){0,2}(?:routes?|endpoints?|pages?|paths?|urls?|apis?|versions?|features?|products?|resources?|files?|images?|docs?|sections?)\b|\b(?:route|routes|endpoint|endpoints|page|pages|path|paths|url|urls|handler|api|version|file|image|resource|record|product|article|post)s? (?:got |was |were |has been |have been |is |are )?dropped\b/],
  // "we stop the old api version forever", "closed it for good": any ending, made permanent.
  [/\b(?:forever|for good|permanently|for always)\b/, /\b(?:stop|stops|stopped|stopping|end|ends|ended|close|closes|closed|disable|disabled|turn off|turned off|switch off|switched off|remove|removes|kill|kills|drop|drops|deprecat\w*|retir\w*|sunset\w*) (?:the |our |this |that |it |them )?(?:[a-z0-9./-]+ ){0,4}(?:forever|for good|permanently|for always)\b/],
  [
    /\b(?:closed|terminated|deactivated|shut)\b/,
    /\b(?:closed|terminated|deactivated|shut) (?:down )?(?:the|their|his|her|its|our|my|this|that) (?:[a-z-]+ ){0,2}(?:account|shop|store|profile|site|workspace|org|organization|tenant|page|listing|blog|channel|project|repo|app|forum|community|wiki|portal|service|api|program|programme|campaign|newsletter|board|group|feature|microsite)\b/,
  ],
  // "permanently disabled a phishing short link", "deactivated the url for good": a resource (not a person,
  // account or credential) ended for good.
  [/\b(?:permanently|for good|forever)\b/, /\b(?:permanently|for good|forever) (?:disabled|deactivated|closed|killed)\b(?! (?:(?:the|their|his|her|its|an?) )?(?:[a-z-]+ )?(?:user|users|account|accounts|member|members|customer|customers|key|keys|token|tokens|caller|callers|session|sessions)\b)|\b(?:disabled|deactivated) (?:the |an? |this |that |our |their )?(?:[a-z0-9./-]+ ){0,3}(?:link|links|url|urls|page|pages|profile|listing|post|site|short ?link|redirect)\b[^.;]{0,20}\b(?:for good|forever|permanently)\b/],
  // "share links expire after 7 days by design", "an expired invite": the resource's own lifetime ended
  // (not "the presigned url is not expired", nor a signed url, whose signature is what expires).
  [/\bexpir/, EXPIRED_RESOURCE],
];
const MISSING_HINTED: readonly Hinted[] = [
  // "const order = await Orders.findById(req.params.id); if (!order) return res.status(???)": code that answers a record looked up
  // by id and not found.
  [
    /\b(?:findbyid|find_by_id|findone|find_one|by_id|get_object|params|query\.id|\.get\(\s*id\b)/,
    /\b(?:findbyid|find_by_id|findone|find_one|by_id|get_object|params)\b[\s\S]{0,120}?(?:\bif ?\( ?! ?[a-z_]+ ?\)|\bif not [a-z_]+ ?:|\b[a-z_]+ (?:is|===?) (?:none|null|nil|undefined)\b)/,
  ],
  // "a queue id that is not configured in any region", "the sku is not defined anywhere", "isn't registered and never
  // has been": nothing of that name set up anywhere, now or before (not "sso is not configured for their tenant").
  [
    /\b(?:anywhere|any|never)\b/,
    /\b(?:is|are|was|were) not (?:configured|defined|registered|provisioned|set up|created|deployed|mapped|listed|present|known) (?:anywhere|(?:in|on|for|under) any (?:[a-z-]+ )?(?:region|regions|environment|environments|env|cluster|clusters|shard|shards|datacenter|datacenters|zone|zones|catalog|catalogue|table|database|config|configuration|service|server|servers|deployment|deployments|system)s?)\b|\b(?:is|are) not (?:configured|defined|registered|provisioned|set up|created|deployed|mapped|listed|present|known|real|valid|a thing)\b(?: [a-z0-9/{}_-]+){0,5},? (?:and|but) (?:it |they |that )?(?:never (?:has|have|had|was|were|did)|has never|have never|had never) (?:been|existed|exist)?\b/,
  ],
  // Nothing there, said of the lookup rather than with "not found" ("from this api's pov nothing is there" is
  // MISSING's, with its guards): "nothing in the shard", "this region has nothing", "GET /children/9 returns nothing", "the record id is unknown", "object key
  // not present" (not "nothing is missing", "the user is unknown to the idp": an id, a key or a record).
  [
    /\b(?:nothing|unknown|not present|absent|not there|not on file)\b|recogni[sz]ed\b/,
    /\bnothing (?:is |was |exists )?in (?:it|this one|that one|ours|the (?:db|database|store|shard|region|table))\b|\b(?:has|have|had|holds?|held|stores?|stored|finds?|found|returns?|returned|gives? back|comes? back with) nothing\b(?! (?:to do|in common|but|else|against|on)\b)|\b(?<!\b(?:session|token|client|api|login|jwt|cookie|credential|credentials|access|refresh|secret|kid) )(?:ids?|uuids?|guids?|slugs?|skus?|record ids?|object ids?|keys?|object keys?|handles?|references?|ref|refs)(?: (?:is|was|are|were))? (?:unknown|not recogni[sz]ed|unrecogni[sz]ed|not on file)\b|\b(?:keys?|records?|items?|objects?|files?|entr(?:y|ies)|rows?|resources?|documents?|ids?|pages?) (?:is |was |are |were )?(?:not present|absent|not there)\b(?! (?:from|in) (?:the )?(?:request|header|call|token)\b)/,
  ],
  // "pasted only half of the tracking number", "a truncated invoice id", "the uuid is incomplete": an id in part
  // names nothing (a credential in part is read first, as no valid credential).
  [
    /\b(?:half|part|portion|fragment|truncated|incomplete|partial|cut[- ]off|chopped|clipped|shortened)\b/,
    /\b(?:half|part|a part|portion|fragment|first (?:half|part|few (?:digits|chars|characters|letters))) of (?:the |an? |his |her |their |its |our |that |this )?(?:[a-z-]+ ){0,2}(?:ids?|numbers?|uuids?|guids?|references?|refs?|codes?|slugs?|links?|urls?|paths?|skus?|handles?)\b|\b(?:truncated|incomplete|partial|cut[- ]off|chopped|clipped|shortened|half) (?:[a-z-]+ ){0,2}(?:ids?|numbers?|uuids?|guids?|references?|refs?|slugs?|links?|urls?|paths?|skus?)\b|\b(?:ids?|numbers?|uuids?|guids?|references?|refs?|slugs?|links?|urls?|paths?|skus?)\b[^.;]{0,25}\b(?:is |was |got |gets |are |were )?(?:truncated|incomplete|cut[- ]off|cut short|chopped(?: off)?|clipped|partial)\b/,
  ],
  // "no index by that name", "no bucket with the given id", "there is no queue called jobs-eu": nothing of that kind bears the name.
  [
    /\b(?:called|named|by (?:that|this|the given)|with (?:that|this|the given|the requested|such an?))\b/,
    /\bno (?!(?:one|body|longer|way|doubt|need|reason)\b)(?:[a-z0-9_-]+ ){1,2}(?:(?:by|with|under|matching) (?:that|this|the given|the requested|the provided|the same|such an?|this exact|that exact) (?:name|id|key|slug|number|title|handle|identifier|uuid|email|username)|(?:called|named) [a-z0-9_{}.'"-]+)/,
  ],
  // "foo is not a route we have", "that segment isn't a path the api serves": nothing is served there.
  [/\b(?:not|never) (?:a |an |one of (?:the |our ))?(?:valid |real |known |existing |defined )?(?:path|route|endpoint|url|page|resource|sub-?resource|segment|handler)/, /\b(?:is not|are not|not|never) (?:a |an |one of (?:the |our ))?(?:valid |real |known |existing |defined )?(?:path|paths|route|routes|endpoint|endpoints|url|urls|page|pages|resource|resources|sub-?resources?|segment|segments|handler|handlers)(?: that)? (?:we|our (?:api|app|server|site|service|router)|the (?:api|app|server|site|service|router)) (?:have|has|had|serve|serves|expose|exposes|know|knows|support|supports|define|defines|offer|offers|handle|handles|route|routes|implement|implements|register|registers|map|maps)\b/],
  // "/v1/userz (z instead of s)", "/admn (meant /admin)": a path annotated as a slip of the keyboard.
  // "(transposed letters)", "a doubled letter": a slip of the keyboard described by its letters.
  [/\b(?:letters?|chars?|characters?)\b/, /\b(?:transposed|swapped|switched|doubled|missing|extra|dropped|flipped) (?:a |an |two )?(?:letters?|chars?|characters?)\b/],
  [/ instead of |\((?:meant|should be|instead of|intended|correct is|missing|extra|doubled|dropped|swapped) /, /(?<![a-z])[a-z0-9] instead of (?:an? )?[a-z0-9](?![a-z0-9])|\((?:meant|should be|instead of|intended|correct is) \/[^\s)]+\)|\((?:missing|extra|doubled|dropped|swapped) (?:an? |the )?(?:letter |char |character )?[a-z0-9.]\)/],
  // "we never had that page", but not "never had access / the role": that is a refusal.
  [/\bnever had\b/, /\bnever had(?! (?:any |the |a |an |their |his |her )?(?:[a-z-]+ )?(?:access|permissions?|roles?|rights|privileges?|grants?|membership|scopes?|seats?)\b)/],
  // "scanners asking for /wp-admin, we do not have wordpress": software the site never ran.
  [/\b(?:wordpress|php|phpmyadmin|drupal|joomla|magento|software|plugin|cms|such)\b/, /\b(?:we|they|the (?:site|server|app|api)|our (?:site|server|app|stack|api)) (?:do not|does not|did not|never) (?:even )?(?:have|run|use|host|had|ran|used|install(?:ed)?) (?:any )?(?:wordpress|php|phpmyadmin|drupal|joomla|magento|that (?:software|plugin|cms|stack)|such (?:a )?(?:file|page|software|plugin|cms))\b/],
  [/\/wp-|\/\.env|\/\.git|phpmyadmin/, /\b(?:scanners?|probes?|probing|bots?|crawlers?)\b[^.;]{0,40}(?:\/wp-(?:login|admin|content)|\/\.env\b|\/\.git\b|phpmyadmin)/],
  // "the parent exists but the child does not", "no saved search 77 exists", "typed the link wrong".
  [/\bbut\b/, /\bexists?\b[^.;?]{0,40}\bbut (?:the |its |a |that )?[a-z0-9-]+(?: [a-z0-9-]+)? (?:does not|do not|did not)\s*(?=[:;,.!?(]|-|$)/],
  [/\bever\b/, /\bno [a-z-]+(?: [a-z-]+)? (?:has |have |had )?ever (?:had|held|used|existed|matched|been assigned|been issued)\b/],
  [/\bexist/, /\bno (?:(?!(?:the|that|it|this|a|an|one|secret|doubt|question|proof|sign|evidence|idea|need|reason)\b)[a-z0-9_-]+ ){1,3}(?:exists?|existed)\b/],
  // "product 123, which we do not have": the catalogue lacks it (not "we do not have permission").
  [
    /\b(?:which|that) (?:we|the) /,
    /\b(?:which|that) (?:we|the (?:server|store|shop|site|api|catalog|catalogue|database)) (?:do not|does not|did not|never) (?:have|had|sell|carry|stock|offer|host|serve|know)\b(?! (?:the |a |an |any )?(?:access|permissions?|rights?|roles?|scopes?)\b)/,
  ],
  // "namespace foo exists, widget bar does not": the parent is there, the child named next is not.
  [/\bexists?\b/, /\bexists?\b[^.;?]{0,40}?(?:,| while| whereas| and) (?:the |its |a |that )?[a-z0-9-]+(?: [a-z0-9-]+){0,2} (?:does not|do not|did not)\s*(?=[:;,.!?(]|-|$| and\b| but\b)/],
  // A platform's own "nothing there": gRPC NOT_FOUND, S3 NoSuchKey, ResourceNotFoundException.
  [/not_?found|nosuch/, /\bnot_found\b|\bnosuch(?:key|bucket|entity|upload|resource)\b|\b(?:resource)?notfound(?:exception|error)\b/],
  // A slip when copying an id: "copy paste wrong", "one digit missing", "the real one is inv-0019".
  [/\bcopy[- ]?past/, /\bcopy[- ]?past(?:e|ed|es|ing)\b[^.;]{0,20}\b(?:wrong|wrongly|error|mistake|incorrectly|badly)\b/],
  [/\b(?:digits?|chars?|characters?|letters?)\b/, /\b(?:digits?|chars?|characters?|letters?) (?:missing|dropped|swapped|transposed|too many|too few|short|off)\b|\b(?:missing|extra|dropped|swapped|doubled|transposed) (?:a |an |one |two )?(?:digits?|chars?|characters?)\b/],
  [/ is [a-z0-9-]*\d/, /\b(?:the )?(?:real|actual|correct|right|existing) (?:one|id|number|slug|code) is [a-z0-9-]*\d|\b(?:id|number|slug) in (?:the )?(?:database|system) is [a-z0-9-]*\d/],
];

/** Removals read with negation like REMOVED, behind a cheap hint each (most questions have none). */
const REMOVED_AFFIRMED_HINTED: readonly Hinted[] = [
  // "took the product off the catalog", "pulled it off the site": removed from where it was served.
  [/\boff\b/, /\b(?:took|taken|take|takes|taking|pulled|pull|pulls|pulling|removed|got|get|gets) (?:the |that |this |it |them |our |those |their |its )?(?:[a-z0-9/-]+ ){0,3}off (?:of )?(?:the |our |their |its )?(?:catalog|catalogue|site|website|store|shop|shelf|shelves|market|marketplace|menu|web|internet|listings?|app|homepage|platform|air|storefront|page)\b/],
  // "shut it down", "shutting the old forum down".
  [/\bshut/, /\b(?:shut|shuts|shutting) (?:it|them|this|that|(?:the |our |their )?(?:[a-z0-9/-]+ ){1,3})down\b/],
  // "dead for good", "dead and buried": an ending made permanent (not a dead link, which is a typo's kin).
  [/\bdead\b/, /\bdead (?:for good|forever|permanently|and buried|and gone|for ever)\b|\b(?:permanently|officially|definitely) dead\b/],
  // "out of the catalog", "shut off permanently".
  [/\bout of\b|\bshut off\b/, /\bout of (?:the |our )?(?:catalog|catalogue|store|shop|index|listings?|sitemap)\b|\bshut off\b/],
];

/** Words that make "removed" about a permission rather than the resource. */

const REMOVAL_OF_ACCESS =
  /\b(?:role|roles|permission|permissions|scope|scopes|access|privilege|privileges|grant|allowlist|group|membership|seat|license|api key|key|token|tokens|password|secret|credentials?|session|sessions|cookie|cookies|jwt|certificate|from the team|from the org|from the project|from the workspace|user from|member from)\b|\b(?:they|he|she|user|users|member|members|i|we|you|caller|callers|them|him|her|people|employees?|staff|contractors?) (?:were|was|got|have been|has been|had been|been|are|is|get|gets) (?:removed|kicked|dropped|deleted)\b/;
/** A way back ruled out or closed, written once for PERMANENT and for what detectExistence reads around it. */
const NO_WAY_BACK = String.raw`\bno (?:chance|way|option|possibility|hope) (?:of|to) (?:restor\w*|recover\w*|undelet\w*|bring(?:ing)? (?:it|them) back)\b`;
const NOTHING_BRINGS_IT_BACK = String.raw`\bnothing (?:can|could|will) (?:ever )?(?:bring (?:it|them) back|restore (?:it|them)|undo (?:it|this|that)|recover (?:it|them))\b|\bnothing (?:left )?to (?:restore|recover|undelete|bring back)\b`;
const AFTER_THE_WINDOW = String.raw`\bafter the (?:\d+[- ]days? )?(?:undelete|undeletion|restore|recovery|grace|retention) (?:window|period)\b`;
const PERMANENT: readonly RegExp[] = [
  // "hard delete after 30 days, the 30 days are over, nothing left to restore".
  new RegExp(`${NO_WAY_BACK}|${NOTHING_BRINGS_IT_BACK}|\\b(?:grace period|retention period|(?:undelete|undeletion|restore|recovery|soft[- ]delete) (?:window|period)|\\d+ days?) (?:is |are |was |has |have |had )?(?:over|passed|gone by|elapsed|expired|closed|ended)\\b|${AFTER_THE_WINDOW}`),
  /\b(?:deletion|removal|erasure|decision|purge) (?:is|was) (?:final|irrevocable)\b|\birreversibl[ey]\b|\birrevocabl[ey]\b|\bfinal(?:ly)? (?:deleted|removed|purged|erased)\b|\bno (?:way|going) back\b|\bno (?:undo|backups?|recovery|restore)\b|\bwill never be (?:reused|restored|recovered|back)\b/,
  /\bfor good\b|\bpermanent(?:ly)?\b|\bforever\b|\bfor ever\b/,
  /\bnever (?:coming|come|going to come) back\b|\bnot (?:ever )?coming back\b|\b(?:not|never|no) (?:will )?come (?:back|again)\b|\bdefinitive(?:ly)?\b|\b(?:will|would) never (?:be )?back\b/,
  /\b(?:will not|is not going to|are not going to|never going to|will never) (?:come back|return|be back|be restored|exist again|be coming back|reappear|be (?:re-?issued|re-?released|re-?published|re-?uploaded|re-?added|reinstated|re-?created|re-?opened)(?: ever)?)\b/,
  /\birreversibl[ey]\b|\birrevocabl[ey]\b|\bunrecoverabl[ey]\b|\bcannot be recovered\b|\bhard[- ]delet\w*|\bfor always\b|\bnever (?:come|comes|coming) (?:again|back)\b|\bnever again\b|\bnever returning\b|\bnot returning\b|\bcannot be (?:undone|restored|recovered)\b/,
  /\bno plans? to (?:bring (?:it|them) back|restore|re-?add|reinstate)\b/,
  /(?<!un)\bintentional(?:ly)?\b|\bon purpose\b|\bwith (?:intention|intent)\b|(?<!un)\bdeliberate(?:ly)?\b|\bpurpose(?:ly|fully)\b|\bby design\b|\b(?:by|with|for) purpose\b/,
  /\bdiscontinu(?:ed|ing)\b|\bretir(?:ed|ing)\b|\bsunset(?:ted|ting)?\b|\bdecommissioning\b|\bdecommissioned\b|\bend-of-life\b|\bend of life\b|\beol\b|\bshut down\b|\bshutdown\b/,
  /\b(?:years|months|long|ages) ago\b/,
  /\bgone for good\b/,
  /\bremoved in v\d|\bdropped (?:support|the endpoint|the route|the api)\b/,
];
/** Permanence behind a cheap hint each, read like PERMANENT (hedges and negation included). */
const PERMANENT_HINTED: readonly Hinted[] = [
  // "we will not restore it", "won't ever bring it back", "not going to put it back": a return refused.
  [/\b(?:restor|bring|put|publish|re-?add|reinstat|undelet|recover|reviv|re-?enabl|re-?creat|re-?open|re-?list)/, /\b(?:will not|will never|would never|is not going to|are not going to|not going to|never going to|do not plan to|does not plan to|do not intend to|does not intend to|(?:have |has )?no (?:plans?|intention) (?:of|to)|never plan to)(?: ever)? (?:restore|restoring|bring(?:ing)? (?:it |them |this |that )?back|put(?:ting)? (?:it |them )?back|re-?publish\w*|re-?add\w*|reinstat\w*|undelet\w*|recover\w*|reviv\w*|re-?enabl\w*|re-?creat\w*|re-?open\w*|re-?list\w*)\b/],
  // "this is final", "the decision is final", "that's settled": the removal is decided for good.
  [/\b(?:final|settled|definitive|irreversible|reversible)\b/, /\b(?:this|that|it|which|decision|deletion|removal) (?:is|was) (?:final|settled|definitive|irreversible|not reversible|not coming back)\b|\b(?:it is|this is) final\b|\bfinal decision\b/],
  // "can never be reactivated", "cannot be revived", "no one will ever re-enable it".
  // "we will never host it again", "never be published again": the same thing ruled out from coming back.
  [/\bagain\b/, /\bnever (?:host|serve|publish|offer|sell|show|list|use|reuse|re-?use|run|support|restore|reissue|re-?issue|launch|release|bring|put) (?:it|them|this|that|those|these|the [a-z-]+)(?: (?:up|back|online|live))? again\b|\bnever (?:be )?(?:hosted|served|published|offered|sold|shown|listed|used|reused|run|supported|restored|reissued|launched|released|brought back|put (?:up|back|online)) again\b/],
  [/reactivat|re-?enabl|reviv|reopen|brought back|never be (?:restored|undone|recovered)|ever (?:restore|bring)/, /\b(?:can|will|could) never be (?:reactivated|re-?enabled|revived|reopened|brought back|restored|undone|recovered)\b|\b(?:cannot|can not) be (?:reactivated|re-?enabled|revived|reopened|brought back)\b|\b(?:no one|nobody) (?:will|can|could) ever (?:re-?enable|reactivate|revive|restore|bring (?:it|them) back)\b/],
];
const TEMPORARY: readonly RegExp[] = [
  // "what code until then", "in the meantime": an interim state, so not known to be final.
  /\buntil then\b|\bin the meantime\b|\bmeanwhile\b|\bfor the time being\b/,
  // (Not "a temporary campaign": a thing made to end, whose removal once ended says nothing of a return.)
  /\btemporar(?:y|ily)\b(?! (?:campaigns?|promos?|promotions?|events?|offers?|sales?|exhibitions?|contests?|giveaways?|banners?|pop-?ups?)\b)|\bfor now\b|\bfor a while\b|\bmight come back\b|\bwill be back\b|\bcould come back\b|\bmay come back\b|\bnot permanent(?:ly)?\b|\bon hold\b|\brestor(?:e|ed|able)\b|\bundelete|\bsoft[- ]?deleted?\b|\btrash\b|\brecycl(?:e|ing) bin\b|\bwastebasket\b/,
  /\b(?:accidentally|by accident|by mistake|mistakenly|unintentionally|unintentional|accidental)\b/,
];
/** Bounded or uncertain removals, each behind a cheap hint (most questions have none of these words). */
const TEMPORARY_HINTED: readonly Hinted[] = [
  // "it is not final", "not settled yet": a removal whose permanence is explicitly not decided.
  [/\b(?:final|definitive|settled)\b/, /\bnot (?:yet )?(?:final|definitive|settled)\b/],
  // Uncertain or bounded removals: "not sure whether it stays down", "only for some time", "they will
  // reuse the url next spring".
  // "pulled while legal reviews it", "unpublished until the new version is ready", "pending review",
  // "removed only while we fix the bug", "checking backups": a removal bounded by something that ends.
  [/\b(?:while|until|till|pending|during|checking|restor\w*|recover\w*) /, /\b(?:while|until|till|pending|during) (?:the |a |an |we |they |it |legal |our |its |their )?(?:[a-z-]+ ){0,3}(?:reviews?|reviewed|reviewing|fix|fixes|fixed|fixing|investigat\w*|migrat\w*|check\w*|decid\w*|ready|done|finished|approv\w*|updat\w*|rework\w*|redesign\w*|recall|audit\w*|appeal\w*|moderat\w*|clarif\w*|resolv\w*|translat\w*|edit\w*)\b|\bchecking (?:the |our )?backups?\b|\b(?:restore|recover|restoring|recovering) (?:it |them )?from (?:a |the )?backups?\b/],
  [/\b(?:bin|trash|grace|retention|undone|recovered|restored|undeleted|reverted|brought back|reactivated|reopened|days?|weeks?|months?)\b/, /\b(?:in|to|into|from) the (?:bin|recycle bin|trash)\b|\bgrace period\b|\bretention (?:window|period)\b|\b(?:can|could|may) (?:still )?be (?:undone|recovered|restored|undeleted|reverted|brought back|reactivated|reopened)\b|\bfor (?:\d+|a|one|two|three|seven|fourteen|thirty|ninety|a few|several) (?:more )?(?:days?|weeks?|months?)(?! ago\b)\b/],
  [/\b(?:whether|time|while|period|few|couple|re-?us(?:e|es|ed|ing)|recycled?)\b/, /\bwhether (?:it|they|this|that|the [a-z-]+) (?:stays?|remains?|will stay|will remain|is) (?:down|gone|deleted|removed|offline|unpublished|for good|permanent)\b|\b(?:only )?for (?:some|a (?:short|little|limited)) (?:time|while|period)\b|\bfor a (?:few|couple of) (?:days|weeks|hours|months)\b|\b(?:re-?us(?:e|es|ed|ing)|recycle|recycles|recycled) (?:the |that |this |its |our )?(?:same |old |very same |exact )?(?:url|urls|path|slug|address|link|route|page)\b/],
  // "taken down for revisions", "pulled for maintenance": a removal for work on it, which ends.
  [/\bfor (?:revision|repair|maintenance|rework|correction|edit|fix|update)/, /\b(?:taken down|took (?:it |them )?down|pulled|removed|unpublished|offline|disabled|withdrawn) (?:temporarily )?for (?:revisions?|repairs?|maintenance|rework|corrections?|edits|editing|fixes|fixing|updates?|updating)\b/],
  // "someone may claim it again later", "the name can be registered again": the address may point somewhere again.
  [/\bagain\b/, /\b(?:may|might|could|can|will) (?:be )?(?:claim|claimed|take|taken|register|registered|re-?register(?:ed)?|reuse|reused|use|used) (?:it |that |the [a-z-]+ )?again\b/],
];
/** Read with negation: "might come back" is uncertain, "will not come back" is not. */
const MAYBE_BACK: readonly RegExp[] = [
  /\b(?:(?:gets?|got|getting|be|being|is|are) (?:[a-z-]+ (?:and|or) )?put back|put (?:it |them )?(?:up |back )?again|bring (?:it |them )?again|re-?add(?:ed|ing|s)?|re-?upload\w*|re-?introduc\w*|re-?list\w*|bring (?:it|them) back|put (?:it|them) back|republish\w*|regenerat\w*|rebuil[dt]|re-?creat(?:e|ed|es)|re-?activat\w*|repost\w*|un-?archiv\w*|recover(?:ed|able)?|undo|undone|come back|comes back|coming back|be back|back (?:in|next|later|after)|re-?open\w*|un-?delet\w*|revert\w*|roll ?back|rollback|rolled back|roll(?:s|ed|ing)? (?:it|them|this|that|the (?:[a-z0-9-]+ )?(?:change|removal|deletion|deploy|release)) back|reinstat\w*|re-?enabl\w*)\b/,
  // "the new version goes back up at the same url next month", "will be back online": the page returns where it was.
  /\b(?:goes|go|going|comes?|coming|gets?|getting|be|is|are|put|puts|putting) back (?:up|online|on ?line|live)\b|\bback (?:up |online |live )?(?:at|on|under) the (?:same|old) (?:url|address|path|link|location|slug|page)\b/,
  // "they might re-register it under the same id", "could be re-enrolled with the same serial": the same thing back in service.
  /\b(?:may|might|could|will|would|plan to|want to|can)(?: [a-z]+)? (?:be )?re-?(?:regist|enrol|onboard|deploy|install|commission)\w*\b|\bre-?(?:regist|enrol|onboard|commission)\w*(?: (?:it|them|(?:the|that|this) [a-z-]+))? (?:under|with) (?:the )?same (?:id|serial|serial number|name|number|slug|url|path)\b/,
  // "might reissue the same code later", "admin can re-send the same link": the same thing handed out again.
  /\bre-?(?:issu(?:e|es|ed|ing)|send(?:s|ing)?|sent|generat(?:e|es|ed|ing)|mint(?:s|ed|ing)?) (?:it|them|(?:the |that |this |a |an )?same (?:[a-z-]+ )?(?:code|coupon|voucher|link|invite|invitation|url|slug|token|one|address))\b/,
  // "the coupon code might be reissued", "the url will be reused next year": the same thing handed out again, said in the passive.
  /\b(?:may|might|could|can|will|would) (?:later |again |still |then )?be (?:re-?issued|re-?sent|re-?generated|re-?used|re-?activated|re-?published|re-?listed|re-?opened|re-?launched|renewed|extended) ?(?:again|later|next)?\b/,
  // "she might upload a fixed version next week": a replacement may take the removed thing's place.
  /\b(?:upload|post|publish|put up|add|release|ship)(?:s|ed|ing)? (?:a |an |the )?(?:fixed|new|corrected|updated|revised|replacement|newer|better) (?:version|copy|file|one|edition|build|release)\b/,
  // "they might upload it again", "could post it again later": the same thing, published a second time.
  /\b(?:(?:upload|post|publish|add|list|release|ship|launch|enable|open|put|bring|restore|split|separate)(?:s|ed|ing)?|creat(?:e|es|ed|ing)) (?:it |them |this |that |the [a-z-]+ )?(?:up |online |live )?again\b/,
  // "support can still unmerge", "an admin can unarchive it": a removal someone may still reverse.
  /\b(?:can|could|may|might|is able to|are able to) (?:still |always |easily |later |yet )?(?:un-?(?!(?:publish|list|link|register|subscribe|der|til)\w*)[a-z]{4,}|revert|reverse|restore|recover|roll ?back|undo)\b/,
  // "disbanded clans can be reformed with the same id within 30 days", "members can revive a disbanded group": the same thing may return.
  /\b(?:can|could|may|might|is able to|are able to) (?:still |always |easily |later |yet )?(?:be )?(?:re-?form(?:ed)?|re-?found(?:ed)?|re-?establish(?:ed)?|reviv(?:e|ed)|re-?open(?:ed)?|re-?creat(?:e|ed)|reinstat(?:e|ed)|re-?activat(?:e|ed)|restored)\b/,
];
/**
 * "seller can renew it anytime", "the owner may relist them": an active return open to someone, read with MAYBE_BACK
 * (hinted: the verbs are rare).
 */
const RENEWABLE: Hinted = [
  /\b(?:renew|extend|relist|re-list|repost|re-post|republish|re-publish|reactivate|re-activate|revive)\b/,
  /\b(?:can|could|may|might|is able to|are able to|is free to|are free to) (?:still |always |easily |later |yet |simply |just )?(?:renew|extend|relist|re-list|repost|re-post|republish|re-publish|reactivate|re-activate|revive) (?:it|them|this|that|the [a-z-]+)\b/,
];
/** Words that make a stated permanence a question rather than a fact. */
const HEDGE = /\b(?:(?:do not|does not|did not) know (?:that |if |whether )?(?:it|this|that|they|the [a-z-]+) (?:is|was|are|will be) |(?:nobody|no one|noone|not|never|has not|have not|did not|does not|do not)(?: [a-z]+){0,2} (?:said|says|told|confirmed|confirms|stated|promised|guaranteed|decided|claimed|announced|agreed|signed off|officially)|not necessarily|not sure|unsure|unclear|no idea|not decided|undecided|not confirmed|unconfirmed|tbd|deciding|decide|pending|maybe|might|may|could|possibly|perhaps|whether|or not|yet|probably|likely|think|thinks|believe|believes|assume|assumes|guess|hopefully|supposedly|presumably|seems?|expected to)\b/;
/**
 * "not sure yet if it is for good", "nobody decided yet if for good": an "if" after a word of doubt,
 * read over the whole sentence before (the clause reading cuts at "yet"). A bare "if" is a condition:
 * "if the page is deleted permanently, what do we respond?" states the case.
 */
const DOUBT_IF = /\b(?:sure|know|knows|decided|unconfirmed|decide|deciding|check|checking|ask|asking|asked|wonder\w*|clear|idea|tell|confirm\w*|say|said|see|unknown|question)\b(?: [a-z]+){0,2} (?:if|whether)\b/;
/** Doubt written after the permanence: "for good but not confirmed", "permanent? nobody knows". */
const HEDGE_AFTER =
  /^(?: or not\b|[^.;?]{0,30}\b(?:not (?:yet )?(?:confirmed|sure|decided|final|signed off|approved|official|certain)|unconfirmed|tbd|pending|undecided|(?:has|have) not (?:signed off|approved|decided|confirmed))\b|\s*\?\s*(?:[a-z]+ ){0,2}(?:not sure|unsure|maybe|idk|no idea|or not|nobody knows|no one knows|who knows|unknown|unclear|dunno|not decided)\b|[,.]? (?:not sure|unsure|unclear|maybe|probably not|tbd)\b)/;

const EXISTS: readonly RegExp[] = [
  // "the resource is listed right there in their dashboard", "it shows up in the sidebar": the caller can see it is there.
  /\b(?:listed|shown|visible|displayed|shows up|show up|appears?|sits?) (?:right )?(?:there )?(?:in|on) (?:their|the|his|her|its|our|my|your) (?:own )?(?:[a-z-]+ )?(?:dashboard|list|listing|sidebar|ui|menu|search results|home ?page|overview|inbox|feed|catalog(?:ue)?|timetable|navigation|nav)\b/,
  // "the page is not missing", "not deleted, just …": a denied absence.
  /\b(?:is|are|was|were) not (?:missing|gone|deleted|removed)\b|^not (?:deleted|missing|removed)\b/,
  /\b(?:resource|record|invoice|order|project|document|doc|repo|repository|file|page|object|item|account|it|that|this|they|one|which) (?:still |actually |definitely |really |does |do )?exists?\b/,
  // "the workspace exists", "this board actually exists".
  /\b(?:the|this|that) [a-z-]+ (?:still |actually |definitely |really |does )?exists\b/,
  // "…, which is real": the thing asked for is there.
  /\b(?:which|that|it|they) (?:is|are) (?:real|really there|actually there)\b/,
  /\b(?:existing|real|valid) (?:resource|record|object|item|order|invoice|project|document|file|page|repo|repository|id|ids)\b/,
];

/**
 * "pretending it does not exist", "treated as if it never existed", "we treat private ones as nonexistent to
 * others": an absence acted out, which is hiding,
 * not a fact about what is there.
 */
const PRETENDED_ABSENCE =
  /\b(?:pretend(?:s|ed|ing)?(?: that)?|(?:treat|treats|treated|treating|act|acts|acting|behave|behaves|behaving|handle|handles|handled) (?:as if|as though|like))(?: (?:it|they|the [a-z-]+|this|that|the [a-z-]+ [a-z-]+))? (?:does not|do not|did not|doesnt|dont|never|not)(?: even)? (?:exist(?:s|ed)?|existed|been there|was there|were there)\b|\b(?:treat|treats|treated|treating|act|acts|acting|behave|behaves|handle|handles|handled) (?:as if|as though|like) (?:it|they|the [a-z-]+|this|that) (?:was|were|had) never (?:been )?(?:there|existed|created|made|filed|issued|recorded)\b|\b(?:treat|treats|treated|treating|handle|handles|handled|handling|report|reports|reported|show|shows|showed|present|presents|presented)(?: (?:it|them|those|these|this|that|(?:the |such |private |other |their )?[a-z-]+(?: [a-z-]+)?))? as (?:if )?(?:non-?existent|non-?existing|not existing|nonexisting|absent|missing|unknown)\b/g;

// ── Hiding existence ─────────────────────────────────────────────────────────────────────────
const HIDE: readonly RegExp[] = [
  // "the goal is that no clinic can check which patient ids are real": hiding stated as what must be impossible.
  /\b(?:no|nobody|no one|none of the)(?: [a-z-]+){0,2} (?:can|could|should|may|must|is able to|are able to)(?: ever| even)? (?:check|tell|learn|find out|work out|know|probe|map|guess|test|confirm|see|figure out)\b[^.;?]{0,20}\b(?:which|whether|if)\b[^.;?]{0,50}\b(?:exists?|exist|are real|is real|are valid|is valid|are live|is live)\b/,
  // "tenants must never learn other tenants' workspace names or ids": the identifiers themselves are kept from them.
  /\b(?:must|should|may|can|are to) (?:never|not) (?:even )?(?:be able to )?(?:learn|know|see|find out|discover|guess)\b[^.;?]{0,40}\b(?:names?|ids?|identifiers?|urls?|slugs?)\b/,
  // "company a must not be able to find out what projects company b has", "guests should never see which rooms other guests booked":
  // what another party has is kept from them, the things' existence included.
  /\b(?:must|should|may|can|are to|is to) (?:never|not) (?:even )?(?:be able to )?(?:learn|know|see|find out|discover|guess|tell|work out|figure out) (?:what|which) (?:[a-z-]+ ){1,3}(?:[a-z-]+ ){0,2}(?:has|have|had|owns?|holds?|booked|bought|stores?|keeps?|exists?|exist)\b/,
  // "households must not be able to learn of each other's cameras", "tenants should never find out about other tenants' projects":
  // peers kept from knowing of one another's things.
  /\b(?:(?:must|should|may|can|are to|is to) (?:never|not)|cannot|can not) (?:even )?(?:be able to |be allowed to )?(?:learn|know|find out|discover|hear|be aware) (?:of|about) (?:each other's|one another's|(?:the )?other [a-z-]+'s?|another [a-z-]+'s|someone else's|somebody else's|other people's)/,
  // "the flag key exists only for staff and must not be exposed".
  /\b(?:must|should|may|is|are) not (?:be )?(?:exposed|disclosed|revealed|leaked|listed|discoverable|enumerable)\b/,
  // "an admin api that outsiders must not know about": the object is the thing the clause is about.
  /\b(?:must not|should not|may not|cannot|can not|never|not supposed to|not allowed to) (?:even )?(?:know|learn|hear|find out) about\b(?= *(?:[;,.!?]|-|$))/,
  // "only admins can even know about it", "only staff are supposed to be aware it exists": knowing of it is itself restricted.
  /\bonly (?:the )?(?:[a-z-]+ ){0,2}(?:can|could|may|might|should|are (?:allowed|supposed|meant) to|is (?:allowed|supposed|meant) to)(?: even| ever)? (?:know|learn|hear|be aware|find out)(?: (?:about|of) (?:it|them|this|that|its existence|their existence)\b| (?:that )?(?:it|they|this|that) (?:exists?|is there|is real)\b)/,
  // "customers without the flag must not discover it": kept from even being found.
  /\b(?:must not|should not|may not|cannot|can not|never|not supposed to|not allowed to) (?:even )?(?:be able to )?(?:discover|find out about|learn about|know about|stumble (?:on|upon)|notice) (?:it|them|this|that|its existence|their existence)\b/,
  /\breveal(?:s|ing|ed)?\b|\bdisclos(?:e|es|ing|ed|ure)\b|\bconceal(?:s|ing|ed|ment)?\b|\bobscur(?:e|es|ing|ity)\b/,
  /\bhid(?:e|es|ing|den)\b/,
  /\benumerat(?:e|es|ed|ing|ion)\b/,
  /\bexistence\b/,
  /\bexpos(?:e|es|ing)\b(?: [a-z]+){0,4} (?:exists?|existence|that|whether|which)\b/,
  // (Not "we know for sure it existed": what the server's own people know is no disclosure.)
  /\b(?<!\b(?:we|i) (?:[a-z]+ ){0,2})(?:know|knows|knowing|learn|learns|find out|tell|tells|confirm|confirms|confirming|guess|guesses|infer|discover|figure out|work out|deduce|signal|signals|signalling|signaling|realize|see|sees|(?<!\b(?:the|a|an|our|their|his|her|each|every|tv|new) )(?:show|shows)|notice)(?: [a-z'/._-]+){0,4} (?<!never |not |no longer )(?:exists?|existed|is real|are real|is there|are there|is live|is valid|are valid|(?:is|are) registered|(?:is|are) in use)\b/,
  // Confidential identifiers or resources: even a 403 would confirm what must stay unknown.
  /\b(?:consider|considers|treat|treats|deem|deems|classify|classifies) (?:[a-z-]+ ){1,3}(?:itself )?(?:as )?(?:sensitive|confidential|secret)\b/,
  /\b(?:ids?|identifiers?|names?|urls?|slugs?|numbers?|titles?|membership|memberships|existence)\b(?: [a-z-]+){0,4} (?:are |is )?(?:treated as |considered |kept |also )?(?:confidential|secret|sensitive|classified)\b/,
  /\b(?:ids?|identifiers?|urls?|slugs?|(?:account |order |invoice |project )?numbers?|usernames?|emails?)(?: themselves| too| also)? (?:are|is) (?:private|not public)\b/,
  /\b(?:confidential|classified)\b|\bsecret (?:until|project|projects|page|pages|doc|docs|document|documents|resource|resources|ids?|names?|urls?|feature|features)\b|\b(?:is|are|kept|treated as|considered) secret\b/,
  /\b(?:not|never|cannot|can not|must not|should not)(?: [a-z]+){0,2} (?:be )?confirm(?:ed|able)?\b|\bunconfirmable\b/,
  // "we must keep it under wraps", "the show is hush-hush": secrecy said by an idiom.
  /\bunder wraps\b|\bhush[- ]hush\b|\bkeep (?:it|this|that|them) (?:quiet|on the down[- ]?low)\b/,
  /\b(?:not|never|cannot|can not) (?:say|says|admit|admits)(?: [a-z']+){0,3} (?:exists?|is there|is real)\b/,
  // "we do not want to admit the album exists", "without acknowledging it is there".
  /\b(?:not|never|without)\b(?: [a-z']+){0,3} (?:admit\w*|confirm\w*|reveal\w*|disclos\w*|acknowledg\w*|tell\w*|show\w*|signal\w*|let on|expos\w*|give away)\b(?: [a-z']+){0,5} (?:exists?|existed|is real|is there|are there|existence)\b/,
  /\b(?:distinguish|tell apart|tell the difference|differentiate)\b[^.?;]{0,30}\b40[34]\b|\boracle\b/,
  // "the response differs when the record exists", "different errors for existing and unknown accounts", "differential
  // responses", "observable response discrepancy": answers that tell existing things from absent ones (an enumeration finding).
  /\b(?:responses?|status(?: codes?)?|codes?|errors?|error messages?|answers?|replies|reply|behaviou?r|timing|latency)\b(?: [a-z]+){0,2} (?:differs?|differed|varies|vary|changes|is different|are different|diverges?)\b[^.;?]{0,40}\b(?:when|if|whether|depending on|based on)\b[^.;?]{0,40}\b(?:exists?|existed|is real|are real|is valid|are valid|is registered|are registered)\b|\b(?:response time|responses?|timing|latency|reply)\b(?: [a-z]+){0,2} (?:is|are|gets?) (?:much |noticeably |measurably |slightly )?(?:longer|shorter|slower|faster|different|larger|smaller|bigger)\b[^.;?]{0,10}\b(?:when|if|whenever)\b[^.;?]{0,40}\b(?:exists?|existed|is real|are real|is valid|are valid|is registered|are registered)\b|\bdifferent (?:responses?|status(?: codes?)?|codes?|errors?|error messages?|answers?) (?:for|between|to) (?:[a-z-]+ ){0,2}(?:existing|real|valid|registered)\b|\bdifferent (?:responses?|status(?: codes?)?|codes?|errors?|error (?:messages?|texts?|bodies|body)|answers?|timings?)\b[^.;?]{0,10}\b(?:when|if|whenever|depending on)\b[^.;?]{0,40}\b(?:exists?|existed|is real|are real|is valid|are valid|is registered|are registered)\b|\bdifferential (?:responses?|errors?|status(?: codes?)?|error messages?|behaviou?r)\b|\b(?:observable |response )discrepanc(?:y|ies)\b/,
  /\b(?:look|looks|appear|appears|seem|seems|pretend|pretends) (?:exactly |just |precisely |simply )?(?:like |as if |as though |that )?(?:it |they |the [a-z-]+ )?(?:does not|do not|did not|never|not) exist/,
  // "the fact that a team called red-team exists is itself sensitive", "whether the account exists is confidential".
  /\bexists? (?:is|are|would be|is also) (?:itself |also |in itself |already )?(?:sensitive|secret|confidential|private|classified|need-to-know)\b/,
  // "we return the same thing as for a nonexistent tournament", "identical response to a missing id": one answer for both.
  // (Not "return 404 same as for nonexistent routes?": a code proposed by analogy.)
  /\b(?:return|returns|returned|returning|give|gives|gave|send|sends|sent|answer|answers|get|gets|got|respond with|responds with|see|sees) (?:exactly |just |precisely )?(?:the )?(?:same|identical)(?: [a-z-]+){0,2} (?:as|like|to) (?:for |with |we give |we send )?(?:an? |the |any )?(?:nonexistent|non-existent|non-existing|missing|unknown|absent|made-up|random|bogus) [a-z-]+/,
  // "the law says it must be treated as if it never existed", "act as though the record was never there".
  PRETENDED_ABSENCE,
  // "private repositories must look exactly like repositories that do not exist".
  /\b(?:look|looks|appear|appears|seem|seems) (?:exactly |just |precisely )?(?:like|as) (?:[a-z-]+ ){0,3}(?:that|which) (?:do not|does not|did not|never) exist/,
  // "private repos must look nonexistent to outsiders", "should appear absent".
  /\b(?:look|looks|appear|appears|seem|seems|be indistinguishable from) (?:to be |like |as )?(?:non-?existent|non-?existing|absent|nonexistent ones|missing ones)\b/,
  // "impossible to tell whether a given employee id exists", "no way to know if it is real".
  // (Not "impossible to tell whether the user still has the role": it must be about existence.)
  /\b(?:impossible|not possible|no way|hard|harder) (?:for (?:[a-z]+ ){1,2})?to (?:tell|know|learn|guess|infer|find out|work out|determine|see|check)\b[^.;?]{0,30}\b(?:whether|if|that|which)\b[^.;?]{0,50}\b(?:exists?|existed|is real|are real|is there|are there|is valid|are valid)\b/,
  /\b(?:telling|knowing|learning|confirming|revealing|showing|signalling|signaling|admitting)\b(?: [a-z']+){0,5} (?<!never |not |no longer )(?:exists?|existed|is real|is there|are there)\b/,
  /\b(?:discoverable|findable|guessable|visible|known)\b(?<=\b(?:not|never|no)(?: [a-z]+){0,2} (?:be )?(?:discoverable|findable|guessable|visible|known))|\bundiscoverable\b|\b(?:keep|kept|stay|stays|remain|remains) (?:a )?(?:secret|hidden|invisible|unknown)\b/,
  /\bavoid (?:telling|revealing|confirming|showing|leaking|disclosing|admitting)\b/,
  /\b(?:should not|must not|may not|cannot|can not|do not want [a-z]+ to|never) (?:even )?(?:know|learn|find out|hear) (?:about|of) (?:it|this|that|them|its existence)\b/,
  /\binvisible\b|\bpretend(?:s|ing)?\b(?: [a-z]+){0,4} (?:not|nothing|does not|do not)\b|\bdo not (?:reveal|disclose|show|expose) (?:private|hidden|secret)\b/,
  /\b(?:know|knows|learn|find out|tell|confirm|guess|infer|discover) (?:that |whether |if )?(?:there is|there are)\b/,
  /\b(?:probe|probing|probes|fish|fishing|scrape|scraping|guess|guessing|brute-?forc(?:e|ing)|iterate|iterating|walk|walking|harvest(?:ing)?) (?:for |through |over )?(?:[a-z]+ ){0,2}(?:ids|uuids|valid ids|resources|accounts|usernames|emails|urls|invoice ids|order ids|object ids|sequential ids|numbers|names|slugs|handles)\b/,
  // "we cannot tip them off that an investigation exists".
  /\btip(?:ping)? (?:them|him|her|anyone|the [a-z-]+) off\b/,
  /\bsecurity through obscurity\b|\bstealth\b|\bside[- ]channel\b|\binformation disclosure\b|\binfo leak\b/,
  /\bsecurity[- ]sensitive\b/,
  // (Not "the server does not know if it is permanent": what the server itself does not know hides nothing.)
  /(?<!\b(?:server|servers|we|i|it|api|app|system|backend) (?:do |does |did )?)\b(?:do not|does not|did not|not|never|should not|must not|cannot) (?:even )?(?:want (?:[a-z]+ )?to |let (?:[a-z]+ )?|allow (?:[a-z]+ )?to )?(?:be able to |be allowed to |get to )?(?:even )?(?:learn|know|find out|discover|tell|confirm|reveal|guess|infer|see|work out|figure out|deduce|determine)(?: [a-z]+){0,2} (?:whether|if|that|which)\b/,
  // "we never acknowledge private repos to non-members", "we do not admit to having it".
  /\b(?:never|not|do not|does not|will not|must not|should not) (?:acknowledge|admit|disclose)\w*\b/,
  /\b(?:404|not found)(?: [a-z0-9]+){0,5} (?:for|because of|due to|out of) (?:security|privacy)\b/,
  /\b(?:tells?|reveals?|confirms?|(?<!\b(?:the|a|an|our|their|his|her|each|every|tv|new) )shows?|leaks?|gives? away|proves?)(?: to)? (?:them|the attacker|attackers|people|the caller|callers|anyone|everyone)? ?(?:that )?(?:the |it |this |such an? )?(?:[a-z]+ )?(?:is real|exists|is valid|is there)\b/,
];
/** "confirming valid invoice numbers": hinted like REMOVED_HINTED. */
const HIDE_HINTED: readonly Hinted[] = [
  // "order numbers are sequential and we don't want competitors counting", "ids are incremental, rivals could
  // estimate our volume": ids that can be walked, and a worry about what walking them tells. One answer for all.
  [
    /\b(?:sequential\w*|incremental\w*|increment(?:s|ed|ing)?|auto-?increment\w*|consecutive\w*|predictable|guessable|monotonic\w*)\b/,
    /\b(?:sequential\w*|incremental\w*|increment(?:s|ed|ing)?|auto-?increment\w*|consecutive\w*|predictable|guessable|monotonic\w*)\b[\s\S]{0,160}\b(?:count\w*|enumerat\w*|estimat\w*|guess\w*|scrap(?:e|es|er|ers|ing)|harvest\w*|infer\w*|work out|figure out|deduce|how many|volume|competitors?|rivals?)\b/,
  ],
  // Not "after the leak", "a key leak", "a widget leaking internal hostnames": a leak of credentials or data says nothing about existence.
  [/\bleak/, /\b(?<!\b(?:after|since|before|during|from) the )(?<!\b(?:the|a|an|our|their|this|that) (?=leaked [a-z]))(?<!\b(?:key|token|secret|credentials?|password|memory|data) )(?<!\b(?:link|links|url|urls|file|files|doc|docs|document|documents|video|videos|photo|photos|image|images|export|dump|report|screenshot|email|emails|invite|preview)(?: (?:was|were|got|has been|had been|have been|is|been))? )(?:leak|leaks|leaking|leaked|leakage)\b(?! (?:keys?|tokens?|secrets?|credentials?|passwords?|api keys?)\b)(?! (?:the |our |their |its |some |all )?(?:[a-z-]+ ){0,2}(?:hostnames?|host names?|emails?|email addresses|ip addresses|ips|pii|personal data|internal data|phone numbers|stack traces?|source code|secrets?|api keys?|tokens?|credentials?|passwords?|versions?|headers?|salaries|addresses)\b)/],
  [
    /\b(?:valid|real|existing|live) /,
    /\b(?:confirm\w*|reveal\w*|disclos\w*|expos\w*|validat(?:es|ing))\b (?:which |that |the )?(?:valid|real|existing|live) (?:[a-z-]+ ){0,2}(?:ids?|numbers?|accounts?|emails?|usernames?|urls?|resources?|records?|invoices?|orders?|users?|customers?)\b/,
  ],
  // "we want ids not enumerable", "must be indistinguishable": a remediation that asks for one answer for both.
  [/enumerab|indistinguishab/, /\b(?:non-?|un)enumerable\b|\bnot (?:be )?enumerable\b|\bindistinguishable\b/],
  // "nobody should know report r-77 exists": the same with an id made of letters and digits.
  [/\b(?:nobody|no one|noone)\b/, /\b(?:nobody|no one|noone)(?: [a-z]+){0,2} (?:should|must|may|can|is supposed to) (?:even )?(?:know|learn|find out|see)(?: that)?(?: [a-z0-9'/._-]+){0,4} (?:exists?|is there|is real)\b/],
];
const HIDE_NOT_NEEDED_HINTED: readonly Hinted[] = [
  // "she can see the report, she just cannot approve it", "he can open the project fine": the caller already sees the thing
  // refused an action on, so its existence is nothing to hide from them (not "if she can see the report …", not "… but not the payroll").
  [/\bcan (?:already |still |clearly |even )?(?:see|view|open|read)\b/, /(?<!\b(?:if|when|would|otherwise|then|so that|because|whether)\b[^.;,]{0,50})(?:\b(?:he|she|they|the (?!(?:attackers?|outsiders?|scrapers?|bots?|competitors?|public|world)\b)[a-z-]+)|\b(?:signed|logged) in,? and) can (?:already |still |clearly |even )?(?:see|view|open|read) (?:the|that|this|it)(?: [a-z-]+){0,2}?(?: (?:fine|just fine|itself|too|already))?(?=\s*(?:[.;,!?)]|$|but (?!not\b)|and\b))/],
  // "they can see reports in the menu", "project 9 appears in their list": the caller already sees it exists.
  [/\b(?:see|sees|shows?|showing|appears?|appearing|listed|visible)\b/, /\b(?:can|could|do|does|still|already) (?:still |already |even )?(?:see|sees|find|spot|view) (?:it|them|that|this|[a-z0-9-]+(?: [a-z0-9-]+){0,2}) (?:in|on|under|from) (?:the|their|his|her|our|its|a|each|every) (?:[a-z-]+ )?(?:menu|menus|list|lists|listing|nav|navigation|navbar|sidebar|ui|dashboard|console|catalog|catalogue|directory|index|app|overview|search results?|tab bar|picker|dropdown|tree|sitemap|switcher|selector|chooser|drawer|toolbar|home ?page)\b|\b(?:shows?|showing|appears?|appearing|is listed|are listed|is visible|are visible) (?:up )?(?:in|on) (?:the |their |his |her |our |its )?(?:[a-z-]+ )?(?:menu|list|listing|nav|navigation|sidebar|catalog|catalogue|directory|console|dashboard|overview|picker|dropdown|switcher|selector|chooser|drawer|toolbar|home ?page)\b/],
  // "the movie shows up greyed-out in their search results", "it is listed in her library": the caller's own view lists it.
  [
    /\b(?:shows? up|showing up|appears?|appearing|listed|visible)\b/,
    /\b(?:shows? up|showing up|appears?|appearing|is listed|are listed|is visible|are visible)\b(?: [a-z-]+){0,2} (?:in|on) (?:their|his|her|the user's|the caller's) (?:own )?(?:[a-z-]+ ){0,2}(?:search results|results|search|list|listing|menu|catalog|catalogue|library|feed|nav|navigation|sidebar|dashboard|home ?page|inbox|drive|store)\b/,
  ],
  // "not hiding anything here", "nothing to conceal": hiding disclaimed without a subject.
  [/\b(?:hiding|concealing)\b/, /\b(?:not|never|no need to|no point (?:in )?) ?(?:hiding|concealing) (?:anything|it|this|that|them|its existence)\b/],
  // "the workspace shows up in the directory for everyone", "appears in the public list": seen by all.
  [/\b(?:everyone|everybody|anyone|all|public)\b/, /\b(?:shows? up|showing up|appears?|appearing|is listed|are listed|listed|visible|shown|displayed)\b[^.;]{0,40}\b(?:for|to) (?:everyone|everybody|anyone|all(?: users| members| employees| staff)?)\b|\b(?:shows? up|appears?|listed|visible|shown) (?:in|on) (?:the |our |a )?public (?:list|directory|catalog|page|site|docs|index|listing)\b|\b(?:everyone|everybody|anyone|all users) (?:can|could) see (?:it|them|that|this|the [a-z-]+)\b/],
  // "the system show that files exist to all doctors", "the app shows to everyone that reports exist": the service itself
  // tells everyone it is there (not "a 403 would show it exists to anyone": a disclosure feared).
  [/\b(?:everyone|everybody|anyone|all)\b/, /(?<=\b(?:system|app|application|ui|site|website|portal|dashboard|platform|interface|directory|catalog|catalogue|menu|homepage|search|we) )(?:shows?|showed|displays?|displayed|lists?|listed|tells?|told)(?: (?:to|for) (?:everyone|everybody|anyone|all)\b(?: [a-z-]+){0,3})? (?:that )?(?:the |its |their |our )?(?:[a-z-]+ ){0,3}(?:exists?|is there|are there)\b(?:(?<=\b(?:to|for) (?:everyone|everybody|anyone|all)\b[^.;]{0,60})| (?:to|for) (?:everyone|everybody|anyone|all)\b)/],
  // "the endpoint is in the public api docs", "announced in the release notes": its existence is published.
  [/\b(?:docs|documentation|reference|changelog|release notes|blog|status page)\b/, /\bin (?:the|our) (?:public )?(?:api |reference |developer |admin |user )?(?:docs|documentation|api reference|reference|changelog|release notes|guide|handbook|manual|wiki)\b|\b(?:announced|documented|listed|published|described) (?:in|on) (?:the |our |a )?(?:public )?(?:[a-z-]+ )?(?:docs|documentation|changelog|release notes|blog|blog post|api reference|reference|status page)\b/],
  // The two below are costly (a lookbehind at every word): the words they need come first.
  // "members can see the billing tab is there", "every employee can see that the payroll tab exists": seen by the callers themselves
  // (not "if we send 403 the user can see it exists": a disclosure feared, read by HIDE).
  [/\bsee\b/, /(?<!\b(?:if|when|would|otherwise|then|so that|because)\b[^.;,]{0,50})\b(?:(?:the|every|each|all|any) [a-z-]+|(?!(?:nobody|noone|one|nothing|attackers?|outsiders?|they|it|we|i|you|which|that|this|who)\b)[a-z-]+)(?: (?:of|in) (?:the |our |their |this |that )?[a-z-]+)? (?:can|could)(?: all| already| still| even| clearly)? see\b(?: that)?(?: (?!(?:not|never|no|whether|if)\b)[a-z0-9'/._-]+){0,5} (?:exists?|exist|is there|are there)\b/],
  // "carlos has the link and knows the deck exists": a named caller who knows it, told as a fact (not "if we send 403, he knows it exists").
  [/\bkn(?:ows|ew)\b/, /(?<!\b(?:if|when|would|otherwise|then|so that|because|or)\b[^.;]{0,60})\b(?!(?:nobody|noone|one|attackers?|outsiders?|scrapers?|bots?|competitors?|everyone|anyone|who|which|that|it|we|i|you)\b)[a-z]+ (?:already )?(?:knows|knew)\b(?: that)? (?:it|they|the [a-z-]+) (?:exists?|is there|are there)\b/],
];
const HIDE_NOT_NEEDED: readonly RegExp[] = [
  // "a repo she already knows exists", "the viewer already knows the dashboard exists": nothing left to hide from them.
  /\balready (?:knows?|knew|sees?|saw|can see|has seen|have seen|is aware)\b(?: that)?(?: (?!(?:not|never|no|whether|if)\b)[a-z0-9'/._-]+){0,5} (?:exists?|exist|existed|is there|are there|was there|were there)\b/,
  // "we have no policy to hide it", "we do not hide them": hiding disclaimed.
  /\bno (?:[a-z-]+ ){0,2}(?:to|for) (?:hide|hiding|conceal\w*|secrecy)\b|\b(?:we|they|it|you) (?:do not|does not|never|are not|is not) (?:need to |have to |bother to |try to |trying to |going to |out to )?(?:hid(?:e|ing)|conceal\w*)\b/,
  /\b(?:do not|does not|did not) (?:care|mind|worry)\b(?: [a-z']+){0,6} (?:leak|leaks|leaking|reveal|know|knows|exist|exists|existence|disclos|see)/,
  // "we dont care about hiding it", "not worried about concealing the order", "nobody minds keeping it secret": hiding is no concern.
  /\b(?:do not|does not|did not|never) (?:really |even )?(?:care|mind|worry|bother)\b(?: (?:much|about|with|for|if|whether|that|we|it|is|are|it is|they are))* (?:hid(?:e|es|ing|den)|conceal\w*|secre(?:t|cy)|keeping (?:it|them|this|that) (?:secret|hidden|private))\b(?! (?:other|others|anything else|everything else|most|errors?|in general|generally)\b)|\b(?:not|never) (?:really |too |at all )?(?:worried|concerned|bothered|fussed) (?:about|with) (?:hid(?:e|ing)|conceal\w*|secrecy|keeping (?:it|them|this|that) (?:secret|hidden))\b(?! (?:other|others|anything else|everything else|most|errors?|in general|generally)\b)/,
  /\b(?:fine|ok|okay|acceptable|alright|no problem|not a problem|not an issue|no issue|not a concern|no concern|harmless)\b(?: [a-z']+){0,5} (?:know|knows|reveal|revealing|leak|leaking|leaks|see that|exists?|existence)\b/,
  // "the existence of the endpoint is known": of what, said between.
  /\b(?:existence(?: of (?:the |this |that |our |its |their )?[a-z0-9-]+(?: [a-z0-9-]+)?)?|that it exists|the fact it exists) (?:is|is not|isn't) (?:obviously |clearly |already |well |plainly |definitely |of course |perfectly )?(?:public|not (?:a )?secret|not sensitive|known|fine|ok|okay|harmless)\b/,
  // "the project is public", "documented publicly", "listed publicly in the nav", "known to everyone".
  /\b(?:is|are|was|were) (?:itself |also |already )?public\b|\b(?:documented|listed|announced|known|shown|linked|visible) (?:publicly|to everyone|to all|everywhere)\b|\bpublicly (?:documented|listed|announced|known|visible|linked)\b|\bknown (?:to|by) (?:everyone|everybody|all)\b|\beveryone (?:can see|sees|knows)\b/,
  // "everyone in the office knows there is a payroll module", "everybody on the team can see it exists": known to the whole group the caller is in.
  /\b(?:everyone|everybody)(?: (?:in|at|on|of) (?:the |our |their |this |that |her |his )?[a-z-]+(?: [a-z-]+)?)? (?:already )?(?:can see|sees|knows|know)\b(?: that)? (?:there (?:is|are)\b|(?:it|they|the [a-z-]+(?: [a-z-]+)?) (?:exists?|is there|are there)\b)/,
  /\b(?:is|are|was|were) not (?:confidential|classified|hidden|private)\b|\bnot (?:confidential|classified)\b|\bnot (?:a )?secret\b|\bnot sensitive\b|\bpublic(?:ly)? known\b|\bpublic knowledge\b|\beveryone knows\b/,
  // "i do not see what we would be hiding", "cannot see anything to hide": the asker finds nothing to hide.
  /\b(?:do not|does not|cannot|can not|fail to) see (?:what|anything|much|why)(?: (?:there is|there would be|we|they|it|you|the server|the api))?(?: (?:would|could|might|are|is|were|should|need to))?(?: be)? (?:to )?(?:hid(?:e|ing)|conceal\w*)\b/,
  // "nothing about the member needs hiding", "the order does not need to be hidden": hiding said not to be needed.
  /\bnothing(?: (?:about|of|on) (?:it|them|(?:the|this|that|their|our|his|her) [a-z-]+(?: [a-z-]+)?))? (?:needs|requires|calls for|warrants) (?:hiding|concealing|concealment|secrecy|to be (?:hidden|concealed|kept secret))\b|\b(?:does not|do not|did not) need (?:hiding|concealing|to be (?:hidden|concealed|kept secret))\b/,
  /\b(?:no|do not|does not) need to (?:hide|conceal)\b|\bnothing (?:left |more |really |else |there |here )?to (?:hide|conceal)\b|\bnothing (?:is |needs to be |has to be )?(?:hidden|secret|confidential|concealed)\b/,
  // "nothing about them is confidential", "none of it is secret": the sensitivity denied for all of it.
  /\b(?:nothing|none)(?: (?:about|of|in|on) (?:it|them|this|that|(?:these|those|the|our|their) [a-z-]+(?: [a-z-]+)?))? (?:is|are|was|were) (?:really |at all |even )?(?:confidential|secret|sensitive|classified|private|hidden)\b/,
  /\b(?:visible|shown|listed|displayed|printed|linked) (?:in|on) (?:the |our |every |each |their )?(?:[a-z-]+ )?(?:ui|app|dashboard|url|urls|list|page|nav|navigation|menu|sidebar|receipts?|emails?|invoices?|docs)\b|\b(?:are|is) (?:on|in) (?:the |our |a )?public (?:page|site|website|profile|list|docs|directory)\b|\b(?:visible|shown|listed|displayed|printed|published) (?:in|on) (?:the |our |a |every |each )?public(?:ly (?:visible|available|accessible))? (?:[a-z-]+ )?(?:page|pages|site|website|profile|list|docs|directory|portal|app|listing)\b/,
  /\b(?:existence|its existence|that it exists|the fact it exists)(?: of (?:the |this |that |our |its )?[a-z-]+(?: [a-z-]+)?)?(?: is| being)? (?:no|not an?|not) (?:secret|concern|issue|problem|sensitive)\b/,
  // "regular users know the admin api exists (it is in the docs)", "agents know vip records exist" (callers of any kind): known already, nothing to
  // hide (not "a 403 lets users know it exists": a disclosure feared).
  // (The verb comes first and the subject is a lookbehind: the regex then starts only at "know"/"see".)
  /\b(?:know|knows|see)\b(?<=(?<!\b(?:lets?|letting|allows?|allowing|helps?|helping|makes?|tells?) )\b(?:users?|everyone|everybody|people|customers?|they|callers?|the public|outsiders|staff|(?!(?:attackers|scrapers|bots|competitors|rivals|adversaries|strangers|hackers|others|does|was|has|this|thus|plus|unless|less|always|perhaps|whereas|also|its|is|as|us|lets|allows|helps|makes|tells|gives)\b)[a-z]{2,}s)(?: (?!(?:not|never|no|cannot|nobody|even|should|must|may|might|shall|lets?|letting|allows?|allowing|helps?|makes?|tells?)\b)[a-z]+){0,3} (?:already )?(?:can )?(?:know|knows|see)) (?:that )?(?:the |it |this |our |their )?(?:[a-z-]+ ){0,3}(?:exists?|is there)\b|\b(?:it is|they are|is|are) in (?:the|our) (?:public )?(?:docs|documentation|api reference)\b/,
  // "hiding it buys nothing", "no point in hiding": hiding judged useless.
  /\bhid(?:e|ing) (?:(?:it|them|this|that|the [a-z-]+) )?(?:buys|gains|gets|achieves|helps|protects) (?:us )?(?:nothing|little|anything)\b|\bno (?:point|use|sense|value) (?:in )?hiding\b|\bpointless to hide\b|\b(?:hiding|concealing|concealment|secrecy)\b(?: [a-z'-]+){0,5} (?:is|was|are|were) (?:not|never|no longer) (?:a |an |the |our |any )?(?:real |big |major |particular )?(?:goal|aim|point|concern|requirement|worry|priority|need|factor|consideration)\b|\b(?:hiding|concealing)\b(?: [a-z'-]+){0,5} (?:does not|do not) matter\b|\bhid(?:e|ing) (?:(?:it|them|this|that|the [a-z-]+) )?makes (?:zero|no|little) sense\b/,
  // "hiding is not needed", "concealing it isn't necessary", "secrecy is unnecessary": hiding said to be no requirement.
  /\b(?:hiding|concealing|concealment|secrecy)(?: (?:it|this|that|them|its existence|the [a-z-]+))? (?:is |was |are )?(?:not (?:needed|required|necessary|wanted|a requirement)|unnecessary|unneeded|not called for)\b/,
  // "its existence was never a secret": never hidden in the first place.
  /\b(?:was|were|is|are|has|have) never (?:been )?(?:a )?secret\b/,
  // "nobody is hiding it", "no one hides that page": hiding disclaimed with its subject.
  /\b(?:nobody|no one|noone) (?:is |was |are |were )?(?:hiding|hides|hid|concealing|conceals)\b|\b(?:nobody|no one|noone) (?:minds|worries|cares)\b(?: [a-z']+){0,6} (?:know|knows|learn|learns|see|sees|exists?|existence|hid(?:e|ing)|conceal\w*)\b/,
  // "he knows it exists (he sees it in the list)": the caller already knows; nothing is hidden from them.
  // "the patient knows the results exist because they were notified", "the uploader knew the file existed": the person asking was told,
  // so nothing is left to hide from them (not "if we send 403 the attacker knows the account exists": a disclosure feared, read by HIDE).
  /(?<!\b(?:if|when|would|otherwise|then|so that|could|can|might|lets?|letting)\b[^.;]{0,50})\b(?:he|she|they|the (?!(?:attackers?|outsiders?|scrapers?|bots?|competitors?|adversary|public|world)\b)[a-z-]+) (?:already |does |do |clearly |obviously |certainly )?(?:know|knows|knew|see|sees|saw|is aware|are aware|was aware|were aware)\b(?: that)? (?:it|they|the [a-z-]+(?: [a-z-]+)?|their [a-z-]+|its [a-z-]+) (?:exists?|existed|is there|are there|was there|were there)\b|\b(?:he|she|they|the user|the caller) (?:already |does |do )?(?:see|sees|saw) (?:it|them) (?:in|on) (?:the|their|his|her) (?:[a-z-]+ )?(?:list|listing|menu|nav|sidebar|dashboard|ui|app)\b/,
  /\bno (?:secrecy|hiding|need for secrecy)\b|\bsecrecy (?:is )?not (?:needed|required)\b|\b(?:no one|nobody|noone) cares\b|\b(?:is|are) no secret\b|\bno reason to hide\b|\b(?:ids?|names?|lists?|it|they|them|existence|urls?|numbers?)(?: [a-z]+){0,2} (?:is|are) public\b|\bpublic (?:anyway|knowledge|info)\b|\bprinted on\b/,
];
/** "not a member of project infra", "a workspace they do not belong to": the caller is not one of the insiders. */
const OUTSIDER = /\bnot (?:an? |even an? )?(?:members?|part) of\b|\b(?:do|does|did) not belong (?:to|in)\b|\boutsiders?\b|\bnot (?:in|on) (?:their|his|her|the) (?:team|project|workspace|org|organization|group)\b/;
const SENSITIVE = /\b(?:private|confidential|sensitive|secret|classified|internal-only|unlisted)\b/;
/** "claim numbers are not sensitive", "it is not really private": the sensitivity is denied right before the word. */
const SENSITIVITY_DENIED =
  /\b(?:not|never|no longer|non)(?: (?:really|particularly|very|that|especially|at all|even))?(?: an?)? ?-?$|\b(?:nothing|none)(?: (?:about|of|in|on) [a-z-]+(?: [a-z-]+){0,2})? (?:is|are|was|were)(?: (?:really|at all|even))?$/;
function affirmedSensitive(text: string): boolean {
  if (!SENSITIVE.test(text)) return false;
  for (const match of text.matchAll(/\b(?:private|confidential|sensitive|secret|classified|internal-only|unlisted)\b/g)) {
    if (!SENSITIVITY_DENIED.test(text.slice(Math.max(0, (match.index ?? 0) - 50), match.index ?? 0).trimEnd())) return true;
  }
  return false;
}

// ── Soft 404 ─────────────────────────────────────────────────────────────────────────────────
const SOFT_TOPIC = /\bsoft 404\b/;
const SOFT_SITUATION: readonly RegExp[] = [
  /\b404\b (?:page )?(?:with|as|under|carrying|inside|wrapped in|behind) (?:a |an |the )?(?:200|status 200|200 status|http 200)\b/,
  /\b200\b(?: [a-z0-9'"]+){0,7} (?:not found|404 (?:page|message|content|body|text)|error page|empty page|blank page|no results|nothing found|does not exist|missing|nonexistent|deleted|unknown|oops)\b/,
  /\b(?:not found|missing|nonexistent|deleted|unknown|does not exist|removed)\b(?: [a-z0-9'"]+){0,7} (?:200|200 ok|status ok)\b/,
  /\b(?:catch-?all|fallback|wildcard) (?:route|page|handler)\b(?: [a-z0-9]+){0,6} (?:200|index\.html)\b/,
];

// ── Topics ───────────────────────────────────────────────────────────────────────────────────
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
    /\b(?:spike|spikes|spiking|surge|surging|jump|jumped|increase|increased|elevated|flood|alert|alerts|alerting|monitor|monitoring|dashboard|dashboards|baseline|normal amount|normal level|noise|noisy|root cause|common (?:reasons|causes|scenarios)|what causes|causes of|cause of|why (?:am i|are we|do we|is|are|would|would we|do i) (?:\w+ )?(?:seeing|getting|see|get)|seeing (?:a lot|lots|many|tons|more)|in (?:the |our )?logs|incident|after (?:the |a |our |each |every )?(?:deploy|deployment|release|rollout))\b/,
    /\b(?:lots|a lot|tons|loads|hundreds|thousands|a bunch|plenty|a flood|a wave|many|masses) (?:of )?(?:\d{3}|denials|errors)\b/,
    // "are some 404s normal", "is it normal to see 404s": the baseline.
    /\b(?:some|a few|a certain (?:amount|number|level) of|a baseline of|a little|a handful of|occasional)(?: of)? (?:\d{3}|errors)(?: [a-z]+)? (?:normal|expected|ok|okay|fine|acceptable)\b|\b(?:normal|expected|ok|okay|fine) to (?:see|have|get) (?:some |a few |occasional )?\d{3}\b/,
    /\beverywhere\b|\bsuddenly\b|\ball of a sudden\b|\bprod(?:uction)? (?:is )?down\b|\bsev ?[0-9]\b|\bsince (?:\d|the |this |yesterday|today|last)|\bthat were 200\b|\bused to (?:be|return|work)\b|\bwere (?:working|fine|200)\b|\bredirect rules?\b|\brouting (?:rules?|regression)\b|\bscanners?\b|\bprobing\b|\bwp-login|\/\.env\b/,
  ]],
  ['diagnose', [
    /\bwhat (?:does|do|could|would|might|can) (?:that|this|it|they|these|those) (?:point to|point at|indicate|suggest|tell us|hint at|usually mean)\b/,
    /\bwhat is going on\b|\bwhat(?: is|'s) happening\b|\bwhy\b.{0,50}\b(?:getting|get|got|gets|seeing|see|sees|returns?|returning|spik\w*)\b|\beven though\b|\bdebug\w*|\btroubleshoot\w*|\binvestigat\w*|\bwhat (?:could|would|might) cause\b|\b(?:common|usual|typical|likely|possible|frequent)(?: [a-z]+)? (?:causes?|reasons?|culprits?|scenarios?)\b|\bwhat causes\b|\broot cause\b|\bwhere (?:do|should) (?:i|we) (?:look|start)\b/,
  ]],
  ['why', [/^why\b|\bwhy\s*\??$|\bwhy (?:do|does|did|would|is|are|should) (?:we|they|it|you|github|google|aws|s3|the \w+) (?:return|returns|send|sends|answer|answers|use|uses|get|give|gives|respond)\b/]],
  ['security', [/\b(?:secure|security|safer|safest|attacker|attackers|hacker|hackers|pentest\w*|owasp)\b/]],
  ['header', [/\bwww-authenticate\b|\bchallenge header\b|\b(?:auth(?:entication)?|bearer|basic|401) challenge\b|^(?:what|which) (?:header|headers|http header)\b/]],
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
    // (Not "every customer migrated to the new one": the callers moved, the old address is not forwarded.)
    /(?<!\b(?:customers?|users?|clients?|partners?|tenants?|callers?|consumers?|integrators?|integrations?|subscribers?|members?|merchants?|sellers?|vendors?|suppliers?|carriers?|drivers?|employees?|staff|devices?|installs?|apps|everyone|everybody|people)(?: (?:have|has|had|all|already|now|since|long since|finally|each))* )\b(?:moved|relocated|renamed|migrated)\b(?: [a-z]+){0,4} (?:to|under|at) (?:a |the |our )?(?:new|different|another|\/)|\bnew (?:url|location|address|domain|slug)\b|\bchanged (?:the |its )?(?:url|slug|address)\b|\bmoved permanently\b/,
  ]],
  ['temporary', [
    /\b(?:maintenance|temporarily (?:down|unavailable|offline|disabled)|outage|overloaded|backend (?:is )?down|upstream (?:is )?down|service (?:is )?down)\b/,
  ]],
];

// ── Is the question asking which code fits? ──────────────────────────────────────────────────
const ASKS_WHICH: readonly RegExp[] = [
  // "i need the status code: …", "tell me the right code for …", "give me a status".
  /\b(?:i need|we need|need|give me|tell me|get me|looking for|suggest|recommend)(?: (?:the|a|an|right|correct|proper|http|best))* (?:status|status code|code|http code|http status|response code|verdict)\b/,
  /\b(?:which|what) (?:status|status code|http status|http code|code|response|response code|error|error code|one|number|http response|answer|reply)\b/,
  /\b\d{3} ?(?:or|vs|\/|\||,|versus|and not|not) ?(?:a |an )?\d{3}\b/,
  /\b(?:should|shall|must|would|do|does|can|could|may) (?:we|i|it|this|that|they|you|he|she|the [a-z-]+|our [a-z-]+|my [a-z-]+|a [a-z-]+|these|those)(?: [a-z-]+)? (?:return|send|respond|reply|answer|give|throw|use|be|get|see|receive|emit|serve)\b/,
  new RegExp(`\\b(?:return|send|respond with|reply with|use|give|throw|answer with|pick|choose|emit|serve) (?:a |an |the )?${CODE_NAME}(?: or| vs| instead| here| for| when| if|\\?|$)`),
  new RegExp(`\\bis (?:a |an |the |returning |sending )?${CODE_NAME}(?: [a-z]+)? (?:right|correct|ok|okay|fine|appropriate|acceptable|wrong|the right|the correct|proper|valid|legit|better|best|allowed|accurate|a good idea|a bad idea|reasonable|the way to go|what we want|semantically correct)\\b(?! to (?:say|explain|tell|describe|give|state|mention|reveal|show|include|carry|contain)\\b)`),
  // Not "is it ok for a 403 to include a message": that asks what the code's response may carry.
  /\b(?:is|was) (?:that|this|it) (?:right|correct|ok|okay|wrong|appropriate|fine|legit|valid|acceptable|the right (?:call|code|choice)|a bug|intended|expected)\b(?! for (?:an? |the )?\d{3}(?: responses?| errors?)? to\b)/,
  /\b(?:right|correct|proper|appropriate|best|better|expected|semantically correct|accurate|standard|recommended) (?:status|code|response|status code|http code|http status|answer|choice|error|one|thing to return)\b/,
  /\bwhat (?:do|should|would|shall|must|can) (?:we|i|you|it|the [a-z-]+|this|they) (?:return|send|respond|reply|answer|give|throw|use)\b/,
  /\bhow (?:should|do|would) (?:we|i|it|the [a-z-]+|this) (?:respond|answer|reply)\b/,
  /\bwhat to (?:return|send|respond|use|answer)\b/,
  // Chat shorthand: "code pls", "status?", "correct response?", "what should svc return", "we answer what?".
  // Not "… through status codes", "… about the response": there the word is the topic, not the request.
  /(?<!\b(?:through|about|of|with|in|for|by|via|on|between|across|using|from) (?:the |these |those |our |their |all |different |http |its )?(?:status |http |error )?)\b(?:code|codes|status|status code|response|response code|http code|which one|verdict)(?: (?:now|then|here|today|instead|pls|please))?\s*[?.!]*$/,
  /(?:^|[.;,!?] ?)(?:which|what)\s*[?.!]*$/,
  // "the delete request gets?", "calls to it receive?": the object of the verb is the code asked for.
  /\b(?:gets?|receives?|sees?|returns?|responds? with|answers? with|gives?)\s*(?:(?:\.{2,}|…)\s*\??|\?)\s*$/,
  /\bwhat (?:do|should|would|shall|must|can|does|will) (?:[a-z-]+ ){1,3}(?:return|send|respond|reply|answer|give|throw|get|see|emit|show|receive)\b/,
  /\bsend(?:s|ing)? back\b|\b(?:return|send|answer|give|respond|reply)(?:s|ed)?(?: with| back)? (?:what|which)\b|\bshould (?:it )?be\s*\?/,
  new RegExp(`\\b${CODE_NAME} ?\\?`),
  // "should be 403 yes?", "it is 403, no?", "403 yeah?", "correct is 403, isnt it?": a code put up with a tag for agreement.
  new RegExp(`\\b${CODE_NAME},? (?:yes|yeah|yep|yea|ya|no|nope|right|correct|true|ok|okay|isn'?t it|is it not|innit|eh|or not|yes or no|na|nah|agree|agreed|confirm)\\s*[?!]`),
  // "410 ok?", "403 right?", "is 404 fine here?": a code put up for review.
  new RegExp(`\\b${CODE_NAME} (?:(?:is |seems |sounds |looks )?(?:ok|okay|right|correct|fine|good|legit|wrong|appropriate|proper|valid|accurate)(?: here| then| for (?:this|that|it|them))?) ?\\?`),
  new RegExp(`\\bor (?:should (?:it|we|this) be |is it |rather |maybe )?(?:a |an )?${CODE_NAME}\\b`),
  new RegExp(`\\b(?:should|would|could) (?:it|this|that) (?:rather |instead |really )?be (?:a |an )?${CODE_NAME}\\b`),
  /\b(?:which|what) (?:fits|applies|is right|is correct|is better|is best|one)\b|\b(?:fits|applies) (?:better|best)\b/,
  /\bwhat (?:instead|else|then)\b|\bwhat should (?:we|i) do\b|\bbetter (?:code|status|option|answer)\b/,
  // "status for the client?", "code to the caller?".
  /\b(?:status|code|response|status code|http code) (?:for|to) (?:the |this |that |these |those |our |a |an )?(?:client|clients|caller|callers|user|users|request|requests|them|him|her|it|this|that|customer|customers|browser|app|link|url|page)(?: (?:now|then|here|today|instead))?\s*[?.!]*$/,
];
const CURRENT_CODE = new RegExp(
  `\\b(?:returns?|returning|returned|sends?|sending|sent|responds?|responding|responded|gives?|giving|throws?|throwing|answers?|answering|emits?|serves?|serving)(?: back)?(?: with)?(?: an?| the)? (\\d{3}|forbidden|not found|unauthorized|gone)\\b`,
);
const OBSERVED_CODE = /\b(?:get|gets|getting|got|see|sees|seeing|receive|receives|receiving|hit|hits|hitting)(?: back)? (?:an? |the )?(\d{3})\b/;
/** "is 403 correct here?", "should it be a 404?": the code the question puts up for review. */
const PROPOSED_CODE =
  /\b(?:is|isn't|is not) (?:a |an |the |returning |sending )?(\d{3}|forbidden|not found|unauthorized|gone) (?:[a-z]+ )?(?:right|correct|ok|okay|fine|appropriate|acceptable|wrong|proper|valid|legit|accurate)\b|\b(?:should|shouldn't|should not) (?:it|this|that) (?:rather |really )?be (?:a |an )?(\d{3})\b/;
const CODE_OF_NAME: Readonly<Record<string, string>> = { forbidden: '403', 'not found': '404', unauthorized: '401', gone: '410' };

/** "403 forbidden", "404 not found": the code's name is not a description of the situation. */
function stripCodeNames(text: string): string {
  const named = text.replace(
    /\b(forbidden|not found|unauthori[sz]ed|gone)( ?(?:or|vs|\/|versus|and) ?)(forbidden|not found|unauthori[sz]ed|gone)\b/g,
    (_whole, a: string, joint: string, b: string) => `${CODE_OF_NAME[a.replace('unauthorised', 'unauthorized')] ?? a}${joint}${CODE_OF_NAME[b.replace('unauthorised', 'unauthorized')] ?? b}`,
  );
  return named
    .replace(/\b403 forbidden\b|\bforbidden \(?403\)?/g, '403')
    .replace(/\b404 not found\b|\bnot found \(?404\)?/g, '404')
    .replace(/\b401 unauthori[sz]ed\b|\bunauthori[sz]ed \(?401\)?/g, '401')
    .replace(/\b410 gone\b|\bgone \(?410\)?/g, '410')
    // Pasted code that raises a refusal ("raise permissiondenied()", "throw new forbiddenerror()"): what the code answers, not a fact.
    .replace(/\b(?:raise|raises|throw|throws|abort)\s+(?:new\s+)?[a-z_.]*(?:permission_?denied|forbidden|access_?denied|not_?authori[sz]ed|unauthori[sz]ed)[a-z_]*\s*(?:\(\))?/g, ' responds ')
    // "our api returns 403 permission denied": the response's own message, not a fact of the case.
    .replace(/(\b(?:return(?:s|ed|ing)?|send(?:s|ing)?|sent|answer(?:s|ed|ing)?|respond(?:s|ed|ing)? with|giv(?:es|ing)) 4\d\d) ['"`]?(?:permission denied|access denied|accessdenied|access_denied|permissiondenied|permission_denied|not allowed|not permitted|no permission|insufficient permissions?)\b['"`]?/g, '$1')
    .replace(
      /\b(returns?|returning|returned|respond(?:s|ing|ed)? with|send(?:s|ing)?|sent|give(?:s)?|giving|throw(?:s|ing)?|answer(?:s|ing)? with) (?:an? )?(not found|forbidden|unauthori[sz]ed|gone)\b/g,
      (_whole, verb: string, name: string) => `${verb} ${CODE_OF_NAME[name.replace('unauthorised', 'unauthorized')] ?? name}`,
    );
}

/** "token expired" but not "token is not expired". */
function affirmedExpiry(text: string): boolean {
  for (const match of matchesOf(text, EXPIRY_WORD)) {
    const index = match.index ?? 0;
    if (/\b(?:not|never|no|nor|without|un)\b/.test(clauseBefore(text, index, 2))) continue;
    const window = text.slice(Math.max(0, index - 40), index + match[0].length + 40);
    if (CRED_WORD.test(window)) return true;
  }
  return false;
}

/**
 * Every credential pattern above contains one of these stems. A question with none of them (about a
 * removal, a typo, caching …) skips the ~60 credential patterns, which keeps ask as fast as it was
 * before they were added. Checked against every question in the tests: same facts with and without.
 */
const AUTH_VOCABULARY =
  /token|ticket|one[- ]time|totp|passcode|assertion|sso|saml|notbefore|realm|jwt|key|session|cookie|cred|passw|signature|sign|log|auth|cert|header|bearer|mfa|2fa|otp|factor|nonce|replay|iat|nbf|not before|exp|anon|guest|identif|identity|known|knows? (?:exactly |precisely |fully |clearly )?(?:who|the |this |that )|identifie|mtls|recogni|idle|grant|consent|regist|no account|an account|verified|who|user context|introspect|active|idp|issuer|iss|aud|basic|user ?name|user id|secret|passphrase|\bpins?\b|to (?:any|an?) (?:user|account|identity|client|session)/;

/** A verb that ends a credential's life, read with the credential it refers back to. */
const ENDED_VERB =
  /\b(?:revoked|invalidated|expired|ran out|run out|runs out|timed out|killed|terminated|ended|finished|wiped|cleared|rotated|died|dead|deleted|removed|evicted|purged|cancell?ed|deactivated|disabled|(?:is|was|are|were) over|no longer (?:valid|works|accepted)|stopped working)\b/g;
/** "the bearer token they send does not validate": a failed check, negative by its own words. */
const FAILS_CHECK = /\b(?:does not|do not|did not|cannot|can not|could not|will not|would not|fails? to|failed to|no longer) (?:validate|verify|check out|decode|parse|pass (?:validation|verification|the check)|(?:recogni[sz]e|accept|trust|honou?r|know) (?:it|them|that|this|the (?:token|key|jwt|cookie|session|credentials?|signature|cert(?:ificate)?)))\b/g;
/** "revoked the refresh and access tokens": the ending verb first, the credential a few words on. */
const ENDED_THEN_CRED = new RegExp(
  `\\b(?:revoked|invalidated|expired|killed|terminated|ended|wiped|cleared|rotated|reset|blacklisted|blocklisted|denylisted) (?:the |their |his |her |its |our |my |your |that |this |those |these |an? |all |both |old |existing |[a-z]+ (?:and|\\+|&) )*(?:[a-z'-]+ ){0,2}${CRED}s?\\b`,
);
/** The verbs ENDED_THEN_CRED starts with: most questions skip compiling and running it. */
const ENDED_HINT = /\b(?:revoked|invalidated|expired|killed|terminated|ended|wiped|cleared|rotated|reset|blacklisted|blocklisted|denylisted) /;
/** Between the credential and the verb, a word that makes the verb about something else. */
const OTHER_OBJECT =
  /\b(?:role|roles|permissions?|access|scopes?|membership|grants?|privileges?|rights|subscription|plan|trial|license|licence|account|page|resource|endpoint|project|feature|doc|docs|document|file|files|post|article|item|order|invoice|record|repo|report|image|video|product|listing|data|dataset|bucket|object|folder|url|link|route|api|site)\b/;
/** A request made between a credential and an ending: the ending is then the requested thing's. */
const REQUESTS_SOMETHING = /\b(?:requests|requested|calls|called|hits|opens|opened|visits|visited|fetches|fetched|loads|loaded|follows|followed|clicks|clicked|lands on|landed on) (?:a|an|the|this|that|our|their|its|\/)/;
const NOT_ACCEPTED_IT = /\b(?:does not|do not|did not|cannot|can not|could not|will not|would not) (?:recogni[sz]e|accept|trust|honou?r|know) (?:it|them)\b/g;
/** The last credential word before an ending (not "password-protected", "token-based": a compound naming a feature). */
const CRED_BEFORE = new RegExp(`\\b${CRED}s?(?: id)?\\b(?!-[a-z])(?![\\s\\S]*\\b${CRED}s?\\b(?!-[a-z]))`);

/**
 * "the token the user revoked", "a session id our store already invalidated", "access token ran out":
 * the credential first, then (within the sentence, through any relative clause) the verb that ended
 * it. Spares a pattern per subject ("we", "the user", "our store" …); a negated verb states nothing.
 */
function credentialEndedLater(text: string): boolean {
  // "the key is valid for staging only; prod does not know it": the pronoun reaches back past a ';'.
  for (const match of text.matchAll(NOT_ACCEPTED_IT)) {
    const before = text.slice(Math.max(0, (match.index ?? 0) - 100), match.index ?? 0).split(/[.!?]/).pop() ?? '';
    if (CRED_WORD.test(before)) return true;
  }
  for (const match of text.matchAll(FAILS_CHECK)) {
    const before = text.slice(Math.max(0, (match.index ?? 0) - 60), match.index ?? 0).split(/[.;!?]| but | however /).pop() ?? '';
    const cred = CRED_BEFORE.exec(before);
    if (cred && !OTHER_OBJECT.test(before.slice(cred.index + cred[0].length))) return true;
  }
  for (const match of text.matchAll(ENDED_VERB)) {
    const index = match.index ?? 0;
    const before = text.slice(Math.max(0, index - 60), index).split(/[.;!?]| but | however /).pop() ?? '';
    const cred = CRED_BEFORE.exec(before);
    if (!cred) continue;
    const between = before.slice(cred.index + cred[0].length);
    // "a caller with no token requests a public page we deleted": what ended is what the request asks for.
    if (OTHER_OBJECT.test(between) || REQUESTS_SOMETHING.test(between)) continue;
    if (/\b(?:not|never|no|nor|without|nothing|none|neither)\b/.test(clauseBefore(text, index, 2))) continue;
    return true;
  }
  return false;
}

/**
 * "banned is not the same as unauthenticated", "a ban is different from being logged out", "is a ban like being logged
 * out?": the state compared, not the caller's (not "callers like anonymous visitors", "sending no token is the same as
 * unauthenticated": those say what the caller is).
 */
const COMPARED_TO_NO_CREDENTIALS =
  /\b(?:(?:(?:is|are|was|were) not|not|is different|are different|differs?|different)(?: (?:the same|the same thing|equivalent|equal|identical|like|as|to|from|as being|a case of|an?|really|just|quite))+|like being) (?:being )?(?:unauthenticated|anonymous|logged out|signed out|not logged in|not signed in|not authenticated)\b/g;
const COMPARISON_HINT = /\b(?:same|equivalent|equal|identical|like|different|differs?)\b/;

function detectAuth(said: string): { auth: AuthState; expired: boolean } {
  if (!AUTH_VOCABULARY.test(said)) return { auth: 'unknown', expired: false };
  const text = COMPARISON_HINT.test(said) ? said.replace(COMPARED_TO_NO_CREDENTIALS, ' ') : said;
  const expired = affirmedExpiry(text) && !/\b(?:subscription|plan|trial|license|licence)(?: period)? (?:is |has |was |had )?expired\b|\bexpired (?:subscription|plan|trial|license|licence)\b/.test(text);
  const hinted = hintedMatch(text, AUTH_INVALID_OR_SUPERSEDED);
  const endedFirst = ENDED_HINT.test(text) && hasAffirmed(text, ENDED_THEN_CRED);
  if (expired || hinted || has(text, ...AUTH_INVALID) || endedFirst || credentialEndedLater(text)) return { auth: 'invalid', expired };
  // "the user is not anonymous": a negated absence of credentials is not one.
  if (hasAffirmed(text, ...AUTH_NONE) || hintedMatch(text, AUTH_NONE_HINTED)) return { auth: 'none', expired: false };
  const valid = hasAffirmed(text, ...AUTH_VALID) || hintedMatch(text, AUTH_VALID_HINTED);
  if (!valid && hasAffirmed(text, GUEST)) return { auth: 'none', expired: false };
  return { auth: valid ? 'valid' : 'unknown', expired: false };
}

/**
 * "her approval limit is 1000 and this payment is 5000", "the order exceeds his trading limit": an amount beyond the authority
 * this caller holds, a permission of theirs (403), unlike a rate limit or quota (429), which counts requests, not authority.
 */
const AUTHORITY_LIMIT =
  '(?:approval|approving|trading|spending|signing|transfer|payment|purchase|withdrawal|credit|discount|refund|expense|authori[sz]ation)s? (?:limit|threshold|authority|cap|ceiling)';
const AUTHORITY_EXCEEDED = new RegExp(
  `\\b(?:exceeds?|exceeding|exceeded|above|over|beyond|more than|higher than|past) (?:the |his |her |their |its |my |your |our )?(?:[a-z-]+'s )?${AUTHORITY_LIMIT}\\b|\\b${AUTHORITY_LIMIT}\\b[^.;]{0,40}\\b(?:is |was )?(?:exceeded|too low|too small)\\b`,
);
const AUTHORITY_AMOUNT = new RegExp(`\\b${AUTHORITY_LIMIT} (?:is |of |= ?|: ?)?(?:only |just )?[$€£]?(\\d[\\d,]*(?:\\.\\d+)?)(k)?\\b([^.;]{0,80})`);
const amountOf = (digits: string, thousands: string | undefined): number => Number(digits.replace(/,/g, '')) * (thousands ? 1000 : 1);

function authorityExceeded(text: string): boolean {
  if (!/\b(?:limit|threshold|authority|cap|ceiling)\b/.test(text)) return false;
  if (AUTHORITY_EXCEEDED.test(text)) return true;
  const stated = AUTHORITY_AMOUNT.exec(text);
  if (!stated?.[1]) return false;
  const limit = amountOf(stated[1], stated[2]);
  // A larger amount asked for later in the sentence ("… and this payment is 5000").
  return [...(stated[3] ?? '').matchAll(/[$€£]?\b(\d[\d,]*(?:\.\d+)?)(k)?\b/g)].some((m) => amountOf(m[1] ?? '0', m[2]) > limit && !/^[45]\d\d$/.test(m[1] ?? ''));
}

const PERMISSION_ISSUE = /\b(?:permissions?|authori[sz]ation|authz|rbac|role|roles|access control|acl) (?:issue|problem|thing|error|failure|mismatch|denial)\b/;

/**
 * "an authenticated insurer asks for a claim covered by a different insurer", "a logged in dealer opens another
 * dealer's orders": the caller named by their kind, and the thing said to be another one's of that kind. What
 * belongs to a peer is refused to an outsider, like another tenant's record.
 */
const CALLER_KIND = /\b(?:authenticated|logged in|signed in) ([a-z]{3,20}?)(?:s|es)?\b/g;
const NOT_A_KIND = /^(?:user|request|call|session|account|endpoint|route|api|page|and|but|with|via|through|only|fine|correctly|client|caller|the|again|first|yet|now|today|yesterday)$/;
function peerOfSameKind(text: string): boolean {
  if (!/\b(?:another|different|other|separate)\b/.test(text)) return false;
  for (const match of text.matchAll(CALLER_KIND)) {
    const kind = match[1] ?? '';
    if (NOT_A_KIND.test(kind)) continue;
    const after = text.slice((match.index ?? 0) + match[0].length);
    if (new RegExp(`\\b(?:another|an? different|a separate|some other|the other|other) ${kind}(?:s|es)?(?:'s|s')?\\b`).test(after)) return true;
  }
  return false;
}

function detectDenials(text: string): DenialKind[] {
  const kinds: DenialKind[] = [];
  const add = (kind: DenialKind, found: boolean): void => {
    if (found && !kinds.includes(kind)) kinds.push(kind);
  };
  const scope = has(text, ...SCOPE_DENIAL) || (hasNear(text, SCOPE_WORD, SCOPE_NEGATIVE, 35) && !/\b(?:out of|in|within) scope\b|\bscope of (?:this|the|that)\b/.test(text));
  add('scope', scope || scopeTokensDeny(text) || hintedMatch(text, [READ_ONLY_CREDENTIAL]));
  add('tenant', has(text, ...TENANT_DENIAL) || pathTenantDiffers(text));
  add('ownership', has(text, ...OWNERSHIP_DENIAL) || (!kinds.includes('tenant') && peerOfSameKind(text)));
  add('ip', has(text, ...IP_DENIAL) || hintedMatch(text, IP_DENIAL_HINTED));
  add('account', has(text, ...ACCOUNT_DENIAL) || hintedMatch(text, ACCOUNT_DENIAL_HINTED));
  add('plan', has(text, ...PLAN_DENIAL) || hintedMatch(text, PLAN_DENIAL_HINTED));
  add('csrf', CSRF_DENIAL.test(text));
  add('listing', LISTING_DENIAL.test(text));
  add('role', has(text, ...ROLE_DENIAL) || hintedMatch(text, ROLE_DENIAL_HINTED));
  // "it is a permissions issue": the writer names the kind of failure (read with negation: "not a role problem").
  add('role', hasAffirmed(text, PERMISSION_ISSUE));
  add('role', authorityExceeded(text));
  if (kinds.length === 0) add('generic', has(text, ...GENERIC_DENIAL) || hintedMatch(text, GENERIC_DENIAL_HINTED));
  if (kinds.length === 0) add('unauthorized-word', UNAUTHORIZED_WORD.test(text));
  return kinds;
}

/** "removed the legacy token endpoint", "the /oauth/implicit route was deleted": what went is a route, whatever it served. */
const REMOVED_ROUTE_AFTER = /^ (?:the |our |its |their |that |this |an? )?(?:[a-z0-9./_-]+ ){0,3}(?:endpoints?|routes?|pages?|urls?|paths?|handlers?|flows?|screens?|forms?|versions?|apis?(?! keys?\b| tokens?\b))\b/;
const REMOVED_ROUTE_BEFORE = /\b(?:endpoints?|routes?|pages?|urls?|paths?|handlers?|flows?|screens?|apis?)(?: [^\s]+)? (?:was |were |is |are |has been |have been |got |been )?(?:permanently |finally |now |just )?$/;

/** "removed a colleague from the \"finance\" group": a person taken out of a group, however long its name. */
const FROM_A_GROUP = /^ (?:[a-z'-]+ ){0,3}from (?:the |a |an |our |their |his |her |its )?(?:"[^"]{1,40}" |(?:[a-z0-9-]+ ){1,3})?(?:group|team|role|project|org|organi[sz]ation|workspace|channel|allowlist|tenant|space|share|shares|access list|acl|invite list|guest list|member list)\b/;

function removalIsAboutAccess(text: string): boolean {
  // "removed the admin role", "removed from the allowlist": the permission went away, not the resource.
  let removals = 0;
  for (const match of text.matchAll(/\b(?:removed|removes|removal|deletion|deleted|deletes|revoked|taken away)\b/g)) {
    removals += 1;
    const index = match.index ?? 0;
    const start = Math.max(0, index - 30);
    const window = text.slice(start, index + match[0].length + 30);
    const after = text.slice(index + match[0].length, index + match[0].length + 60);
    if (!REMOVAL_OF_ACCESS.test(window) && !FROM_A_GROUP.test(after)) return false;
    if (REMOVED_ROUTE_AFTER.test(after) || REMOVED_ROUTE_BEFORE.test(text.slice(Math.max(0, index - 50), index))) return false;
  }
  return removals > 0;
}

/** "not sure yet if that's permanent", "no idea if for good": every mention of permanence is in doubt. */
/** "and we decide it never come back" (non-native for "decided"): a decision stated, not one pending ("we decide whether …"). */
const STATED_DECISION = /\b(we|i|they|management|legal|marketing|product|(?:the |our )?(?:team|business|company|owners?)) decide\b(?! (?:whether|if|later|soon|next|tomorrow|on|when|what|how)\b)/g;

function permanenceIsHedged(said: string): boolean {
  const text = said.includes('decide ') ? said.replace(STATED_DECISION, '$1 decided') : said;
  let mentions = 0;
  for (const pattern of [...PERMANENT, ...hintedPatterns(text, PERMANENT_HINTED)]) {
    for (const match of matchesOf(text, pattern)) {
      mentions += 1;
      const index = match.index ?? 0;
      const after = text.slice(index + match[0].length, index + match[0].length + 50);
      // "not removed permanently": a negated permanence is no more a fact than a hedged one.
      if (/\b(?:not|never)\b/.test(clauseBefore(text, index, 2)) && !/^(?:not|never)\b/.test(match[0])) continue;
      const sentence = text.slice(Math.max(0, index - 60), index).split(/[.;!?]/).pop() ?? '';
      if (!HEDGE.test(clauseBefore(text, index, 6)) && !DOUBT_IF.test(sentence) && !HEDGE_AFTER.test(after)) return false;
    }
  }
  return mentions > 0;
}

/** "the 410 is permanent?", "is 410 temporary": the code is what the question is about. */
const CODE_AS_SUBJECT = /\b\d{3}\b (?:is|are|means?|implies|says|can be)\b|^(?:is|are|does|do|can) (?:an? |the )?\d{3}\b/;
/** "permanent" about a resource's fate, not a permanent redirect, ban, token or role. */
const PERMANENCE_OF_A_THING = /\b(?:permanent(?:ly)?|for good|forever)\b(?! (?:redirects?|moved|bans?|banned|blocked|tokens?|keys?|links?|members?|roles?|access|storage|cookies?|sessions?|employees?|staff|address(?:es)?)\b)|\b(?:deletion|removal|erasure|purge) (?:is|was) (?:final|irrevocable|irreversible)\b/;

/**
 * "we keep no tombstones, so we cannot tell deleted from never existed": a server that keeps no record of
 * what it removed cannot know a removal was for good when the request comes (RFC 9110 §15.5.11: 404).
 */
const NO_RECORD_OF_REMOVALS =
  /\b(?:do not|does not|did not|never|no longer) (?:keep|store|retain|have|hold|log|track) (?:any )?(?:tombstones?|records? of (?:the |what |deleted |removed |old )?(?:ids?|items?|them|it|what was|deletions?|removals?)|a record|deletion records?|any records?)\b|\bno tombstones?\b|\b(?:cannot|can not|could not|no way to) (?:tell|know|distinguish|tell apart)\b[^.;]{0,40}\b(?:deleted|removed)\b[^.;]{0,30}\bnever existed\b|\b(?:do not|does not|did not|cannot|can not|could not|no way to) (?:know|tell|say|remember|recall)(?: for sure)? (?:if|whether) (?:[^\s;]+ ){0,4}(?:ever|even) existed\b/;
/** "the undelete window is over", "after the 7 day restore period": a way back that has closed. */
const GRANT_NOT_GIVEN =
  /\b(?:role|roles|access|permissions?|scopes?|groups?|license|licence|seat|grant|entitlements?) (?:was |were |is |are |has |have |had )?(?:[a-z]+ )?(?:not|never) (?:yet )?(?:been )?(?:provisioned|assigned|granted|set up|created|added|synced|given)\b/g;
const CLOSED_WAY_BACK = new RegExp(`${NO_WAY_BACK}|\\b(?:undelete|undeletion|restore|recovery|soft[- ]delete|grace|retention) (?:window|period)(?: is| was| has| had)? (?:over|passed|gone by|elapsed|expired|closed|ended)\\b|${AFTER_THE_WINDOW}`, 'g');
/** "nothing can bring it back", "no plan to ever reopen": a return ruled out, read before the return words. */
const RETURN_RULED_OUT = new RegExp(`${NOTHING_BRINGS_IT_BACK}|\\b(?:(?:have |has )?no (?:plans?|intention) (?:of|to)|(?:do|does|did) not (?:plan|intend) to|never plan to)(?: ever)? [a-z-]+(?: (?:it|them) back)?\\b`, 'g');

/** "entries can only be deleted by the retention officer", "may be removed only by admins": who may remove, not a removal. */
const REMOVAL_PERMITTED_TO =
  /\b(?:can|may|could|must|should|is allowed to|are allowed to)(?: only)? be (?:deleted|removed|erased|purged|archived|taken down)(?: only)? (?:by|with)\b/g;

/**
 * "nobody said the deletion is final", "no one confirmed it is for good": what nobody said is in doubt, and
 * the removal it speaks of is not denied ("nobody" negates the saying, not the deletion).
 */
const NOBODY_SAID = /\b(?:nobody|no one|noone) (?:has |have |had |ever )?(?:yet )?(?:said|says|confirmed|decided|claimed|promised|guaranteed|announced|stated)(?: (?:that|so))?\b/g;

/** "ignore that for now", "leave auth aside for now": the asker parks a side question; nothing about the removal is for now. */
const PARKED_FOR_NOW = /\b(?:ignore|ignoring|leave|leaving|skip|skipping|park|parking|forget|set|put|setting|putting)(?: (?:that|this|it|them|those|auth|the [a-z-]+))?(?: aside| out)? for now\b/g;
/**
 * "the resource was removed. that is all i know", "no other details": the asker knows nothing of intent or permanence, so
 * nor does the server, and RFC 9110 §15.5.11 says 404 then.
 */
const NOTHING_MORE_KNOWN =
  /\b(?:that is|thats|that's|this is) (?:all|everything) (?:i|we) (?:know|have|got|were told|was told)\b|\b(?:i|we) (?:do not|dont) know (?:anything )?(?:more|else)(?: about (?:it|that|this))?\b|\bno (?:other|more|further) (?:info|information|details?|context)\b|\bnothing (?:else|more) (?:is )?known\b/;
// Module constants, so they are compiled (and their literal gates read) once, not at every call.
const RESTORE_WORD = /\brestor(?:e|ed|able|ing)\b/;
const FOR_NOW = /\bfor now\b|\btemporar(?:y|ily)\b(?! (?:campaigns?|promos?|promotions?|events?|offers?|sales?|exhibitions?|contests?|giveaways?|banners?|pop-?ups?)\b)/;

function detectExistence(given: string): { existence: Existence; permanent: boolean; temporary: boolean } {
  // "no point pretending it does not exist": what is acted out says nothing of what is there.
  const unparked = given.includes('for now') ? given.replace(PARKED_FOR_NOW, ' ') : given;
  const said = /\b(?:pretend|treat|act|behave|handle)/.test(unparked) ? unparked.replace(PRETENDED_ABSENCE, ' pretence ') : unparked;
  if (NO_RECORD_OF_REMOVALS.test(said)) return { existence: 'removed', permanent: false, temporary: true };
  // "we deleted nothing": a removal denied by its object.
  // "nothing was deleted", "nothing has been taken down": a removal denied by its subject.
  const nothing = said.includes('nothing')
    ? said.replace(/\b(?:deleted|removed|purged|unpublished|took down) nothing\b|\bnothing (?:was|were|has been|had been|got|is|ever was|ever got)(?: ever)? (?:deleted|removed|purged|unpublished|taken down|retired|archived|erased|wiped)\b/g, ' ')
    : said;
  const text = /\b(?:nobody|no one|noone)\b/.test(nothing) ? nothing.replace(NOBODY_SAID, 'unconfirmed') : nothing;
  const wayBack = text.replace(CLOSED_WAY_BACK, ' ');
  // "his role was never provisioned": what the caller lacks, not a resource that was never created.
  const grantText = /\b(?:not|never) (?:yet )?(?:been )?(?:provisioned|assigned|granted|set up|created|added|synced|given)\b/.test(text) ? text.replace(GRANT_NOT_GIVEN, ' withheld ') : text;
  // "the call is DELETE /invoices/3": the request's method, not a removal; "a gist containing a leaked key
  // was deleted": the key was what it held, the removal is the gist's.
  const methodFree = /\bdelete\b/.test(text) ? text.replace(/\b(?:a |the |an? http |sends? |sent |is |uses? )?delete(?= \/| (?:request|call|method|on \/)\b)/g, ' method ') : text;
  const removalText = methodFree.replace(CONTAINED_CREDENTIAL, ' content ').replace(REMOVAL_PERMITTED_TO, ' permitted to ');
  const temporary = has(wayBack, ...TEMPORARY) || hintedMatch(wayBack, TEMPORARY_HINTED);
  const removedWords = (hasAffirmed(removalText, ...REMOVED) || hintedMatch(removalText, REMOVED_HINTED) || hintedAffirmed(removalText, REMOVED_AFFIRMED_HINTED)) && !removalIsAboutAccess(removalText);
  const permanentWords = has(text, ...PERMANENT) || hintedMatch(text, PERMANENT_HINTED);
  const hedged = permanentWords && permanenceIsHedged(text);
  // "probably permanent but legal has not signed off. 404 or 410 for now?": talk of permanence, in doubt
  // or weighed against 410, is talk of a removal even when no removal verb is written (not "the 410 is
  // permanent?", which asks what the code means).
  const weighs410 = /\b410\b/.test(text) && !CODE_AS_SUBJECT.test(text);
  const removalTalk = permanentWords && PERMANENCE_OF_A_THING.test(text) && (hedged || weighs410);
  // "on purpose, will be restored maybe": an affirmed return outweighs the intent to remove.
  // "no one will ever re-enable it": "no one" is one negator, read like "nobody" three words back.
  // "nothing left to restore", "no plan to ever reopen": a return ruled out, not one weighed.
  const returnText = (wayBack.includes('no one') ? wayBack.replace(/\bno one\b/g, 'nobody') : wayBack).replace(RETURN_RULED_OUT, ' ');
  const maybeBack = hasAffirmed(returnText, ...MAYBE_BACK, ...hintedPatterns(returnText, [RENEWABLE]), RESTORE_WORD, FOR_NOW);
  // "410 or 404 for pages we might restore?": a return weighed against 410 is about something removed.
  const returnWeighed = (maybeBack || temporary) && weighs410;
  const removed = removedWords || removalTalk || returnWeighed || (permanentWords && /\b(?:retired|discontinued|sunset|sunsetted|decommissioned|shut down|shutdown|end-of-life|eol)\b/.test(text));
  const permanent =
    removed && permanentWords && !hedged && !maybeBack && !/\bnot permanent(?:ly)?\b/.test(text) && !/\b(?:accidentally|by accident|by mistake|mistakenly|unintentionally)\b/.test(text);
  const unknownBeyond = !permanent && (text.includes('know') || text.includes(' no ')) && NOTHING_MORE_KNOWN.test(text);
  if (removed) return { existence: 'removed', permanent, temporary: (temporary || hedged || maybeBack || unknownBeyond) && !permanent };
  if (has(grantText, ...MISSING) || hintedMatch(grantText, MISSING_HINTED)) return { existence: 'missing', permanent: false, temporary };
  if (hasAffirmed(text, ...EXISTS)) return { existence: 'exists', permanent: false, temporary };
  return { existence: 'unknown', permanent: false, temporary };
}

/** "which we promised not to reveal": an obligation of secrecy outweighs "now they know it is there". */
const HIDE_UNWANTED = /\b(?:do not|does not|did not|never) want (?:that |the |any |our |other )?(?:[a-z-]+ ){0,2}(?:to )?(?:know|learn|see|find out|discover|realize|notice|count\w*|enumerat\w*|estimat\w*|scrap(?:e|es|ing)|harvest\w*|guess\w*|infer\w*|work out|figure out|prob(?:e|es|ed|ing)|fish(?:es|ed|ing)?|map(?:s|ped|ping)?|scan(?:s|ned|ning)?|pok(?:e|es|ed|ing)|test(?:s|ed|ing)? (?:which|whether|if)|check(?:s|ed|ing)? (?:which|whether|if))\b/;
const HIDE_PROMISED =
  /\b(?:promised|promise|supposed|meant|agreed|committed|need|needed|have|has|had|must|should|want|wanted|trying|tried) (?:not to|never to|to never|to not) (?:reveal|disclose|leak|confirm|expose|acknowledge|tell|show)\b/;

/** "email not confirmed": an unverified account detail, nothing about existence (read before HIDE). */
const UNCONFIRMED_DETAIL =
  /\b(?:email|e-mail|phone|account|address|identity|payment|order|booking|signup|registration|number|kyc|mail)(?: address| number)? (?:is |was |has |yet )?(?:not|never)(?: yet| been)? confirmed\b|\b(?:not|never|has not|have not|had not|did not|does not|do not)(?: yet| even)? confirm(?:ed)? (?:his|her|their|the|its|an?|your|my|our) (?:email|e-mail|phone|account|address|identity|number|mail)(?: address| number)?\b/g;

/**
 * "rule: tenant data must not be exposed across tenants, existence included", "policy says hide it even from
 * people who know it exists": a stated duty to hide existence. It holds whatever this caller happens to
 * know already (RFC 9110 §15.5.4 lets the server answer 404 for it), so it is read before HIDE_NOT_NEEDED.
 */
const HIDE_MANDATED =
  /\bexistence (?:included|too|as well|also|of (?:it|them) included)\b|\b(?:including|incl\.?|not even|even) (?:the |its |their |his |her )?existence\b|\b(?:must|should|may|shall|can) (?:never|not) (?:be )?(?:exposed|revealed|disclosed|leaked|confirmed|shown|visible)\b[^.;?]{0,60}\bexistence\b|\b(?:must|should|may|shall|can|will) (?:never|not) (?:ever )?(?:confirm|reveal|disclose|expose|leak|show|admit|acknowledge)\b[^.;?]{0,20}\bexistence\b|\bexistence\b[^.;?]{0,30}\b(?:must|should|may|shall|can) (?:never|not) (?:be )?(?:exposed|revealed|disclosed|leaked|confirmed|shown|visible)\b|\b(?:hide|hidden|conceal\w*)\b[^.;?]{0,40}\beven (?:from|to|if|when) (?:people|users|callers|those|someone|anyone|they|she|he|them|him|her) (?:who )?(?:already )?(?:know|knows|knew|have seen|has seen|saw)\b/;

/**
 * "competitors could probe which serials are activated", "attackers can check whether an account is registered", "our 403s let
 * outsiders confirm which organisations are customers": a threat of
 * telling existing things from absent ones, named in the question, is the reason to hide even when the ids themselves are known.
 */
const PROBER = '(?:attackers?|competitors?|rivals?|scrapers?|bots?|outsiders?|anyone|anybody|someone|strangers?|adversar(?:y|ies)|malicious (?:users?|actors?|clients?)|bad actors?)';
const PROBING_THREAT = new RegExp(
  `\\b(?:${PROBER}\\b (?:could|can|might|may|would|will|are able to|is able to|try to|tries to)(?: easily| then| simply)?|(?:lets?|letting|allows?|allowed|allowing|enables?|enabled|enabling|helps?|helped) ${PROBER}(?: to)?) (?:probe|enumerate|map|scan|test|check|find out|learn|work out|tell|discover|infer|confirm) (?:which|whether|if)\\b`,
);

const WHAT_A_CODE_WOULD_TELL = /\b(?:if|when|once) (?:we|the (?:api|server|service|endpoint)|it) (?:return|send|answer|respond with|give|use)s? (?:an? )?(?:401|403|404|410)\b,? (?:then )?(?:the |a |an |they |he |she |them )[^.;]*/g;

/** "we keep only a hashed tombstone to know it existed": what the server records for itself, no disclosure to anyone. */
const OWN_RECORD_OF_IT =
  /\b(?:tombstones?|records?|markers?|rows?|entr(?:y|ies)|logs?|flags?|hash(?:es)?)\b[^.;]{0,20}\b(?:to|so (?:that )?(?:we|it|the [a-z]+) (?:can |will )?) ?(?:know|remember|tell|record)\b(?= (?:that )?(?:it|they|the [a-z-]+|this|that|there) )/g;

function detectHide(raw: string): boolean | null {
  const unconfirmed = raw.includes('confirm') ? raw.replace(UNCONFIRMED_DETAIL, ' ') : raw;
  const text = unconfirmed.includes('tombstone') || unconfirmed.includes('record') ? unconfirmed.replace(OWN_RECORD_OF_IT, ' ') : unconfirmed;
  if (PROBING_THREAT.test(text)) return true;
  // Cheap gates first: most questions have neither " want " nor " not to "/" never to ".
  if (text.includes(' want ') && HIDE_UNWANTED.test(text)) return true;
  if (/ (?:not|never) to | to (?:never|not) /.test(text) && HIDE_PROMISED.test(text)) return true;
  if (text.includes('existence') || text.includes('even ')) {
    if (HIDE_MANDATED.test(text)) return true;
  }
  // "if we return 403, the customer knows the invoice exists": what a code would let them learn is a disclosure feared, not
  // something they already know.
  const unfeared = / (?:if|when|once) /.test(text) ? text.replace(WHAT_A_CODE_WOULD_TELL, ' ') : text;
  if (has(unfeared, ...HIDE_NOT_NEEDED) || hintedMatch(unfeared, HIDE_NOT_NEEDED_HINTED)) return false;
  if (has(text, ...HIDE) || hintedMatch(text, HIDE_HINTED)) return true;
  return null;
}

/** "github answers 404 for private repos": a private resource already behind a 404 is being hidden. */
function hidesPrivateBehind404(text: string, currentCode: string | null): boolean {
  return currentCode === '404' && SENSITIVE.test(text);
}

/**
 * "should the body of a 403 explain why?", "does the 403 message need to give the reason?": what the
 * code's response may or must say about the refusal, a question about the code, not a case. Read only
 * where a code and a word for what a response says are written, so most questions never run it.
 */
const DISCLOSURE = new RegExp(`\\b(?:body|content|message|payload|page|text)s? (?:of|in|for) (?:an? |the )?(?:http )?${CODE_NAME}\\b|\\b${CODE_NAME}(?: response| error)? (?:body|bodies|content|message|payload|page|text)s?\\b[^.?]{0,30}\\b(?:explain|say|tell|include|contain|describe|give|state|mention|reveal|show)\\b|\\b(?:allowed|ok|okay|fine|required|supposed|obliged|expected) to (?:say|explain|tell|describe|give|state|mention|reveal|show) (?:why|the reason)\\b|\\b${CODE_NAME}(?: response| error)? to (?:include|carry|contain|have|give|say|explain|state|mention|reveal|show|describe) (?:a |an |the )?(?:[a-z]+ )?(?:message|reason|explanation|body|details?|description|text)\\b`);
const DISCLOSURE_WORDS = ['body', 'bodies', 'content', 'message', 'payload', 'text', 'reason', 'why', 'explanation', 'detail', 'description'];
const WRITTEN_CODE = /\b[1-5]\d\d\b|\b(?:forbidden|not found|unauthori[sz]ed|gone)\b/;

function detectTopics(text: string): Topic[] {
  const topics: Topic[] = [];
  for (const [topic, patterns] of TOPIC_PATTERNS) {
    if (has(text, ...patterns)) topics.push(topic);
  }
  if (DISCLOSURE_WORDS.some((word) => text.includes(word)) && WRITTEN_CODE.test(text) && DISCLOSURE.test(text)) topics.push('disclosure');
  return topics;
}

const RULE_QUESTION = /\bwhat(?: is|'s) the (?:general )?(?:rule|rules|rule of thumb|guidance|convention|principle|best practice)\b(?! (?:engine|says))/;
/**
 * Questions about a practice or a reason, not a case: "is it wrong to use 403 for missing login",
 * "why should we not send 404 when …", "which error goes in www-authenticate for …". They may describe
 * a situation, but what they ask for is a judgement, a reason or a header value, not the code.
 */
const PRACTICE_QUESTION =
  /\bwhat(?: is|'s| are) the (?:benefits?|advantages?|point|upsides?|downsides?|drawbacks?|gains?|value) (?:of|in|with) (?:using |returning |sending |answering )?(?:an? )?\d{3}\b|^what(?: is|'s) (?:wrong|bad|the problem|the harm|the risk|the downside) (?:with|in|about|of)\b|^(?:(?:is it|would it be|is it ever|isn't it|is that) )?(?:ever |really |always )?(?:ok|okay|fine|wrong|bad|acceptable|allowed|legit|legal|correct|right|a good idea|a bad idea|good practice|bad practice|common|standard) to (?:keep |still |just |always )?(?:use|using|return|returning|send|sending|answer|answering|give|giving|respond(?:ing)? with|reply(?:ing)? with) (?:a |an )?\d{3}\b/;
const REASON_QUESTION =
  /^why (?:should|shouldn't|should not|would|do|does|is|are|must|can't|cannot|not|use|return|send|pick|choose|prefer|answer)\b(?![^?]{0,80}(?:\b(?:and|so|then)|,) (?:what|which)\b)|^why\b(?=[^?]{0,80}\b(?:should|must|ought to)(?: not)? (?:return|send|answer|use|give|be)\b)(?![^?]{0,80}\b(?:and|so|then) (?:what|which)\b)/;
const HEADER_VALUE_QUESTION = /\b(?:should|must|do|does|can|may|need|needs) (?:the |our |a |an |that |this |its )?(?:[a-z-]+ )?(?:www-authenticate|challenge|header)(?: header| challenge)? (?:to )?(?:include|contain|carry|have|list)\b[^?]{0,30}\berror\b|\b(?:do|does|should|must|can|may) (?:we|i|you|it|they|the server|the api) (?:put|include|add|set|send)\b[^?]{0,30}\berror(?: code| value)?\b[^?]{0,30}\b(?:in|into|inside) (?:the |our |a )?(?:bearer )?(?:challenge|header|www-authenticate)\b|^(?:what|which) (?:header|headers|http header)\b|^what (?:happens|will happen|would happen|could happen)\b|\b(?:which|what) (?:error|error code|value|error value)\b[^?]{0,60}\bwww-authenticate\b|\bwww-authenticate\b[^?]{0,60}\b(?:which|what) (?:error|value)\b/;

/** "401 means not logged in, right?", "the 403 code is for missing roles?": a claim about the code, checked. */
const CLAIM_ABOUT_A_CODE =
  /^(?:so )?(?:the |a |an |http )?\d{3}(?: code| status| status code| response)? (?:means?|is for|is about|is only for|stands for|signals?|indicates?|implies|says)\b/;
/**
 * "the 401 is called unauthorized, so it means no permission?", "isn't 401 the code for not authorized?":
 * a reading of the code's name, checked. Unanchored, so behind a hint (most questions have none of these words).
 */
const CLAIM_READING_HINT = /\b(?:so|then|thus|therefore|called|named)\b|^(?:is not|is) /;
const CLAIM_READING = /\b\d{3}\b[^.?!;]{0,40}\b(?:so|then|thus|therefore) (?:it|this|that|the code) (?:means?|implies|is about|is for|signals?|indicates?)\b|\b\d{3}\b (?:is )?(?:called|named)\b|^(?:is not|is) (?:the )?\d{3} (?:the|a) (?:code|status|status code|response) (?:for|that means)\b/;

function claimsAboutACode(text: string): boolean {
  return CLAIM_ABOUT_A_CODE.test(text) || (CLAIM_READING_HINT.test(text) && CLAIM_READING.test(text));
}

/**
 * "if we return 410 instead of 404, does google drop them faster?": the code is the premise; what is asked
 * is a consequence of it (crawlers, clients, caches), not which code to send.
 */
const CONSEQUENCE_OF_A_CODE =
  /^(?:if|when|once|after) (?:we|you|i|they|the [a-z-]+|our [a-z-]+) (?:[a-z]+ ){0,2}(?:return|returns|send|sends|answer|answers|use|uses|switch|switches|change|changes|serve|serves|respond|responds)\b[^?]{0,80}?,? (?:does|do|will|would|can|could|is|are) (?!(?:we|i)\b)/;
/** "does rfc 9110 require 410 whenever …", "is 410 mandatory per the spec": what the rules oblige. */
const SPEC_REQUIREMENT =
  /\b(?:rfcs?|spec|specs|specification|standard|http|9110)\b[^?]{0,30}\b(?:require|requires|mandate|mandates|force|forces|oblige|obliges|demand|demands)\b|\b(?:required|mandatory|obligatory|compulsory)\b[^?]{0,30}\b(?:per|by|under|according to|in) (?:the )?(?:rfcs?|spec|specs|standard|http)\b/;

/**
 * "the token expired; why is 401 and not 403 the rule?", "we send 410 now, what will the crawler do next?",
 * "… why do our dashboards show it as an auth error?": the question a case is told for is about a reason,
 * what a client or crawler does, or what something means, not which code to send. Read on the last part
 * that asks (its last sentence with a question mark, else its last sentence); a code asked there as well
 * ("why … , what should it be?") keeps it a which-code question.
 */
const OTHER_QUESTION =
  /^(?:so |and |but |ok |okay )?(?:why\b|how come\b|how (?:does|do|did|will|would|can|could|should) (?:the |our |a |an |their |its |that )?(?:client|clients|crawler|crawlers|browser|browsers|library|client library|sdk|app|apps|google|googlebot|user|users|caller|callers|monitoring|dashboards?|cdn|cache|proxy)\b|what (?:will|would|does|do|did) (?:the |our |a |an |its |their |that )?(?:client|clients|crawler|crawlers|browser|browsers|library|client library|sdk|app|google|googlebot|user|users|caller|callers|cdn|cache)\b(?:[^?]{0,40}\b(?:do|see|show|make of|think)\b)|what happens\b|what does (?:it|that|this) (?:mean|tell|say)\b|what does (?:the )?(?:spec|rfc|standard)(?: ?\d{4})? say (?:must|should|has to|is required|about)\b|what (?:will|would|does|do|did) (?:he|she|they) (?:see|get to see)\b)/;
/** A code asked for by name: "which status", "401 or 403", a sentence of its own that is only "status?". */
const CODE_NAMED_ASK = /\b(?:which|what) (?:http )?(?:status|code|status code)\b|\b(?:401|403|404|410) or (?:401|403|404|410)\b|^\s*(?:so |and )?(?:http )?(?:status|code|status code|response code)(?: (?:then|pls|please))?\s*[?.]?\s*$/;
const CODE_ASKED_TOO =
  /\b(?:which|what) (?:http )?(?:status|code|one|response)\b|\b(?:401|403|404|410) or (?:401|403|404|410)\b|\b(?:should|must) (?:we|it|they|the [a-z-]+) (?:return|send|answer|respond|be)\b|\bwhat should (?:it|that|this|they) be\b|\b(?:should|shouldn't|should not|isn't|is not|wouldn't|would not|would) (?:it|that|this|we|they) (?:not )?(?:be|use|send|return|get) (?:an? )?(?:401|403|404|410)\b|\b(?:should|must) be (?:an? )?(?:401|403|404|410)\b|\b(?:401|403|404|410)\b[^?]{0,20}\b(?:right|correct|instead|imo|agree)\b|\bwhat(?:'s| is) (?:correct|right)\b|\bwhich (?:is|one is) (?:right|correct)\b/;
/**
 * "what should we send back in the WWW-Authenticate header?", "which header do we send with the 403?", "what
 * should the response body say?": a part of the response asked for, not its code.
 */
const PART_ASKED =
  /\b(?:which|what) (?:header|headers|body|message|cache-control|field|fields|value|json|text|claim|claims|error message|error body)\b|\b(?:send|return|include|put|say|contain|set)\b[^?.]{0,25}\b(?:in|with|inside) (?:the |a |its |that |this )?(?:www-authenticate|headers?|body|response body|message|challenge|json)\b|\bwhat should (?:the )?(?:response |error )?(?:body|message|json|page) (?:say|contain|look like)\b|\bwhat cache-control\b|\bwhat should the (?:client|sdk|app|browser|ui|frontend) (?:send|do|show)\b|\bhow should (?:the )?(?:ui|frontend|app|client|we) (?:explain|show|word|phrase|display)\b|^(?:does|do|will|would|can|is|are) (?:the |a |our |their )?(?:proxy|cdn|cache|browser|client|crawler|google|googlebot)\b/;

/**
 * "status, and what error goes in WWW-Authenticate?", "which code, plus what goes in the challenge": the code asked by its bare
 * name, then a part of the response beside it. The part follows the verdict; it does not replace the code asked for.
 */
export const CODE_BESIDE_A_PART =
  /(?:^|[.?!;:]\s*)(?:so |and |ok |okay )?(?:(?:which|what) )?(?:http )?(?:status|code|status code|response code)(?: (?:then|pls|please|first))?(?:\s*[?,;])?\s*(?:and|plus|also|as well as|\+)(?![a-z])[^?]{0,30}\b(?:error|header|www-authenticate|challenge|body|message|realm|scope)\b/;
/** "why would we return 410 for /promo? … what should it be": a reason asked first, the code asked last. */
function lastAsksForCode(parts: readonly string[]): boolean {
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1] ?? '';
  return CODE_ASKED_TOO.test(last) && !PART_ASKED.test(last);
}

/** The question's sentences, split once for the readings of what is asked (asksAnotherQuestion, lastAsksForCode). */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?;:])\s+/).filter((p) => p.trim() !== '');
}

function asksAnotherQuestion(parts: readonly string[]): boolean {
  const last = parts[parts.length - 1] ?? '';
  const asked = [...parts].reverse().find((p) => p.includes('?')) ?? last;
  // "why not 401? which code do we send": a last sentence that asks for the code, question mark or not.
  // "when the token expired, why is 401 the rule?": the question may follow a clause of its own.
  const afterClause = (asked.split(/, | - /).pop() ?? asked).trim();
  // "do i put error_description in the header? and is it 401 or 403": a later sentence of its own asks the code by name.
  if (last !== asked && CODE_NAMED_ASK.test(last)) return false;
  // A part of the response asked for ("what should we send back in the WWW-Authenticate header?") is not
  // its code, unless the code is asked by name too.
  // "scope insufficient - which code. also what header": a part asked beside a code asked by name in another sentence
  // follows the verdict; it does not replace the code asked for.
  const codeAskedElsewhere = parts.some((p) => p !== asked && CODE_NAMED_ASK.test(p) && !PART_ASKED.test(p));
  if ((PART_ASKED.test(asked.trim()) || PART_ASKED.test(afterClause)) && !CODE_NAMED_ASK.test(asked) && !codeAskedElsewhere) return true;
  if (CODE_ASKED_TOO.test(asked) || CODE_ASKED_TOO.test(last) || CODE_PROPOSED_AS_FIX.test(last)) return false;
  return OTHER_QUESTION.test(asked.trim()) || OTHER_QUESTION.test(afterClause);
}

/** "why do we return 403 here … shouldn't it be 401", "isn't that a 403": the code the asker proposes instead. */
const CODE_PROPOSED_AS_FIX = /\b(?:this|it|that) should be (?:an? )?(?:401|403|404|410)\b|\bshould be (?:an? )?(?:401|403|404|410) (?:imo|no|right|instead|agree)\b|\bi(?:'d| would) expect (?:an? )?(?:401|403|404|410)\b|\b(?:should|must) not (?:it|that|this) be (?:an? )?(?:401|403|404|410)\b|\b(?:is not|isn't|isnt) (?:that|it|this) (?:an? )?(?:401|403|404|410)\b|\b(?:should|shouldn't|should not) (?:we|it) (?:not )?(?:use|send|return) (?:an? )?(?:401|403|404|410)\b/;

function notAboutACase(text: string): boolean {
  return CONSEQUENCE_OF_A_CODE.test(text) || SPEC_REQUIREMENT.test(text) || claimsAboutACode(text) || CODE_BY_MEANING.test(text) || RULE_QUESTION.test(text) || PRACTICE_QUESTION.test(text) || REASON_QUESTION.test(text) || HEADER_VALUE_QUESTION.test(text);
}

/**
 * "writes are disabled for everyone from this region by policy", "blocked by the DLP policy for their
 * group", "outside opening hours policy so requests get refused": a refusal a rule makes, named with
 * the rule. What it refuses does not turn on who the caller is, so nothing about the caller is left open.
 */
const RULE_WORD = /\b(?:policy|policies|rule|rules|dlp|waf|firewall|compliance|regulation|regulations|guardrails?|geo-?block\w*|geo-?fenc\w*|asns?|licen[cs]ed|jurisdictions?|illegal|laws?)\b/;
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
 * "issue 881 does not exist anywhere", "nobody ever defined that route", "report 77 was never created, the
 * id was a typo": said outright that nothing was ever there. Then a permission, role or scope named beside
 * it ("the user also lacks orders:export, but that is irrelevant") refuses nothing: there is nothing to
 * refuse (RFC 9110 §15.5.5). Each reading is about a thing served, not a grant: see ACCESS_THING.
 */
const NEVER_THERE: readonly RegExp[] = [
  /\bnever (?:ever |even |actually |been |was |were |got )*(?:existed|created|implemented|defined|uploaded|published|registered|built|shipped|deployed|routed|issued|written)\b/g,
  /\b(?:nothing|nobody|no one|noone)(?: [a-z-]+)? (?:was |were |has |have |had |ever |even |been )*(?:uploaded|created|defined|implemented|published|registered|written|stored|saved|built)\b/g,
  /\b(?:does not|do not|did not|not|never) (?:even )?exists?\b(?: [a-z0-9/-]+){0,3}? (?:anywhere|at all|in any [a-z-]+)\b/g,
  /\b(?:was|is|were|are|has been) never (?:an? |one of (?:our|the) )?(?:route|routes|path|paths|endpoint|endpoints|page|pages|url|urls|resource|resources|thing)\b/g,
  /\b(?:a )?typo in (?:the |our |their |his |her )?(?:[a-z-]+ )?(?:config|configuration|url|link|path|route|request|code|id|bookmark)\b/g,
  /\bno [a-z-]+(?: [a-z-]+)? (?:with|by|under|named|called) (?:that|this|the given|such an?) [a-z-]+\b[^.;]{0,30}\b(?:anywhere|at all|in any [a-z-]+)\b/g,
  /\b(?:the |that |this )?(?:id|ids|url|path|slug|link|name|number|route) (?:was|is) (?:just )?(?:a typo|mistyped|misspelled|made up)\b/g,
];
/** Grants and credentials, which "never created" can be said of too ("his role was never created"). */
const ACCESS_THING = /\b(?:roles?|permissions?|scopes?|access|grants?|accounts?|tokens?|keys?|credentials?|passwords?|sessions?|invites?|invitations?|memberships?|licen[cs]es?|seats?|allowlists?)\b/;
/** "the user has never created a project", "she never uploaded anything": what the caller has not done, not what is there. */
const CALLER_AS_SUBJECT = /\b(?:user|users|caller|callers|customer|customers|she|he|member|members|client|clients|person|people|employee|employees|i|you)(?: (?:has|have|had|did|does|do|just|simply|also))?\s*$/;
/** "POST /projects to create a new one", "tries to upload a file": a request that makes the thing, which is not there before it. */
const CREATION =
  /\b(?:post|put) \/|\b(?:tries|trying|tried|wants|wanted|attempts?|attempting|attempted|going) to (?:create|add|upload|make|register|post|publish|import|open a new)\b|\b(?:creat(?:e|es|ing)|add(?:s|ing)?|upload(?:s|ing)?) (?:a |an )?new\b/;
const NEVER_THERE_HINT = /\b(?:never|nothing|nobody|no one|noone|exist|no [a-z-]+|typo|mistyped|misspelled|made up)\b/;

function saidNeverThere(text: string): boolean {
  if (!NEVER_THERE_HINT.test(text) || CREATION.test(text)) return false;
  for (const pattern of NEVER_THERE) {
    for (const match of text.matchAll(pattern)) {
      const before = text.slice(0, match.index);
      const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(' but '))) + match[0];
      if (!ACCESS_THING.test(clause) && !CALLER_AS_SUBJECT.test(before)) return true;
    }
  }
  return false;
}

/** Right after a code: another one weighed against it ("404 or 401", "403 vs 404", "403/404"). */
const WEIGHED_AFTER = /^ ?(?:or|vs|versus|\/) ?(?:an? )?(?:\d{3}|forbidden|not found|unauthori[sz]ed|gone)\b/;

const PROPOSAL = /\b(?:should|would|could|can|do|does|shall|must|may|to|or|if|whether|might)\b/;

function detectCurrentCode(text: string): string | null {
  for (const pattern of [CURRENT_CODE, OBSERVED_CODE]) {
    for (const match of matchesOf(text, pattern)) {
      const code = match[1];
      if (!code || PROPOSAL.test(clauseBefore(text, match.index ?? 0, 4))) continue;
      // "we give 404 or 401?", "we answer 404 or 401": two codes weighed, neither is what the service does today.
      if (WEIGHED_AFTER.test(text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 16))) continue;
      return CODE_OF_NAME[code] ?? code;
    }
  }
  const match = PROPOSED_CODE.exec(text);
  const proposed = match?.[1] ?? match?.[2];
  return proposed ? (CODE_OF_NAME[proposed] ?? proposed) : null;
}

/**
 * "our middleware currently replies 403 w/ error=insufficient_scope": an error name the server sends today,
 * beside the code it sends it with. It is the behaviour under review, not a fact of the request.
 */
const REPLIED_ERROR = /\b(?:replies|reply|replied|returns?|returned|responds?|responded|sends?|sent|answers?|answered|gives?|emits?)(?: with)?(?: an?)? \d{3}\b(?:[^.;]{0,20}?(?:w\/|with|and|\+|plus))?\s*(?:an? )?(?:error ?= ?|error:? |"?error"?: ?)?"?(?:insufficient_scope|invalid_token|invalid_request)\b/g;

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

/** The text without what the writer sets aside: options weighed and rejected, rules for other cases. */
function withoutSetAside(text: string): string {
  const rules = withoutRulesForOtherCases(text);
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

/**
 * "we deleted that build b/c of a bad signature": a signature on a build, package or firmware image is no
 * credential of the request. Where the question names no credential, its signatures are not read as one.
 */
const ARTIFACT = /\b(?:builds?|firmware|packages?|binar(?:y|ies)|artifacts?|apks?|installers?|releases?|images?|rpms?|debs?|jars?|updates?|files?|uploads?|bundles?|archives?|zips?|tarballs?|documents?|pdfs?)\b/;
const REQUEST_CREDENTIAL = /\b(?:tokens?|jwts?|credentials?|passwords?|sessions?|cookies?|api keys?|logins?|bearer|authorization|auth header|hmac|request signatures?|signed requests?|signs? (?:each|every|the|all|its|their|our) (?:[a-z]+ )?requests?|(?:device|client|shared|api|signing) secrets?)\b/;

/** "download the device certificate bundle": a certificate or key that is the object fetched, not one presented. */
const FETCHED_CREDENTIAL = /\b(?:download|upload|export|fetch|install|generate|issue|renew)(?:s|ed|ing)? (?:the |a |an |their |his |her |its |our |new )?(?:[a-z0-9-]+ )?(?:certificates?|certs?|keys?|signatures?)(?: (?:bundles?|files?|chains?|lists?|zips?|packages?))\b/g;

/** "a gist containing a leaked key": a credential that is what the resource held, not what the request carried. */
const CONTAINED_CREDENTIAL = /\b(?:containing|contained|holding|exposing|that (?:contained|held|exposed)|which (?:contained|held|exposed)) (?:an? |the |some |our |their )?(?:leaked |exposed |secret |private |committed )?(?:api keys?|keys?|tokens?|passwords?|credentials?|secrets?)\b/g;

/**
 * "bucket object key not present", "a foreign key points to a deleted row", "the cache key": a key that
 * names data (a record's, an object's, a map's), not one the request presents.
 */
const DATA_KEY =
  /\b(?:object|foreign|primary|partition|sort|composite|unique|hash|cache|map|row|lookup|dictionary|translation|i18n|s3|bucket|blob|redis|registry|storage|idempotency|shard|sharding|routing|index|json|yaml|config|document|record|message|column|natural|surrogate) keys?\b/g;
/**
 * "GET /keys/abc-123 on our key management api, that key id does not exist in the vault": where the API
 * keeps keys, the key the request names is the resource looked up, not the caller's credential (the
 * caller's own key is still read: "with an expired key", "their api key").
 */
const KEY_STORE = /\b(?:key management|kms|key ?vault|vault|key ?store|keyring|hsm|secrets? manager|secret store|certificate store)\b|\/(?:api-?)?keys\/[a-z0-9{]/;
const STORED_KEY = /\b(?:that|this|the|requested|which|such|a|the requested) (?:api |signing |encryption |stored )?key(?: id| ids| name)?\b(?=[^.;]{0,30}\b(?:does not|do not|did not|not|never|no longer|missing|unknown|gone)\b)/g;
/**
 * "a request comes in with a key value that does not exist in our key store", "sends an api key we never issued": the
 * key the request presents is its credential, looked up in the server's own store (not a key a key-management API serves).
 */
const PRESENTED_KEY =
  /\b(?:with|sends?|sent|sending|presents?|presented|presenting|using|uses|used|carr(?:y|ies|ying)|pass(?:es|ed|ing)?|supplies|supplied)(?: (?:a|an|the|their|its|his|her|our|some))? (?:api |access )?key(?: value)?\b|\bapi[- ]key header\b|\bx-api-key\b/;
/** "s3 says the key does not exist": in object storage a bare key names an object (not "the signing key does not match"). */
// Its error names and calls too ("nosuchkey", "at s3.getobject"), as a stack trace or a log line pastes them.
const OBJECT_STORE = /\b(?:s3|buckets?|gcs|blob storage|object stor(?:e|age)|minio|no such (?:key|bucket)|(?:get|put|head|delete)_?object)\b/;
const OBJECT_KEY = /\b(?:that|this|the|requested|which|such|a) (?:(?:specified|given|requested|named|target|same) )?(?:object |file )?key\b(?=[^.;]{0,30}\b(?:does not|do not|did not|not|never|no longer|missing|unknown|gone)\b)|\b(?:missing|absent|non-?existent|non-?existing|unknown|deleted) (?:object |file )?keys?\b/g;
/**
 * "creds are fine (no invalid token, nothing expired)", "a valid non-expired session token": a failure
 * of the credentials named only to deny it states no failure.
 */
const DENIED_FAILURE = new RegExp(
  `\\b(?:no|not an?|never an?|without an?|without any|not any|nothing|none)(?: (?:is|was|are|were))? (?:invalid|expired|revoked|bad|wrong|malformed|stale|forged|bogus|tampered|incorrect|rotated)(?: [a-z-]+)? ${CRED}s?\\b|\\b(?:nothing|none|neither) (?:of (?:them|it) )?(?:is |was |are |were |has |have )?(?:expired|revoked|invalid)\\b`,
  'g',
);

/**
 * "the old password-reset-by-security-question endpoint", "the password reset page we removed", "login-history
 * api": a feature named after a credential, a route the request asks for, not a credential it carries (not "after
 * the key-rotation the old key still works": an event, with no route named after it).
 */
const FEATURE_NAMED_BY_CREDENTIAL =
  /\b(?:password|passphrase|login|session|token|credentials?|pin|key|secret)s?(?:-(?:reset|recovery|change|exchange|management|history|rotation|policy|strength|hint|manager|lookup|issuance|refresh)\b(?:-[a-z]+)*|[ -](?:reset|recovery|change|exchange|history|management)) (?=(?:[a-z-]+ )?(?:endpoints?|routes?|pages?|flows?|forms?|screens?|apis?|urls?|links?|paths?|services?|features?|handlers?)\b)/g;
const FEATURE_HINT = /\b(?:password|passphrase|login|session|token|credentials?|pin|key|secret)s?[- ](?:reset|recovery|change|exchange|management|history|rotation|policy|strength|hint|manager|lookup|issuance|refresh)\b/;

/**
 * "i logged out and in again, cleared cookies, new session, still denied": the caller logged in afresh and is
 * refused all the same. Those steps are history, not a credential that ended: after them the caller is
 * signed in, and the refusal is about what they may do (RFC 9110 §15.5.4).
 */
const RELOGGED = /\b(?:logged|signed) (?:out|off),? (?:and |& |then |and then )?(?:(?:logged|signed) )?(?:back )?(?:in|on)\b|\b(?:logged|signed|logging|signing|logs|signs) back (?:in|on)\b|\b(?:re-?logged|re-?login|logged (?:back )?in again|signed (?:back )?in again|logging in again|signing in again|relogin|new session|fresh session|new token|fresh token|new login)\b/g;
const STILL_REFUSED = /\bstill (?:denied|refused|blocked|forbidden|rejected|locked out|not allowed|no access|cannot|can not|gets? (?:a |an |the )?(?:403|forbidden|denied|access denied|error)|getting (?:a |an |the )?(?:403|forbidden|denied|access denied|error)|sees? (?:a |an |the )?(?:403|forbidden|denied|access denied|error))\b|\b(?:did not|does not|nothing) (?:help|helped|change|changed)\b|\b(?:same|the same) (?:error|result|403|denial|message|problem|screen)\b/;
const TROUBLESHOOTING_STEP =
  /\b(?:cleared|clearing|deleted|wiped|flushed|cleaned) (?:the |my |their |his |her |all |every )?(?:browser )?(?:cookies?|cache|caches|sessions?|site data|local storage|browser data|storage)\b|\b(?:logged|signed) (?:out|off)\b|\bincognito\b|\b(?:private|incognito) (?:window|tab|mode)\b|\bhard[- ]refresh\w*\b/g;

const OLD_ONE_IN_USE = /\b(?:old|previous|former|prior|stale|revoked|retired|expired|earlier) (?:one|ones|tokens?|keys?|cookies?|sessions?|credentials?|passwords?|secrets?|jwts?)\b/;

function withoutReloginHistory(text: string): string {
  if (!/\bstill\b|\bhelp|\bchange|\bsame\b/.test(text) || !STILL_REFUSED.test(text) || !text.match(RELOGGED)) return text;
  // "issued a new token, but the job still sends the old one": the new credential is not the one in use.
  if (OLD_ONE_IN_USE.test(text)) return text;
  return text.replace(TROUBLESHOOTING_STEP, (step) => ' '.repeat(step.length)).replace(RELOGGED, ' logged in ');
}

/** The text the credentials are read from, without keys that name data and failures that are denied. */
function credentialText(said: string): string {
  const relogged = withoutReloginHistory(said);
  const text = FEATURE_HINT.test(relogged) ? relogged.replace(FEATURE_NAMED_BY_CREDENTIAL, ' feature ') : relogged;
  const unexpired = text.includes('non') ? text.replace(/\bnon-?(?=expired\b|revoked\b)/g, 'un') : text;
  const undenied = /\b(?:no|not|never|without|nothing|none|neither)\b/.test(unexpired) ? unexpired.replace(DENIED_FAILURE, ' ') : unexpired;
  if (!undenied.includes('key')) return undenied;
  const dataKeys = undenied.replace(DATA_KEY, ' record ');
  const objectKeys = OBJECT_STORE.test(dataKeys) ? dataKeys.replace(OBJECT_KEY, ' that record ') : dataKeys;
  const presented = PRESENTED_KEY.test(objectKeys) && !/\/(?:api-?)?keys\//.test(objectKeys);
  return KEY_STORE.test(objectKeys) && !presented ? objectKeys.replace(STORED_KEY, ' that record ') : objectKeys;
}

function withoutArtifactSignatures(text: string): string {
  const contained = /\b(?:key|token|password|credential|secret)/.test(text) ? text.replace(CONTAINED_CREDENTIAL, ' content ') : text;
  const fetched = contained.includes('cert') || contained.includes('key') || contained.includes('signature') ? contained.replace(FETCHED_CREDENTIAL, ' artifact ') : contained;
  if (!fetched.includes('signature') || !ARTIFACT.test(fetched) || REQUEST_CREDENTIAL.test(fetched)) return fetched;
  return fetched.replace(/\bsignatures?\b/g, 'seal');
}

/** "insufficient_scope error, which status?": the error's name alone reads as a scope denial; is there more? */
function statesACaseWithout(text: string, existence: Existence): boolean {
  const rest = text.replace(/\b(?:insufficient_scope|invalid_token|invalid_request)\b/g, ' ');
  return existence === 'removed' || existence === 'missing' || detectAuth(rest).auth !== 'unknown' || detectDenials(rest).length > 0;
}

/**
 * "we do not know whether the user deleted it or it never existed": a removal the asker only wonders
 * about is not known to have happened, let alone for good, so it is read as a removal not known to be
 * permanent (404), whatever permanence words the doubted clause holds.
 */
function knownRemoval(read: ReturnType<typeof detectExistence>, stated: string, undoubted: string): ReturnType<typeof detectExistence> {
  if (read.existence !== 'removed' || undoubted === stated || detectExistence(undoubted).existence === 'removed') return read;
  return { existence: 'removed', permanent: false, temporary: true };
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
 * "(we did remove some other pages permanently last week, but not this one)": a removal said of other
 * resources is no fact about the one asked for, and its permanence is not this one's (RFC 9110 §15.5.11).
 */
const OTHER_THINGS = '(?:(?:some|a few|several|many|a couple of|two|three|a bunch of|lots of|the) )?(?:other|unrelated|different) (?:[a-z-]+ )?(?:pages|posts|urls|routes|endpoints|articles|docs|documents|products|files|items|resources|links|paths|listings|versions|apis)';
const OTHER_REMOVAL = new RegExp(
  `\\b(?:(?:permanently|intentionally|deliberately|irreversibly) )?(?:removed|deleted|retired|killed|took down|unpublished|purged|dropped|sunset|decommissioned|discontinued|archived|shut down|remove|delete) ${OTHER_THINGS}\\b[^.;()]*|(?<!\\band (?:(?:some|a few|several|many|a couple of|two|three|a bunch of|lots of|the) )?)\\b${OTHER_THINGS} (?:were|have been|got|had been) (?:[a-z]+ly )?(?:removed|deleted|retired|killed|taken down|unpublished|purged|dropped|sunset|decommissioned|discontinued|archived|shut down)\\b[^.;()]*`,
  'g',
);
/** "we removed a bunch of pages for good, but not this one": a removal the asker says this resource was not part of. */
const REMOVAL_NOT_THIS = /\b(?:removed|deleted|retired|killed|took down|unpublished|purged|dropped|decommissioned)\b[^.;()]{0,80}\bbut not (?:this|that|it|ours)(?: one| page| url| route| endpoint| path| post)?\b/g;

/** "unrelated: we permanently removed the /pricing-old page last year": a side remark marked as one, about something else. */
const ASIDE = /\b(?:unrelated(?:ly)?|separately|(?:on a )?side note|also unrelated)\s*[:,-]\s*[^.;()]*/g;

function withoutOtherRemovals(text: string): string {
  if (!/\b(?:other|unrelated|different|but not|separately|side note)\b/.test(text)) return text;
  return text
    .replace(OTHER_REMOVAL, (phrase) => ' '.repeat(phrase.length))
    .replace(REMOVAL_NOT_THIS, (phrase) => ' '.repeat(phrase.length))
    .replace(ASIDE, (phrase) => ' '.repeat(phrase.length));
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
  /\bno (?:url |id |one-to-one |1:1 |1-to-1 |one to one |direct |clean |possible )?(?:mapping|mappings|match(?:ing)? urls?|equivalents?|counterparts?|successors?|replacement (?:urls?|pages?))\b|\b(?:cannot|can not|could not|unable to|no way to|impossible to|not possible to|will not|do not|does not|can't|cant) (?:be )?(?:redirect(?:ed)?|map(?:ped)?)\b|\bnot (?:mappable|redirectable)\b|\bmapping (?:is )?(?:impossible|not possible)\b|\bno (?:way|possibility) to (?:map|redirect)\b|(?<!\b(?:why|or|should (?:we|i|it|they)|shall we|could we|can we|would we) )\b(?:not|never|no longer|without) (?:be |been |going to |planning to |intending to )?(?:redirect(?:ing|ed)?|forward(?:ing|ed)?)\b|\bno (?:redirects?|forwarding)\b|\bredirect(?:s|ing)? (?:is |are )?(?:ruled out|not an option|off the table|not wanted|not planned)\b|\b(?:do not|does not|did not|will not|would not) (?:want|plan|intend) to redirect\b|\b(?:next|future|upcoming|later|another|a different|other|the new) (?:[a-z0-9'-]+ ){0,3}(?:will|would|is going to|are going to|gets?|get) (?:use|have|get|live (?:at|on|under)|run (?:at|on)|be (?:at|on|under)) (?:a |an |its own |their own |a brand )?(?:new|different|separate|own|fresh) (?:url|urls|address|slug|page|domain|path)\b|\b(?:new|different) (?:url|address|slug|page|domain) (?:is |will be )?(?:for|with) (?:different|other|unrelated|new|separate) (?:content|material|stuff|pages?|things?)\b|\b(?:gets?|has|have|will (?:get|have|use)|uses?) (?:its|their) own (?:new |separate |different )?(?:url|urls|address|slug|page|domain|path)\b/;

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
/**
 * "soft-deleted, admins can undo it any time; what do normal users get?": who may bring a removed thing back, and the
 * ordinary users the question asks about, are the removal's setting, not a refusal of this request (unless the request is
 * itself the restore: "a regular user calls POST /projects/4/restore").
 */
const RESTORER =
  /\b(?:only |just )?(?:the |our |an? |its )?(?:admins?|administrators?|owners?|authors?|moderators?|mods|support(?: staff| team| agents?)?|staff|ops|operators?|superusers?|super ?admins?|managers?)(?: team| users?)? (?:can|could|may|is able to|are able to|is allowed to|are allowed to|still can) (?:still |always |easily )?(?:undo|restore|undelete|un-?delete|recover|bring (?:it|them) back|revert|roll (?:it |them )?back|reinstate|un-?archive|resurrect)\b/g;
const AUDIENCE_ASKED =
  /\bwhat (?:do|does|should|would|will) (?:the |our |all |any )?(?:normal|regular|ordinary|standard|plain|everyday|non-?admin|other|basic) (?:users?|members?|customers?|visitors?|people|callers?|accounts?|readers?) (?:get|see|receive|get back|end up with)\b/g;
const RESTORE_ASKED = /\b(?:tries|try|trying|attempts?|attempting|wants?|calls?|calling|hits?|sends?|requests?) (?:to )?(?:[a-z/0-9{}-]+ ){0,3}(?:restore|undelete|undo|recover)\b|\/(?:restore|undelete|recover)\b/;
function denialsBesideARemoval(text: string, denials: DenialKind[]): DenialKind[] {
  if (!denials.includes('role') || RESTORE_ASKED.test(text)) return denials;
  const setting = text.replace(RESTORER, ' ').replace(AUDIENCE_ASKED, ' ');
  return setting === text ? denials : detectDenials(setting);
}
/** "auth not needed", "no login required": the resource asks for no credentials. */
const NO_AUTH_NEEDED =
  /\b(?:auth\w*|login|log-?in|sign-?in|credentials)\b (?:is |are )?not (?:needed|required|necessary)\b|\bno (?:auth\w*|login|log-?in|sign-?in|credentials) (?:is |are )?(?:needed|required|necessary)\b|\b(?:needs|requires) no (?:auth\w*|login|log-?in|sign-?in|credentials)\b/;

/** Reads the facts out of a question already passed through `normalizeQuestion`. */
export function extractSituation(normalized: string): Situation {
  const text = withoutRetracted(stripCodeNames(normalized)).replace(/\b(csrf|xsrf) tokens?\b/g, '$1token');
  const codes = statusCodesIn(text);
  const stated = withoutDeniedClauses(text);
  const doubted = withoutDoubtedClauses(stated);
  const openText = withoutOpenAccess(doubted.text);
  const whole = detectAuth(credentialText(withoutArtifactSignatures(openText)));
  // "anonymous user tries to edit?? no wait, user is logged in as non-owner": what the asker corrects to is the caller.
  const corrected = correctedPart(doubted.text);
  const correctedRead = corrected === null ? null : detectAuth(credentialText(withoutArtifactSignatures(withoutOpenAccess(corrected))));
  const read = correctedRead !== null && correctedRead.auth !== 'unknown' ? correctedRead : whole;
  const { expired } = read;
  // The page called open and the caller called anonymous in one sentence: "user is anonymous, the endpoint is public".
  const openToAll = read.auth === 'none' && !NEEDS_CREDENTIALS.test(doubted.text) && doubted.text.split(/[.;!?]\s/).some((sentence) => PUBLIC_RESOURCE.test(sentence) && ANONYMOUS_CALLER.test(sentence));
  const denials = detectDenials(doubted.text);
  if (denials.length === 0 && read.auth === 'valid' && contrastRefuses(doubted.text)) denials.push('generic');
  // Permanence has its own hedge reading (permanenceIsHedged), which needs the doubt words.
  const factual = withoutOtherRemovals(withoutAnalogy(stated));
  const existence = knownRemoval(detectExistence(factual), factual, withoutOtherRemovals(withoutAnalogy(doubted.text)));
  if (existence.existence === 'removed') denials.splice(0, denials.length, ...denialsBesideARemoval(doubted.text, denials));
  // Only where the page was removed: that is then what decides (a public page that is there and refuses an anonymous caller is
  // another case; an absence next to an anonymous caller is left to the protocol order, which a held-aside set showed is safer).
  const gone = existence.existence === 'removed';
  const readersOfAGonePage = read.auth === 'none' && ANONYMOUS_READERS.test(doubted.text) && !NEEDS_CREDENTIALS.test(doubted.text);
  // "the public docs page was retired for good; the visitor's session had timed out", "public endpoint, never required auth,
  // shut down; a client with no credentials calls it": a resource open to all asks for no credentials, so a caller without
  // them (or with a lapsed browser session) is no authentication failure; its removal decides (RFC 9110 §15.5.2, §15.5.11).
  const saidOpen = openText !== doubted.text || PUBLIC_RESOURCE.test(doubted.text) || PUBLIC_PATH.test(doubted.text) || NO_AUTH_NEEDED.test(doubted.text);
  const noCallerNeeded = read.auth === 'none' || (read.auth === 'invalid' && SESSION_LAPSED.test(doubted.text));
  const publicAndGone = gone && saidOpen && noCallerNeeded && !NEEDS_CREDENTIALS.test(openText) && !/\b(?:non-?|not |never |no longer )public\b/.test(doubted.text);
  // "anonymous crawler, we block bots by UA policy, auth not needed": logging in could not lift a rule's refusal, so no 401.
  const ruleRefusesWithoutAuth = read.auth === 'none' && NO_AUTH_NEEDED.test(doubted.text) && hasNear(doubted.text, RULE_WORD, REFUSAL_WORD, 60);
  if (ruleRefusesWithoutAuth && denials.length === 0) denials.push('generic');
  // "anonymous listeners can normally play episodes without auth": where anonymous callers are let in by design, a
  // missing credential is no failure, and a link that names nothing is just that (RFC 9110 §15.5.2 needs a resource
  // that asks for authentication).
  const absent = gone || existence.existence === 'missing';
  const anonymousByDesign = absent && read.auth === 'none' && (ANONYMOUS_ALLOWED.test(doubted.text) || NO_AUTH_NEEDED.test(doubted.text)) && !NEEDS_CREDENTIALS.test(doubted.text);
  const auth = (gone && (openToAll || readersOfAGonePage)) || publicAndGone || ruleRefusesWithoutAuth || anonymousByDesign ? 'unknown' : read.auth;
  if (existence.existence === 'removed' && denials.length === 1 && denials[0] === 'plan' && EXPIRED_RESOURCE.test(text)) denials.splice(0, 1);
  // "the course was permanently withdrawn (license ended); students were enrolled": gone for everyone, so the licence that
  // ended is the reason it went, not a refusal of this caller (RFC 9110 §15.5.11).
  if (existence.existence === 'removed' && existence.permanent && denials.length === 1 && denials[0] === 'plan') denials.splice(0, 1);
  // "/v1/userz (typo), the waf default rule answers 403": a catch-all refusal of a path that does not
  // exist says nothing about this caller; what is true of the request is that nothing is there.
  // "… because the privacy check defaults to deny when the record is null", "the bucket policy denies missing keys": a
  // refusal the service gives because nothing is there is that absence, not a fact about the caller.
  if (existence.existence === 'missing' && (DEFAULT_REFUSAL.test(text) || REFUSAL_OF_ABSENCE.test(text))) denials.splice(0, denials.length);
  // "no order with that id anywhere; the user also lacks orders:export, irrelevant": nothing was ever there to refuse.
  if (existence.existence === 'missing' && denials.length > 0 && saidNeverThere(doubted.text)) denials.splice(0, denials.length);
  if (denials.length === 0 && (auth === 'valid' || auth === 'unknown') && (existence.existence === 'unknown' || existence.existence === 'exists') && successShouldBeRefused(doubted.text, codes)) {
    denials.push('role');
  }
  const topics = detectTopics(text);
  // "moved to a new vendor with new ids, no mapping", "we cannot redirect": no successor to send anyone to, so the removal decides.
  if (topics.includes('moved') && NO_SUCCESSOR.test(text)) topics.splice(topics.indexOf('moved'), 1);
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
  const reviewsACase = practice && statesACase && /^(?:is it|would it be|isn't it|is that|ok|okay|fine|alright|acceptable)\b/.test(text) && !/\b(?:(?<!\bfor )ever|always|generally|in general|good practice|bad practice|a good idea|a bad idea)\b/.test(text);
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
    asksWhich: !asksOther && (reviewsACase || CODE_PROPOSED_AS_FIX.test(text) || lastAsksForCode(sentences) || CODE_BESIDE_A_PART.test(text) || (!notAboutACase(text) && (has(text, ...ASKS_WHICH) || asksForCodeByShape(text)))),
    currentCode,
    empty: !/[a-z0-9]/.test(text),
    doubts: doubted.doubts,
    asksConsequence: CONSEQUENCE_OF_A_CODE.test(text),
    asksDeciding: ASKS_WHAT_DECIDES.test(text),
    asksOther,
    statesACase: caseBeyondTheErrorName,
    refusedByRule: denials.length > 0 && hasNear(doubted.text, RULE_WORD, REFUSAL_WORD, 60),
  };
}
