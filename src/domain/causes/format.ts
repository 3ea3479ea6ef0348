/** Wording helpers for evidence lines: people read these at 3 a.m., so numbers are grouped and rounded. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Built once: `toLocaleString` builds a formatter on every call, a few per cent of a triage's own time. */
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 9800 → "9,800". */
export function num(value: number): string {
  return GROUPED.format(Math.round(value));
}

/** 0.823 → "82%"; never shows 0% or 100% for a share that is neither. */
export function pct(share: number): string {
  if (!Number.isFinite(share) || share <= 0) return '0%';
  if (share >= 1) return '100%';
  const rounded = Math.round(share * 100);
  if (rounded === 0) return '<1%';
  if (rounded === 100) return '>99%';
  return `${rounded}%`;
}

/** 2.345 → "2.3". */
export function ratio(value: number): string {
  return value >= 10 ? num(value) : value.toFixed(1);
}

/** A duration as people say it: "40 min", "5 h", "3 days". */
export function span(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < HOUR) return `${Math.max(1, Math.round(abs / MINUTE))} min`;
  if (abs < 2 * DAY) return `${Math.round(abs / HOUR)} h`;
  return `${Math.round(abs / DAY)} days`;
}

export function code(value: string): string {
  return `\`${value}\``;
}

/** ["a","b","c","d"] → "`a`, `b`, `c` and 1 more". */
export function codeList(values: readonly string[], max = 3): string {
  const shown = values.slice(0, max).map(code);
  const rest = values.length - shown.length;
  if (shown.length === 0) return '';
  if (rest > 0) return `${shown.join(', ')} and ${num(rest)} more`;
  if (shown.length === 1) return shown[0] as string;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] as string}`;
}

/** "1 user" / "12 users". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${num(count)} ${count === 1 ? singular : pluralForm}`;
}
