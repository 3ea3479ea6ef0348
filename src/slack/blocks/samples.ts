import type { SampleRequest, TriageRequest } from '../../services/types';
import { maskSample } from '../mask';
import { context, describeQuery, section } from './common';
import { fitMessage, LIMITS, truncate } from './limits';
import { code, escapeMrkdwn, formatTime, oneLine, plural } from './text';
import type { Block, SlackMessage } from './types';

export const MAX_SAMPLES_SHOWN = 20;

function sampleLine(sample: SampleRequest): string {
  const s = maskSample(sample);
  const request = `${s.method ?? '?'} ${s.path ?? '?'}`;
  const parts = [`${code(formatTime(s.timestamp, true))} ${code(truncate(oneLine(request), 300))} → *${s.status}*`];
  if (s.user) parts.push(`user ${code(truncate(oneLine(s.user), 120))}`);
  if (s.clientIp) parts.push(`from ${code(truncate(oneLine(s.clientIp), 60))}`);
  if (s.reason) parts.push(`reason: _${truncate(escapeMrkdwn(oneLine(s.reason)), 300)}_`);
  if (s.userAgent) parts.push(`agent ${code(truncate(oneLine(s.userAgent), 200))}`);
  return truncate(parts.join(' · '), LIMITS.sectionText);
}

/** Sample requests behind a triage, every value masked (tokens, keys, session ids, e-mail addresses). */
export function renderSamples(request: TriageRequest, samples: readonly SampleRequest[]): SlackMessage {
  const what = describeQuery(request);
  if (samples.length === 0) {
    return fitMessage({ text: `No sample requests for ${what}.`, blocks: [section(`No sample requests for ${what}.`)] });
  }
  const shown = samples.slice(0, MAX_SAMPLES_SHOWN);
  const blocks: Block[] = [section(`*Sample requests: ${what}*`)];
  shown.forEach((sample) => blocks.push(section(sampleLine(sample))));
  const notes = ['Secrets, session ids and e-mail addresses are masked.'];
  if (samples.length > shown.length) notes.unshift(`…and ${samples.length - shown.length} more not shown.`);
  blocks.push(context(...notes));
  return fitMessage({ text: `${shown.length} sample ${plural(shown.length, 'request')} for ${what} (secrets masked)`, blocks });
}
