import { CONTRAST_MAX, contrastFields, rankContrast } from '../../src/domain/contrast';

describe('rankContrast', () => {
  it('lists the values over-represented among the errors, with both shares, strongest first', () => {
    const findings = rankContrast(
      [
        { field: 'user_agent.original', value: 'backup-agent/2.1', count: 31, baselineCount: 4 },
        { field: 'user_agent.original', value: 'Mozilla/5.0', count: 60, baselineCount: 800 },
        { field: 'labels.job', value: 'nightly-sync', count: 40, baselineCount: 0 },
        { field: 'http.request.method', value: 'GET', count: 100, baselineCount: 990 },
      ],
      100,
      1000,
    );
    expect(findings).toEqual([
      { field: 'labels.job', value: 'nightly-sync', count: 40, share: 0.4, baselineShare: 0 },
      { field: 'user_agent.original', value: 'backup-agent/2.1', count: 31, share: 0.31, baselineShare: 0.004 },
    ]);
  });

  it('leaves out values that are as common in normal traffic, or too rare among the errors', () => {
    expect(rankContrast([{ field: 'f', value: 'v', count: 50, baselineCount: 300 }], 100, 1000)).toEqual([]);
    expect(rankContrast([{ field: 'f', value: 'rare', count: 10, baselineCount: 0 }], 100, 1000)).toEqual([]);
    expect(rankContrast([{ field: 'f', value: 'v', count: 5, baselineCount: 0 }], 0, 1000)).toEqual([]);
    // A handful of errors: every value would be "100% of these".
    expect(rankContrast([{ field: 'f', value: 'v', count: 3, baselineCount: 0 }], 3, 1000)).toEqual([]);
  });

  it('shows a value once when two fields hold the same requests (a field and its copy), and at most a few', () => {
    const twins = rankContrast(
      [
        { field: 'agent.keyword', value: 'curl/8', count: 70, baselineCount: 1 },
        { field: 'user_agent.original', value: 'curl/8', count: 70, baselineCount: 1 },
      ],
      100,
      1000,
    );
    expect(twins.map((f) => f.field)).toEqual(['agent.keyword']);
    const many = rankContrast(Array.from({ length: 30 }, (_, i) => ({ field: `f${i}`, value: `v${i}`, count: 30 + i, baselineCount: 0 })), 100, 1000);
    expect(many).toHaveLength(CONTRAST_MAX);
  });
});

describe('contrastFields', () => {
  it('reads the roles first, then every other keyword field except ids, times, raw lines and secrets', () => {
    const fields = contrastFields(
      ['agent.keyword', 'trace.id', 'request_id.keyword', 'message.keyword', 'labels.job', 'http.request.headers.authorization', 'timestamp.keyword', 'kubernetes.pod.name', '_tier'],
      ['user_agent.original', 'source.ip'],
    );
    expect(fields).toEqual(['user_agent.original', 'source.ip', 'agent.keyword', 'labels.job', 'kubernetes.pod.name']);
    expect(contrastFields(Array.from({ length: 100 }, (_, i) => `f${i}`), [], 40)).toHaveLength(40);
    // A status or size a pipeline stored as a string is a keyword field, and says nothing about who.
    expect(contrastFields(['response.keyword', 'bytes.keyword', 'agent.keyword'], [], 40, ['response.keyword', 'bytes.keyword'])).toEqual(['agent.keyword']);
  });
});
