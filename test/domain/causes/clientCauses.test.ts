import { classify } from '../../../src/domain/causes';
import { HOUR } from '../../support/evidenceWorld';
import { scenario } from '../../support/recordedEvidence';

/**
 * The causes read from who sends the errors (#12), on evidence the real reader read from the worlds of
 * test/support/evidenceWorld.ts: a stale client named with its kind and schedule, and a scanner found by
 * structure alone. Its rivals (a retry loop, many clients on a retired URL, a known client walking ids) are
 * held apart by the scenario and real-traffic suites and by classify.test.ts.
 */
describe('stale_client', () => {
  it('names the job that asks every five minutes for a package that never existed, and points the fix at it', () => {
    for (const windowMs of [HOUR, 6 * HOUR]) {
      const result = classify(scenario('stale_job_404', { windowMs }));
      expect(result.causes[0]?.id).toBe('stale_client');
      expect(result.causes[0]?.evidence.join('\n')).toMatch(/`192\.0\.2\.50` \(Chef Client 18\.4\.12, configuration management\), about every 5 min/);
      expect(result.causes[0]?.remediation.join('\n')).toContain('192.0.2.50');
    }
  });

  it('for 403s names a job refused all week, and says since when', () => {
    const result = classify(scenario('stale_job_403', { windowMs: 6 * HOUR }));
    expect(result.causes[0]?.id).toBe('stale_client');
    expect(result.causes[0]?.evidence.join('\n')).toMatch(/denied since at least .* before the window and never got a 2xx/);
  });
});

describe('scanner_probe by structure', () => {
  it('finds a new address walking through nine never-seen paths in a minute, with no agent and no known probe path', () => {
    const result = classify(scenario('walking_scanner'));
    expect(result.causes[0]?.id).toBe('scanner_probe');
    expect(result.causes[0]?.evidence.join('\n')).toMatch(/`91\.236\.75\.25` \(no user agent\) asked for 9 distinct paths that never answered 2xx \(once each, all within 1 min, and nothing else\)/);
  });
});
