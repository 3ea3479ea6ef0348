import { Writable } from 'node:stream';
import { createLogger, scrubSecrets, subsystem } from '../../src/logging';

function capture(): { lines: () => string[]; stream: Writable } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, lines: () => chunks.join('').trim().split('\n') };
}

describe('logging', () => {
  it('redacts secrets by key at any depth and by shape in free text', () => {
    const out = capture();
    const logger = createLogger({ level: 'info', destination: out.stream });
    logger.info({ token: 'xoxb-123-abc', config: { password: 'hunter2', apiKey: 'k-1' }, req: { headers: { authorization: 'Bearer abc.def' } } }, 'calling with xoxb-999-zzz');
    logger.error({ err: new Error('failed for https://elastic:pw123@es.example:9200 with ApiKey Zm9vOmJhcg==') }, 'boom');
    const text = out.lines().join('\n');
    for (const secret of ['xoxb-123-abc', 'hunter2', 'k-1', 'abc.def', 'xoxb-999-zzz', 'pw123', 'Zm9vOmJhcg==']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[redacted]');
  });

  it('tags child loggers with their subsystem and writes JSON when not pretty', () => {
    const out = capture();
    subsystem(createLogger({ level: 'info', destination: out.stream }), 'elasticsearch').info('hello');
    const line = JSON.parse(out.lines()[0] ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({ subsystem: 'elasticsearch', msg: 'hello', app: 'status-triage' });
  });

  it('scrubs Slack tokens, bearer tokens and URL credentials', () => {
    expect(scrubSecrets('xapp-1-A1-abc and xoxp-1-2')).toBe('xapp-[redacted] and xox?-[redacted]');
    expect(scrubSecrets('Authorization: Bearer eyJhbGci.x.y')).toBe('Authorization: Bearer [redacted]');
    expect(scrubSecrets('http://u:p@h:9200/x')).toBe('http://[redacted]@h:9200/x');
  });
});
