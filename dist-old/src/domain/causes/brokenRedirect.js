"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.brokenRedirect = brokenRedirect;
const format_1 = require("./format");
const signals_1 = require("./signals");
const structure404_1 = require("./structure404");
const types_1 = require("./types");
const ID = 'broken_redirect_or_rule';
const TITLE = 'A redirect or routing rule broke for one URL pattern';
/**
 * Systematic 404s on one pattern: a template (or prefix) whose history was 301/302 and now 404s — the
 * redirect stopped — or one with no history at all taking most of the 404s, the target of a bad link or rule.
 */
function brokenRedirect(evidence) {
    if (!(0, signals_1.inLogs)(evidence, 'path') && evidence.paths.length === 0) {
        return (0, types_1.notApplicable)(ID, (0, signals_1.absentSentence)(evidence, 'path'), [(0, signals_1.fieldName)(evidence, 'path')]);
    }
    const missing = (0, signals_1.inLogs)(evidence, 'referrer') ? [] : [(0, signals_1.fieldName)(evidence, 'referrer')];
    const referrers = (0, structure404_1.referrerSplit)(evidence);
    const internal = referrers.withReferrer > 0 ? referrers.internalShare / Math.max(1e-9, referrers.internalShare + referrers.externalShare) : 0;
    let best = null;
    for (const group of (0, structure404_1.routeGroups)(evidence)) {
        const h = group.history;
        let candidate = null;
        // A pattern that did not 404 before brings only new 404s: weigh it against the excess, not the total.
        const share = h && h.notFoundShare < 0.2 ? Math.max(group.share, (0, signals_1.incidentShare)(evidence, group.count)) : group.share;
        if (h && h.total >= 10 && h.redirectShare >= 0.5) {
            candidate = { group, kind: 'redirect', score: (0, signals_1.ramp)(share, 0.2, 0.55) * (0, signals_1.ramp)(h.redirectShare, 0.4, 0.8) * (0.85 + 0.15 * internal) };
        }
        else if (group.looked && h && h.total === 0) {
            // Never requested before: weaker, because a new link to a new page looks the same.
            candidate = { group, kind: 'unknown', score: (0, signals_1.ramp)(share, 0.4, 0.75) * (0.5 + 0.25 * internal + 0.15 * (0, signals_1.spikeStrength)(evidence)) };
        }
        if (candidate && (!best || candidate.score > best.score))
            best = candidate;
    }
    if (!best || best.score <= 0) {
        return (0, types_1.nothingFound)(ID, TITLE, 'no URL pattern that used to redirect, or was never requested before, takes a large share of the 404s', missing);
    }
    const { group } = best;
    const { fromMs } = (0, signals_1.bounds)(evidence);
    const lines = [`${(0, format_1.pct)(group.share)} of the 404s (${(0, format_1.num)(group.count)} of ${(0, format_1.num)(evidence.total)}) are on ${(0, format_1.code)(group.label)}`];
    const h = group.history;
    if (best.kind === 'redirect' && h) {
        lines.push(`in the ${(0, format_1.span)((0, structure404_1.historySpanMs)(evidence, h))} before the window it answered 3xx ${(0, format_1.num)(h.redirect)} times (${(0, format_1.pct)(h.redirectShare)} of its answers) and 404 ${(0, format_1.num)(h.notFound)} times: the redirect stopped and now 404s`);
    }
    else {
        lines.push(`${(0, format_1.code)(group.label)} was never requested in the lookback before the window: a new link or rule points at a URL that does not exist`);
    }
    if (group.templates.length > 1)
        lines.push(`it spans ${(0, format_1.num)(group.templates.length)} templates, e.g. ${(0, format_1.codeList)(group.templates.map((t) => t.template))}`);
    if (referrers.withReferrer > 0) {
        lines.push(internal >= 0.5
            ? `${(0, format_1.pct)(internal)} of the 404s with a referrer come from the site’s own pages (${(0, format_1.codeList)(referrers.internal, 2)})`
            : `${(0, format_1.pct)(1 - internal)} of the 404s with a referrer come from other sites`);
    }
    const lastRedirect = h?.lastSuccessMs ?? null;
    if (lastRedirect !== null && best.kind === 'redirect')
        lines.push(`last 2xx ${(0, format_1.span)(fromMs - lastRedirect)} before the window`);
    const confidence = 0.92 * best.score * (0, signals_1.volumeWeight)(evidence);
    return (0, types_1.finding)(ID, confidence, best.kind === 'redirect' ? `Redirect for ${(0, format_1.code)(group.label)} stopped: 3xx became 404` : `Systematic 404s on ${(0, format_1.code)(group.label)}`, lines, { routes: [group.label, ...group.templates.map((t) => t.template)].filter((v, i, a) => a.indexOf(v) === i).slice(0, 4), referrers: referrers.internal.slice(0, 3) }, missing);
}
//# sourceMappingURL=brokenRedirect.js.map