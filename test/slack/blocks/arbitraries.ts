import fc from 'fast-check';
import { CAUSE_IDS, type Cause, type TriageResult } from '../../../src/domain/types';
import { WINDOWS } from '../../../src/domain/window';
import type { TriageRequest } from '../../../src/services/types';

/** Text as hostile as logs get: long, unicode, Slack markup, query syntax, control characters. */
export const nastyText = (maxLength = 500): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.constantFrom('<!channel>', '<!here|here>', '<@U123>', '*bold* _it_ ~s~ `code`', '```', '&amp;&lt;&gt;', 'a*" OR \\ b', '😀'.repeat(200), '\u0000\u0007\n\r\t', ''),
    fc.string({ minLength: 3000, maxLength: 6000 }),
  );

export const causeArb: fc.Arbitrary<Cause> = fc.record({
  id: fc.constantFrom(...CAUSE_IDS),
  confidence: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(Number.NaN, -1, 2)),
  title: nastyText(300),
  evidence: fc.array(nastyText(800), { maxLength: 120 }),
  remediation: fc.array(nastyText(800), { maxLength: 60 }),
  why: fc.array(nastyText(800), { maxLength: 20 }),
});

export const triageResultArb: fc.Arbitrary<TriageResult> = fc.record({
  status: fc.constantFrom(403 as const, 404 as const),
  service: fc.oneof(fc.constantFrom('checkout-api'), nastyText(400)),
  environment: fc.option(nastyText(100), { nil: null }),
  window: fc.record({ from: fc.constantFrom('2024-05-01T16:00:00.000Z', 'not a date'), to: fc.constantFrom('2024-05-01T17:00:00.000Z') }),
  total: fc.oneof(fc.constant(0), fc.nat({ max: 10_000_000 })),
  baseline: fc.record({
    expected: fc.option(fc.double({ min: 0, max: 1e7, noNaN: true }), { nil: null }),
    ratio: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null }),
    periods: fc.nat({ max: 8 }),
  }),
  series: fc.array(
    fc.record({ t: fc.date({ min: new Date('2024-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }).map((d) => d.toISOString()), count: fc.nat({ max: 1_000_000 }) }),
    { maxLength: 2500 },
  ),
  causes: fc.array(causeArb, { maxLength: 300 }),
  contrast: fc.array(fc.record({ field: nastyText(300), value: nastyText(3000), share: fc.double({ min: 0, max: 1, noNaN: true }), baselineShare: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 40 }),
  decisionRule: fc.record({ summary: nastyText(3000), explanation: nastyText(6000) }),
  elasticsearchRequests: fc.nat({ max: 50 }),
  notes: fc.array(nastyText(600), { maxLength: 40 }),
  missingFields: fc.array(nastyText(100), { maxLength: 60 }),
  partial: fc.boolean(),
  serviceKnown: fc.option(fc.boolean(), { nil: null }),
  suggestions: fc.array(nastyText(200), { maxLength: 30 }),
});

export const requestArb: fc.Arbitrary<TriageRequest> = fc.record({
  status: fc.constantFrom(403 as const, 404 as const),
  service: fc.constantFrom('checkout-api', 'a'.repeat(128), 'team/x.y:z'),
  window: fc.constantFrom(...WINDOWS),
  environment: fc.option(fc.constantFrom('prod', 'staging'), { nil: null }),
});
