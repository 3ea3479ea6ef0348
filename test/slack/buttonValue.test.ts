import fc from 'fast-check';
import { decodeButtonValue, encodeButtonValue } from '../../src/slack/buttonValue';
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
