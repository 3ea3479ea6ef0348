import fc from 'fast-check';
import type { SpikeAlert } from '../../../src/domain/spike';
import type { AlertState, MuteState, WatchStateList } from '../../../src/services/watch';
import { limitViolations, renderAlert, renderAlertList, renderAlertState, renderFollowUpNote, renderMuted, renderResolvedNote, renderUnmuted, renderWatcherOff } from '../../../src/slack/blocks';
import { alertOf, MAX_ALERT_CAUSES, triageWindowFor } from '../../../src/slack/blocks/alert';
import type { ActionsBlock, Block } from '../../../src/slack/blocks/types';
import { decodeAlertButton, decodeButtonValue } from '../../../src/slack/buttonValue';
import { ACTION_IDS, MUTE_CHOICES } from '../../../src/slack/registry';
import { messageText } from '../support/messages';
import { causeArb, nastyText } from './arbitraries';

const FIRED = '2026-11-20T12:00:00.000Z';
const textOf = (m: { text: string; blocks: Block[] }): string => messageText({ text: m.text, blocks: m.blocks });
const actions = (blocks: Block[]): ActionsBlock | undefined => blocks.find((b): b is ActionsBlock => b.type === 'actions');
/** Everything Slack reads as mrkdwn (the header is plain_text: markup there is shown as typed, never run). */
const markup = (m: { text: string; blocks: Block[] }): string => JSON.stringify({ text: m.text, blocks: m.blocks.filter((b) => b.type !== 'header') });

function alertFixture(overrides: Partial<SpikeAlert> = {}): SpikeAlert {
  return {
    incidentId: `checkout/404/${FIRED}`,
    service: 'checkout',
    status: 404,
    count: 300,
    expected: 5,
    ratio: 60,
    changePct: 5900,
    window: { from: '2026-11-20T11:45:00.000Z', to: FIRED },
    firedAt: FIRED,
    series: Array.from({ length: 12 }, (_, i) => ({ t: new Date(Date.parse(FIRED) - (12 - i) * 5 * 60_000).toISOString(), count: i < 9 ? 1 : 100 })),
    causes: [
      {
        id: 'deploy_broke_routes',
        confidence: 0.82,
        title: 'A deployment broke routes',
        evidence: ['404s start with service.version 2.4.1 at 11:50 UTC (token=sk_live_abcdef123456)', 'second line'],
        remediation: ['Roll back to 2.4.0', 'Add a route test'],
      },
      { id: 'routing_regression', confidence: 0.55, title: 'URLs that were 200 now 404', evidence: [], remediation: ['Compare the router tables'] },
      { id: 'scanner_probe', confidence: 0.3, title: 'Automated probes', evidence: ['/wp-login.php'], remediation: [] },
      { id: 'baseline_noise', confidence: 0.1, title: 'Noise', evidence: [], remediation: ['Nothing'] },
    ],
    notes: [],
    channel: 'C0ALERTS',
    ...overrides,
  };
}

function stateFixture(overrides: Partial<AlertState> = {}): AlertState {
  const alert = alertFixture();
  const measure = { count: 300, expected: 5, ratio: 60, changePct: 5900, at: FIRED };
  return {
    id: 'alert:404:checkout',
    kind: 'alert',
    service: 'checkout',
    status: 404,
    incidentId: alert.incidentId,
    phase: 'firing',
    firedAt: FIRED,
    resolvedAt: null,
    updatedAt: FIRED,
    fired: measure,
    notified: measure,
    resolution: null,
    refires: 0,
    channel: 'C0ALERTS',
    ts: '1700000000.000100',
    pending: null,
    lease: null,
    acknowledgedBy: null,
    acknowledgedAt: null,
    alert,
    ...overrides,
  };
}

describe('renderAlert', () => {
  const message = renderAlert(alertFixture());
  const all = textOf(message);

  it('fits Slack and has a plain-text fallback that tells the whole story', () => {
    expect(limitViolations(message)).toEqual([]);
    expect(message.text).toBe('404 spike on checkout: 300 in the last 15m, expected ≈5 (60×, +5900%). Top cause: A deployment broke routes (82%).');
  });

  it('leads with status and service, then count vs expected, the ratio and the % change', () => {
    expect(message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: ':rotating_light: 404 spike · checkout', emoji: true } });
    expect(all).toContain('*300* 404s in the last 15m · expected ≈5 · *60×* the usual level (+5900%) on *checkout* (Not Found)');
  });

  it('draws the series as a sparkline with its peak', () => {
    expect(all).toMatch(/`▁{9}█{3}`/);
    expect(all).toContain('peak 100 at 11:45 UTC');
  });

  it('shows the top causes with their first remediation step and masked evidence', () => {
    expect(all).toContain('*1. A deployment broke routes* · 82% confidence · `deploy_broke_routes`');
    expect(all).toContain('*First step:* Roll back to 2.4.0');
    expect(all).not.toContain('Add a route test');
    expect(all).toContain('*2. URLs that were 200 now 404* · 55% confidence');
    expect(all).toContain('*First step:* Compare the router tables');
    expect(all).toContain('_No remediation recorded; run the full triage._');
    expect(all).not.toContain('sk_live_abcdef123456');
    expect(all).not.toContain('Noise');
    expect(all).toContain(`…and ${4 - MAX_ALERT_CAUSES} more in the full triage.`);
  });

  it('offers a full triage, mute for 1h / 4h / 24h and acknowledge, with values the listeners can read', () => {
    const row = actions(message.blocks);
    expect(row?.elements.map((e) => e.action_id)).toEqual([ACTION_IDS.alertTriage, ...MUTE_CHOICES.map((c) => c.actionId), ACTION_IDS.alertAcknowledge]);
    expect(row?.elements.map((e) => e.text.text)).toEqual(['Run full triage', 'Mute 1h', 'Mute 4h', 'Mute 24h', 'Acknowledge']);
    const [triage, mute1h, mute4h, mute24h, ack] = row?.elements ?? [];
    // The same window the alert's own triage used, so the answer explains what fired; its Widen button goes further.
    expect(decodeButtonValue(triage?.value)).toEqual({ status: 404, service: 'checkout', window: '15m', environment: null });
    expect(decodeAlertButton(mute1h?.value)).toEqual({ status: 404, service: 'checkout', duration: '1h', durationMs: 3_600_000 });
    expect(decodeAlertButton(mute4h?.value)?.durationMs).toBe(4 * 3_600_000);
    expect(decodeAlertButton(mute24h?.value)?.durationMs).toBe(24 * 3_600_000);
    expect(decodeAlertButton(ack?.value)).toEqual({ status: 404, service: 'checkout', duration: null, durationMs: null });
  });

  it('triages the smallest window covering the detection window', () => {
    expect(triageWindowFor(15 * 60_000)).toBe('15m');
    expect(triageWindowFor(20 * 60_000)).toBe('1h');
    expect(triageWindowFor(30 * 86_400_000)).toBe('7d');
  });

  it('says so when no cause stands out, and shows the notes (e.g. the triage failed)', () => {
    const out = textOf(renderAlert(alertFixture({ causes: [], notes: ['The triage could not run: Elasticsearch did not answer'] })));
    expect(out).toContain('*No cause stands out yet.*');
    expect(out).toContain(':information_source: The triage could not run');
  });

  it('handles a spike where nothing was expected', () => {
    const out = renderAlert(alertFixture({ expected: 0, ratio: null, changePct: null }));
    expect(textOf(out)).toContain('nothing was expected at this time of day (new)');
    expect(out.text).toContain('nothing expected (new)');
  });

  it('neutralises Slack markup from logs and leaves buttons off for a name they cannot carry', () => {
    const out = renderAlert(
      alertFixture({
        service: 'my <!channel> service',
        causes: [{ id: 'scanner_probe', confidence: 0.5, title: '<!here> probes', evidence: ['<https://evil|click>'], remediation: ['<!everyone>'] }],
      }),
    );
    const json = markup(out);
    expect(json).not.toMatch(/<!(channel|here|everyone)>/);
    expect(json).not.toContain('<https://evil');
    expect(actions(out.blocks)).toBeUndefined();
    expect(textOf(out)).toContain('/status-triage mute <service> [403|404] <duration>');
    expect(limitViolations(out)).toEqual([]);
  });

  it('respects the limits for any alert (fuzz)', () => {
    const alertArb = fc.record({
      service: fc.oneof(fc.constantFrom('checkout', 'a'.repeat(128)), nastyText(300)),
      status: fc.constantFrom(403 as const, 404 as const),
      count: fc.nat({ max: 10_000_000 }),
      expected: fc.double({ min: 0, max: 1e6, noNaN: true }),
      ratio: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null }),
      changePct: fc.option(fc.integer({ min: -100, max: 1e8 }), { nil: null }),
      series: fc.array(fc.record({ t: fc.constantFrom(FIRED, 'not a date'), count: fc.nat({ max: 1_000_000 }) }), { maxLength: 2000 }),
      causes: fc.array(causeArb, { maxLength: 40 }),
      notes: fc.array(nastyText(800), { maxLength: 20 }),
    });
    const phase = fc.constantFrom('new' as const, 'acknowledged' as const, 'resolved' as const, 'reopened' as const);
    fc.assert(
      fc.property(alertArb, phase, fc.oneof(fc.constant('U0BOB'), nastyText(100)), (fields, which, by) => {
        const alert = alertFixture(fields);
        const out =
          which === 'new'
            ? renderAlert(alert)
            : renderAlertState(
                stateFixture({
                  alert,
                  acknowledgedBy: which === 'acknowledged' ? by : null,
                  acknowledgedAt: which === 'acknowledged' ? FIRED : null,
                  phase: which === 'resolved' ? 'resolved' : 'firing',
                  resolvedAt: which === 'resolved' ? '2026-11-20T14:00:00.000Z' : null,
                  refires: which === 'reopened' ? 3 : 0,
                }),
              );
        expect(limitViolations(out)).toEqual([]);
        expect(markup(out)).not.toContain('<!channel>');
      }),
      { numRuns: 150 },
    );
  });
});

describe('the alert message later in its life', () => {
  it('acknowledged: says who and when, and drops only the acknowledge button', () => {
    const out = renderAlertState(stateFixture({ acknowledgedBy: 'U0BOB', acknowledgedAt: '2026-11-20T12:05:00.000Z' }));
    expect(textOf(out)).toContain(':eyes: Acknowledged by <@U0BOB> at 12:05 UTC');
    expect(actions(out.blocks)?.elements.map((e) => e.action_id)).toEqual([ACTION_IDS.alertTriage, ...MUTE_CHOICES.map((c) => c.actionId)]);
    expect(out.text).toContain('Acknowledged.');
    expect(limitViolations(out)).toEqual([]);
  });

  it('resolved: keeps the facts, drops the buttons, says when and how it ended', () => {
    const state = stateFixture({
      phase: 'resolved',
      resolvedAt: '2026-11-20T14:05:00.000Z',
      resolution: { count: 4, expected: 5, ratio: 0.8, changePct: -20, at: '2026-11-20T14:05:00.000Z' },
      acknowledgedBy: 'U0BOB',
      acknowledgedAt: '2026-11-20T12:05:00.000Z',
    });
    const out = renderAlertState(state);
    const all = textOf(out);
    expect(out.blocks[0]).toMatchObject({ type: 'header', text: { text: ':white_check_mark: Resolved · 404 spike · checkout' } });
    expect(actions(out.blocks)).toBeUndefined();
    expect(all).toContain('At its start: *300* 404s in the last 15m · expected ≈5');
    expect(all).toContain('*1. A deployment broke routes*');
    expect(all).toContain(':white_check_mark: *Resolved* at Nov 20 14:05 UTC after 2h 5m: 4 in the last 15m, expected ≈5');
    expect(all).toContain('Acknowledged by <@U0BOB>');
    expect(out.text).toBe('Resolved: 404 spike on checkout (fired Nov 20 12:00 UTC, lasted 2h 5m)');
    expect(limitViolations(out)).toEqual([]);
  });

  it('re-opened: firing again with its buttons, and how often it came back', () => {
    const out = renderAlertState(stateFixture({ refires: 2, notified: { count: 420, expected: 5, ratio: 84, changePct: 8300, at: '2026-11-20T15:00:00.000Z' } }));
    expect(textOf(out)).toContain(':repeat: re-opened 2× (last at 15:00 UTC: 420, 84×)');
    expect(actions(out.blocks)).toBeDefined();
  });

  it('rebuilds an alert stored without its payload from the measure that fired it', () => {
    const state = stateFixture({ alert: null });
    expect(alertOf(state)).toMatchObject({ service: 'checkout', status: 404, count: 300, expected: 5, causes: [], series: [] });
    expect(limitViolations(renderAlertState(state))).toEqual([]);
  });
});

describe('thread notes', () => {
  it('resolved: the time, the level it fell back to, and how long it lasted', () => {
    const state = stateFixture({
      phase: 'resolved',
      resolvedAt: '2026-11-20T13:00:00.000Z',
      resolution: { count: 3, expected: 5, ratio: 0.6, changePct: -40, at: '2026-11-20T13:00:00.000Z' },
    });
    const out = renderResolvedNote(state);
    expect(textOf(out)).toContain(':white_check_mark: *Resolved* at Nov 20 13:00 UTC: 3 404s in the last 15m, expected ≈5. Back under the alert threshold after 1h.');
    expect(out.text).toBe('Resolved: 404s on checkout are back to normal after 1h.');
    expect(limitViolations(out)).toEqual([]);
  });

  it('refired and worsened', () => {
    const measure = { service: 'checkout', status: 404 as const, count: 900, expected: 5, ratio: 180, changePct: 17900, spiking: true, elevated: true, periods: 8, reason: '' };
    const refired = renderFollowUpNote(stateFixture({ refires: 2, updatedAt: '2026-11-20T15:00:00.000Z' }), { kind: 'refired', measure });
    expect(textOf(refired)).toContain(':repeat: *Back up* at Nov 20 15:00 UTC: *900* 404s in the last 15m · expected ≈5 · *180×* the usual level (+17900%)');
    expect(textOf(refired)).toContain('Re-opened (2nd time)');
    const worse = renderFollowUpNote(stateFixture({ updatedAt: '2026-11-20T12:30:00.000Z' }), { kind: 'worsened', measure });
    expect(textOf(worse)).toContain(':chart_with_upwards_trend: *Worse* at Nov 20 12:30 UTC: *900* 404s');
    expect(textOf(worse)).toContain('(300 at the alert)');
    expect(limitViolations(worse)).toEqual([]);
  });
});

describe('watcher command answers', () => {
  const now = new Date('2026-11-20T12:30:00.000Z');
  const scope = { services: ['checkout', 'payments'], statuses: [403, 404], intervalMs: 60_000, alertChannel: 'C0ALERTS' };
  const mute: MuteState = { service: 'payments', status: 403, until: '2026-11-20T13:00:00.000Z', by: 'U0ALICE', createdAt: '2026-11-20T12:00:00.000Z' };

  it('lists what is firing, muted and recently resolved', () => {
    const list: WatchStateList = {
      firing: [stateFixture({ acknowledgedBy: 'U0BOB' })],
      muted: [mute, { ...mute, service: '*', status: null }],
      resolved: [stateFixture({ service: 'search', phase: 'resolved', resolvedAt: '2026-11-20T12:20:00.000Z' })],
    };
    const out = renderAlertList(list, now, scope);
    const all = textOf(out);
    expect(all).toContain('*Firing (1)*\n:rotating_light: *checkout* 404 since Nov 20 12:00 UTC (30m) · fired at 300 vs ≈5 (60×) · in <#C0ALERTS> · :eyes: acknowledged by <@U0BOB>');
    expect(all).toContain(':mute: 403 alerts for *payments* until Nov 20 13:00 UTC (30m left) · by <@U0ALICE>');
    expect(all).toContain(':mute: all alerts for every service');
    expect(all).toContain('*Resolved in the last 24h (1)*\n:white_check_mark: *search* 404');
    expect(all).toContain('Watching checkout, payments (403, 404) every 1m · alerts go to <#C0ALERTS>');
    expect(out.text).toBe('Firing: checkout 404; 2 mutes active.');
    expect(limitViolations(out)).toEqual([]);
  });

  it('says plainly when nothing is firing or muted', () => {
    const out = renderAlertList({ firing: [], muted: [], resolved: [] }, now, { ...scope, services: ['*'] });
    expect(textOf(out)).toContain(':large_green_circle: *Nothing is firing.*');
    expect(textOf(out)).toContain('*Muted:* nothing.');
    expect(textOf(out)).toContain('Watching every service in the logs');
  });

  it('stays within the limits with hundreds of entries', () => {
    const firing = Array.from({ length: 400 }, (_, i) => stateFixture({ service: `service-${i}-${'x'.repeat(100)}` }));
    const muted = Array.from({ length: 400 }, (_, i) => ({ ...mute, service: `svc-${i}` }));
    const out = renderAlertList({ firing, muted, resolved: firing }, now, { ...scope, services: firing.map((f) => f.service) });
    expect(limitViolations(out)).toEqual([]);
    expect(textOf(out)).toContain('more');
  });

  it('confirms a mute with who, what, until when and how to lift it', () => {
    const out = renderMuted(mute, 3_600_000, 'payments is not among the watched services');
    expect(textOf(out)).toContain(':mute: <@U0ALICE> muted 403 alerts for *payments* for 1h, until Nov 20 13:00 UTC. `/status-triage unmute payments 403` lifts it.');
    expect(textOf(out)).toContain(':warning: payments is not among the watched services');
    expect(out.text).toBe('Muted 403 alerts for payments until Nov 20 13:00 UTC.');
  });

  it('confirms an unmute, and names the mutes that still hold', () => {
    const lifted = renderUnmuted({ service: 'payments', status: 403 }, 'U0BOB', { removed: 1, remaining: [{ ...mute, status: null }] });
    expect(textOf(lifted)).toContain(':loud_sound: <@U0BOB> unmuted 403 alerts for *payments*.');
    expect(textOf(lifted)).toContain('*Still muted*\n• all alerts for *payments* until Nov 20 13:00 UTC (by <@U0ALICE>): `/status-triage unmute payments`');
    const none = renderUnmuted({ service: 'payments', status: null }, 'U0BOB', { removed: 0, remaining: [] });
    expect(none.text).toBe('No mute of all alerts for payments to lift.');
  });

  it('says the alerts are off where no watcher runs', () => {
    expect(renderWatcherOff().text).toContain('WATCH_SERVICES and ALERT_CHANNEL');
  });
});
