import { classify } from '../../src/domain/causes';
import { renderTriageText } from '../../src/cli/render';
import type { TriageResult } from '../../src/domain/types';
import { triageFixture } from '../slack/support/fixtures';
import { scenario } from '../support/recordedEvidence';

describe('renderTriageText: why each cause ranks where it does', () => {
  const result = triageFixture();

  it('puts one line under a cause that a rival lowered: the largest change, and how to see the rest', () => {
    const lines = renderTriageText(result).split('\n');
    const at = lines.findIndex((l) => l.startsWith('2. RBAC policy mismatch [rbac_policy_mismatch] — 41%'));
    expect(lines[at + 1]).toBe(
      '   Why: lowered 0.43 by tenant isolation (0.90): a policy mismatch is the generic reading; a more specific pattern explains these denials (and 1 more: --explain)',
    );
  });

  it('adds no line under a cause nothing moved', () => {
    const lines = renderTriageText(result).split('\n');
    const at = lines.findIndex((l) => l.startsWith('1. Tenant isolation violation'));
    expect(lines[at + 1]).toMatch(/^ {5}• 1,020 of 1,234 denials/);
  });

  it('with --explain lists every change, and says so when there was none', () => {
    const text = renderTriageText(result, { explain: true });
    expect(text).toContain(
      [
        '   Why this rank:',
        '     - lowered 0.43 by tenant isolation (0.90): a policy mismatch is the generic reading; a more specific pattern explains these denials',
        '     - raised 0.04: the app’s own logged reason names this cause',
      ].join('\n'),
    );
    expect(text).toContain('1. Tenant isolation violation [tenant_isolation_violation] — 86%\n   Why this rank: nothing raised or lowered it');
  });

  it('shows what arbitration decided on a real classification', () => {
    const evidence = scenario('retry_storm_403');
    const { causes, notes } = classify(evidence);
    const classified: TriageResult = { ...triageFixture(), causes, notes };
    expect(renderTriageText(classified)).toMatch(/2\. .* \[rbac_policy_mismatch\] — \d+%\n {3}Why: lowered 0\.\d\d by retry storm \(\d\.\d\d\): copies of a few looping requests/);
  });
});

describe('renderTriageText: what is different about these responses', () => {
  it('lists each over-represented value with both shares, and nothing when there is none', () => {
    const text = renderTriageText(triageFixture());
    expect(text).toContain(
      [
        "What is different about these 403s (share of them vs of the service's successful requests):",
        '  user_agent.original "tenant-sync/1.4 (cron)": 62% of these, 0.4% of successful requests',
        '  organization.id "acme": 40% of these, 5% of successful requests',
      ].join('\n'),
    );
    expect(renderTriageText(triageFixture({ contrast: [] }))).not.toContain('What is different');
  });
});
