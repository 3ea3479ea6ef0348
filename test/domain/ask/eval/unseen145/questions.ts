import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 145, written by a blind writer who never read the parser, its tests, or any other question set. Angle: open-banking / fintech API (customer consent, OAuth scopes, third-party providers, revoked consents, closed accounts), knowledge leaning on RFC 6750 details. */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the response carries WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) → 401';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and refuses it for a known caller; re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) → 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server has no current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden resource may respond 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: if the server does not know whether the removal is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 when the resource was intentionally removed and the condition is likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'tpp hitting GET /accounts w/ no Authorization header at all, no token no nothing. what do we send back', R401),
  w('401', 'api', 'A third-party provider presents a bearer access token to GET /accounts/{id}/balances. The token\'s exp claim passed an hour ago, although the underlying customer consent is still marked Authorised in our consent store. A colleague argues for 403 because "the consent is fine, the TPP just is not allowed right now". What status should the resource server return?', R401T),
  w('401', 'support', 'Customer went into her banking app and withdrew the consent she gave to a budgeting app. As part of that we revoked the access token at the authorization server, and introspection now returns active=false for it. The budgeting app keeps calling our accounts API with that same token. Which error code should they be getting from us?', R401T),
  w('401', 'security', 'Pen-test finding: the accounts API used to accept JWT access tokens whose signature had been tampered with. The fix now rejects any token that fails signature verification, so we cannot tell who the caller is. Which HTTP status should the rejection use?', R401T),
  w('401', 'nonnative', 'The TPP is sending the Authorization header but with scheme Basic instead of Bearer, and the credentials inside are not valid for our API at all, we dont know who is calling. What code we must return for this?', R401),
  w('401', 'sre', 'introspection says the bearer token is unknown, looks like a random garbage string. not a scope thing, we just cant identify the caller. code pls', R401T),
  w('401', 'api', 'Our resource server validates access tokens against the authorization server\'s published JWKS. A TPP is presenting a token signed with a key we rotated out and no longer trust, so the token cannot be validated. How should we respond to that request?', R401T),
  w('401', 'support', 'A fintech partner emailed asking why their calls fail after 90 days. Their customer consent needed re-authentication and the access token tied to it has expired; they are still sending the expired token. What status code should our developer portal document for this case?', R401T),
  w('401', 'sre', 'its not perms and not scope, token just fails validation - signature ok but exp is in the past. someone on the channel says 403, i think thats wrong. which one', R401T),

  // ---- 403 ----
  w('403', 'sre', 'tpp has a valid token w/ scope accounts only, calls POST /domestic-payments which needs payments scope. what do we return', R403S),
  w('403', 'api', 'A TPP is registered with us only as an account information service provider; it has no payment initiation permission. It authenticates correctly and calls the payment initiation endpoint. The endpoint is documented publicly, so there is nothing to hide about its existence. Which status code fits?', R403),
  w('403', 'support', 'One of our back-office staff logged in fine but her role is viewer, and she tried to approve a customer refund. The approval screen is something all staff know exists. What should the API respond with?', R403),
  w('403', 'security', 'Reviewing the funds-confirmation endpoint: the TPP\'s token is valid and not expired, but it was issued without the fundsconfirmations scope. A developer wants to return 401 so the TPP "re-authenticates". Is that right, and if not, what should it be?', R403S),
  w('403', 'nonnative', 'The TPP have valid token and the right scope, we know exactly their client id, but our IP allowlist dont include their new server IP so we refuse the request. Which status is correct for this?', R403),
  w('403', 'sre', 'tpp w/ a valid token calling /internal/tpp-registry/suspend, thats a bank ops only endpoint. endpoint is in the public docs so no secret about it. we refuse. what code', R403),
  w('403', 'api', 'A customer is signed in with a valid session. She is a view-only delegate on her son\'s account: the account shows up in her dashboard, but she tries to make a transfer from it, which delegates are not permitted to do. What response code should the transfer endpoint give?', R403),
  w('403', 'security', 'A TPP has been suspended by the regulator. The token it presents is still technically valid and we recognise the client, but we refuse every call. The suspension is public on the regulator register, so there is no existence to conceal. Which status should we use?', R403),
  w('403', 'support', 'Corporate customer user, logged in no problem, trying to approve a payment batch that shows up in her own company view. Her role does not include payments approval. Should the system say 401, 403 or 404?', R403),
  w('403', 'nonnative', 'Token is valid, it has accounts:read scope, but the TPP want to PATCH a standing order which need the write scope. Token is not expired. Which status code is right?', R403S),

  // ---- 404 never existed ----
  w('404', 'sre', 'GET /accounts/acc-99999 w/ a valid token and right scope, that id was never issued by us, ever. what do we send back', R404),
  w('404', 'api', 'A TPP is calling /open-banking/v3.1/aisp/acounts (note the typo). We never had a route at that path. The request is properly authenticated. What is the correct status?', R404),
  w('404', 'nonnative', 'The TPP asking GET /domestic-payments/{paymentId} with a payment id which they invented, it was never created in our system. Their token is fine. What code we should return?', R404),

  // ---- 404 hiding existence ----
  w('404', 'security', 'A TPP holds a valid token for customer A\'s consent and requests an account id that belongs to customer B, which is not in the consent. Returning 403 would confirm to the TPP that B\'s account exists, and our policy is not to reveal that. What should the API answer?', R404H),
  w('404', 'security', 'Enumeration concern: TPP X is looping over consent ids and hitting ones created by TPP Y. We must not leak whether another provider\'s consents exist. Which status code do we give TPP X for those ids?', R404H),
  w('404', 'support', 'A TPP complains that one account returns an error although the customer says the account exists. It is a private banking account excluded from open banking, and our policy is to not reveal to third parties that such accounts exist at all. What code should they be getting?', R404H),
  w('404', 'sre', 'acct not in the tpps consent. colleague says 403 but security wants zero existence leak to third parties on that. so what do we return', R404H),

  // ---- 404 removal not known permanent ----
  w('404', 'api', 'A customer closed an account last week and we removed it from the API. Under our terms she can reopen it within 30 days, in which case it reappears under the same id, so right now we do not know whether the removal is permanent. The TPP still has a valid consent covering that account. What status should GET /accounts/{id} return?', R404U),
  w('404', 'support', 'Customer deleted a standing order. The product team has not decided whether deleted standing orders will be restorable, so nobody can say if it is gone for good. The TPP who set it up asks for it again. What should our API respond?', R404U),
  w('404', 'nonnative', 'The beneficiary was removed but we are not sure if it is permanent, maybe ops will restore it from backup. TPP has access to it normally. Which one should we return, 404 or 410?', R404U),

  // ---- 410 ----
  w('410', 'api', 'Version 2 of our accounts API was decommissioned on 1 March after a year of notice. It has been shut down permanently on purpose and will never come back. What status should requests to /v2/accounts receive now?', R410),
  w('410', 'sre', 'acct closed + fully purged after retention period, deleted for good on purpose, id never reused. tpp had consent on that acct so nothing to hide from them. they still call it. 404 or 410', R410),
  w('410', 'support', 'A customer permanently deleted a saved payee, and our product guarantees that deletion is irreversible. The TPP that had access to that payee is still calling GET /beneficiaries/{id}. What code should they get back?', R410),
  w('410', 'security', 'We intentionally and permanently removed the legacy screen-scraping login endpoint after the regulatory ban, and want every client to stop calling it and drop it from their configs. There is nothing secret about it having existed. Which status code should it return?', R410),
  w('410', 'nonnative', 'The TPP deleted the consent itself with DELETE /account-access-consents/{id}. We delete it permanent and the id is never reuse. Then they make GET for same id. Which code is correct?', R410),
  w('410', 'sre', 'old sandbox env decommissioned for good, intentional, /sandbox/* never coming back. what do we send for those paths now', R410),

  // ---- knowledge ----
  k('api', 'Under RFC 6750, what HTTP status accompanies the insufficient_scope error code?', /\b403\b|forbidden/i, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('nonnative', 'In RFC 6750 what status code is used with error invalid_request, for example when a parameter is missing or repeated?', /\b400\b|bad request/i, 'RFC 6750 §3.1: invalid_request → 400'),
  k('support', 'A partner asked which RFC 6750 error code they should expect in the WWW-Authenticate header when their bearer token has expired. What is it?', /invalid_token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked or malformed tokens'),
  k('api', 'When we add the scope attribute to a Bearer WWW-Authenticate challenge, how are multiple scope values formatted?', /space[- ]?(delimited|separated)|separated by (a )?(single )?spaces?|spaces? between/i, 'RFC 6750 §3: scope is a space-delimited list of case-sensitive scope values'),
  k('sre', 'whats error_uri in the bearer challenge supposed to point at', /human[- ]readable|web ?page|documentation page|information about the error/i, 'RFC 6750 §3: error_uri is an absolute URI identifying a human-readable web page explaining the error'),
  k('security', 'Can the realm attribute appear more than once in a Bearer WWW-Authenticate challenge?', /(must not|may not|cannot|can ?not|can'?t|shouldn'?t|should not|not allowed|not permitted|no)[^.]{0,60}(more than once|repeat|twice|multiple)|(at most|only|no more than|exactly) once/i, 'RFC 6750 §3: the realm attribute MUST NOT appear more than once'),
  k('security', 'do bearer tokens actually need to go over TLS or is it optional in the spec', /(must|required|mandatory|always|have to|need to)[^.]{0,60}(TLS|HTTPS|SSL)|(TLS|HTTPS)[^.]{0,60}(must|required|mandatory)/i, 'RFC 6750 §2 and §5.3: bearer tokens MUST be sent over TLS'),
  k('nonnative', 'Is it okay for the TPP to put the access token in the URL query string like ?access_token=... for our API?', /should not|shouldn'?t|discouraged|avoid|not recommended|last resort|only (if|when)|unless/i, 'RFC 6750 §2.3 and §5.3: the access_token query parameter SHOULD NOT be used unless other methods are impossible; tokens should not be passed in page URLs'),
  k('api', 'Which RFC currently defines the semantics of the HTTP 4xx status codes, given that RFC 7231 is obsolete?', /9110/, 'RFC 9110 §15 obsoletes RFC 7231'),
  k('sre', 'is a 404 cacheable by default or only w/ explicit cache headers', /heuristic(ally)?[^.]{0,20}cach|cach(e|ed|eable) by default/i, 'RFC 9110 §15.5.5: 404 is heuristically cacheable by default'),
  k('support', 'If we start answering 410 for deleted accounts, how long are we required to keep returning 410 for them?', /(any (particular |specific )?length of time|not (required|obligated|necessary)|no (requirement|obligation|fixed|set|minimum)|(server|owner|origin)'?s? discretion|up to the (server|origin|owner|bank))/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time'),
  k('api', 'After a 403, should a client simply retry with the same credentials or re-authenticate and expect a different result?', /(should ?n[o']t|won'?t|will not|not|no)[^.]{0,40}(repeat|retry|re-?authenticat|help)|same credentials/i, 'RFC 9110 §15.5.4: if credentials were provided they are considered insufficient; the client should not automatically repeat the request with the same credentials'),
  k('security', 'When is a server allowed to send 404 instead of 403 for a resource the caller is not permitted to access?', /hid(e|ing)|conceal|existence|reveal/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden resource may respond 404'),
  k('api', 'Per RFC 6750, if the request carried no authentication information at all, should the 401 challenge include an error code?', /(no|not|without|omit|shouldn'?t|should not)[^.]{0,40}error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
];

export const UNSEEN145_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
