"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.baselineNoise = baselineNoise;
const actors_1 = require("./actors");
const format_1 = require("./format");
const signals_1 = require("./signals");
/** The evidence as if the window held `total` of these responses (the ratio follows). */
function withTotal(evidence, total) {
    const { expected } = evidence.baseline;
    return { ...evidence, total, baseline: { ...evidence.baseline, ratio: evidence.baseline.ratio === null ? null : total / Math.max(expected, 1e-9) } };
}
const structure404_1 = require("./structure404");
const types_1 = require("./types");
const ID = 'baseline_noise';
/**
 * The everyday level of 404s: bad external links, typos, old URLs. Its own strength is how ordinary the
 * volume is; it wins only when no other cause stands out (arbitration.ts lowers it by the strongest other
 * 404 cause, so a cause at about 0.5 outranks it).
 */
function baselineNoise(evidence) {
    const crawlers = (0, structure404_1.crawlerShare)(evidence);
    // Crawlers following bad links are noise even when they make a spike: judge the volume without them.
    const crawled = Math.round(crawlers * evidence.total);
    const withoutCrawlers = evidence.total - crawled;
    const spikeAll = (0, signals_1.spikeStrength)(evidence);
    const spike = crawlers >= 0.5 ? (0, signals_1.spikeStrength)(withTotal(evidence, withoutCrawlers)) : spikeAll;
    const lines = [];
    const r = (0, signals_1.volumeRatio)(evidence);
    if (r !== null) {
        lines.push(`${(0, format_1.num)(evidence.total)} 404s against about ${(0, format_1.num)(evidence.baseline.expected)} expected for this window (${(0, format_1.ratio)(r)}× the usual level)`);
    }
    else {
        lines.push(`${(0, format_1.num)(evidence.total)} 404s and no baseline to compare with`);
    }
    const templates = evidence.paths.length;
    const top = evidence.paths[0];
    if (templates > 1 && top) {
        lines.push(`spread over at least ${(0, format_1.plural)(templates, 'route template')}; the busiest, ${(0, format_1.code)(top.template)}, takes ${(0, format_1.pct)(top.count / Math.max(1, evidence.total))}`);
    }
    const external = (0, structure404_1.referrerSplit)(evidence).externalShare;
    if (crawlers >= 0.1 || external >= 0.1)
        lines.push(`${(0, format_1.pct)(crawlers)} from crawlers, ${(0, format_1.pct)(external)} following links from other sites`);
    lines.push(...(0, actors_1.actorLine)(evidence, '404s'));
    const confidence = 0.85 * (1 - spike);
    const byCrawlers = crawlers >= 0.5 && spikeAll >= 0.5 && spike < 0.5;
    if (byCrawlers)
        lines.unshift(`without the crawlers' ${(0, format_1.num)(crawled)}, ${(0, format_1.num)(withoutCrawlers)} 404s: the usual level`);
    const title = byCrawlers
        ? 'Crawlers following bad links: no action needed'
        : spike < 0.5
            ? 'Within the normal level of 404s: no action needed'
            : '404s above their usual level';
    return (0, types_1.finding)(ID, confidence, title, lines, {});
}
//# sourceMappingURL=baselineNoise.js.map