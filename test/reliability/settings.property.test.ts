import fc from 'fast-check';
import { loadConfig, SETTING_NAMES } from '../../src/config';
import { AppError, ErrorCode } from '../../src/errors';

/**
 * `loadConfig` on thousands of random environments: it returns settings, or throws one AppError
 * `config_invalid` in one line that names settings and never repeats a value (values may be secrets).
 */

/** Values a person or a broken deploy might set: near misses, hostile text, and arbitrary strings. */
const value = fc.oneof(
  fc.constantFrom(
    '', ' ', '0', '-1', '1e309', 'NaN', 'Infinity', '70000', '3000', 'true', 'maybe', '30s', '0s', '1.5m', '-5m', '10 s',
    'http://localhost:9200', 'https://es.example.com:9243', 'ftp://example.com', 'localhost:9200', 'http://user:pass@es:9200',
    'logs-*', 'logs-*,-secret', 'a b', '403,404', '404', '500', ',,', '*', '(', '[a-', '(?<x>', 'xoxb-123', 'xapp-1-abc',
    '\u0000', '\n', '\r\n', '\t', '😀', '<!channel>', '"', '\\', ' OR ', '${HOME}', '%s%n', '__proto__',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

/** Setting names, plus names no setting has (they must be ignored), including prototype-ish ones. */
const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SETTING_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'PATH', 'HOME', 'NODE_ENV', 'elasticsearch_url') },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

const environment = fc.array(fc.tuple(key, value), { maxLength: 12 }).map((pairs) => {
  const env: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of pairs) env[k] = v;
  return env;
});

/**
 * A value "appears" in the message only if it is long enough to be told apart from the message's own
 * words; short values ("0", "s") are in every sentence.
 */
function distinctive(text: string): boolean {
  return text.trim().length >= 8;
}

let refused = 0;

function check(env: Record<string, string>): void {
  let error: unknown = null;
  try {
    loadConfig(env);
  } catch (caught) {
    error = caught;
  }
  if (error === null) return;
  refused++;
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.code).toBe(ErrorCode.ConfigInvalid);
  expect(appError.message).toMatch(/^invalid setting: /);
  expect(appError.message).not.toMatch(/[\r\n\u2028\u2029]/);
  for (const [k, v] of Object.entries(env)) {
    if (distinctive(v)) expect(appError.message).not.toContain(v.trim());
    // Only setting names are named: never an unknown key someone put in the environment.
    if (!SETTING_NAMES.includes(k) && distinctive(k)) expect(appError.message).not.toContain(k);
  }
  // Every name it blames is a real setting.
  const blamed = appError.message.replace(/^invalid setting: /, '').split('; ').map((part) => part.split(' ')[0] ?? '');
  for (const name of blamed) expect(SETTING_NAMES).toContain(name);
}

describe('settings under random environments (property)', () => {
  it('loadConfig returns settings or one clear config_invalid line, never echoing a value', () => {
    fc.assert(fc.property(environment, check), { numRuns: 3000 });
    // The generator is worth its runs only if many environments are refused.
    expect(refused).toBeGreaterThan(1000);
  });

  it('a secret-looking value in any setting never reaches the message', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{12,24}$/).map((s) => `S3CR3T-${s}`);
    fc.assert(
      fc.property(fc.constantFrom(...SETTING_NAMES), secret, fc.constantFrom('', ' ', '\n', 'xoxb-', 'http://', '://'), (name, s, prefix) => {
        const env = { [name]: `${prefix}${s}` };
        try {
          loadConfig(env);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).message).not.toContain('S3CR3T');
          expect((error as AppError).message).toContain(name);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
