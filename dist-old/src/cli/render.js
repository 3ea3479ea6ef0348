"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderTriageText = renderTriageText;
exports.contrastLines = contrastLines;
exports.renderAskText = renderAskText;
exports.renderWatchText = renderWatchText;
exports.renderCheckText = renderCheckText;
const sparkline_1 = require("../domain/sparkline");
const shapes_1 = require("../config/shapes");
/** Plain-text renderings for a terminal. Pure: tested on their output (test/cli/render.test.ts). */
const fmt = (n) => n.toLocaleString('en-US');
function windowLabel(result) {
    const minutes = Math.round((Date.parse(result.window.to) - Date.parse(result.window.from)) / 60_000);
    if (minutes % 1440 === 0)
        return `${minutes / 1440}d`;
    if (minutes % 60 === 0)
        return `${minutes / 60}h`;
    return `${minutes}m`;
}
/**
 * What raised or lowered a cause against its rivals: by default the largest change on one line (people
 * scan this at 3 a.m.), with `--explain` every change.
 */
function whyLines(cause, explain) {
    const why = cause.why ?? [];
    if (explain) {
        if (why.length === 0)
            return ['   Why this rank: nothing raised or lowered it'];
        return ['   Why this rank:', ...why.map((line) => `     - ${line}`)];
    }
    const [first] = why;
    if (first === undefined)
        return [];
    const more = why.length > 1 ? ` (and ${why.length - 1} more: --explain)` : '';
    return [`   Why: ${first}${more}`];
}
function renderTriageText(result, options = {}) {
    const lines = [];
    const env = result.environment ? ` (${result.environment})` : '';
    lines.push(`${result.status}s on ${result.service}${env}, last ${windowLabel(result)} (${result.window.from} → ${result.window.to})`);
    if (result.total === 0) {
        // "No logs" from a search that lost shards is not a finding: say so first.
        if (result.partial)
            lines.push('⚠ partial results: some shards failed, so this may be incomplete');
        if (result.serviceKnown === false) {
            const hint = result.suggestions.length > 0 ? ` Did you mean ${result.suggestions.join(', ')}?` : '';
            lines.push(`No logs at all for service "${result.service}" in the last 7 days.${hint}`);
        }
        else {
            lines.push(`No ${result.status} responses for ${result.service} in this window.`);
        }
        return lines.join('\n');
    }
    const ratio = result.baseline.periods === 0
        ? 'no baseline yet'
        : result.baseline.ratio === null || result.baseline.expected === null
            ? 'none usually at this time of day'
            : `${result.baseline.ratio}× the usual ${fmt(result.baseline.expected)} (${result.baseline.periods} earlier periods)`;
    lines.push(`${fmt(result.total)} responses, ${ratio}`);
    lines.push(`  ${(0, sparkline_1.sparkline)(result.series.map((p) => p.count))}`);
    if (result.partial)
        lines.push('  ⚠ partial results: some shards failed, counts may be low');
    lines.push('');
    if (result.causes.length === 0)
        lines.push('Nothing stands out as a likely cause.');
    result.causes.forEach((cause, i) => {
        lines.push(`${i + 1}. ${cause.title} [${cause.id}] — ${Math.round(cause.confidence * 100)}%`);
        lines.push(...whyLines(cause, options.explain === true));
        for (const line of cause.evidence)
            lines.push(`     • ${line}`);
        if (cause.remediation.length > 0) {
            lines.push('   What to do:');
            cause.remediation.forEach((step, j) => lines.push(`     ${j + 1}) ${step}`));
        }
        lines.push('');
    });
    lines.push(...contrastLines(result));
    lines.push(`Decision rule: ${result.decisionRule.summary}`);
    lines.push(`  ${result.decisionRule.explanation}`);
    for (const note of result.notes)
        lines.push(`Note: ${note}`);
    return lines.join('\n');
}
/** "What is different about these 404s": each over-represented value with both shares. */
function contrastLines(result) {
    if (result.contrast.length === 0)
        return [];
    return [
        `What is different about these ${result.status}s (share of them vs of the service's successful requests):`,
        ...result.contrast.map((c) => `  ${c.field} ${JSON.stringify(c.value)}: ${pct(c.share)} of these, ${pct(c.baselineShare)} of successful requests`),
        '',
    ];
}
function pct(share) {
    return share > 0 && share < 0.01 ? `${(share * 100).toFixed(1)}%` : `${Math.round(share * 100)}%`;
}
function renderAskText(result) {
    const lines = [result.verdict ? `Use ${result.verdict}.` : '', result.answer, '', `Sources: ${result.sources.join('; ')}`];
    return lines.filter((line, i) => i > 0 || line !== '').join('\n');
}
function renderWatchText(alerts, at) {
    if (alerts.length === 0)
        return `${at.toISOString()} no spikes`;
    return alerts
        .map((a) => {
        const ratio = a.ratio === null ? 'nothing expected' : `${a.ratio}× the usual ${fmt(a.expected)}`;
        const top = a.causes[0] ? `; likely ${a.causes[0].id} (${Math.round(a.causes[0].confidence * 100)}%)` : '';
        return `${at.toISOString()} SPIKE ${a.status} ${a.service}: ${fmt(a.count)} (${ratio})${top}`;
    })
        .join('\n');
}
function percent(share) {
    return share >= 0.995 || share === 0 ? `${Math.round(share * 100)}%` : `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;
}
function age(ms) {
    if (ms === null)
        return '';
    if (ms < 120_000)
        return ` (${Math.round(ms / 1000)} s ago)`;
    if (ms < 7_200_000)
        return ` (${Math.round(ms / 60_000)} min ago)`;
    if (ms < 172_800_000)
        return ` (${Math.round(ms / 3_600_000)} h ago)`;
    return ` (${Math.round(ms / 86_400_000)} days ago)`;
}
/** One screen: whether the logs fit, each role's field and coverage, the causes that can be judged, and the .env block. */
function renderCheckText(report, nowMs = Date.now()) {
    const lines = [];
    lines.push(report.problems.length === 0 ? `✔ ${report.index}: these logs can be triaged` : `✖ ${report.index}: ${report.problems.join('; ')}`);
    lines.push(`  ${report.indices} ${report.indices === 1 ? 'index' : 'indices'}, ${report.docs24h} documents in the last 24 h, shape: ${(0, shapes_1.shapeLabel)(report.shape)}`);
    if (report.newest !== null)
        lines.push(`  newest ${report.newest}${age(report.lagMs)}, oldest ${report.oldest ?? '?'}${report.oldest ? age(nowMs - Date.parse(report.oldest)) : ''}`);
    if (report.services !== null)
        lines.push(`  services: ${report.services}`);
    const stale = report.docs24h === 0 && report.coverageTo !== null;
    lines.push('', `Fields (role → field, type, share of the ${stale ? `24 h of documents before ${report.coverageTo}` : 'last 24 h'} that carries it)`);
    for (const [role, field] of Object.entries(report.fields)) {
        if (field === null)
            lines.push(`  ✖ ${role.padEnd(15)} ${report.missing[role] ?? 'missing'}`);
        else
            lines.push(`  ✔ ${role.padEnd(15)} ${field.field} (${field.type}) ${percent(field.coverage)}${field.source === 'setting' ? ', from the setting' : ''}${field.note ? ` — ${field.note}` : ''}`);
    }
    const causes = Object.entries(report.causes);
    const ok = causes.filter(([, why]) => why === 'ok').map(([id]) => id);
    lines.push('', `Causes that can be judged (${ok.length} of ${causes.length}): ${ok.join(', ') || 'none'}`);
    for (const [id, why] of causes)
        if (why !== 'ok')
            lines.push(`  ✖ ${id}: ${why}`);
    if (report.env !== '')
        lines.push('', 'To pin what was found, in .env:', ...report.env.split('\n').map((l) => `  ${l}`));
    return lines.join('\n');
}
//# sourceMappingURL=render.js.map