import { classify } from '../../../src/domain/causes';
import { HOUR } from '../../support/evidenceWorld';
import { mixedScenario, scenario } from '../../support/recordedEvidence';

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

describe('stale_client: a fleet of configuration agents', () => {
  it('reads 24 Puppet hosts asking for one missing package as one program, with the fleet’s size, in every window', () => {
    for (const options of [{}, { windowMs: 6 * HOUR }, { seed: 2 }, { seed: 3 }]) {
      const [top, ...rest] = classify(scenario('config_fleet', options)).causes;
      expect(top?.id).toBe('stale_client');
      expect(top?.title).toMatch(/One program on 24 hosts keeps asking for `\/pkgs\/el9\/monitoring-agent-3\.2\.0-1\.el9\.x86_64\.rpm`/);
      expect(top?.evidence.join('\n')).toMatch(/`Puppet 8\.6\.0` \(configuration management\) on 24 addresses/);
      expect(top?.remediation[0]).toMatch(/`Puppet\/8\.6\.0 [^`]*` on 24 hosts/);
      // 410 would not stop an agent: the package is not advised a 410.
      expect(rest.filter((c) => c.id === 'gone_should_be_410' && c.title.includes('monitoring-agent'))).toEqual([]);
    }
  });
});

describe('scanner_probe beside a regression', () => {
  it('ranks a deployment that broke routes above a scanner sweeping at the same time, and keeps the scanner listed as noise', () => {
    const { causes } = classify(mixedScenario(['deploy_broke_routes', 'scanner_probe']));
    const ids = causes.map((c) => c.id);
    expect(ids[0]).toBe('deploy_broke_routes');
    expect(causes[0]?.remediation[0]).toMatch(/^Roll back to `v2\.4\.0`/);
    const scanner = causes.find((c) => c.id === 'scanner_probe');
    expect(scanner?.remediation[0]).toMatch(/Nothing to fix in the app/);
    expect(scanner?.why?.[0]).toMatch(/^lowered .* by (deployment|routing regression) .*: a scanner is noise/);
  });

  it('alone, the same scanner ranks first with high confidence', () => {
    for (const options of [{}, { windowMs: 6 * HOUR }]) {
      const [top] = classify(scenario('scanner_probe', options)).causes;
      expect(top?.id).toBe('scanner_probe');
      expect(top?.confidence).toBeGreaterThanOrEqual(0.85);
    }
  });
});

describe('scanner_probe by structure', () => {
  it('finds a new address walking through nine never-seen paths in a minute, with no agent and no known probe path', () => {
    const result = classify(scenario('walking_scanner'));
    expect(result.causes[0]?.id).toBe('scanner_probe');
    expect(result.causes[0]?.evidence.join('\n')).toMatch(/`91\.236\.75\.25` \(no user agent\) asked for 9 distinct paths that never answered 2xx \(once each, all within 1 min, and nothing else\)/);
  });
});
