import { clauseBefore, has, hasAffirmed, matchesOf } from '../match';
import type { AuthState } from './types';
import { CONTAINED_CREDENTIAL, CRED, type Hinted, REAUTH_CHANGES_NOTHING, SHAPED_CRED, hintedMatch } from './vocabulary';

/** Authentication: no credentials, invalid or ended ones, valid ones (401 or not), and OAuth error names. */

const AUTH_NONE: readonly RegExp[] = [
  // "not yet logged in", but not "not a member, logged in" (the "not" is about the membership).
  /\b(?:not|never|without|before|no one|nobody)\b(?: (?!but\b|and\b|although\b|though\b|an?\b|the\b|members?\b|admins?\b|owners?\b|editors?\b|staff\b|employees?\b|allowed\b|part\b)[a-z']+){0,2} (?:logged|signed|logging|signing|log|sign) ?in\b(?! again\b)/,
  /\b(?:clicked|clicks|click|hit|hits|pressed|presses|tapped|taps|used|uses) (?:the |on )?(?:"|')?(?:sign|log) ?(?:out|off)\b|\b(?:logged|signed) out\b(?! (?:and|&|\+) (?:back |logged |signed )?(?:in|back in)\b| ?\/ ?(?:back )?in\b)|\blogged off\b|(?<!\b(?:legal|management|manager|managers|compliance|leadership|board|product|security|qa|cab|approvers?|stakeholders?|director|lawyers?|counsel|owners?|boss|ceo|cto|ciso|dpo|auditors?|release team|team lead|everyone|everybody) )\bsigned off\b(?! on\b| (?:the |this |that |our |his |her |their )?(?:deletion|removal|change|decision|plan|release|request|shutdown|retirement|deprecation|sunset|migration|purge|takedown|it|them)\b)|\b(?:logged|signed|kicked) (?:them|him|her|me|us|the user|everyone|users) (?:out|off)\b/,
  // (Not "he is not logged out or expired": "not logged" before "out" says the opposite.)
  /\b(?:not|never|no one|nobody) (?:yet )?(?:login|logged(?! out\b| off\b)|log in)\b|\bnot login\b/,
  // Not "they need to log in as someone else": a person logged in already, as the wrong one.
  /\b(?:just |only )?(?:(?:needs?|has) to|must(?: first)?) (?:log in|sign in|login|reauthenticate|authenticate)\b(?! as (?:someone|somebody|another|an?other|a different|the right|an? admin|admin|a [a-z]+ with)\b| (?:again )?(?:with|using|into) (?:the |his |her |their |an? |another |a different )?(?:[a-z-]+ )?(?:account|user|identity|profile|login)\b)/,
  /\bbearer\b[^a-z0-9]{0,6}\(?(?:empty|blank|nothing)\)?/,
  // A pasted header with nothing after the scheme: "authorization: bearer " then the URL or the end.
  /\bauthorization: ?bearer\b(?=\s*(?:$|https?:|[-,;)]))/,
  /\b(?:empty|blank|no) (?:username|user name|user id|login name)(?: and| or| \/)? (?:password|secret)?\b/,
  /\b(?:unauthenticated|anonymous|anon|unidentified)\b/,
  /\b(?:not|never) (?:\w+ )?authenticated\b|\b(?:never|did not|has not|have not) (?:yet |even )?authenticate\b/,
  // (Not "no subscriber and no token is matching": a token looked up and not found, not a request without one.)
  /\b(?:no|zero) (?:valid |auth |authorization |bearer |access )?(?:auth|authentication|authorization header|auth header|credentials?|token|jwt|api key|key|bearer(?: token)?|session(?: cookie)?|cookie|login|access token|api token|identity|user context|(?:client |device )?cert(?:ificate)?)\b(?! scopes?\b| claims?\b| (?:rotation|management|vault|store|pinning)\b| (?:with|under|of|for|by) (?:that|this|the|such an?|this very|its|their) (?:number|serial(?: number)?|id|identifier|name|prefix|fingerprint)\b| (?:is |was |are )?(?:matching|matches|matched)\b)/,
  new RegExp(`\\bwithout (?:a |an |any |the |valid |their |its )*(?:[a-z0-9-]+ )?(?:auth|authentication|authorization header|auth header|${CRED}|logging in|signing in)\\b(?! (?:that|with|having|which|carrying|containing|scopes?)\\b)`),
  new RegExp(`\\b(?:missing|absent|empty|omitted|lacks?|lacking|stripped|dropped|strips|drops|removes|eats|swallows|loses)(?: the| a| an| any| its| their)? (?:auth(?:orization|entication)? header|auth|authentication|${CRED})s?\\b(?<!(?<!api )\\bkeys)(?! (?:scopes?|claims?)\\b)`),
  new RegExp(`\\b(?:auth(?:orization|entication)? header|${CRED})(?: header| param| parameter| query param| query parameter| field| value)? (?:is |are |was |were |got |gets |being )?(?:missing|absent|empty|omitted|stripped|dropped|not (?:sent|provided|present|included|passed|set|attached|supplied|forwarded))\\b(?! (?:the |a |an |its |any |required |needed )?(?:[a-z:_.-]+ )?(?:scopes?|claims?|permissions?|roles?|grants?)\\b)`),
  // "the auth header never reaches the backend (the sidecar drops it)": what the service receives carries none.
  new RegExp(`\\b(?:auth(?:orization|entication)? header|${CRED})s? (?:never|does not|do not|did not|no longer) (?:reach(?:es)?|arrives? at|makes? it (?:to|through to)|gets? (?:to|through to)) (?:the |our |its )?(?:backend|app|application|service|server|api|upstream|origin|handler|pod|container)s?\\b`),
  new RegExp(`\\b(?:did not|does not|do not|forgot to|forget to|never) (?:send|provide|include|pass|attach|supply|forward|add)(?: a| an| any| the| their)? (?:auth(?:orization|entication)? header|auth|${CRED})\\b`),
  /\bauthentication (?:is )?(?:missing|absent|required but (?:missing|absent|not (?:given|sent)))\b/,
  // "sends the X-Api-Key header but the value is an empty string": the header is there, the credential is not.
  new RegExp(`\\b(?:auth(?:orization|entication)? header|x-api-key|${CRED})(?: header)?\\b[^.;]{0,30}\\b(?:its |the )?(?:value|string) (?:is |was |are |were )?(?:an? |just an? )?(?:empty|blank)(?: string)?\\b`),
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
 * names a feature or an address (a compound with a hyphen, or a noun of a route after it), not a credential. So does
 * a record's number: "a wrong certificate number typed into the verify form" looks up a document, it proves no one.
 */
/** Who sends a credential, named after it: "the password he sent", "the key the partner uses". */
const SENDER = '(?:he|she|they|you|(?:the|our|their|this|that) (?!(?:is|are|was|were|has|have)\\b)[a-z-]+)';

const NOT_A_FEATURE = `(?!-[a-z])(?!(?: [a-z-]+)? (?:endpoints?|urls?|uris?|paths?|links?|routes?|pages?|screens?|flows?|forms?|features?|apis?|services?|numbers?)\\b)(?! \\/[a-z0-9])`;

/** Whose credential it is: an account holder ("a user", "former employees"). */
const OWNER_NOUN = '(?:user|account|employee|member|customer|service account|staff|contractor)';

/** An account holder who is gone: the credential identifies nobody any more. */
const GONE_OWNER = `(?:deleted|removed|erased|purged|closed|offboarded|nonexistent|non-existent|former|ex-|departed|terminated) ${OWNER_NOUN}`;

const AUTH_INVALID: readonly RegExp[] = [
  // "jwt's exp is a day old".
  /\bexp(?:iry|iration)?(?: claim| time)?\b[^.;]{0,10}\b(?:is|was) (?:an?|one|two|three|\d+) (?:days?|hours?|weeks?|months?) old\b/,
  // "after we forced a global logout": every session it ended is no longer valid.
  /\b(?:forced|force|forcing|global|mass)(?: an?)?(?: global| mass)? (?:logout|log out|sign-?out|session reset|session revocation)\b/,
  // "clients whose oauth grant the user revoked": the tokens issued under it are no longer valid. (Not "revoked consent cns-77",
  // a consent named by its id: the record asked for, not the grant behind the caller's token.)
  /\b(?:oauth (?:grant|consent|authori[sz]ation)|consent|app authori[sz]ation)s? (?:was |were |has been |have been |got |is |(?:that |which )?(?:the |their |its |our )?[a-z]+ (?:has |had |just )?)?(?:revoked|withdrawn|withdrew|removed|cancell?ed)\b|\brevoked (?:the |their |its )?(?:oauth (?:grant|consent)|consent)\b(?! (?:id )?[a-z]{0,6}[-_#]?\d)/,
  // "i was idle for an hour and then saving failed": an idle session times out.
  /\b(?:was|were|been|went|being|stayed) idle (?:for )?(?:an? |\d+ |one |two |several |a few |some )?(?:hours?|minutes?|mins?|days?|while|long time)\b|\bidle (?:timeout|time-out|logout)\b/,
  // "a deleted user's access token", "the session of a removed account", "a token that no longer maps to any valid account":
  // credentials that identify nobody any more (not "a suspended account's token": the account is there, and refused).
  // "his old phone is still logged in from the closed account and sends that token", "a session from the deleted account": a
  // login that belongs to an account that is gone.
  new RegExp(`\\b(?:${CRED}s?|(?:still )?(?:logged|signed) in) (?:from|of|on|with|to|into) (?:the |that |his |her |their |its |an? |our )?(?:old )?${GONE_OWNER}s?\\b`),
  new RegExp(`\\b${GONE_OWNER}(?:'s|s'|s)? (?:[a-z]+ )?${CRED}s?\\b${NOT_A_FEATURE}|\\b${CRED}s? (?:of|for|belonging to|issued (?:to|for)|minted for|tied to) (?:a |an |the |that |our )?(?:since )?${GONE_OWNER}s?\\b|\\b${CRED}s? (?:of|for|belonging to|belongs? to|belonged to|issued (?:to|for)|minted for|tied to) (?:a |an |the |that |our )?(?:user |customer |service |member )?${OWNER_NOUN}s? (?:that|who|which|whose (?:account|accounts|profile|login)) (?:were|was|have been|has been|had been|got|is|are) (?:since |later |already |now )?(?:deleted|removed|erased|purged|closed|offboarded|terminated)\\b`),
  new RegExp(`\\b${CRED}s?\\b[^.;]{0,30}\\b(?:no longer|does not|do not|did not|cannot|can not|can't) (?:identif(?:y|ies)|belong to|maps? to|resolves? to|points? to|match(?:es)?|correspond to|corresponds to) (?:any|an?) (?:valid |existing |active |live |real )?(?:user|account|identity|principal|person|customer)\\b`),
  // "sends basic auth but the user was deleted last week": credentials of an account that is gone.
  /\b(?:basic auth|credentials?|login|token|api key|password|session)\b[^.;]{0,30}\bbut (?:the |their |that |its )?(?:user|account|service account|owner) (?:was|has been|got|is|had been) (?:deleted|removed|closed)\b/,
  new RegExp(
    `\\b(?:expired|expiring|stale|revoked|invalid|malformed|bad|wrong|forged|tampered|corrupt(?:ed)?|unsigned|bogus|fake|incorrect|outdated|rotated|deactivated|disabled|unknown|unrecognized|unrecognised|garbage|truncated|mangled|incomplete|damaged|unverifiable|spoofed|old|reused|made up|made-up|fabricated|random|invented|guessed|self-signed|unissued|untrusted|retired|superseded|replaced|decommissioned|former) (?:[a-z]+ )?${CRED}s?\\b(?! ?\\(?(?:still |otherwise |perfectly )?(?:valid|not expired|unexpired)\\b)${NOT_A_FEATURE}`,
  ),
  // "the password he send is wrong", "the key the partner uses has expired": the credential named by who sends it.
  new RegExp(
    `\\b${CRED}s?(?:'s)?(?: (?:inside|itself|value|header|string|we got|we get|in the header|in the request|${SENDER} (?:send|sends|sent|gave|gives|uses|used|typed|types|entered|enters|supplied|supplies|provided|provides|pasted|pastes|presented|presents)))?(?: (?:that|which))?(?: (?:has|have|had|is|are|was|were|got|gets|being|been|just|simply|plainly|obviously|definitely|completely|totally|entirely|already|now|then|probably|apparently|actually|clearly|present|there|sent|set|supplied|provided|but))* (?:expired|expires|revoked|invalid|malformed|wrong|incorrect|forged|tampered|rejected|stale|bad|disabled|deactivated|deleted|suspended|rotated|timed out|times out|unverifiable|out of date|gibberish|junk|nonsense|garbled|garbage|corrupted|truncated|mangled|incomplete|damaged|cut(?: off| short)?|chopped(?: off)?|cancell?ed|not valid|no longer valid|fails? (?:[a-z]+ )?(?:validation|verification)|failed (?:[a-z]+ )?(?:validation|verification)|cannot be verified|could not be verified|does not verify|not verified|not recognized|not recognised|unknown|past (?:its )?(?:exp|expiry))\\b`,
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
  // "tokens minted for another bank's api", "a jwt issued for some other company's resource server": made for someone else's audience.
  new RegExp(`\\b${CRED}s?(?: [a-z]+){0,3} (?:for|issued for|minted for|meant for|from) (?:a |an |the |some )?(?:different|another|wrong|other|foreign|unknown|untrusted) (?:[a-z-]+(?:'s|s') )?(?:audience|client|client id|issuer|identity provider|idp|realm|environment|env|api|apis|service|services|resource server|resource servers|app|apps|application|backend)\\b`),
  // "password mismatch for account admin", "the client secret does not match", "the secret supplied does not match": a secret the server
  // checked and refused.
  /\b(?:password|passphrase|secret|client secret|api key|pin|credentials?|hmac)s? (?:mismatch|mismatched)\b|\b(?:password|passphrase|secret|client secret|pin)s?(?: (?:supplied|sent|given|provided|submitted|entered|presented|typed))? (?:does not|do not|did not) match\b/,
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
  /\b(?:aud|audience|iss|issuer)\b(?: claim)?(?: is| =|:| of| says| carries| names| set to)? ['"`]?[a-z0-9:/._-]+['"`]? (?:instead of|rather than|not (?:ours|our|the))\b|\b(?:aud|audience)\b[^.;]{0,40}\bbut (?:they|it|the (?:partner|client|caller|token|app)) (?:call|calls|called|hit|hits|is sent to|is presented to|uses? it (?:on|against|for))\b|\b(?:aud|audience)\b(?: claim)?[^.;?]{0,60}\bnot (?:ours|us|our (?:own )?(?:api|apis|service|services|server|resource server|audience|app|backend))\b/,
  // "a bearer token cut in the middle, only the header and half the payload", "the jwt arrives truncated": a token that cannot be read
  // is malformed (RFC 6750 invalid_token), not a request the server can judge.
  new RegExp(`\\b${CRED}s?\\b[^.;?]{0,40}\\b(?:is|was|are|were|got|gets|been|arrives?|arrived|comes?|came) (?:[a-z]+ )?(?:cut|truncated|chopped|clipped|cropped|sliced)\\b|\\b(?:only )?(?:the )?header and (?:only )?(?:half|part|a piece|a bit) of (?:the )?payload\\b|\\bhalf (?:a|of (?:a|the|its|their)) (?:token|jwt|bearer token|access token)\\b`),
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
  // "the link signs you in with a one-time code, and she had already used it, so the code is spent": a one-time
  // credential used once is no credential any more (not a single-use claim link, which is a resource used up).
  /^(?=[\s\S]*\b(?:one-time (?:login |sign-?in )?(?:codes?|passwords?|passcodes?|pins?)|otps?|magic links?|login links?|sign-?in links?|signs? (?:you|them|her|him|users?) in)\b)[\s\S]*(?:\b(?:codes?|passwords?|passcodes?|pins?|otps?|links?)\b[^.;]{0,20}\b(?:is|was|are|were|got|has been|had been) (?:already )?(?:spent|used up|consumed|burned|burnt|redeemed)\b|\b(?:had |has |have )?already (?:been )?used (?:it|them|that (?:code|link)|the (?:code|link))\b)/,
  // "token was replayed from another device", "the cookie got replayed": a captured credential sent again by someone else.
  /\b(?:token|jwt|credentials?|session|cookie|assertion|ticket)s? (?:was |were |is |are |got |gets |being |been )+replayed\b/,
  // "client sent a stale nonce" (digest auth, RFC 7616 stale=true), "an expired nonce": the challenge the credential answers is over.
  /\b(?:stale|expired|old|outdated|invalid|unknown|wrong|reused) (?:server )?nonces?\b|\bnonces?\b (?:is |was |are |were |has |had )?(?:stale|expired|outdated|timed out)\b/,
  /\bactive"? ?[=:] ?"?false\b|\b(?:inactive|not active) (?:token|session|jwt)\b|\b(?:token|session|jwt) (?:is )?(?:inactive|not active)\b/,
  /\bbearer (?:undefined|null|none|nan|empty|\[object object\])\b|\b(?:token|jwt|api key) (?:is |was )?(?:undefined|null)\b/,
  // "an nbf claim ten minutes in the future": a token not valid yet, or issued in the future.
  /\b(?:iat|nbf|issued at|not before)\b[^.;]{0,32}\bfuture\b/,
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
  /\b(?:wrong|bad|incorrect|invalid|mistyped|failed|expired)(?: [a-z0-9-]+)? (?:(?:otp|totp|2fa|mfa)\b(?! (?:[a-z-]+ )?(?:endpoints?|urls?|uris?|paths?|routes?|pages?|links?|screens?|settings?|docs?)\b)|(?:otp|totp|2fa|mfa|one-time|verification|sms|authenticator) (?:codes?|pins?|passcodes?|passwords?)\b)|\b(?:otp|totp|2fa|mfa|sms|verification|one-time|authenticator) (?:(?:sign[- ]?in|log[- ]?in) )?(?:codes?|pins?|passcodes?)(?: (?:that |which )?(?:the |a |an |our )?[a-z]+ (?:typed|entered|sent|submitted|gave|used|keyed in))? (?:was |were |is )?(?:wrong|incorrect|invalid|rejected|mistyped)\b|\bgot (?:the |their |his |her )?(?:otp|totp|2fa|mfa|sms|verification) (?:codes? )?wrong\b|\b(?:login|log-in|log in|sign-in|sign in|signin|authentication|auth)(?: flow| process)? (?:is |was |has )?(?:not|never) (?:yet )?(?:been )?(?:complete|completed|finished|done)\b/,
];

const AUTH_INVALID_HINTED: readonly Hinted[] = [
  // "password right, but 2fa is on and the request carried no one-time code": a login missing its second factor is not complete, so
  // the caller is not authenticated yet (401, with a challenge for the code).
  [
    /\b(?:one-time|otp|totp|second factor|verification code|2fa code|mfa code)\b/,
    /\b(?:no|without|missing|lacks?|lacking|(?:did not|does not|do not|never) (?:send|include|carry|pass|supply|contain))(?: the| a| an| any| its| their)? (?:one-time (?:code|password|passcode|pin)|otps?|totp(?: codes?)?|2fa codes?|mfa codes?|second factor|verification codes?)\b(?! (?:is |are )?(?:needed|required|necessary)\b)/,
  ],
  // "access token with broken signature", "a jwt whose signature is forged": a credential that fails its own check (RFC 6750
  // invalid_token).
  [
    /\bsignatures?\b/,
    new RegExp(`\\b${CRED}s? (?:with|whose|has|having|carrying|that has) (?:an? |the |its )?(?:broken|invalid|bad|wrong|forged|tampered|mismatched|failed|failing|corrupt(?:ed)?|fake|bogus) signatures?\\b|\\b${CRED}s?(?:'s)? signatures? (?:is |was |are |were )?(?:broken|invalid|bad|wrong|forged|tampered|mismatched|corrupt(?:ed)?|fake|bogus)\\b`),
  ],
  // "its expires_at is clearly in the past", "the exp claim has passed": an expiry time already behind us (RFC 6750 invalid_token).
  [/\bin the past\b|\bpassed\b/, /\b(?:expires_at|expires_on|expiry|expiration(?: time| date| timestamp)?|exp(?: claim)?|valid_until|not_after)\b(?: (?:claim|field|timestamp|time|date|value))?(?: (?:that|which))?(?: (?:is|was|has|had|lies|lay))? (?:clearly |already |well |long |way |now )?(?:in the past|passed|behind us)\b/],
  // "the api key has a typo, so this key does not exist in our db", "production has no record of that key": a presented key that
  // matches none we hold (not an object's key in a store).
  [
    /\bno record of\b|\bnot (?:even )?exist/,
    /^(?![\s\S]*\b(?:s3|buckets?|gcs|blobs?|object stor\w*|getobject|get_object|objects?|kms|vault|key ?store|keyring|hsm)\b)(?=[\s\S]*\b(?:api keys?|x-api-key|access keys?|(?:sends?|sending|sent|presents?|presenting|uses|using|passes|passing|pointing) (?:a |an |the |its |their |his |her |that )?(?:[a-z-]+ )?(?:api )?key)\b)[\s\S]*(?:\bno record of (?:that|this|the|their|his|her|its|such an?) (?:api )?key\b|\b(?:this|that|the) (?:api )?key (?:does not|do not|did not|not) (?:even )?exist)/,
  ],
  // "passes ?api_key=abc123 but no such key exists in our key store", "the staging api key went to production, which never
  // issued this key": an api key that matches none issued (a share or invite token is a resource, and stays one).
  [
    /\bno such (?:api )?key\b|\bnever issued\b/,
    /^(?=[\s\S]*\b(?:api[ _-]?keys?|x-api-key|access keys?)\b)[\s\S]*(?:\bno such (?:api )?key (?:exists|in)\b|\bnever issued (?:this|that|the|such an?|its|their|his|her) (?:api )?key\b)/,
  ],
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
  // "so the signature verify is failing", "jwt validation keeps failing": the check named by its verb (a non-native noun) or told
  // as under way; a credential that does not verify proves no one (RFC 6750 §3.1 invalid_token, 401).
  [
    /\b(?:verification|validation|verify|validate) (?:(?:is|was|keeps|kept|are|were) )?(?:fails|failed|failing|failure|errors?)\b/,
    /\b(?:jwt|token|signature|cert(?:ificate)?|cookie|credentials?|key|session)s?\b[^.;]{0,80}\b(?:verification|validation|verify|validate) (?:(?:is|was|keeps|kept|are|were) )?(?:fails|failed|failing|failure|errors?)\b/,
  ],
  // "the client cert is not signed by our CA".
  [/\bnot (?:signed|issued) by\b/, new RegExp(`\\b${CRED}s?\\b[^.;]{0,40}\\bnot (?:signed|issued) by (?:our|a trusted|any trusted|the expected|a known|the right|us)\\b`)],
  // "a helm plugin bug truncates the token", "the proxy mangles our jwt": the credential damaged on its way, so it no longer verifies.
  [/\b(?:truncat|mangl|corrupt|garbl|chops|chopped)/, new RegExp(`\\b(?:truncates|truncated|truncating|mangles|mangled|mangling|corrupts|corrupted|corrupting|garbles|garbled|chops|chopped) (?:off )?(?:the |our |their |its |his |her |a |an |every |each )?(?:[a-z-]+ )?${CRED}s?\\b`)],
  // "tokenreview comes back authenticated:false", "introspection says active=false": the token server does not vouch for the token.
  [/\b(?:authenticated|active)\b/, /\b(?:authenticated|active)"? ?[:=] ?"?(?:false|no)\b/],
  // "a token that our introspection endpoint reports as inactive", "introspection: not active anymore".
  [/\b(?:inactive|not active|no longer active)\b/, new RegExp(`\\b(?:${CRED}|introspection)s?\\b(?:(?!\\b(?:account|user|member|subscription|plan|tenant|org|feature|project)\\b)[^.;!?]){0,80}\\b(?:inactive|not active|no longer active)\\b`)],
  // "carried a token but it was not valid": the credential, then a pronoun that judges it.
  [/\b(?:it|which|that|they|this) (?:was|is|were|are|turned out to be|seems|looks) (?:not valid|invalid|expired|revoked|malformed|bad|wrong|forged|bogus|garbage|no longer valid)\b/, new RegExp(`\\b${CRED}s?\\b[^.;]{0,30}\\b(?:it|which|that|they|this) (?:was|is|were|are|turned out to be|seems|looks) (?:not valid|invalid|expired|revoked|malformed|bad|wrong|forged|bogus|garbage|no longer valid)\\b`)],
  // "calls /v3/live with api key 'abc123' but this key is not existing in our database": the key sent names no one we issued.
  [
    /\b(?:nonexistent|non-existent|does not exist|do not exist|not found|unknown|not in our|not known)\b/,
    /\b(?:with|using|sends?|sent|passes|passed|presents?|presented) (?:an? |the |its |their |his |her )?(?:api |access |bearer )?(?:key|token)\b[^.;]{0,60}\b(?:this|that|the|its|their|such) (?:api |access )?(?:key|token)s? (?:is |was |are )?(?:nonexistent|non-existent|does not exist|do not exist|not found|unknown|not (?:in|found in|known to|registered in) (?:our|the) (?:database|db|system|records?|store))\b/,
  ],
  // "basic auth with a username that is not in our database": credentials that name no one.
  [/\b(?:basic auth|credentials?|password|log ?in|sign ?in)\b/, /\b(?:username|user name|login name|login|user|account|email)\b[^.;]{0,25}\b(?:does not exist|do not exist|not found|is unknown|not registered|never registered|never existed|(?:is|was|are|were) not (?:\w+ )?(?:in|found in|known to|registered in|listed in) (?:our|the) (?:database|directory|ldap|idp|user store|system|records?))\b/],
  // "the integration lost its credentials after the rotation": what it still sends is no longer valid.
  [/\b(?:lost|lose|loses|losing)\b/, new RegExp(`\\b(?:lost|lose|loses|losing) (?:its |their |his |her |the |our |all |all of (?:its|their) )?(?:[a-z-]+ )?${CRED}s?\\b`)],
  // "basic auth with an unknown username": credentials that match no one. Only with a login in view, since
  // "unknown username" in a profile URL is a lookup of nothing (404).
  [/\b(?:basic|credentials?|password|log ?in|sign ?in|auth\w*)\b/, /\b(?:unknown|wrong|bad|invalid|incorrect|nonexistent|unregistered|made up|made-up|random) (?:username|user name|login name|login|user ?id|client id|email and password|user and password)\b/],
  [/\b(?:never|did not|have not|has not)\b/, new RegExp(`\\b${CRED}s?(?: id)?(?: (?:that|which))? (?:we|they|the server|our idp|the idp|nobody|no one) (?:never|did not|have not|has not|never ever) (?:issued|created|minted|generated|seen|handed out)\\b`)],
  // (Not "looks it up under their own login, the app says it cannot be found": what an app told about the thing looked up.)
  [/\b(?:not found|unknown to|does not exist|no longer exist|evicted|cannot be found|could not be found|not in )/, new RegExp(`\\b${CRED}s?(?: ids?)?\\b(?:(?!\\b(?:says?|said|shows?|showed|returns?|returned|tells?|told|answers?|answered|displays?|displayed)\\b)[^.;]){0,30}\\b(?:not found|unknown to|does not exist|no longer exists?|evicted|cannot be found|could not be found|not in (?:the |our |its |their )?(?:store|session store|key ?store|keystore|token store|redis|db|database|cache|key table|keys table|vault))\\b`)],
  [/\b(?:no longer exist|does not exist|was deleted|was removed|has been deleted)/, new RegExp(`\\b${CRED}s? (?:for|of|belonging to) (?:an? |the )?(?:account|user|client|app)s? (?:that|which) (?:no longer exists?|does not exist|was deleted|was removed|has been deleted)\\b`)],
  [/\bnot (?:more|longer|anymore|any more|valid)\b/, new RegExp(`\\b${CRED}s?\\b[^.;]{0,25}\\bnot (?:more|longer|anymore|any more) valid\\b|\\b${CRED}s?\\b[^.;]{0,25}\\bnot valid any ?more\\b`)],
  [/\b(?:do not|does not|did not|cannot|can not|could not) (?:recogni|know|find|match|validate|verify)/, new RegExp(`\\b${CRED}s? (?:that |which )?(?:we|they|the server|the api|it|our idp|the gateway) (?:do not|does not|did not|cannot|can not|could not) (?:recogni[sz]e|know|find|match|validate|verify)\\b`)],
  [/\b(?:wiped|cleared|reset|invalidated|killed)\b/, new RegExp(`\\b${CRED}s? (?:was |were |got |has been )?(?:wiped|cleared|reset|invalidated|killed)\\b`)],
  [/\b(?:gone|lost|dead|failed|fails|failing)\b/, new RegExp(`\\b${CRED}s? (?:is |was |are |were )(?:gone|lost|dead)\\b|\\brefresh(?: token)?(?: flow)? (?:failed|fails|failing)\\b`)],
  [/\b(?:issued|signed|minted) by\b/, new RegExp(`\\b${CRED}s?\\b[^.;]{0,30}\\b(?:issued|signed|minted) by (?:a |an |the |our |their )?(?:different|another|wrong|other|foreign|unknown|untrusted|staging|dev|test|old)\\b`)],
  // (Not "token is fine, auth passes, allowlist rejects them": the credential told good, then something else refusing.)
  [
    /\brejects? (?:it|them)\b/,
    new RegExp(
      `\\b${CRED}s?\\b(?:(?!\\b(?:fine|valid|passes|passed|ok|okay|works|good)\\b)[^.;]){0,40}(?<!\\b(?:allowlist|denylist|firewall|waf|acl|ip rule|ip filter|geo-?block|rate limiter)s? )\\brejects? (?:it|them)\\b`,
    ),
  ],
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

/**
 * "the admin removed the deploy token", "the user deauthorized our app": a credential (or the app that holds one) taken away
 * (not "removed the legacy token endpoint": a feature named after a credential).
 */
const TAKEN_AWAY = `(?:remov(?:e|es|ed|ing)|delet(?:e|es|ed|ing)) (?:[a-z'-]+ ){0,3}${CRED_OR_SECRET}s?${NOT_A_FEATURE}|deauthori[sz](?:e|es|ed|ing) (?:[a-z'-]+ ){0,3}(?:apps?|applications?|integrations?|clients?|${CRED_OR_SECRET}s?)`;

const SUPERSEDED_IN_USE: Hinted = [
  /revok|rotat|regenerat|reset|invalidat|expir|chang|replac|issu|renew|cycl|roll|kill|wip|remov|delet|deauthori/,
  new RegExp(
    `\\b(?:${CRED_OR_SECRET}s?\\b[^.;]{0,25}\\b${SUPERSEDING}|${SUPERSEDING} (?:[a-z'-]+ ){0,3}${CRED_OR_SECRET}s?|${TAKEN_AWAY})\\b[\\s\\S]{0,160}?\\b(?:(?:old|previous|former|prior|stale|outdated|superseded|retired|pre-[a-z]+|revoked|expired|rotated|invalidated|deactivated|disabled|deleted|cancell?ed) (?:one|ones|value|values|string|${CRED_OR_SECRET}s?)\\b(?! (?:is |are )?(?:still )?(?:works?|valid|accepted)\\b)|(?:still|keeps?|kept|continu(?:e|es|ed|ing)(?: to)?)(?: (?!(?:valid|new|fresh|current|correct|right|updated|replacement|newer)\\b)[a-z-]+){0,4} (?:it|them|${CRED_OR_SECRET}s?)\\b)`,
  ),
];

/** Patterns over every credential name, each behind a cheap hint (AUTH_INVALID_OR_SUPERSEDED). */
const CREDENTIAL_JUDGED: readonly Hinted[] = [
  // "the token the shop sends is garbage, not even base64, cannot parse": nothing that can be read as a credential.
  [/\b(?:parse|parsed|unparseable|unparsable|base64|decode|garbage|junk|gibberish)\b/, new RegExp(`\\b${CRED}s?\\b[^.;]{0,50}\\b(?:is|are|was|were) (?:just |total |pure |complete )?(?:garbage|junk|gibberish|unparseable|unparsable|not even (?:valid )?base64)\\b|\\b${CRED}s?\\b[^.;]{0,60}\\b(?:cannot|can not|can't|cant|could not|unable to) (?:even )?(?:be )?(?:parse|parsed|decode|decoded)\\b`)],
  // "the token part is totally random garbage", "a key that was never issued by us": no credential of ours.
  [/\b(?:garbage|junk|gibberish|nonsense|random|issued)\b/, new RegExp(`\\b${CRED}s?(?: part| value| string| itself)? (?:is|was|are|were) (?:totally |completely |just |pure |some |only )?(?:random |made[- ]up )?(?:garbage|junk|gibberish|nonsense|random(?: (?:string|chars|characters|bytes))?)\\b|\\b${CRED}s?(?: part| value| string)?\\b${NOT_A_FEATURE}[^.;]{0,50}\\b(?:never (?:was |been |were )?issued|was never issued|were never issued|not issued) by (?:us|our|the (?:idp|issuer|auth server|authorization server))\\b`)],
  // "a bearer token that is well-formed but simply a random string we never issued", "the token string is one that we never
  // issued": the credential restated as a bare string (or "one") that no issuer made; it names no one (RFC 6750 §3.1
  // invalid_token, RFC 9110 §15.5.2: 401), whatever "never issued" would say of a resource. Only where it is carried ("in the
  // header"), who sends it, or a clause without another subject ("the", "our" …) lies between, so "the token is fine but the order is one we never issued" is not caught.
  [/\b(?:issued|minted|generated|created|handed out|random|made[- ]up|fabricated|invented|arbitrary|bogus|fake)\b/, new RegExp(`\\b${CRED}s?(?: part| value| string| itself)?${NOT_A_FEATURE}(?: (?:in|on|from|inside) (?:the|its|their|our) [a-z-]+)?(?: (?:the|our|their|this|that) [a-z-]+ (?:sends?|sent|uses?|used|presents?|presented|carries|carried|passes|passed|submits?|submitted))?(?:(?!\\b(?:the|this|its|their|our|his|her|your)\\b)[^.;:?!]){0,50}? (?:is|was|are|were) (?:simply |just |only |merely |really |actually |basically |literally )?(?:one|ones|an? (?:[a-z-]+ )?(?:string|value|sequence|blob))\\b(?:(?<=\\b(?:random|made[- ]up|fabricated|invented|arbitrary|bogus|fake) (?:string|value|sequence|blob))|(?: (?:that|which))? (?:(?:we|they|the server|our idp|the idp|nobody|no one) (?:never|did not|have not|has not|never ever|ever) (?:issued|created|minted|generated|handed out)|(?:was|were|has been|had been) never (?:issued|created|minted|generated|handed out))\\b)`)],
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
  // "we simply do not know who this is.": the caller named by a bare "this" or "it", ending the clause (not "who it is for").
  [
    /\b(?:who|identify|identified|identifiable)\b/,
    /\b(?:cannot|can not|could not|can ?t|do not|does not|did not|unable to|no way to|have no idea|has no idea)(?: (?:tell|know|identify|determine|establish|verify|figure out|work out|see))? (?:who (?:the |this )?(?:caller|user|client|sender|requester|request|call)(?: is| was| came from| comes from)?\b|who (?:is calling|is making (?:it|the request|this request)|sent (?:it|this|the request|the call))\b|who they are\b|who (?:this|that|it) (?:is|was)(?=\s*(?:[.;,!?)]|$| - ))|the (?:caller|sender|requester)\b(?! (?:is|was) (?:not )?(?:allowed|permitted)\b))|\b(?:caller|sender|requester|client) (?:is |was )?(?:unidentifiable|not identifiable|cannot be identified|could not be identified)\b|\b(?:cannot|can not|could not|can ?t|unable to|no way to|fails? to|failed to) identify (?:them|him|her|the (?:caller|user|client|sender|requester|request|call))\b/,
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
  // Shorthand without the verb: "token valid, but …", "creds ok.", "(hr admin, sso ok, session fine)".
  [/\b(?:valid|fine|good|ok|okay|legit)(?= *[,.;:)]| but\b| and\b| -|$)/, new RegExp(`\\b(?:${CRED}|account|acct|sso)s? (?:valid|fine|good|ok|okay|legit)(?= *[,.;:)]| but\\b| and\\b| -|$)`)],
];

const EXPIRY_WORD = /\b(?:expired|expires|expiry|expiration)\b/;

const CRED_WORD = new RegExp(`\\b${CRED}s?\\b`);

const AUTH_VALID: readonly RegExp[] = [
  // "re-login won't help, they're simply not allowed": logging in again changes nothing only for a caller already known.
  REAUTH_CHANGES_NOTHING,
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
  // "pen test finding: authenticated contractor …", "authenticated intern opens …": the same caller named at a clause's start, as
  // notes and reports drop the article (not "authenticated access is required": what a route asks for).
  /(?:\b(?:an?|the|this|that|our|each|every) |(?:^|[.;:!?] )(?=authenticated [a-z]{3,} (?!(?:is|are|was|were|only|required|needed)\b)[a-z]))authenticated (?!(?:endpoints?|routes?|apis?|pages?|urls?|paths?|resources?|areas?|sections?|content|only|mode|flows?|proxy|encryption|channels?|connections?|web|site|parts?|portions?|versions?|views?|screens?|zone|space|surface|calls? to|access)\b)[a-z]{3,}\b(?!-)/,
  /\bauthenticated (?:[a-z-]+ ){1,2}(?:user|users|caller|callers|client|clients|account|accounts|member|members|customer|customers|employee|employees|principal|service|person|partner|admin|contractor)\b/,
  /\bauthentication (?:is fine|is ok|is okay|works|worked|succeeded|succeeds|passed|passes|is valid|is good|is not the (?:issue|problem))\b/,
  // "the login work OK", "his sign-in still works": the login itself succeeds (not "until the login works").
  /(?<!\b(?:if|until|unless|once|when|till) (?:the |his |her |their |its )?)\b(?:login|log[- ]?in|sign[- ]?in|sso) (?:still )?(?:works?|worked|goes through|went through|succeeds|succeeded)\b(?: (?:ok|okay|fine))?/,
  /\bauth(?:entication)?(?: itself| part| side| step)? (?:still )?(?:works|worked|is fine|is ok|is okay|succeeds|succeeded|passes|passed)\b/,
  // A pasted structured log: {"authn":"passed"}, authn=ok, authentication: success.
  /\bauth(?:entication|n)?["']? ?[:=] ?["']?(?:ok|passed|pass|success|successful|succeeded|valid|verified|authenticated)\b/,
  // "a valid client-credentials token", "a good service token": one modifier between the judgement and the credential;
  // "a valid, unexpired bearer token": a second judgement beside the first.
  new RegExp(`\\b(?:valid|good|working|correct|legit|fresh)(?:,? (?:and )?(?:unexpired|non-expired|active|signed|current|fresh|valid))? (?:[a-z0-9-]+ )?${CRED}s?\\b`),
  // "token is new and valid", "the jwt is fresh and verified".
  // "the token is still valid", "agency token still valid": still good, said with or without the verb (not "is the token still
  // valid?", a question).
  new RegExp(`\\b${CRED}s? (?:is|are|was) (?:still )?(?:(?:new|fresh|brand new|current|unexpired|signed|active) (?:and|&) )?(?:valid|fine|good|ok|okay|correct|legit|accepted|verified)\\b`),
  new RegExp(`(?<!\\b(?:is|are|was|whether|if) (?:the |their |its |our |his |her |an? )?(?:[a-z-]+ )?)\\b${CRED}s? still (?:valid|fine|good|ok|okay|legit|accepted)\\b`),
  // "a token that still validates", "its tokens keep validating": the credential still passes its checks.
  new RegExp(`\\b${CRED}s? (?:that |which )?(?:still |keeps? |kept )(?:validates?|validating|verifies|verifying|passes validation|passing validation)\\b|\\b${CRED}s? (?:that |which )(?:still )?validates?\\b`),
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

/** The part of a window around [start, start + length) that lies in the same sentence (a full stop, "?" or "!" then a space). */
function sentenceAround(window: string, start: number, length: number): string {
  const head = window.slice(0, start).split(/[.!?] /).pop() ?? '';
  const tail = window.slice(start + length).split(/[.!?] /)[0] ?? '';
  return `${head}${window.slice(start, start + length)}${tail}`;
}

/** "token expired" but not "token is not expired". */
function affirmedExpiry(text: string): boolean {
  for (const match of matchesOf(text, EXPIRY_WORD)) {
    const index = match.index ?? 0;
    if (/\b(?:not|never|no|nor|without|un)\b/.test(clauseBefore(text, index, 2))) continue;
    // The window stays in the sentence of the expiry: "their insurance document expired. they log in fine" names a credential
    // only in the next sentence, about another thing than what expired.
    const start = Math.max(0, index - 40);
    const window = text.slice(start, index + match[0].length + 40);
    if (CRED_WORD.test(sentenceAround(window, index - start, match[0].length))) return true;
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

/**
 * Between the credential and the verb, a word that makes the verb about something else. "the weak-password reports were deleted",
 * "login audit exports get purged": a document named after a credential, in the plural too (not "the session logs out").
 */
const OTHER_OBJECT =
  /\b(?:role|roles|permissions?|access|scopes?|membership|grants?|privileges?|rights|subscription|plan|trial|license|licence|account|page|resource|endpoint|project|feature|doc|docs|document|file|files|post|article|item|order|invoice|record|repo|reports?|exports?|logs?(?! (?:in|out|on|off)\b)|audits?|archives?|summar(?:y|ies)|digests?|recordings?|dumps?|image|video|product|listing|data|dataset|bucket|object|folder|url|link|route|api|site)\b/;

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

/**
 * "the personal access token reached its 90-day expiry", "the key hit its ttl": a credential past the end of its life (RFC 6750
 * invalid_token, expired), however the asker reads the refusal (not "has not reached its expiry yet").
 */
const LIFETIME_REACHED: Hinted = [
  /\b(?:expiry|expiration|ttl|lifetime|max age|maximum age)\b/,
  new RegExp(
    `\\b${CRED}s?\\b(?:(?!\\b(?:not|never|yet to|before|until|unless|if|once|when)\\b)[^.;]){0,60}\\b(?:reached|hit|passed|went past|ran past|exceeded|outlived) (?:its|their|the) (?:\\d+[- ]?(?:days?|hours?|minutes?|months?|weeks?)[- ]|max(?:imum)? |configured |set |hard )?(?:expiry|expiration|expiry date|expiration date|ttl|lifetime|max(?:imum)? age)\\b`,
  ),
];

/**
 * "our gateway treats the signature in a presigned url as the credential for that request. link was signed w/ 15 min expiry, opened after
 * an hour": the link's signature is said to be the request's credential, so the link's expiry is the credential's.
 */
const LINK_IS_THE_CREDENTIAL =
  /\b(?:treats?|uses?|counts?|takes?|sees?|considers?) (?:the )?(?:signature|signed (?:url|link)|presigned (?:url|link)|token|link|url)(?: (?:in|of) (?:the |a |an )?(?:pre-?signed |signed )?(?:urls?|links?))? as (?:the|its|a|an) (?:request(?:'s)? )?credentials?\b/;
const LINK_LAPSED = /\bexpir(?:y|ed|es|ation)\b|\bafter (?:an|one|two|\d+) (?:hours?|days?|minutes?)\b/;

/**
 * "the space is readable by any logged in employee", "open to all signed-in members": who may read the thing, a rule of the resource, not
 * the state of the caller asking.
 */
const WHO_MAY_READ_IT =
  /\b(?:readable|visible|viewable|available|open|accessible|restricted|limited|reserved) (?:by|to|for) (?:only )?(?:any|all|every|each)? ?(?:logged[- ]in|signed[- ]in|authenticated) [a-z]+\b/g;

export function detectAuth(said: string): { auth: AuthState; expired: boolean } {
  if (!AUTH_VOCABULARY.test(said)) return { auth: 'unknown', expired: false };
  const compared = COMPARISON_HINT.test(said) ? said.replace(COMPARED_TO_NO_CREDENTIALS, ' ') : said;
  const text = compared.includes(' in ') ? compared.replace(WHO_MAY_READ_IT, ' ') : compared;
  if (LINK_IS_THE_CREDENTIAL.test(text) && LINK_LAPSED.test(text)) return { auth: 'invalid', expired: true };
  const expired = (affirmedExpiry(text) || hintedMatch(text, [LIFETIME_REACHED])) && !/\b(?:subscription|plan|trial|license|licence)(?: period)? (?:is |has |was |had )?expired\b|\bexpired (?:subscription|plan|trial|license|licence)\b/.test(text);
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
 * "we deleted that build b/c of a bad signature": a signature on a build, package or firmware image is no
 * credential of the request. Where the question names no credential, its signatures are not read as one.
 */
const ARTIFACT = /\b(?:builds?|firmware|packages?|binar(?:y|ies)|artifacts?|apks?|installers?|releases?|images?|rpms?|debs?|jars?|updates?|files?|uploads?|bundles?|archives?|zips?|tarballs?|documents?|pdfs?)\b/;

const REQUEST_CREDENTIAL = /\b(?:tokens?|jwts?|credentials?|passwords?|sessions?|cookies?|api keys?|logins?|bearer|authorization|auth header|hmac|request signatures?|signed requests?|signs? (?:each|every|the|all|its|their|our) (?:[a-z]+ )?requests?|(?:device|client|shared|api|signing) secrets?)\b/;

/** "download the device certificate bundle": a certificate or key that is the object fetched, not one presented. */
const FETCHED_CREDENTIAL = /\b(?:download|upload|export|fetch|install|generate|issue|renew)(?:s|ed|ing)? (?:the |a |an |their |his |her |its |our |new )?(?:[a-z0-9-]+ )?(?:certificates?|certs?|keys?|signatures?)(?: (?:bundles?|files?|chains?|lists?|zips?|packages?))\b/g;

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
const API_KEY_CARRIED = /[?&]api[_-]?key=|\bapi[- ]keys?\b|\bx-api-key\b/;

const PRESENTED_KEY =
  /\b(?:with|sends?|sent|sending|presents?|presented|presenting|using|uses|used|carr(?:y|ies|ying)|pass(?:es|ed|ing)?|supplies|supplied)(?: (?:a|an|the|their|its|his|her|our|some))? (?:api |access )?key(?: value)?\b|\bapi[- ]key header\b|\bx-api-key\b|[?&]api[_-]?key=/;

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
 * api", "the password reset audit logs": a feature named after a credential, a route or a record the request asks for,
 * not a credential it carries (not "after the key-rotation the old key still works": an event, with no route named after it).
 */
const FEATURE_NAMED_BY_CREDENTIAL =
  /\b(?:password|passphrase|login|session|token|credentials?|pin|key|secret)s?(?:-(?:reset|recovery|change|exchange|management|history|rotation|policy|strength|hint|manager|lookup|issuance|refresh)\b(?:-[a-z]+)*|[ -](?:reset|recovery|change|exchange|history|management)) (?=(?:[a-z-]+ )?(?:endpoints?|routes?|pages?|flows?|forms?|screens?|apis?|urls?|links?|paths?|services?|features?|handlers?|logs?|audits?|reports?|records?|exports?|emails?|events?|tickets?|recordings?|metrics|stats)\b)/g;

const FEATURE_HINT = /\b(?:password|passphrase|login|session|token|credentials?|pin|key|secret)s?[- ](?:reset|recovery|change|exchange|management|history|rotation|policy|strength|hint|manager|lookup|issuance|refresh)\b/;

/**
 * "i logged out and in again, cleared cookies, new session, still denied": the caller logged in afresh and is
 * refused all the same. Those steps are history, not a credential that ended: after them the caller is
 * signed in, and the refusal is about what they may do (RFC 9110 §15.5.4).
 */
const RELOGGED = /\b(?:logged|signed) (?:out|off),? ?(?:and |& |\+ |then |and then |\/ ?)?(?:(?:logged|signed) )?(?:back )?(?:in|on)\b|\b(?:logged|signed|logging|signing|logs|signs) back (?:in|on)\b|\b(?:re-?logged|re-?login|logged (?:back )?in again|signed (?:back )?in again|logging in again|signing in again|relogin|new session|fresh session|new token|fresh token|new login)\b/g;

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

/** "user renamed from olddev to newdev, the old login is free": after a rename, the old login is a name, not a credential. */
const RENAMED = /\b(?:renamed|renames|renaming|rename|changed (?:their|his|her|its) (?:username|user name|login|handle))\b/;
const OLD_NAME = /\b(?:old|previous|former) (?:login|username|user name|handle)s?\b/g;

/**
 * "clicks invite link /invites/9KQ2, but this token we never generated": the token of an invite, share, claim or gift link
 * is the id of the thing the link opens, not a credential (a sign-in or password-reset link's token is one).
 */
const LINK_OPENED = /\b(?:invite|invitation|share|sharing|shared|claim|gift|unsubscribe|download|referral) (?:links?|urls?)\b/;
const CREDENTIAL_LINK = /\b(?:reset|log ?in|sign ?in|magic|verification) links?\b/;
const LINK_TOKEN = /\b(?:this|that|the|its|a|an|such|their|his|her) (?:invite |invitation |share |claim |gift |referral )?token\b/g;

/** Names that read like credentials but are not one: an old login after a rename, the token of a link that opens a thing. */
function withoutNamesLikeCredentials(said: string): string {
  const renamed = RENAMED.test(said) ? said.replace(OLD_NAME, ' old name ') : said;
  return LINK_OPENED.test(renamed) && !CREDENTIAL_LINK.test(renamed) ? renamed.replace(LINK_TOKEN, ' that link id ') : renamed;
}

/**
 * "tries to reset another user's password", "the takeover function (reset his master password)", "only owners may rotate the
 * team key": an act on a credential that the caller asks to perform (after "to", a modal, or opening a parenthesis or a quote) is
 * the operation the server allows or refuses, not a credential of the request that ended (RFC 9110 §15.5.4). "reset" reads the
 * same in the past ("her admin reset her password"), so only the asking forms are set aside.
 */
const ASKED_CREDENTIAL_ACT =
  /(?:\bto|\b(?:may|can|cannot|could|must|should|might)(?: not| only| also)?|\(|")(?= ?(?:reset|rotate|revoke|regenerate|invalidate|disable) (?:[a-z'-]+ ){0,3}(?:passwords?|passphrases?|keys?|tokens?|credentials?|secrets?|sessions?|pins?)\b) ?(?:reset|rotate|revoke|regenerate|invalidate|disable)\b/g;

const CREDENTIAL_ACT_HINT = /\b(?:reset|rotate|revoke|regenerate|invalidate|disable) /;

/** The text the credentials are read from, without keys that name data and failures that are denied. */
export function credentialText(said: string): string {
  const asked = CREDENTIAL_ACT_HINT.test(said) ? said.replace(ASKED_CREDENTIAL_ACT, (act) => act.replace(/[a-z]+$/, 'manage')) : said;
  const relogged = withoutReloginHistory(withoutNamesLikeCredentials(asked));
  const text = FEATURE_HINT.test(relogged) ? relogged.replace(FEATURE_NAMED_BY_CREDENTIAL, ' feature ') : relogged;
  const unexpired = text.includes('non') ? text.replace(/\bnon-?(?=expired\b|revoked\b)/g, 'un') : text;
  const undenied = /\b(?:no|not|never|without|nothing|none|neither)\b/.test(unexpired) ? unexpired.replace(DENIED_FAILURE, ' ') : unexpired;
  if (!undenied.includes('key')) return undenied;
  const dataKeys = undenied.replace(DATA_KEY, ' record ');
  // "passes ?api_key=… but no such key exists": where an api key is what the request carries, a missing key is that one.
  const objectKeys = OBJECT_STORE.test(dataKeys) && !API_KEY_CARRIED.test(dataKeys) ? dataKeys.replace(OBJECT_KEY, ' that record ') : dataKeys;
  const presented = PRESENTED_KEY.test(objectKeys) && !/\/(?:api-?)?keys\//.test(objectKeys);
  return KEY_STORE.test(objectKeys) && !presented ? objectKeys.replace(STORED_KEY, ' that record ') : objectKeys;
}

/**
 * "medical certificates attached to employee profiles", "a birth certificate that does not exist", "we keep the certificate record
 * and the holder can appeal", "GET /me/certificates/C-1002/pdf": a certificate that is a document of a person or a thing, the resource
 * asked for, not one the request presents (unless TLS names the kind).
 */
const DOCUMENT_CERTIFICATE =
  /\b(?:medical|doctor's|doctors|sick(?:ness)?|birth|death|marriage|divorce|tax|training|completion|course|exam|professional|achievement|gift|insurance|vaccination|vaccine|graduation|share|stock|residence|residency|employment|salary|award|warranty|authenticity|origin|incorporation|occupancy|inspection|calibration|conformity|deposit|fitness|health|school|degree)(?:-[a-z]+)? (?:certificates?|certs?)\b|\bcertificates? (?:records?|pdfs?|holders?|of (?:completion|achievement|attendance|insurance|origin|deposit|authenticity))\b|\/certificates\/[^\s/]+\/(?:pdf|download)\b/;
const TLS_CERTIFICATE = /\b(?:tls|ssl|x\.?509|mtls|mutual tls|client cert(?:ificate)?s?|ca|certificate authority|handshake|pinning|chain of trust)\b/;

function withoutDocumentCertificates(text: string): string {
  if (!text.includes('cert') || !DOCUMENT_CERTIFICATE.test(text) || TLS_CERTIFICATE.test(text)) return text;
  return text.replace(/\bcert(?:ificate)?(s?)\b/g, 'document$1');
}

export function withoutArtifactSignatures(said: string): string {
  const text = withoutDocumentCertificates(said);
  const contained = /\b(?:key|token|password|credential|secret)/.test(text) ? text.replace(CONTAINED_CREDENTIAL, ' content ') : text;
  const fetched = contained.includes('cert') || contained.includes('key') || contained.includes('signature') ? contained.replace(FETCHED_CREDENTIAL, ' artifact ') : contained;
  if (!fetched.includes('signature') || !ARTIFACT.test(fetched) || REQUEST_CREDENTIAL.test(fetched)) return fetched;
  return fetched.replace(/\bsignatures?\b/g, 'seal');
}
