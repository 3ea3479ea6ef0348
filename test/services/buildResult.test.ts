import { assumedResolution, type FieldResolution } from '../../src/elasticsearch/fieldResolution';
import { buildResult, dataNotes } from '../../src/services/triage';
import { scenario } from '../support/recordedEvidence';

describe('buildResult: what the answer says about the data under it', () => {
  const evidence = scenario('tenant_isolation_violation');

  it('says when a role\'s field is missing in some indices of the pattern, and why a role is missing', () => {
    const base = assumedResolution({ fields: {}, indexService: undefined });
    const resolution: FieldResolution = {
      ...base,
      indices: ['logs-a', 'logs-b', 'logs-c'],
      roles: { ...base.roles, userAgent: { field: 'agent.keyword', sourceField: 'agent', kind: 'keyword', type: 'keyword', source: 'detected', uncovered: ['logs-c'] }, referrer: { missing: '`referrer` is text only, no keyword sub-field' } },
    };
    const notes = buildResult(evidence, 2, null, resolution).notes;
    expect(notes).toContain('`agent.keyword` (userAgent) is absent or unusable in 1 of 3 indices (logs-c): their documents are left out where userAgent matters');
    expect(notes).toContain('referrer: `referrer` is text only, no keyword sub-field');
  });

  it('says once which roles a template change left out of the same indices, not once per role', () => {
    const base = assumedResolution({ fields: {}, indexService: undefined });
    const old = ['logs-1', 'logs-2', 'logs-3', 'logs-4'];
    const form = (field: string) => ({ field, sourceField: field, kind: 'keyword' as const, type: 'keyword', source: 'detected' as const, uncovered: old });
    const resolution: FieldResolution = {
      ...base,
      indices: [...old, 'logs-5'],
      roles: { ...base.roles, service: form('service.name'), path: form('url.path'), user: form('user.id'), clientIp: form('source.ip'), userAgent: { ...form('agent.keyword'), uncovered: ['logs-1'] } },
    };
    const uneven = buildResult(evidence, 2, null, resolution).notes.filter((n) => n.includes('absent or unusable'));
    expect(uneven).toEqual([
      '`service.name` (service), `user.id` (user), `source.ip` (clientIp) and 1 more are absent or unusable in 4 of 5 indices (logs-1, logs-2, logs-3, …): their documents are left out where those roles matter',
      '`agent.keyword` (userAgent) is absent or unusable in 1 of 5 indices (logs-1): their documents are left out where userAgent matters',
    ]);
  });

  it('says which fields its documents were found by, for links to the same documents', () => {
    const base = assumedResolution({ fields: {}, indexService: undefined });
    const read = buildResult(evidence, 2, null, { ...base, statusKind: 'keyword', fields: { ...base.fields, service: 'server_name.keyword', status: 'response.keyword' } }).fieldsRead;
    expect(read).toMatchObject({ service: 'server_name.keyword', status: 'response.keyword', statusText: true });
    const single = assumedResolution({ fields: {}, indexService: evidence.query.service });
    expect(buildResult(evidence, 2, null, single).fieldsRead).toMatchObject({ service: null, statusText: false });
  });

  it('gives no baseline (null, 0 periods) when no earlier period has logs, and says so', () => {
    const young = { ...evidence, baseline: { ...evidence.baseline, perDay: [], missingDays: 7, periods: 0, expected: 0, ratio: null } };
    const result = buildResult(young, 2, null);
    expect(result.baseline).toEqual({ expected: null, ratio: null, periods: 0 });
    expect(dataNotes(young)).toContain('no baseline yet: the service has no logs in the earlier periods compared (7 same-time days and the last 24 h)');
  });

  it('says when the logs are behind, and when nothing was indexed in the last hour', () => {
    expect(dataNotes({ ...evidence, ingest: { newest: '2024-05-14T11:55:00.000Z', lagMs: 300_000 } })[0]).toBe(
      'logs are 5 min behind: the newest document is from 2024-05-14T11:55:00.000Z; the expected level covers only what is indexed',
    );
    expect(dataNotes({ ...evidence, ingest: { newest: null, lagMs: null } })[0]).toBe('no document at all in the last hour of these logs: ingestion may have stopped');
    expect(dataNotes(evidence)).toEqual([]);
  });
});
