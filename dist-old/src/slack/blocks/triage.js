"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_CAUSES_SHOWN = void 0;
exports.renderTriage = renderTriage;
const fields_1 = require("../../config/fields");
const duration_1 = require("../../domain/duration");
const window_1 = require("../../domain/window");
const buttonValue_1 = require("../buttonValue");
const mask_1 = require("../mask");
const registry_1 = require("../registry");
const common_1 = require("./common");
const discover_1 = require("./discover");
const limits_1 = require("./limits");
const sparkline_1 = require("./sparkline");
const text_1 = require("./text");
/** How much of a long answer we show; the rest is counted ("…and 4 more causes"), never silently dropped. */
exports.MAX_CAUSES_SHOWN = 8;
const MAX_EVIDENCE_LINE = 400;
const MAX_REMEDIATION_LINE = 400;
const MAX_WHY_LINE = 300;
const EVIDENCE_BUDGET = 1700;
const MAX_NOTES_SHOWN = 6;
const MAX_SUGGESTIONS = 5;
const STATUS_NAMES = { 403: 'Forbidden', 404: 'Not Found' };
function headerText(result, request) {
    const env = result.environment ?? request.environment;
    const parts = [`${result.status} ${STATUS_NAMES[result.status] ?? ''}`.trim(), (0, text_1.oneLine)(result.service), `last ${request.window}`];
    if (env)
        parts.push((0, text_1.oneLine)(env));
    const text = parts.join(' · ');
    return (0, limits_1.truncate)(result.partial ? `${text} (partial)` : text, limits_1.LIMITS.headerText);
}
/** Log-derived text: one line, secrets masked, markup neutralised, bounded. */
function fromLogs(text, max) {
    return (0, limits_1.truncate)((0, text_1.escapeMrkdwn)((0, mask_1.maskSecrets)((0, text_1.oneLine)(text))), max);
}
/** What raised or lowered the cause against its rivals: the largest change, one short line (or nothing). */
function whyLine(cause) {
    const why = cause.why ?? [];
    const [first] = why;
    if (first === undefined)
        return '';
    const more = why.length > 1 ? ` (+${why.length - 1} more)` : '';
    return `\n_Why this rank:_ ${fromLogs(first, MAX_WHY_LINE)}${more}`;
}
function causeSection(cause, rank) {
    const title = `*${rank}. ${(0, text_1.escapeMrkdwn)((0, text_1.oneLine)(cause.title))}* · ${(0, text_1.formatPercent)(cause.confidence)} confidence · ${(0, text_1.code)(cause.id)}`;
    const evidenceLines = cause.evidence.map((line) => `• ${fromLogs(line, MAX_EVIDENCE_LINE)}`);
    const evidence = evidenceLines.length > 0
        ? (0, limits_1.joinWithinBudget)(evidenceLines, EVIDENCE_BUDGET, (n) => `• …and ${n} more ${(0, text_1.plural)(n, 'finding')}`)
        : '• _no evidence recorded_';
    const head = `${(0, limits_1.truncate)(title, 400)}${whyLine(cause)}\n${evidence}`;
    const remediationLines = cause.remediation.map((step, i) => `${i + 1}. ${(0, limits_1.truncate)((0, text_1.escapeMrkdwn)((0, text_1.oneLine)(step)), MAX_REMEDIATION_LINE)}`);
    const room = limits_1.LIMITS.sectionText - head.length - '\n*What to do*\n'.length;
    const remediation = remediationLines.length > 0 && room > 60
        ? `\n*What to do*\n${(0, limits_1.joinWithinBudget)(remediationLines, room, (n) => `…and ${n} more ${(0, text_1.plural)(n, 'step')}`)}`
        : '';
    return (0, common_1.section)((0, limits_1.truncate)(`${head}${remediation}`, limits_1.LIMITS.sectionText));
}
/** "· 5m per bar" when every bar spans the same time; nothing when the series had to be squeezed unevenly. */
function bucketLabel(result, bars, even) {
    const [a, b] = result.series;
    if (!a || !b || !even || bars === 0)
        return '';
    const ms = (new Date(b.t).getTime() - new Date(a.t).getTime()) * (result.series.length / bars);
    return Number.isFinite(ms) && ms > 0 && Number.isInteger(ms) ? ` · ${(0, duration_1.formatDuration)(ms)} per bar` : '';
}
function seriesContext(result) {
    if (result.series.length === 0)
        return null;
    const counts = result.series.map((p) => p.count);
    let peakIndex = 0;
    counts.forEach((c, i) => {
        if (c > (counts[peakIndex] ?? 0))
            peakIndex = i;
    });
    const peak = result.series[peakIndex];
    const peakText = peak && peak.count > 0 ? ` · peak ${(0, text_1.formatCount)(peak.count)} at ${(0, text_1.formatTime)(peak.t)}` : '';
    const { bars, even } = (0, sparkline_1.barCount)(counts.length);
    return (0, common_1.context)(`\`${(0, sparkline_1.sparkline)(counts, bars)}\`${peakText}${bucketLabel(result, bars, even)}`);
}
function summaryText(result, request) {
    const count = `*${(0, text_1.formatCount)(result.total)}* ${result.status}s in the last ${request.window}`;
    const { expected, ratio, periods } = result.baseline;
    const baseline = expected === null || periods === 0
        ? ' · no baseline yet (no earlier logs to compare with)'
        : ratio === null
            ? expected > 0
                ? ` · expected ≈${(0, text_1.formatAmount)(expected)}, no ratio yet`
                : ' · none usually at this time'
            : ` · expected ≈${(0, text_1.formatAmount)(expected)} · *${(0, text_1.formatRatio)(ratio)}* the usual level`;
    return `${count}${baseline}`;
}
function noMatchesText(result, request) {
    const service = `*${(0, text_1.escapeMrkdwn)((0, text_1.oneLine)(result.service))}*`;
    const env = request.environment !== null ? ` in ${(0, text_1.escapeMrkdwn)(request.environment)}` : '';
    let text;
    if (result.serviceKnown === false)
        text = `No logs for ${service}${env} in the last ${request.window}.`;
    else if (result.serviceKnown === true) {
        text = `No ${result.status}s for ${service}${env} in the last ${request.window}: the service is logging, just not ${result.status}s.`;
    }
    else
        text = `No ${result.status}s found for ${service}${env} in the last ${request.window}.`;
    const suggestions = result.suggestions.filter((s) => s !== result.service).slice(0, MAX_SUGGESTIONS);
    if (suggestions.length > 0)
        text += `\nDid you mean ${suggestions.map((s) => (0, text_1.code)((0, limits_1.truncate)((0, text_1.oneLine)(s), 100))).join(', ')}?`;
    return text;
}
function notesContext(result) {
    const elements = result.notes.slice(0, MAX_NOTES_SHOWN).map((note) => `:information_source: ${fromLogs(note, 500)}`);
    if (result.notes.length > MAX_NOTES_SHOWN)
        elements.push(`…and ${result.notes.length - MAX_NOTES_SHOWN} more notes`);
    if (result.missingFields.length > 0) {
        const fields = (0, limits_1.joinWithinBudget)(result.missingFields.map((f) => (0, text_1.code)((0, limits_1.truncate)(f, 80))), 1000, (n) => `…and ${n} more`, ', ');
        elements.push(`Not in these logs: ${fields} (rules that need them were skipped)`);
    }
    return elements.length > 0 ? (0, common_1.context)(...elements.slice(0, limits_1.LIMITS.contextElements)) : null;
}
function buttons(result, options) {
    if (options.buttons === false)
        return null;
    const { request } = options;
    const value = (0, buttonValue_1.encodeButtonValue)(request);
    const elements = [];
    if (value.length <= limits_1.LIMITS.buttonValue) {
        elements.push({ type: 'button', text: (0, common_1.plain)('Re-run'), action_id: registry_1.ACTION_IDS.rerun, value });
        const wider = (0, window_1.widerWindow)(request.window);
        if (wider !== null) {
            elements.push({ type: 'button', text: (0, common_1.plain)(`Widen to ${wider}`), action_id: registry_1.ACTION_IDS.widen, value });
        }
        if (result.total > 0) {
            elements.push({ type: 'button', text: (0, common_1.plain)('Show sample requests'), action_id: registry_1.ACTION_IDS.samples, value });
        }
    }
    if (options.kibanaUrl) {
        const url = (0, discover_1.discoverUrl)({
            kibanaUrl: options.kibanaUrl,
            fields: options.fields ?? fields_1.FIELD_DEFAULTS,
            service: result.service,
            status: result.status,
            environment: result.environment ?? request.environment,
            from: result.window.from,
            to: result.window.to,
        });
        if (url !== null && url.length <= limits_1.LIMITS.buttonUrl) {
            elements.push({ type: 'button', text: (0, common_1.plain)('Open in Discover'), action_id: registry_1.ACTION_IDS.openDiscover, url });
        }
    }
    return elements.length > 0 ? { type: 'actions', elements } : null;
}
function footer(result, options) {
    const window = `${(0, text_1.formatTime)(result.window.from, true)} – ${(0, text_1.formatTime)(result.window.to)}`;
    const parts = [window, `${result.elasticsearchRequests} Elasticsearch ${(0, text_1.plural)(result.elasticsearchRequests, 'query', 'queries')}`];
    const who = (0, common_1.userMention)(options.requestedBy);
    if (who)
        parts.push(`asked by ${who}`);
    if (options.request.at)
        parts.push(`as of ${(0, text_1.formatTime)(options.request.at.toISOString(), true)}`);
    return (0, common_1.context)(parts.join(' · '));
}
function fallbackText(result, request) {
    const prefix = result.partial ? '[partial] ' : '';
    const what = `${result.status}s on ${(0, text_1.escapeMrkdwn)((0, text_1.oneLine)(result.service))} (last ${request.window})`;
    if (result.total === 0) {
        const text = result.serviceKnown === false ? `No logs for ${(0, text_1.escapeMrkdwn)((0, text_1.oneLine)(result.service))} in the last ${request.window}` : `No ${what}`;
        const suggestions = result.suggestions.slice(0, MAX_SUGGESTIONS).map((s) => (0, text_1.escapeMrkdwn)((0, text_1.oneLine)(s)));
        return (0, limits_1.truncate)(`${prefix}${text}${suggestions.length > 0 ? `. Did you mean ${suggestions.join(', ')}?` : ''}`, limits_1.LIMITS.fallbackText);
    }
    const ratio = result.baseline.ratio === null || result.baseline.expected === null ? 'no baseline yet' : `${(0, text_1.formatRatio)(result.baseline.ratio)} the expected ≈${(0, text_1.formatAmount)(result.baseline.expected)}`;
    const top = result.causes[0];
    const cause = top ? ` Top cause: ${(0, text_1.escapeMrkdwn)((0, text_1.oneLine)(top.title))} (${(0, text_1.formatPercent)(top.confidence)}).` : ' Nothing stands out.';
    return (0, limits_1.truncate)(`${prefix}${what}: ${(0, text_1.formatCount)(result.total)}, ${ratio}.${cause}`, limits_1.LIMITS.fallbackText);
}
/** The triage answer: what happened, how unusual it is, why (ranked causes with evidence), what to do. */
function share(value) {
    return value > 0 && value < 0.01 ? `${(value * 100).toFixed(1)}%` : `${Math.round(value * 100)}%`;
}
/** What is over-represented among these responses, with both shares (shown even when no rule fired). */
function contrastSection(result) {
    if (result.contrast.length === 0)
        return null;
    const lines = result.contrast.map((c) => `• ${(0, text_1.code)((0, limits_1.truncate)((0, text_1.oneLine)(c.field), 80))} ${(0, text_1.code)((0, limits_1.truncate)((0, mask_1.maskSecrets)((0, text_1.oneLine)(c.value)), 120))}: *${share(c.share)}* of these, ${share(c.baselineShare)} of successful requests`);
    return (0, common_1.section)((0, limits_1.joinWithinBudget)([`*What is different about these ${result.status}s*`, ...lines], 2900, (n) => `…and ${n} more`));
}
function renderTriage(result, options) {
    const { request } = options;
    const blocks = [{ type: 'header', text: (0, common_1.plain)(headerText(result, request)) }];
    if (options.late) {
        blocks.push((0, common_1.context)(':hourglass: This answer arrived after the time limit; it is complete, just late.'));
    }
    if (result.partial) {
        blocks.push((0, common_1.section)(':warning: *Partial result.* Some Elasticsearch shards did not answer, so these counts are a lower bound and causes may be missing. Re-run in a minute for a complete answer.'));
    }
    if (result.total === 0) {
        blocks.push((0, common_1.section)(noMatchesText(result, request)));
    }
    else {
        blocks.push((0, common_1.section)(summaryText(result, request)));
        const series = seriesContext(result);
        if (series)
            blocks.push(series);
        blocks.push({ type: 'divider' });
        if (result.causes.length === 0) {
            blocks.push((0, common_1.section)('*Nothing stands out.* No cause rule matched these requests strongly; the sample requests may show a pattern.'));
        }
        else {
            result.causes.slice(0, exports.MAX_CAUSES_SHOWN).forEach((cause, i) => blocks.push(causeSection(cause, i + 1)));
            const hidden = result.causes.slice(exports.MAX_CAUSES_SHOWN);
            if (hidden.length > 0) {
                const names = (0, limits_1.joinWithinBudget)(hidden.map((c) => `${(0, text_1.escapeMrkdwn)((0, text_1.oneLine)(c.title))} (${(0, text_1.formatPercent)(c.confidence)})`), 1500, (n) => `…and ${n} more`, ', ');
                blocks.push((0, common_1.context)(`…and ${hidden.length} more ${(0, text_1.plural)(hidden.length, 'cause')} with lower confidence: ${names}`));
            }
        }
        const contrast = contrastSection(result);
        if (contrast)
            blocks.push(contrast);
        blocks.push({ type: 'divider' });
        const rule = result.decisionRule;
        blocks.push((0, common_1.section)((0, limits_1.truncate)(`*Decision rule: ${result.status === 403 ? '403 or 404 (or 401)?' : '404 or 410 (or 403)?'}*\n${(0, text_1.escapeMrkdwn)(rule.summary)}\n${(0, text_1.escapeMrkdwn)(rule.explanation)}`, limits_1.LIMITS.sectionText)));
    }
    const notes = notesContext(result);
    if (notes)
        blocks.push(notes);
    blocks.push(footer(result, options));
    const actions = buttons(result, options);
    if (actions)
        blocks.push(actions);
    return (0, limits_1.fitMessage)({ text: fallbackText(result, request), blocks });
}
//# sourceMappingURL=triage.js.map