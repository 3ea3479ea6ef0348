"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SPARKLINE_WIDTH = void 0;
exports.sparkline = sparkline;
exports.downsample = downsample;
exports.barCount = barCount;
const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
/** Longest sparkline we draw; longer series are summed into this many buckets so the shape still fits a line. */
exports.SPARKLINE_WIDTH = 48;
/**
 * A unicode sparkline, scaled from zero to the peak (so a flat low line reads as "quiet", not as noise).
 * Non-finite and negative counts are read as zero. Pure.
 */
function sparkline(values, width = exports.SPARKLINE_WIDTH) {
    const clean = values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
    const points = downsample(clean, Math.max(1, Math.floor(width)));
    const peak = Math.max(0, ...points);
    if (peak === 0)
        return BARS[0].repeat(points.length);
    return points
        .map((v) => {
        if (v <= 0)
            return BARS[0];
        const level = Math.ceil((v / peak) * BARS.length) - 1;
        return BARS[Math.min(BARS.length - 1, Math.max(0, level))];
    })
        .join('');
}
/** Sums consecutive values into at most `width` buckets, preserving order and the total. */
function downsample(values, width) {
    if (values.length <= width)
        return [...values];
    const out = new Array(width).fill(0);
    values.forEach((v, i) => {
        const bucket = Math.min(width - 1, Math.floor((i * width) / values.length));
        out[bucket] = (out[bucket] ?? 0) + v;
    });
    return out;
}
/**
 * How many bars to draw for `n` points: all of them when they fit, else the largest count that divides them
 * evenly (so every bar spans the same time and can be labelled), else `max` uneven bars.
 */
function barCount(n, max = exports.SPARKLINE_WIDTH) {
    if (n <= max)
        return { bars: n, even: true };
    for (let d = max; d >= Math.ceil(max / 2); d -= 1) {
        if (n % d === 0)
            return { bars: d, even: true };
    }
    return { bars: max, even: false };
}
//# sourceMappingURL=sparkline.js.map