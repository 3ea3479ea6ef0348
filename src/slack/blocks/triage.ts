import { FIELD_DEFAULTS, type FieldMap } from '../../config/fields';
import { formatDuration } from '../../domain/duration';
import type { Cause, TriageResult } from '../../domain/types';
import { widerWindow } from '../../domain/window';
import type { TriageRequest } from '../../services/types';
import { encodeButtonValue } from '../buttonValue';
import { maskSecrets } from '../mask';
import { ACTION_IDS } from '../registry';
import { context, plain, section, userMention } from './common';
import { discoverUrl } from './discover';
import { fitMessage, joinWithinBudget, LIMITS, truncate } from './limits';
import { barCount, sparkline } from './sparkline';
import { code, escapeMrkdwn, formatAmount, formatCount, formatPercent, formatRatio, formatTime, oneLine, plural } from './text';
import type { ActionsBlock, Block, ButtonElement, SlackMessage } from './types';

/** How much of a long answer we show; the rest is counted ("…and 4 more causes"), never silently dropped. */
export const MAX_CAUSES_SHOWN = 8;
const MAX_EVIDENCE_LINE = 400;
const MAX_REMEDIATION_LINE = 400;
const MAX_WHY_LINE = 300;
const EVIDENCE_BUDGET = 1700;
const MAX_NOTES_SHOWN = 6;
const MAX_SUGGESTIONS = 5;

export interface TriageRenderOptions {
  /** What was asked (the window name is not in the result). */
  request: TriageRequest;
  kibanaUrl?: string | undefined;
  fields?: Pick<FieldMap, 'service' | 'status' | 'environment'>;
  /** Slack user id of the person who asked, shown in the footer. */
  requestedBy?: string | undefined;
  /** Delivered after a timeout message already went out. */
  late?: boolean;
  /** Buttons are left out where they cannot work (e.g. a CLI preview). Default true. */
  buttons?: boolean;
}

const STATUS_NAMES: Record<number, string> = { 403: 'Forbidden', 404: 'Not Found' };

function headerText(result: TriageResult, request: TriageRequest): string {
  const env = result.environment ?? request.environment;
  const parts = [`${result.status} ${STATUS_NAMES[result.status] ?? ''}`.trim(), oneLine(result.service), `last ${request.window}`];
  if (env) parts.push(oneLine(env));
  const text = parts.join(' · ');
  return truncate(result.partial ? `${text} (partial)` : text, LIMITS.headerText);
}

/** Log-derived text: one line, secrets masked, markup neutralised, bounded. */
function fromLogs(text: string, max: number): string {
  return truncate(escapeMrkdwn(maskSecrets(oneLine(text))), max);
}

/** What raised or lowered the cause against its rivals: the largest change, one short line (or nothing). */
function whyLine(cause: Cause): string {
  const why = cause.why ?? [];
  const [first] = why;
  if (first === undefined) return '';
  const more = why.length > 1 ? ` (+${why.length - 1} more)` : '';
  return `\n_Why this rank:_ ${fromLogs(first, MAX_WHY_LINE)}${more}`;
}

function causeSection(cause: Cause, rank: number): Block {
  const title = `*${rank}. ${escapeMrkdwn(oneLine(cause.title))}* · ${formatPercent(cause.confidence)} confidence · ${code(cause.id)}`;
  const evidenceLines = cause.evidence.map((line) => `• ${fromLogs(line, MAX_EVIDENCE_LINE)}`);
  const evidence =
    evidenceLines.length > 0
      ? joinWithinBudget(evidenceLines, EVIDENCE_BUDGET, (n) => `• …and ${n} more ${plural(n, 'finding')}`)
      : '• _no evidence recorded_';
  const head = `${truncate(title, 400)}${whyLine(cause)}\n${evidence}`;
  const remediationLines = cause.remediation.map((step, i) => `${i + 1}. ${truncate(escapeMrkdwn(oneLine(step)), MAX_REMEDIATION_LINE)}`);
  const room = LIMITS.sectionText - head.length - '\n*What to do*\n'.length;
  const remediation =
    remediationLines.length > 0 && room > 60
      ? `\n*What to do*\n${joinWithinBudget(remediationLines, room, (n) => `…and ${n} more ${plural(n, 'step')}`)}`
      : '';
  return section(truncate(`${head}${remediation}`, LIMITS.sectionText));
}

/** "· 5m per bar" when every bar spans the same time; nothing when the series had to be squeezed unevenly. */
function bucketLabel(result: TriageResult, bars: number, even: boolean): string {
  const [a, b] = result.series;
  if (!a || !b || !even || bars === 0) return '';
  const ms = (new Date(b.t).getTime() - new Date(a.t).getTime()) * (result.series.length / bars);
  return Number.isFinite(ms) && ms > 0 && Number.isInteger(ms) ? ` · ${formatDuration(ms)} per bar` : '';
}

function seriesContext(result: TriageResult): Block | null {
  if (result.series.length === 0) return null;
  const counts = result.series.map((p) => p.count);
  let peakIndex = 0;
  counts.forEach((c, i) => {
    if (c > (counts[peakIndex] ?? 0)) peakIndex = i;
  });
  const peak = result.series[peakIndex];
  const peakText = peak && peak.count > 0 ? ` · peak ${formatCount(peak.count)} at ${formatTime(peak.t)}` : '';
  const { bars, even } = barCount(counts.length);
  return context(`\`${sparkline(counts, bars)}\`${peakText}${bucketLabel(result, bars, even)}`);
}

function summaryText(result: TriageResult, request: TriageRequest): string {
  const count = `*${formatCount(result.total)}* ${result.status}s in the last ${request.window}`;
  const { expected, ratio, periods } = result.baseline;
  const baseline =
    expected === null || periods === 0
      ? ' · no baseline yet (no earlier logs to compare with)'
      : ratio === null
        ? expected > 0
          ? ` · expected ≈${formatAmount(expected)}, no ratio yet`
          : ' · none usually at this time'
        : ` · expected ≈${formatAmount(expected)} · *${formatRatio(ratio)}* the usual level`;
  return `${count}${baseline}`;
}

function noMatchesText(result: TriageResult, request: TriageRequest): string {
  const service = `*${escapeMrkdwn(oneLine(result.service))}*`;
  const env = request.environment !== null ? ` in ${escapeMrkdwn(request.environment)}` : '';
  let text: string;
  if (result.serviceKnown === false) text = `No logs for ${service}${env} in the last ${request.window}.`;
  else if (result.serviceKnown === true) {
    text = `No ${result.status}s for ${service}${env} in the last ${request.window}: the service is logging, just not ${result.status}s.`;
  } else text = `No ${result.status}s found for ${service}${env} in the last ${request.window}.`;
  const suggestions = result.suggestions.filter((s) => s !== result.service).slice(0, MAX_SUGGESTIONS);
  if (suggestions.length > 0) text += `\nDid you mean ${suggestions.map((s) => code(truncate(oneLine(s), 100))).join(', ')}?`;
  return text;
}

function notesContext(result: TriageResult): Block | null {
  const elements: string[] = result.notes.slice(0, MAX_NOTES_SHOWN).map((note) => `:information_source: ${fromLogs(note, 500)}`);
  if (result.notes.length > MAX_NOTES_SHOWN) elements.push(`…and ${result.notes.length - MAX_NOTES_SHOWN} more notes`);
  if (result.missingFields.length > 0) {
    const fields = joinWithinBudget(result.missingFields.map((f) => code(truncate(f, 80))), 1000, (n) => `…and ${n} more`, ', ');
    elements.push(`Not in these logs: ${fields} (rules that need them were skipped)`);
  }
  return elements.length > 0 ? context(...elements.slice(0, LIMITS.contextElements)) : null;
}

function buttons(result: TriageResult, options: TriageRenderOptions): ActionsBlock | null {
  if (options.buttons === false) return null;
  const { request } = options;
  const value = encodeButtonValue(request);
  const elements: ButtonElement[] = [];
  if (value.length <= LIMITS.buttonValue) {
    elements.push({ type: 'button', text: plain('Re-run'), action_id: ACTION_IDS.rerun, value });
    const wider = widerWindow(request.window);
    if (wider !== null) {
      elements.push({ type: 'button', text: plain(`Widen to ${wider}`), action_id: ACTION_IDS.widen, value });
    }
    if (result.total > 0) {
      elements.push({ type: 'button', text: plain('Show sample requests'), action_id: ACTION_IDS.samples, value });
    }
  }
  if (options.kibanaUrl) {
    const url = discoverUrl({
      kibanaUrl: options.kibanaUrl,
      // The fields the triage found its documents by; the configured ones for an answer that does not say.
      fields: result.fieldsRead ?? options.fields ?? FIELD_DEFAULTS,
      service: result.service,
      status: result.status,
      environment: result.environment ?? request.environment,
      from: result.window.from,
      to: result.window.to,
    });
    if (url !== null && url.length <= LIMITS.buttonUrl) {
      elements.push({ type: 'button', text: plain('Open in Discover'), action_id: ACTION_IDS.openDiscover, url });
    }
  }
  return elements.length > 0 ? { type: 'actions', elements } : null;
}

function footer(result: TriageResult, options: TriageRenderOptions): Block {
  const window = `${formatTime(result.window.from, true)} – ${formatTime(result.window.to)}`;
  const parts = [window, `${result.elasticsearchRequests} Elasticsearch ${plural(result.elasticsearchRequests, 'query', 'queries')}`];
  const who = userMention(options.requestedBy);
  if (who) parts.push(`asked by ${who}`);
  if (options.request.at) parts.push(`as of ${formatTime(options.request.at.toISOString(), true)}`);
  return context(parts.join(' · '));
}

function fallbackText(result: TriageResult, request: TriageRequest): string {
  const prefix = result.partial ? '[partial] ' : '';
  const what = `${result.status}s on ${escapeMrkdwn(oneLine(result.service))} (last ${request.window})`;
  if (result.total === 0) {
    const text = result.serviceKnown === false ? `No logs for ${escapeMrkdwn(oneLine(result.service))} in the last ${request.window}` : `No ${what}`;
    const suggestions = result.suggestions.slice(0, MAX_SUGGESTIONS).map((s) => escapeMrkdwn(oneLine(s)));
    return truncate(`${prefix}${text}${suggestions.length > 0 ? `. Did you mean ${suggestions.join(', ')}?` : ''}`, LIMITS.fallbackText);
  }
  const ratio = result.baseline.ratio === null || result.baseline.expected === null ? 'no baseline yet' : `${formatRatio(result.baseline.ratio)} the expected ≈${formatAmount(result.baseline.expected)}`;
  const top = result.causes[0];
  const cause = top ? ` Top cause: ${escapeMrkdwn(oneLine(top.title))} (${formatPercent(top.confidence)}).` : ' Nothing stands out.';
  return truncate(`${prefix}${what}: ${formatCount(result.total)}, ${ratio}.${cause}`, LIMITS.fallbackText);
}

/** The triage answer: what happened, how unusual it is, why (ranked causes with evidence), what to do. */
function share(value: number): string {
  return value > 0 && value < 0.01 ? `${(value * 100).toFixed(1)}%` : `${Math.round(value * 100)}%`;
}

/** What is over-represented among these responses, with both shares (shown even when no rule fired). */
function contrastSection(result: TriageResult): Block | null {
  if (result.contrast.length === 0) return null;
  const lines = result.contrast.map(
    (c) => `• ${code(truncate(oneLine(c.field), 80))} ${code(truncate(maskSecrets(oneLine(c.value)), 120))}: *${share(c.share)}* of these, ${share(c.baselineShare)} of successful requests`,
  );
  return section(joinWithinBudget([`*What is different about these ${result.status}s*`, ...lines], 2900, (n) => `…and ${n} more`));
}

export function renderTriage(result: TriageResult, options: TriageRenderOptions): SlackMessage {
  const { request } = options;
  const blocks: Block[] = [{ type: 'header', text: plain(headerText(result, request)) }];
  if (options.late) {
    blocks.push(context(':hourglass: This answer arrived after the time limit; it is complete, just late.'));
  }
  if (result.partial) {
    blocks.push(
      section(
        ':warning: *Partial result.* Some Elasticsearch shards did not answer, so these counts are a lower bound and causes may be missing. Re-run in a minute for a complete answer.',
      ),
    );
  }

  if (result.total === 0) {
    blocks.push(section(noMatchesText(result, request)));
  } else {
    blocks.push(section(summaryText(result, request)));
    const series = seriesContext(result);
    if (series) blocks.push(series);
    blocks.push({ type: 'divider' });
    if (result.causes.length === 0) {
      blocks.push(section('*Nothing stands out.* No cause rule matched these requests strongly; the sample requests may show a pattern.'));
    } else {
      result.causes.slice(0, MAX_CAUSES_SHOWN).forEach((cause, i) => blocks.push(causeSection(cause, i + 1)));
      const hidden = result.causes.slice(MAX_CAUSES_SHOWN);
      if (hidden.length > 0) {
        const names = joinWithinBudget(
          hidden.map((c) => `${escapeMrkdwn(oneLine(c.title))} (${formatPercent(c.confidence)})`),
          1500,
          (n) => `…and ${n} more`,
          ', ',
        );
        blocks.push(context(`…and ${hidden.length} more ${plural(hidden.length, 'cause')} with lower confidence: ${names}`));
      }
    }
    const contrast = contrastSection(result);
    if (contrast) blocks.push(contrast);
    blocks.push({ type: 'divider' });
    const rule = result.decisionRule;
    blocks.push(
      section(
        truncate(
          `*Decision rule: ${result.status === 403 ? '403 or 404 (or 401)?' : '404 or 410 (or 403)?'}*\n${escapeMrkdwn(rule.summary)}\n${escapeMrkdwn(rule.explanation)}`,
          LIMITS.sectionText,
        ),
      ),
    );
  }
  const notes = notesContext(result);
  if (notes) blocks.push(notes);
  blocks.push(footer(result, options));
  const actions = buttons(result, options);
  if (actions) blocks.push(actions);
  return fitMessage({ text: fallbackText(result, request), blocks });
}
