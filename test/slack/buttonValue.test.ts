import fc from 'fast-check';
import { decodeAlertButton, decodeButtonValue, encodeAlertButton, encodeButtonValue } from '../../src/slack/buttonValue';
import { LIMITS } from '../../src/slack/blocks';
import { WINDOWS } from '../../src/domain/window';

describe('button values', () => {
  it('round-trip every valid request within Slack’s value limit', () => {
    const service = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/);
    const env = fc.option(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/), { nil: null });
    fc.assert(
      fc.property(fc.constantFrom(403 as const, 404 as const), service, fc.constantFrom(...WINDOWS), env, (status, svc, window, environment) => {
        const request = { status, service: svc, window, environment };
        const value = encodeButtonValue(request);
        expect(value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
        expect(decodeButtonValue(value)).toEqual(request);
      }),
    );
  });

  it('rejects anything else', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (value) => {
      const decoded = decodeButtonValue(value);
      if (decoded !== null) expect(decoded.service).toMatch(/^[A-Za-z0-9]/);
    }));
    expect(decodeButtonValue(undefined)).toBeNull();
    expect(decodeButtonValue(JSON.stringify({ v: 1, s: 403, n: '*', w: '1h', e: null }))).toBeNull();
    expect(decodeButtonValue(JSON.stringify({ v: 2, s: 403, n: 'x', w: '1h', e: null }))).toBeNull();
  });
});

describe('alert button values', () => {
  it('round-trip service, status and a mute duration', () => {
    const service = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/);
    fc.assert(
      fc.property(fc.constantFrom(403 as const, 404 as const), service, fc.constantFrom('1h', '4h', '24h', undefined), (status, svc, duration) => {
        const value = encodeAlertButton({ status, service: svc, ...(duration ? { duration } : {}) });
        expect(value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
        const decoded = decodeAlertButton(value);
        expect(decoded).toMatchObject({ status, service: svc, duration: duration ?? null });
        if (duration) expect(decoded?.durationMs).toBe(Number.parseInt(duration, 10) * 3_600_000);
      }),
    );
  });

  it('rejects other shapes, query syntax, and mutes out of bounds', () => {
    expect(decodeAlertButton(undefined)).toBeNull();
    expect(decodeAlertButton('not json')).toBeNull();
    // A triage button's value is not an alert button's.
    expect(decodeAlertButton(encodeButtonValue({ status: 403, service: 'x', window: '1h', environment: null }))).toBeNull();
    expect(decodeAlertButton(JSON.stringify({ v: 1, k: 'alert', s: 403, n: 'a* OR b' }))).toBeNull();
    expect(decodeAlertButton(JSON.stringify({ v: 1, k: 'alert', s: 500, n: 'x' }))).toBeNull();
    expect(decodeAlertButton(JSON.stringify({ v: 1, k: 'alert', s: 403, n: 'x', d: '30d' }))).toBeNull();
    expect(decodeAlertButton(JSON.stringify({ v: 1, k: 'alert', s: 403, n: 'x', d: '10s' }))).toBeNull();
    expect(decodeAlertButton(JSON.stringify({ v: 1, k: 'alert', s: 403, n: 'x', d: 'soon' }))).toBeNull();
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (value) => {
      const decoded = decodeAlertButton(value);
      if (decoded !== null) expect(decoded.service).toMatch(/^[A-Za-z0-9]/);
    }));
  });
});
