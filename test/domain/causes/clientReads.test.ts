import { classify } from '../../../src/domain/causes';
import { CLIENT_READS, type Evidence } from '../../../src/domain/evidence';
import { scanCandidateAddresses } from '../../../src/domain/causes/structure404';
import { readRecordedEvidence } from '../../support/recordedEvidence';

/**
 * Round two reads only the client histories a status's rules read (CLIENT_READS). Held here: on evidence
 * the real reader recorded, overwriting every history a status does not read, with nothing and with values
 * chosen to tempt a rule (a user first seen at the window's start who never succeeded; an address that sent
 * nothing else, or only successes), leaves every cause, confidence and line the same.
 */
const cases = readRecordedEvidence();

function overwritten(evidence: Evidence, firstSeen: string | null, successBefore: number, windowRequests: number | null, windowSuccess: number | null): Evidence {
  const reads = CLIENT_READS[evidence.query.status];
  return {
    ...evidence,
    users: evidence.users.map((u) => (reads.userHistory ? u : { ...u, firstSeen, successBefore })),
    ips: evidence.ips.map((ip) => ({
      ...ip,
      ...(reads.ipHistory ? {} : { firstSeen, successBefore }),
      ...(reads.ipWindow ? {} : { windowRequests, windowSuccess }),
    })),
  };
}

describe('CLIENT_READS: the client histories each status reads', () => {
  it('leaves out, for each status, a history the other one reads', () => {
    expect(CLIENT_READS[404]).toEqual({ userHistory: false, ipHistory: false, ipWindow: true });
    expect(CLIENT_READS[403]).toEqual({ userHistory: true, ipHistory: true, ipWindow: false });
    expect(cases.some((c) => c.status === 404 && c.evidence.users.length > 0)).toBe(true);
    expect(cases.some((c) => c.status === 403 && c.evidence.ips.length > 0)).toBe(true);
  });

  it.each(cases.map((c) => [c.status, c.service, c] as const))('%s %s: a history the status does not read changes nothing', (_status, _service, c) => {
    const read = classify(c.evidence);
    const from = c.evidence.query.from;
    for (const variant of [
      overwritten(c.evidence, null, 0, null, null),
      overwritten(c.evidence, from, 0, 1_000_000, 0),
      overwritten(c.evidence, '2000-01-01T00:00:00.000Z', 100, 1, 1),
    ]) {
      expect(classify(variant)).toEqual(read);
    }
  });

  // A busy service asks what an address sent in the window with two searches per address: only the
  // addresses whose errors look like a scan are asked, so the others' counts must change nothing.
  it.each(cases.filter((c) => c.status === 404).map((c) => [c.service, c] as const))('404 %s: the window counts of an address that does not look like a scan change nothing', (_service, c) => {
    const read = classify(c.evidence);
    const candidates = scanCandidateAddresses(c.evidence);
    const others = (windowRequests: number | null, windowSuccess: number | null): Evidence => ({
      ...c.evidence,
      ips: c.evidence.ips.map((ip) => (candidates.has(ip.ip) ? ip : { ...ip, windowRequests, windowSuccess })),
    });
    for (const variant of [others(null, null), others(1_000_000, 0), others(1, 1), others(500, 500)]) expect(classify(variant)).toEqual(read);
  });

  it('finds scan candidates in the recorded evidence, and they are what the scan rule reads', () => {
    const scanning = cases.filter((c) => c.status === 404 && scanCandidateAddresses(c.evidence).size > 0);
    expect(scanning.length).toBeGreaterThan(0);
    // Their counts do matter: a candidate that sent a great deal else, all of it answered, is no scanner.
    const changed = scanning.some((c) => {
      const candidates = scanCandidateAddresses(c.evidence);
      const browsing: Evidence = { ...c.evidence, ips: c.evidence.ips.map((ip) => (candidates.has(ip.ip) ? { ...ip, windowRequests: 100_000, windowSuccess: 100_000 } : ip)) };
      return JSON.stringify(classify(browsing)) !== JSON.stringify(classify(c.evidence));
    });
    expect(changed).toBe(true);
  });
});
