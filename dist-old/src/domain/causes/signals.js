"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SUSTAINED_PER_MINUTE = exports.STORM_PER_MINUTE = exports.DAY = exports.HOUR = exports.MINUTE = void 0;
exports.clamp01 = clamp01;
exports.ramp = ramp;
exports.sumCounts = sumCounts;
exports.countOf = countOf;
exports.countWhere = countWhere;
exports.bounds = bounds;
exports.volumeRatio = volumeRatio;
exports.spikeStrength = spikeStrength;
exports.incidentWeight = incidentWeight;
exports.incidentShare = incidentShare;
exports.volumeWeight = volumeWeight;
exports.combine = combine;
exports.fieldName = fieldName;
exports.inLogs = inLogs;
exports.onDenials = onDenials;
exports.absentSentence = absentSentence;
exports.baselineDenials = baselineDenials;
exports.expectedMatching = expectedMatching;
exports.stormCount = stormCount;
exports.effectiveTotal = effectiveTotal;
exports.shareOf = shareOf;
exports.excessShare = excessShare;
exports.successTotal = successTotal;
exports.mainValues = mainValues;
exports.mainRoutes = mainRoutes;
exports.reasonKind = reasonKind;
exports.reasonSignal = reasonSignal;
exports.reasonContradiction = reasonContradiction;
exports.contradictionWeight = contradictionWeight;
exports.roleNamedIn = roleNamedIn;
exports.scopeNamedIn = scopeNamedIn;
exports.quoteReason = quoteReason;
exports.splitUsers = splitUsers;
exports.versionSignal = versionSignal;
exports.riseInWindow = riseInWindow;
const fields_1 = require("../../config/fields");
/**
 * Structural measurements shared by the cause rules. Everything here is a pure function of the evidence;
 * the rules decide what the numbers mean.
 */
exports.MINUTE = 60_000;
exports.HOUR = 60 * exports.MINUTE;
exports.DAY = 24 * exports.HOUR;
function clamp01(value) {
    if (!Number.isFinite(value))
        return value > 0 ? 1 : 0;
    return Math.min(1, Math.max(0, value));
}
/** 0 at or below `low`, 1 at or above `high`, linear in between. */
function ramp(value, low, high) {
    return clamp01((value - low) / (high - low));
}
function sumCounts(terms) {
    return terms.reduce((sum, term) => sum + term.count, 0);
}
function countOf(terms, value) {
    return terms.find((term) => term.value === value)?.count ?? 0;
}
function countWhere(terms, match) {
    return terms.reduce((sum, term) => (match(term.value) ? sum + term.count : sum), 0);
}
function bounds(evidence) {
    const fromMs = Date.parse(evidence.query.from);
    const toMs = Date.parse(evidence.query.to);
    return { fromMs, toMs, windowMs: Math.max(exports.MINUTE, toMs - fromMs) };
}
/** total / expected, computed when the evidence left it null but something was expected. */
function volumeRatio(evidence) {
    if (evidence.baseline.ratio !== null)
        return evidence.baseline.ratio;
    return evidence.baseline.expected > 0 ? evidence.total / evidence.baseline.expected : null;
}
/**
 * How clearly the window is a spike, 0–1. Needs both a high ratio and a count that noise cannot explain
 * (a Poisson-like z score), so 10 denials against 4 expected is not an incident. Nothing expected at all
 * (a new service, no history) counts as a spike once a handful of denials arrive.
 */
function spikeStrength(evidence) {
    const { total } = evidence;
    if (total <= 0)
        return 0;
    const expected = Math.max(0, evidence.baseline.expected);
    const z = (total - expected) / Math.sqrt(Math.max(expected, 1));
    const ratioValue = volumeRatio(evidence);
    const byRatio = ratioValue === null ? 1 : ramp(ratioValue, 1.3, 3);
    return Math.min(byRatio, ramp(z, 2, 6));
}
/**
 * Weight for causes that describe an incident (a policy change, a blocked IP…): a pattern in calm traffic is
 * worth about a third (`floor`) of the same pattern in a spike, which keeps the everyday denials of a calm
 * service below the reporting threshold.
 */
function incidentWeight(evidence, floor = 0.35) {
    return floor + (1 - floor) * spikeStrength(evidence);
}
/**
 * Share of the incident (the denials above the expected level) that `count` new denials make up. For
 * patterns whose own history proves they are new (a route that never 404ed), so that a long window full of
 * everyday noise does not dilute them. The floor (a quarter of the total) keeps small excesses from
 * inflating it.
 */
function incidentShare(evidence, count) {
    const total = effectiveTotal(evidence);
    const excess = total - Math.max(0, evidence.baseline.expected);
    return clamp01(count / Math.max(excess, 0.25 * total, 1));
}
/** Too few denials to trust any pattern fully: 3 matching requests are an anecdote. */
function volumeWeight(evidence) {
    return Math.min(1, 0.5 + evidence.total / 40);
}
/**
 * Structural confidence (capped at 0.9: structure alone never makes certainty) combined with corroboration
 * from the application's own reason text (at most half a vote), as independent pieces of evidence.
 */
function combine(structural, reasonStrength) {
    const s = Math.min(0.9, clamp01(structural));
    const r = 0.5 * clamp01(reasonStrength);
    return 1 - (1 - s) * (1 - r);
}
// ---------------------------------------------------------------------------------------------------------
// Fields
function fieldName(evidence, role) {
    return (0, fields_1.displayFieldName)(role, evidence.fields[role].field);
}
/** The field appears somewhere in these logs (denials now, denials before, or successes). */
function inLogs(evidence, role) {
    const f = evidence.fields[role];
    return f.windowWithField > 0 || f.baselineWithField > 0 || f.successWithField > 0;
}
/** The denied requests of this window carry the field. */
function onDenials(evidence, role) {
    return evidence.fields[role].windowWithField > 0;
}
function absentSentence(evidence, role) {
    return `no \`${fieldName(evidence, role)}\` in these logs`;
}
/** Target-status documents in the baseline windows, summed over the days (the denominator of `baseline`). */
function baselineDenials(evidence) {
    return evidence.baseline.perDay.reduce((sum, n) => sum + n, 0);
}
/**
 * How many of this window's denials a pattern would explain if the window looked like the baseline:
 * the expected count times the pattern's share of the baseline denials.
 */
function expectedMatching(evidence, role, match) {
    const denominator = baselineDenials(evidence);
    if (denominator <= 0 || evidence.baseline.expected <= 0)
        return 0;
    const matching = countWhere(evidence.fields[role].baseline, match);
    return evidence.baseline.expected * Math.min(1, matching / denominator);
}
/** A client+path pair repeating at least this often in its busiest minute is a loop, not a person. */
exports.STORM_PER_MINUTE = 20;
/** …or this often on average over the whole window (a slower loop that never stops). */
exports.SUSTAINED_PER_MINUTE = 10;
/** Denials that come from clients looping on one URL. */
function stormCount(evidence) {
    const minutes = bounds(evidence).windowMs / exports.MINUTE;
    return evidence.repeats
        .filter((r) => r.maxPerMinute >= exports.STORM_PER_MINUTE || r.count / minutes >= exports.SUSTAINED_PER_MINUTE)
        .reduce((s, r) => s + r.count, 0);
}
/**
 * The denials as distinct attempts: a looping client's thousands of copies of one request count for a
 * tenth, so they do not drown a cause that happens alongside them (any cause + retry_storm).
 */
function effectiveTotal(evidence) {
    return Math.max(1, evidence.total - 0.9 * stormCount(evidence));
}
/** count / effectiveTotal, at most 1. */
function shareOf(evidence, count) {
    return evidence.total > 0 ? clamp01(count / effectiveTotal(evidence)) : 0;
}
/**
 * How much of the incident a pattern carries: its denials beyond what the baseline predicts (less two
 * Poisson standard deviations, so 6 where 2.5 were expected is not "excess"), over the denials beyond the
 * expected level (at least a quarter of the total, so a small excess cannot inflate it). Calm traffic gives
 * ~0; in a long window the everyday noise does not dilute a real incident.
 */
function excessShare(evidence, windowCount, expectedCount) {
    if (evidence.total <= 0)
        return 0;
    const total = effectiveTotal(evidence);
    const excess = total - Math.max(0, evidence.baseline.expected);
    const beyondNoise = windowCount - expectedCount - 2 * Math.sqrt(Math.max(expectedCount, 1));
    return clamp01(beyondNoise / Math.max(excess, 0.25 * total, 1));
}
/** Successful (2xx/3xx) requests of the service in the window. */
function successTotal(evidence) {
    return evidence.requests.byStatus.reduce((sum, term) => {
        const code = Number(term.value);
        return code >= 200 && code < 400 ? sum + term.count : sum;
    }, 0);
}
/** Values carrying at least `minShare` of the denials (at least the top one), for evidence and remediation. */
function mainValues(evidence, role, minShare = 0.2, max = 3) {
    const terms = evidence.fields[role].window;
    const main = terms.filter((t) => t.count >= minShare * Math.max(1, evidence.total));
    return (main.length > 0 ? main : terms.slice(0, 1)).slice(0, max).map((t) => t.value);
}
/** Route templates carrying at least `minShare` of the denials (at least the top one). */
function mainRoutes(evidence, minShare = 0.2, max = 3) {
    const main = evidence.paths.filter((p) => p.count >= minShare * Math.max(1, evidence.total));
    return (main.length > 0 ? main : evidence.paths.slice(0, 1)).slice(0, max).map((p) => p.template);
}
/** Order matters: "ip not allowed" is an IP reason even though "not allowed" sounds like RBAC. */
function reasonKind(text) {
    const t = text.toLowerCase();
    if (/insufficient[_ ]scope|\bscopes?\b/.test(t))
        return 'scope';
    if (/invalid[_ ]token|token (has )?expired|expired token|unauthenticated|not authenticated|no credentials|missing (credentials|token|authorization|auth\b|bearer)|no (auth|token|bearer)\b|authentication required|login required|anonymous/.test(t)) {
        return 'unauthenticated';
    }
    if (/\bip\b|allow ?list|whitelist|deny ?list|block ?list|source address|\bcidr\b|network policy|geo.?block|\bsubnet\b/.test(t)) {
        return 'ip';
    }
    if (/tenant|organi[sz]ation|\borg\b|cross[- ]account|isolation|not a member|owner mismatch/.test(t))
        return 'tenant';
    if (/role|permission|privilege|not permitted|\brbac\b|polic(y|ies)|not authori[sz]ed|access denied|entitlement|\bacl\b/.test(t)) {
        return 'role';
    }
    return 'other';
}
function reasonSignal(evidence, kind) {
    const matching = evidence.fields.reason.window.filter((term) => reasonKind(term.value) === kind);
    const count = sumCounts(matching);
    return { count, share: evidence.total > 0 ? clamp01(count / evidence.total) : 0, top: matching[0] ?? null };
}
/**
 * Share of the denials whose reason names a different known cause ("ip not allowed" when judging RBAC).
 * The app's own words cannot prove a cause, but they can make a structurally similar one unlikely.
 */
function reasonContradiction(evidence, ...kinds) {
    if (evidence.total <= 0)
        return 0;
    const against = countWhere(evidence.fields.reason.window, (value) => {
        const kind = reasonKind(value);
        return kind !== 'other' && !kinds.includes(kind);
    });
    return clamp01(against / evidence.total);
}
/** How much a contradicting reason discounts a cause: at most 75%. */
function contradictionWeight(evidence, ...kinds) {
    return 1 - 0.75 * reasonContradiction(evidence, ...kinds);
}
/** "missing role: billing-admin" → "billing-admin". */
function roleNamedIn(text) {
    const match = /(?:missing|requires?|required|needs?|lacks?)\s+(?:the\s+)?role[\s:=]+["'`]?([\w.:/-]+)/i.exec(text) ??
        /role\s+["'`]?([\w.:/-]+)["'`]?\s+(?:is\s+)?(?:required|missing)/i.exec(text);
    return match?.[1] ?? null;
}
/** "insufficient_scope: orders:write" / "missing scope orders:write" → "orders:write". */
function scopeNamedIn(text) {
    const match = /scope[\s:=]+["'`]?([\w.:/-]*\w)/i.exec(text);
    return match?.[1] ?? null;
}
/** A reason line quoted for people: "`missing role: billing-admin` on 540 of them (90%)"; null when too rare to matter. */
function quoteReason(evidence, signal) {
    if (!signal.top || signal.share < 0.2)
        return null;
    return `the app's own reason (\`${fieldName(evidence, 'reason')}\`) agrees: \`${signal.top.value}\` on ${signal.top.count.toLocaleString('en-US')} of them (${Math.round((signal.top.count / Math.max(1, evidence.total)) * 100)}%)`;
}
/**
 * New: first seen within 48 h of the window end (or since the day before the window, for long windows).
 * Established: first seen earlier, or had 2xx before the window. A user with no first-seen time and no prior
 * success is left out of both: nothing says which they are.
 */
function splitUsers(evidence) {
    const { fromMs, toMs } = bounds(evidence);
    const recentSinceMs = Math.min(toMs - 2 * exports.DAY, fromMs - exports.DAY);
    const fresh = [];
    const established = [];
    let listed = 0;
    for (const user of evidence.users) {
        listed += user.count;
        const firstSeenMs = user.firstSeen === null ? null : Date.parse(user.firstSeen);
        if (firstSeenMs !== null && firstSeenMs >= recentSinceMs)
            fresh.push(user);
        else if (firstSeenMs !== null || user.successBefore > 0)
            established.push(user);
    }
    const freshCount = fresh.reduce((s, u) => s + u.count, 0);
    const establishedCount = established.reduce((s, u) => s + u.count, 0);
    return {
        listed,
        fresh,
        established,
        freshCount,
        establishedCount,
        freshShare: listed > 0 ? freshCount / listed : 0,
        establishedShare: listed > 0 ? establishedCount / listed : 0,
        recentSinceMs,
    };
}
/** The version first seen within the versions lookback (the window and the 24 h before) that carries most denials. */
function versionSignal(evidence) {
    const { fromMs } = bounds(evidence);
    const lookbackStart = fromMs - exports.DAY;
    const fresh = evidence.versions
        .filter((v) => Date.parse(v.firstSeen) > lookbackStart + 10 * exports.MINUTE && v.denied > 0)
        .sort((a, b) => b.denied - a.denied);
    const version = fresh[0];
    if (!version || evidence.total <= 0)
        return null;
    const firstSeenMs = Date.parse(version.firstSeen);
    const others = evidence.versions.filter((v) => v.version !== version.version);
    const previous = others
        .filter((v) => Date.parse(v.firstSeen) < firstSeenMs)
        .sort((a, b) => Date.parse(b.lastSeen) - Date.parse(a.lastSeen))[0] ?? null;
    const oldRequests = others.reduce((s, v) => s + v.requests, 0);
    const oldDenied = others.reduce((s, v) => s + v.denied, 0);
    let lift = null;
    let liftScore;
    if (oldRequests >= 30 && version.requests >= 10) {
        const newRate = version.denied / version.requests;
        const oldRate = Math.max(oldDenied / oldRequests, 1 / oldRequests);
        lift = newRate / oldRate;
        // Either many times the old rate, or a large absolute jump (90% of answers against 15%).
        liftScore = Math.max(ramp(lift, 2, 8), ramp(newRate - oldRate, 0.1, 0.4));
    }
    else {
        liftScore = spikeStrength(evidence);
    }
    const lead = fromMs - firstSeenMs;
    const recency = lead <= 2 * exports.HOUR ? 1 : lead <= 6 * exports.HOUR ? 0.7 : 0.35;
    const rise = riseInWindow(evidence);
    return {
        version,
        previous,
        firstSeenMs,
        carry: Math.max(clamp01(version.denied / evidence.total), excessCarry(evidence, version)),
        lift,
        liftScore,
        recency,
        timing: timingOf(evidence, firstSeenMs, rise),
        perBucketBefore: rise ? rise.before : null,
        perBucketAfter: rise ? rise.after : null,
    };
}
/** The version's denials beyond what its share of the traffic would bring at the usual level, over the excess. */
function excessCarry(evidence, version) {
    const excess = evidence.total - evidence.baseline.expected;
    if (excess <= 0 || evidence.requests.total <= 0)
        return 0;
    const usual = evidence.baseline.expected * (version.requests / evidence.requests.total);
    return clamp01((version.denied - usual) / excess);
}
/**
 * The step up inside the window, if there is one: the split that maximises the cumulative deviation from
 * the mean (a CUSUM change point), kept when the level after it is at least three times the level before.
 */
function riseInWindow(evidence) {
    const points = [...evidence.series].sort((a, b) => Date.parse(a.t) - Date.parse(b.t));
    const n = points.length;
    if (n < 4)
        return null;
    const counts = points.map((p) => p.count);
    const mean = counts.reduce((s, x) => s + x, 0) / n;
    let cumulative = 0;
    let lowest = 0;
    let split = 0;
    for (let k = 0; k < n - 1; k += 1) {
        cumulative += counts[k] - mean;
        if (cumulative < lowest) {
            lowest = cumulative;
            split = k + 1;
        }
    }
    if (split === 0)
        return null;
    const before = counts.slice(0, split).reduce((s, x) => s + x, 0) / split;
    const after = counts.slice(split).reduce((s, x) => s + x, 0) / (n - split);
    if (after < 3 * Math.max(before, 0.5))
        return null;
    return { atMs: Date.parse(points[split].t), before, after };
}
/**
 * Does the rise of the denials start with the version? Inside the window the series tells. For a version
 * that appeared before the window, the window must be elevated from its start, and the 24 h before it must
 * hold roughly the extra denials that the current rate would have produced since the version appeared.
 */
function timingOf(evidence, firstSeenMs, rise) {
    const { fromMs, windowMs } = bounds(evidence);
    const tolerance = Math.max(2 * evidence.bucketMs, 10 * exports.MINUTE);
    if (rise)
        return Math.abs(rise.atMs - firstSeenMs) <= tolerance ? 'aligned' : 'misaligned';
    if (spikeStrength(evidence) < 0.5)
        return 'unknown';
    if (firstSeenMs > fromMs + tolerance)
        return 'misaligned';
    // A deploy within a window's length (at most an hour) before an elevated window is taken at its word.
    const lead = fromMs - firstSeenMs;
    if (lead <= Math.max(tolerance, Math.min(windowMs, exports.HOUR)))
        return 'aligned';
    const days = evidence.baseline.perDay;
    const usualPerWindow = days.length > 0 ? days.reduce((s, n) => s + n, 0) / days.length : evidence.baseline.expected;
    const trailingExcess = evidence.baseline.trailing24h - (usualPerWindow * exports.DAY) / windowMs;
    const excessRate = (evidence.total - evidence.baseline.expected) / windowMs;
    const predicted = excessRate * Math.min(lead, exports.DAY);
    if (predicted <= 0)
        return 'unknown';
    const ratioSeen = trailingExcess / predicted;
    return ratioSeen >= 0.5 ? 'aligned' : ratioSeen < 0.2 ? 'misaligned' : 'unknown';
}
//# sourceMappingURL=signals.js.map