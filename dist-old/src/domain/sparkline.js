"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sparkline = sparkline;
const BARS = '▁▂▃▄▅▆▇█';
/** A one-line chart of counts (`▁▁▂▇█▅`), scaled to the largest; empty input gives an empty string. */
function sparkline(values, maxWidth = 60) {
    if (values.length === 0)
        return '';
    const step = Math.ceil(values.length / maxWidth);
    const points = [];
    for (let i = 0; i < values.length; i += step)
        points.push(values.slice(i, i + step).reduce((a, b) => a + b, 0));
    const max = Math.max(...points);
    if (max <= 0)
        return BARS[0].repeat(points.length);
    return points.map((v) => BARS[Math.min(BARS.length - 1, Math.floor((v / max) * (BARS.length - 1) + (v > 0 ? 0.5 : 0)))]).join('');
}
//# sourceMappingURL=sparkline.js.map