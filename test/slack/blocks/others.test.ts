import fc from 'fast-check';
import {
  limitViolations,
  renderAnswer,
  renderError,
  renderNotice,
  renderRefusal,
  renderSamples,
  renderUsage,
  renderWorking,
} from '../../../src/slack/blocks';
import { chunkText } from '../../../src/slack/blocks/ask';
import { MAX_SAMPLES_SHOWN } from '../../../src/slack/blocks/samples';
import { SAMPLE_FIXTURE } from '../support/fixtures';
import { messageText } from '../support/messages';
import { nastyText, requestArb } from './arbitraries';

const request = { status: 404 as const, service: 'web-frontend', window: '24h' as const, environment: 'prod' };

describe('renderAnswer', () => {
  it('puts the verdict first, then the answer, the sources and who asked', () => {
    const out = renderAnswer('403 or 404 for another tenant?', { verdict: '404', answer: 'Use 404 to hide it.', sources: ['seed table', 'RFC 9110 §15.5.5'] }, { askedBy: 'U0ALICE' });
    const text = messageText(out as unknown as Record<string, unknown>);
    expect(text).toContain('<@U0ALICE> asked: _403 or 404 for another tenant?_');
    expect(text).toContain('*Use 404 Not Found*');
    expect(text).toContain('Sources: seed table · RFC 9110 §15.5.5');
    expect(out.text).toBe('Use 404 Not Found. Use 404 to hide it.');
  });

  it('adds the triage hint for a malformed command', () => {
    const out = renderAnswer('404 x 2h', { verdict: null, answer: 'a', sources: [] }, { hint: '"2h" is not a window' });
    expect(messageText(out as unknown as Record<string, unknown>)).toContain(':bulb: To run a triage instead');
  });

  it('splits long answers at paragraph boundaries within the section limit', () => {
    const chunks = chunkText(`${'a'.repeat(2000)}\n\n${'b'.repeat(2000)}`, 2990);
    expect(chunks).toEqual(['a'.repeat(2000), 'b'.repeat(2000)]);
  });

  it('respects the limits for any answer (fuzz)', () => {
    const verdict = fc.constantFrom('401' as const, '403' as const, '404' as const, '410' as const, null);
    fc.assert(
      fc.property(nastyText(2000), fc.record({ verdict, answer: fc.oneof(nastyText(5000), fc.string({ minLength: 40_000, maxLength: 60_000 })), sources: fc.array(nastyText(400), { maxLength: 500 }) }), fc.option(nastyText(400), { nil: undefined }), (question, result, hint) => {
        const out = renderAnswer(question, result, { askedBy: 'U0ALICE', hint });
        expect(limitViolations(out)).toEqual([]);
        expect(JSON.stringify(out)).not.toContain('<!channel>');
      }),
      { numRuns: 100 },
    );
  });
});

describe('renderUsage', () => {
  it('shows the problem, the syntax and examples', () => {
    const out = renderUsage('"2h" is not a window I know');
    const text = messageText(out as unknown as Record<string, unknown>);
    expect(text).toContain(':thinking_face: "2h" is not a window I know');
    expect(text).toContain('/status-triage <403|404> <service> [window] [env=<environment>]');
    expect(text).toContain('/status-triage 404 web-frontend 24h env=prod');
    expect(text).toContain('15m, 1h, 6h, 24h, 7d');
    expect(out.text).toContain('Usage: /status-triage');
    expect(limitViolations(out)).toEqual([]);
  });

  it('speaks @status-triage in mentions', () => {
    expect(messageText(renderUsage(undefined, 'mention') as unknown as Record<string, unknown>)).toContain('@status-triage 403 checkout-api');
  });

  it('respects the limits whatever the problem text (fuzz)', () => {
    fc.assert(fc.property(nastyText(5000), (problem) => expect(limitViolations(renderUsage(problem))).toEqual([])), { numRuns: 200 });
  });
});

describe('short messages', () => {
  it('error: one sentence, escaped, with what it was doing', () => {
    const out = renderError('Elasticsearch at <http://es:9200> did not answer within 10 s', 'While looking at 403s.');
    expect(out.text).toBe('Elasticsearch at &lt;http://es:9200&gt; did not answer within 10 s');
    expect(limitViolations(out)).toEqual([]);
  });

  it('refusal: polite, says nothing about who is allowed', () => {
    for (const reason of ['user', 'channel'] as const) {
      const out = renderRefusal({ allowed: false, reason });
      expect(out.text).toMatch(/^Sorry/);
      expect(limitViolations(out)).toEqual([]);
    }
  });

  it('working: says what is being looked at', () => {
    expect(renderWorking(request).text).toBe('Looking at 404s on web-frontend in the last 24h (prod)…');
  });

  it('all respect the limits for any input (fuzz)', () => {
    fc.assert(
      fc.property(nastyText(8000), nastyText(2000), requestArb, (a, b, req) => {
        expect(limitViolations(renderError(a, b))).toEqual([]);
        expect(limitViolations(renderNotice(a))).toEqual([]);
        expect(limitViolations(renderWorking(req))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('renderSamples', () => {
  it('masks every sample before showing it', () => {
    const out = renderSamples(request, SAMPLE_FIXTURE);
    const json = JSON.stringify(out);
    expect(json).not.toContain('tok_live_9f8e7d6c5b4a');
    expect(json).not.toContain('alice@example.com');
    expect(json).toContain('[masked]');
    expect(messageText(out as unknown as Record<string, unknown>)).toContain('Secrets, session ids and e-mail addresses are masked.');
  });

  it('says so when there are none', () => {
    expect(renderSamples(request, []).text).toBe('No sample requests for 404s on web-frontend in the last 24h (prod).');
  });

  it('respects the limits for any number and size of samples (fuzz)', () => {
    const sample = fc.record({
      timestamp: fc.constantFrom('2024-05-01T16:10:00.000Z', 'garbage'),
      method: fc.option(nastyText(50), { nil: null }),
      path: fc.option(nastyText(6000), { nil: null }),
      status: fc.constantFrom(403, 404),
      user: fc.option(nastyText(300), { nil: null }),
      clientIp: fc.option(nastyText(60), { nil: null }),
      userAgent: fc.option(nastyText(3000), { nil: null }),
      reason: fc.option(nastyText(3000), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(sample, { maxLength: 200 }), (samples) => {
        const out = renderSamples(request, samples);
        expect(limitViolations(out)).toEqual([]);
        if (samples.length > MAX_SAMPLES_SHOWN) expect(JSON.stringify(out)).toContain(`…and ${samples.length - MAX_SAMPLES_SHOWN} more not shown.`);
      }),
      { numRuns: 100 },
    );
  });
});
