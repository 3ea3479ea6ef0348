import { parseDuration } from './duration';

/** The windows the contract offers, in the order help texts list them. */
export const WINDOWS = ['15m', '1h', '6h', '24h', '7d'] as const;
export type WindowName = (typeof WINDOWS)[number];
export const DEFAULT_WINDOW: WindowName = '1h';

export function isWindowName(text: string): text is WindowName {
  return (WINDOWS as readonly string[]).includes(text);
}

/** `1h` → 3 600 000; null for anything the contract does not offer. */
export function parseWindow(text: string): number | null {
  const lower = text.trim().toLowerCase();
  return isWindowName(lower) ? parseDuration(lower) : null;
}

/** The next wider window (for the "widen" button), or null at the widest. */
export function widerWindow(name: WindowName): WindowName | null {
  const index = WINDOWS.indexOf(name);
  return WINDOWS[index + 1] ?? null;
}

/** The smallest window that covers `ms` (the widest when none does): a full triage of what the watcher saw. */
export function coveringWindow(ms: number): WindowName {
  return WINDOWS.find((w) => (parseWindow(w) ?? 0) >= ms) ?? WINDOWS[WINDOWS.length - 1] ?? DEFAULT_WINDOW;
}
