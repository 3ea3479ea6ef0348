"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.byConcern = byConcern;
exports.measuresToHandle = measuresToHandle;
const spike_1 = require("../spike");
/** Which measures one tick hands to the lifecycle, and in what order. */
/** Worst first (highest ratio, then count), so that Slack pacing delays the least important alerts. */
function byConcern(a, b) {
    return (b.ratio ?? Number.POSITIVE_INFINITY) - (a.ratio ?? Number.POSITIVE_INFINITY) || b.count - a.count || a.service.localeCompare(b.service);
}
function key(service, status) {
    return `${status}\u0000${service}`;
}
/**
 * The measures the lifecycle has anything to decide on, worst first: those over the firing thresholds
 * and those with a stored incident. A calm service that never fired needs no step, and skipping it
 * keeps a tick's work after the search proportional to what is happening, not to the services watched.
 * With `silent` (every service is watched and none was cut off), an incident whose service had no logs
 * at all this time is measured as silent, so that it can resolve.
 */
function measuresToHandle(measures, incidents, silent) {
    const stored = new Set(incidents.map((i) => key(i.service, i.status)));
    const out = measures.filter((m) => m.spiking || stored.has(key(m.service, m.status)));
    if (silent !== null) {
        const measured = new Set(measures.map((m) => key(m.service, m.status)));
        for (const incident of incidents) {
            const id = key(incident.service, incident.status);
            if (measured.has(id) || (incident.phase !== 'firing' && incident.pending === null) || !silent.statuses.includes(incident.status))
                continue;
            measured.add(id);
            const counts = { service: incident.service, status: incident.status, count: 0, perDay: [], trailing24h: 0, trailingCovered: false, lagMs: null };
            out.push((0, spike_1.measureSpike)(counts, silent.windowMs, silent.thresholds));
        }
    }
    return out.sort(byConcern);
}
//# sourceMappingURL=tick.js.map