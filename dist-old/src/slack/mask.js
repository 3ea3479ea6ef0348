"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_MASKED_LENGTH = exports.MASK = void 0;
exports.maskSecrets = maskSecrets;
exports.maskSample = maskSample;
/**
 * Masks secrets in text taken from access logs before it is shown in Slack: bearer and basic credentials,
 * API keys and well-known token shapes, session ids, e-mail addresses, and secrets in query strings,
 * cookies and URLs. Pure and idempotent (masking twice changes nothing more), never throws.
 *
 * It errs on the side of masking: a masked harmless value costs a little context, a leaked token costs an
 * incident of its own.
 */
exports.MASK = '[masked]';
/** Names whose values are secrets wherever they appear (`password: x`, `"api_key":"x"`, `?token=x`). */
const SECRET_NAMES = [
    'access[_-]?token',
    'refresh[_-]?token',
    'id[_-]?token',
    'auth[_-]?token',
    'token',
    'secret',
    'client[_-]?secret',
    'password',
    'passwd',
    'api[_-]?key',
    'apikey',
    'private[_-]?key',
    'session[_-]?id',
    'sessid',
    'jsessionid',
    'phpsessid',
    'asp\\.net_sessionid',
    'connect\\.sid',
    'signature',
    'x-amz-signature',
    'x-amz-credential',
    'x-amz-security-token',
    'x-goog-signature',
    'authorization',
    'proxy-authorization',
].join('|');
/**
 * Short names that are secrets in a query string or cookie (`?code=…`, `; sid=…`) but ordinary words in
 * prose ("status code: 500", "missing key: billing"), so they count only after `?`, `&` or `;`.
 */
const QUERY_SECRET_NAMES = ['code', 'key', 'sig', 'pass', 'pwd', 'sid', 'otp', 'ticket', 'session', 'auth', 'credentials?'].join('|');
/** A compound name ending in a secret name also counts: `stripe_api_key`, `x-auth-token`. */
const prefixed = (names) => `(?:[A-Za-z0-9]{1,40}[_.-]){0,6}(?:${names})`;
const AUTH_SCHEMES = 'Bearer|Basic|Token|ApiKey|Api-Key|Digest|Negotiate|OAuth';
const MASK_PATTERN = '\\[masked\\]';
/** The value: up to the next delimiter; an already masked value is taken whole so masking stays idempotent. */
const VALUE = `(${MASK_PATTERN}|[^&;,\\s"'})\\]]+)`;
const SEPARATOR = `(["']?\\s*[=:]\\s*["']?)`;
const SCHEME = `((?:(?:${AUTH_SCHEMES})\\s+)?)`;
const KEY_VALUE = new RegExp(`(^|[?&;,\\s"'{(\\[])(${prefixed(SECRET_NAMES)})${SEPARATOR}${SCHEME}${VALUE}`, 'gi');
const QUERY_KEY_VALUE = new RegExp(`((?:^|[?&;])\\s*)(${prefixed(QUERY_SECRET_NAMES)})(\\s*=\\s*)()${VALUE}`, 'gi');
/** A whole cookie header: every pair in it is session state. */
const COOKIE_HEADER = /\b((?:set-)?cookie\s*[:=]\s*)([^\r\n]+)/gi;
/** `Bearer <credential>` wherever it appears, e.g. a header echoed into a denial reason. */
// The credential is never itself a scheme word, so "Bearer Bearer <token>" still finds the token.
const AUTH_HEADER = new RegExp(`\\b(${AUTH_SCHEMES})(\\s+)(?!(?:${AUTH_SCHEMES})\\b)([A-Za-z0-9._~+/=:-]{6,})`, 'gi');
/** Credentials are long or contain digits or symbols; "Bearer tokens" and "Token expired" are prose. */
function looksLikeCredential(value) {
    return value.length >= 16 || /[0-9._~+/=:-]/.test(value);
}
/** Token shapes that are secrets wherever they appear, whatever they are called. */
const KNOWN_TOKENS = [
    /\bxox[abposr]-[A-Za-z0-9-]{6,}/g, // Slack
    /\bxapp-[A-Za-z0-9-]{6,}/g, // Slack app-level
    /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, // JWT
    /\bgh[pousr]_[A-Za-z0-9]{16,}/g, // GitHub
    /\bgithub_pat_[A-Za-z0-9_]{20,}/g,
    /\bglpat-[A-Za-z0-9_-]{16,}/g, // GitLab
    /\b[rsp]k_(?:live|test)_[A-Za-z0-9]{10,}/g, // Stripe
    /\bsk-[A-Za-z0-9_-]{16,}/g, // OpenAI-style
    /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, // AWS access key id
    /\bAIza[0-9A-Za-z_-]{30,}/g, // Google API key
    /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/g, // SendGrid
];
/** `scheme://user:password@host` */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]{0,30}:\/\/)[^\s/?#@]{1,512}@/gi;
// Bounded quantifiers (RFC 5321 sizes) keep every pattern linear: log values are attacker-controlled.
const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{0,63}(@|%40)((?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24})(?![A-Za-z0-9@%-]|\.[A-Za-z0-9])/g;
/** A path segment that is an opaque credential (reset links, magic links, signed paths): long, mixed, not a UUID. */
const OPAQUE_SEGMENT = /(?<=\/)([A-Za-z0-9_-]{32,})(?=$|[/?#;\s])/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function looksOpaque(segment) {
    if (UUID.test(segment))
        return false;
    const hasDigit = /\d/.test(segment);
    const hasLetter = /[A-Za-z]/.test(segment);
    return hasDigit && hasLetter;
}
/** Longer text is cut before masking: nothing longer is ever shown, and it bounds the work per value. */
exports.MAX_MASKED_LENGTH = 8192;
/** Masks every secret this module knows in one piece of text (cut to MAX_MASKED_LENGTH first). */
function maskSecrets(input) {
    if (input.length === 0)
        return input;
    let out = input.length > exports.MAX_MASKED_LENGTH ? `${input.slice(0, exports.MAX_MASKED_LENGTH)}…` : input;
    // A mask can expose a neighbour that an earlier match hid (overlapping values); repeat until nothing changes.
    for (let pass = 0; pass < 4; pass += 1) {
        const next = maskOnce(out);
        if (next === out)
            break;
        out = next;
    }
    return out;
}
function maskOnce(text) {
    const keep = (name, sep, scheme, value, lead = '') => `${lead}${name}${sep}${scheme}${value === exports.MASK ? value : exports.MASK}`;
    let out = text;
    out = out.replace(URL_USERINFO, `$1${exports.MASK}@`);
    for (const pattern of KNOWN_TOKENS)
        out = out.replace(pattern, exports.MASK);
    out = out.replace(COOKIE_HEADER, (_m, name, value) => `${name}${value.trim() === exports.MASK ? value : exports.MASK}`);
    out = out.replace(AUTH_HEADER, (m, scheme, space, value) => looksLikeCredential(value) ? `${scheme}${space}${exports.MASK}` : m);
    out = out.replace(KEY_VALUE, (_m, lead, name, sep, scheme, value) => keep(name, sep, scheme, value, lead));
    out = out.replace(QUERY_KEY_VALUE, (_m, lead, name, sep, scheme, value) => keep(name, sep, scheme, value, lead));
    out = out.replace(EMAIL, (_m, first, at, domain) => `${first}***${at}${domain}`);
    out = out.replace(OPAQUE_SEGMENT, (segment) => (looksOpaque(segment) ? exports.MASK : segment));
    return out;
}
function maskNullable(value) {
    return value === null ? null : maskSecrets(value);
}
/**
 * A sample request as Slack may show it. Client IPs and methods stay: they are what an allowlist or retry
 * storm is diagnosed by, and they are not credentials.
 */
function maskSample(sample) {
    return {
        ...sample,
        path: maskNullable(sample.path),
        user: maskNullable(sample.user),
        userAgent: maskNullable(sample.userAgent),
        reason: maskNullable(sample.reason),
    };
}
//# sourceMappingURL=mask.js.map