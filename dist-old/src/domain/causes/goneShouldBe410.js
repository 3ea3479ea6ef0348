"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GONE_AFTER_MS = void 0;
exports.goneShouldBe410 = goneShouldBe410;
const actors_1 = require("./actors");
const format_1 = require("./format");
const signals_1 = require("./signals");
const structure404_1 = require("./structure404");
const types_1 = require("./types");
const ID = 'gone_should_be_410';
const TITLE = 'Removed URLs still requested: answer 410 Gone';
/** No 2xx for at least this long before the window: removed, not broken. */
exports.GONE_AFTER_MS = 3 * signals_1.DAY;
/**
 * Requests browsers and crawlers make on their own, whatever the site links to: a 404 there is a missing
 * icon or file, never a page that was removed.
 */
const AUTOMATIC_PATHS = /^\/(favicon\.ico|apple-touch-icon[\w.-]*\.png|robots\.txt|sitemap[\w.-]*\.xml|ads\.txt|app-ads\.txt|humans\.txt|security\.txt|browserconfig\.xml|crossdomain\.xml|\.well-known\/.*)$/i;
function gone(evidence, group) {
    const h = group.history;
    if (!h || h.notFound < 10 || h.notFoundShare < 0.8)
        return null;
    const { fromMs, windowMs } = (0, signals_1.bounds)(evidence);
    if (h.lastSuccessMs !== null && fromMs - h.lastSuccessMs < exports.GONE_AFTER_MS)
        return null;
    const historicalRate = h.notFound / (0, structure404_1.historySpanMs)(evidence, h);
    return { group, history: h, steady: group.count / windowMs <= 4 * historicalRate, historicalRate };
}
/** 0–1: how strongly one gone pattern stands out among the window's 404s. */
function patternScore(evidence, { group, historicalRate }) {
    // Small windows make shares jumpy: lean on the pattern's long-run share of the service's 404s
    // (estimated from the 24 h before the window) until the window holds a few dozen of its requests.
    const serviceRate = evidence.baseline.trailing24h / signals_1.DAY;
    const longRun = serviceRate > 0 ? (0, signals_1.clamp01)(historicalRate / serviceRate) : group.share;
    const trust = (0, signals_1.ramp)(group.count, 10, 40);
    // A steady pattern belongs to the usual level: when another incident inflates the window, compare it
    // with the expected volume instead (never below 10 requests).
    const steadyShare = Math.max(group.share, (0, signals_1.clamp01)(group.count / Math.max(Math.min(evidence.total, evidence.baseline.expected), 10)));
    const share = trust * steadyShare + (1 - trust) * Math.min(steadyShare, longRun);
    // A pattern that has soaked up hundreds of 404s and no 2xx for days is a finding even in a quiet
    // hour: crawlers and old links keep spending requests on it. It still needs a visible share.
    const chronic = (0, signals_1.ramp)(group.history?.notFound ?? 0, 30, 200) * (0, signals_1.ramp)(Math.max(share, longRun), 0.25, 0.4);
    return Math.max((0, signals_1.ramp)(share, 0.2, 0.55), chronic);
}
/**
 * Several unrelated URLs removed at once (a product, a campaign, an old API) each take a small share, so no
 * pattern stands out alone, yet together they are most of the 404s — the everyday level itself, which is
 * why the volume looks normal. The set counts when it makes most of the 404s, crawlers keep re-crawling it
 * (what a removed page in a search index gets, and what 410 ends), and the window holds enough of its
 * requests to be more than a handful.
 */
function removedSet(evidence, patterns) {
    const members = patterns.filter((p) => p.group.templates.length === 1 && !AUTOMATIC_PATHS.test(p.group.label));
    if (members.length < 2)
        return null;
    const count = members.reduce((s, m) => s + m.group.count, 0);
    const history = (0, structure404_1.mergeHistories)(members.map((m) => m.history));
    const share = (0, signals_1.clamp01)(members.reduce((s, m) => s + m.group.share, 0));
    const label = `${members[0]?.group.label ?? ''} and ${(0, format_1.num)(members.length - 1)} more`;
    const group = { label, templates: members.flatMap((m) => m.group.templates), count, share, history, looked: true };
    const set = { group, history, steady: members.every((m) => m.steady), historicalRate: members.reduce((s, m) => s + m.historicalRate, 0) };
    const score = (0, signals_1.ramp)(share, 0.4, 0.7) * (0, signals_1.ramp)((0, structure404_1.crawlerShare)(evidence), 0.25, 0.45) * (0, signals_1.ramp)(count, 5, 20);
    return { set, score };
}
/**
 * A URL pattern that has answered 404 steadily for as long as the history goes back (no 2xx for days),
 * is still requested in volume, often by crawlers or from other sites: it was removed on purpose, and 410
 * tells crawlers and link owners so. Either one pattern (a URL, a template, a section) or a set of removed
 * URLs that together make most of the 404s.
 */
function goneShouldBe410(evidence) {
    if (!(0, signals_1.inLogs)(evidence, 'path') && evidence.paths.length === 0) {
        return (0, types_1.notApplicable)(ID, (0, signals_1.absentSentence)(evidence, 'path'), [(0, signals_1.fieldName)(evidence, 'path')]);
    }
    const patterns = (0, structure404_1.routeGroups)(evidence).map((g) => gone(evidence, g)).filter((g) => g !== null);
    let best = null;
    for (const pattern of patterns) {
        const score = patternScore(evidence, pattern);
        if (score > 0 && (!best || score > best.score))
            best = { pattern, score, members: 1 };
    }
    const removed = removedSet(evidence, patterns);
    if (removed && removed.score > (best?.score ?? 0))
        best = { pattern: removed.set, score: removed.score, members: removed.set.group.templates.length };
    if (!best)
        return (0, types_1.nothingFound)(ID, TITLE, 'no URL pattern with a long 404-only history takes a large share of the 404s');
    return goneFinding(evidence, best.pattern, best.score, best.members);
}
function goneFinding(evidence, pattern, score, members) {
    const { group, history: h, steady } = pattern;
    const crawlers = (0, structure404_1.crawlerShare)(evidence);
    const referrers = (0, structure404_1.referrerSplit)(evidence);
    const outside = Math.max(crawlers, referrers.externalShare);
    const routes = members > 1 ? group.templates.map((t) => t.template) : [group.label];
    const what = members > 1 ? `${(0, format_1.num)(members)} URLs that answer only 404, ${(0, format_1.codeList)(routes)}` : (0, format_1.code)(group.label);
    const lines = [`${(0, format_1.pct)(group.share)} of the 404s (${(0, format_1.num)(group.count)} of ${(0, format_1.num)(evidence.total)}) are on ${what}`];
    const since = h.lastSuccessMs === null
        ? `no 2xx at all in the ${(0, format_1.span)((0, structure404_1.historySpanMs)(evidence, h))} of history`
        : `last 2xx ${(0, format_1.span)((0, signals_1.bounds)(evidence).fromMs - h.lastSuccessMs)} before the window`;
    lines.push(`${members > 1 ? 'they' : 'it'} answered 404 ${(0, format_1.num)(h.notFound)} times before the window (${(0, format_1.pct)(h.notFoundShare)} of ${members > 1 ? 'their' : 'its'} answers); ${since}`);
    if (members === 1 && group.templates.length > 1)
        lines.push(`it spans ${(0, format_1.num)(group.templates.length)} templates, e.g. ${(0, format_1.codeList)(group.templates.map((t) => t.template))}`);
    if (crawlers >= 0.2)
        lines.push(`${(0, format_1.pct)(crawlers)} of the 404s come from crawlers`);
    lines.push(...(0, actors_1.actorLine)(evidence, '404s'));
    if (referrers.externalShare >= 0.2)
        lines.push(`${(0, format_1.pct)(referrers.externalShare)} of the 404s follow links from other sites (${(0, format_1.codeList)(referrers.external, 2)})`);
    const structural = score * (0.6 + 0.25 * (0, signals_1.ramp)(outside, 0.1, 0.5) + 0.15 * (steady ? 1 : 0));
    const confidence = 0.92 * structural * (0, signals_1.volumeWeight)(evidence);
    const title = members > 1 ? `${(0, format_1.codeList)(routes, 2)} are gone: answer 410 instead of 404` : `${(0, format_1.code)(group.label)} is gone: answer 410 instead of 404`;
    return (0, types_1.finding)(ID, confidence, title, lines, {
        routes,
        referrers: referrers.external.slice(0, 3),
        userAgents: evidence.fields.userAgent.window.slice(0, 3).map((t) => t.value),
    });
}
//# sourceMappingURL=goneShouldBe410.js.map