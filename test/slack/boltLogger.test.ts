import { LogLevel } from '@slack/bolt';
import { createBoltLogger } from '../../src/slack/boltLogger';
import { captureLogs } from './support/logs';

describe('createBoltLogger', () => {
  it('writes Bolt lines through pino, with its redaction', () => {
    const logs = captureLogs('debug');
    const bolt = createBoltLogger(logs.logger);
    bolt.warn('Failed to verify', { token: 'xoxb-123-secret' });
    bolt.error(new Error('boom Bearer abcdef123456'));
    bolt.setLevel(LogLevel.ERROR);
    bolt.debug('still written: pino decides');
    expect(bolt.getLevel()).toBe(LogLevel.DEBUG);
    expect(logs.lines.map((l) => l.msg)).toEqual(['Failed to verify {"token":"xox?-[redacted]"}', 'boom Bearer [redacted]', 'still written: pino decides']);
    expect(logs.raw()).not.toContain('xoxb-123-secret');
    expect(logs.raw()).not.toContain('abcdef123456');
  });
});
