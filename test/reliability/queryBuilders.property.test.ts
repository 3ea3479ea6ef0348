import type { SearchEngine } from '../../src/elasticsearch/engine';
import fc from 'fast-check';
import { loadConfig } from '../../src/config';
import { FIELD_DEFAULTS } from '../../src/config/fields';
import { routeTemplate, templateToLuceneRegexp } from '../../src/domain/routes';
import {
  baselineSearch,
  baselineValuesSearch,
  pathHistorySearch,
  requestsSearch,
  samplesSearch,
  SearchBody,
  TriageScope,
  userHistorySearch,
  versionsSearch,
  windowSampleSearch,
  windowSearch,
} from '../../src/elasticsearch/triageQueries';
import { watchSearch } from '../../src/elasticsearch/watchQueries';
import { createTriageService } from '../../src/services/triage';
import { NOW, silentLogger } from './support';

/**
 * User text (service and environment names from Slack or the CLI) and log text (paths, user ids read
 * back from Elasticsearch) must only ever be literal values: the value of a `term`/`terms` query, or an
 * escaped regexp literal. Checked differentially: each builder runs once with a plain placeholder and
 * once with hostile text, and the two bodies may differ only at those value positions, where the
 * hostile text sits unchanged. Nothing else moves: no key, no index, no query_string.
 */

const hostile = fc.oneof(
  fc.constantFrom(
    '*', '"', '\\', ' OR ', 'a OR b', 'NOT x', '*:*', '_all', 'logs-*', 'logs-*,secret-*', '-logs-*', '<logs-{now/d}>',
    '"; DROP', '\\"', '\u0000', '\u001f', '\n', '\u2028', '😀', '\ud800', 'İ', 'ß', '/.*/', '(a+)+$', '[a-z]', '{1,1000}',
    '~', '@', '&', '#', 'service.name', '@timestamp', 'query_string', '__proto__', 'constructor', '',
  ),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const PLACEHOLDER = 'placeholder-value';
const FORBIDDEN_KEYS = ['query_string', 'simple_query_string', 'wildcard', 'prefix', 'fuzzy', 'match', 'match_phrase', 'script', 'script_score', 'index', 'intervals'];

type Path = Array<string | number>;

/** Paths at which two JSON documents differ; throws when their shapes (keys, array lengths, types) differ. */
function differences(a: unknown, b: unknown, path: Path = []): Path[] {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) throw new Error(`shape differs at ${JSON.stringify(path)}`);
    return a.flatMap((item, i) => differences(item, b[i], [...path, i]));
  }
  if (a !== null && typeof a === 'object' && b !== null && typeof b === 'object') {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    if (JSON.stringify(ka) !== JSON.stringify(kb)) throw new Error(`keys differ at ${JSON.stringify(path)}: ${JSON.stringify(kb)}`);
    return ka.flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, k]));
  }
  if (typeof a !== typeof b) throw new Error(`type differs at ${JSON.stringify(path)}`);
  return Object.is(a, b) ? [] : [path];
}

function at(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}

function keysOf(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  }
  return into;
}

/** A literal-value position: `{ term: { <field>: HERE } }` or `{ terms: { <field>: [.., HERE, ..] } }`. */
function isLiteralPosition(path: Path): boolean {
  const n = path.length;
  if (n >= 2 && path[n - 2] === 'term' && typeof path[n - 1] === 'string') return true;
  return n >= 3 && path[n - 3] === 'terms' && typeof path[n - 2] === 'string' && typeof path[n - 1] === 'number';
}

/**
 * What is wrong with `withText` compared with `plain`, or null. Plain checks (not `expect`) in the hot
 * path keep thousands of runs fast; fast-check reports the message with the smallest failing input.
 */
function literalProblem(plain: unknown, withText: unknown, texts: readonly string[]): string | null {
  let diffs: Path[];
  try {
    diffs = differences(plain, withText);
  } catch (error) {
    return (error as Error).message;
  }
  for (const path of diffs) {
    if (!isLiteralPosition(path)) return `user text at a non-literal position ${JSON.stringify(path)}`;
    if (!texts.includes(at(withText, path) as string)) return `value at ${JSON.stringify(path)} is not the text as given`;
  }
  const keys = keysOf(withText);
  const forbidden = FORBIDDEN_KEYS.find((k) => keys.has(k));
  return forbidden === undefined ? null : `the body uses ${forbidden}`;
}

function expectOnlyLiterals(plain: unknown, withText: unknown, texts: readonly string[]): void {
  const problem = literalProblem(plain, withText, texts);
  if (problem !== null) throw new Error(problem);
}

const fields = { ...FIELD_DEFAULTS };
const scope = (service: string, environment: string | null): TriageScope => ({ status: 404, service, environment, from: NOW - 3_600_000, to: NOW, fields });

const builders: Array<[string, (s: TriageScope) => SearchBody]> = [
  ['windowSearch', windowSearch],
  ['windowSampleSearch', windowSampleSearch],
  ['baselineSearch', baselineSearch],
  ['baselineValuesSearch', (s) => baselineValuesSearch(s, { random: { probability: 0.01, seed: 14 } })],
  ['requestsSearch', requestsSearch],
  ['versionsSearch', versionsSearch],
  ['samplesSearch', (s) => samplesSearch(s, 5)],
  ['pathHistorySearch', (s) => pathHistorySearch(s, ['/v1/orders/{id}'])],
  ['userHistorySearch', (s) => userHistorySearch(s, ['u-1'])],
];

/**
 * Lucene regexp syntax, read as Elasticsearch reads it with `flags: NONE`: every character is a letter,
 * a digit, a backslash-escaped character, or the `[^/]+` that stands for a template's placeholder.
 */
const ESCAPED_LITERAL = /^(?:[A-Za-z0-9]|\\[\s\S]|\[\^\/\]\+)*$/u;

/** The same regexp in JavaScript terms, to check that it matches the path it came from. */
function asJsRegExp(lucene: string): RegExp {
  // Unicode mode throughout: an emoji is one character on both sides.
  const source = lucene.replace(/\[\^\/\]\+|\\([\s\S])|([A-Za-z0-9])/gu, (whole, escaped: string | undefined, plain: string | undefined) => {
    if (whole === '[^/]+') return '[^/]+';
    const c = escaped ?? plain ?? '';
    return c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  });
  return new RegExp(`^${source}$`, 'u');
}

describe('query builders keep user and log text literal (property)', () => {
  it('the checker itself catches text in a query_string, in a key, or altered', () => {
    expect(literalProblem({ query: { query_string: { query: 'p' } } }, { query: { query_string: { query: 'x' } } }, ['x'])).toMatch(/non-literal/);
    expect(literalProblem({ term: { f: 'p' } }, { term: { f: '*x*' } }, ['x'])).toMatch(/not the text/);
    expect(literalProblem({ term: { f: 'p' }, index: 'p' }, { term: { f: 'x' }, index: 'x' }, ['x'])).toMatch(/non-literal/);
    expect(literalProblem({ bool: { filter: [] } }, { bool: { filter: [] }, query_string: {} }, ['x'])).toMatch(/keys differ/);
    expect(() => differences({ term: { p: 1 } }, { term: { x: 1 } })).toThrow(/keys differ/);
    expect(literalProblem({ terms: { f: ['p'] } }, { terms: { f: ['x'] } }, ['x'])).toBeNull();
  });

  it.each(builders)('%s: a hostile service or environment only changes term values', (_name, build) => {
    fc.assert(
      fc.property(hostile, hostile, (service, environment) => {
        fc.pre(service !== PLACEHOLDER && environment !== PLACEHOLDER);
        expectOnlyLiterals(build(scope(PLACEHOLDER, null)), build(scope(service, null)), [service]);
        expectOnlyLiterals(build(scope(PLACEHOLDER, PLACEHOLDER)), build(scope(PLACEHOLDER, environment)), [environment]);
      }),
      { numRuns: 500 },
    );
  });

  it('userHistorySearch: user ids read from the logs are terms values, one for one', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 25 }), (users) => {
        expectOnlyLiterals(userHistorySearch(scope(PLACEHOLDER, null), users.map(() => PLACEHOLDER)), userHistorySearch(scope(PLACEHOLDER, null), users), users);
      }),
      { numRuns: 1000 },
    );
  });

  it('watchSearch: watched service names are terms values only', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 10 }), (services) => {
        const plan = (names: string[]) => ({ services: names, statuses: [403, 404] as Array<403 | 404>, to: NOW, windowMs: 900_000, fields });
        expectOnlyLiterals(watchSearch(plan(services.map(() => PLACEHOLDER))), watchSearch(plan(services)), services);
      }),
      { numRuns: 1000 },
    );
  });

  it('pathHistorySearch: a path from the logs becomes an escaped regexp literal that still matches it', () => {
    const path = fc.oneof(
      fc.array(fc.oneof(hostile, fc.constantFrom('v1', 'orders', '123', 'tenants', 'acme', 'ord_8f3k2x9', '..', '.', '%2e%2e')), { maxLength: 6 }).map((segments) => `/${segments.join('/')}`),
      hostile.map((text) => `/${text}`),
    );
    fc.assert(
      fc.property(path, (raw) => {
        const template = routeTemplate(raw);
        const regexp = templateToLuceneRegexp(template);
        expect(regexp).toMatch(ESCAPED_LITERAL);
        // Two routes: each is then one filter of the aggregation (one route is matched by the query alone).
        const body = pathHistorySearch(scope(PLACEHOLDER, null), [template, '/other']);
        const filter = at(body, ['aggs', 'templates', 'filters', 'filters', 't0']);
        // The route, with or without a query string after it.
        expect(filter).toEqual({ regexp: { [fields.path]: { value: `${regexp}(\\?.*)?`, flags: 'NONE' } } });
        // Paths reach the template without their query string; what remains must match its own regexp.
        if (!/[?#]/.test(raw)) expect(asJsRegExp(regexp).test(raw)).toBe(true);
        expect(keysOf(body).has('query_string')).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('the triage service sends hostile names only as term values, and only ever to the configured index', async () => {
    const config = loadConfig({ ELASTICSEARCH_INDEX: 'logs-app-*' });
    const sent: Array<Record<string, unknown>> = [];
    // A stand-in client that records each _msearch and answers "nothing found" (and no mapping: the settings stand).
    const client = {
      capabilities: { randomSampler: true },
      async fieldCaps() {
        return { indices: [], fields: {} };
      },
      async msearch(params: { searches: Array<Record<string, unknown>> }) {
        sent.push(...params.searches);
        const count = params.searches.length / 2;
        return { responses: Array.from({ length: count }, () => ({ hits: { total: { value: 0 }, hits: [] }, aggregations: {} })) };
      },
    } as unknown as SearchEngine;
    const triage = createTriageService({ client, config, logger: silentLogger(), now: () => new Date(NOW) });
    const capture = async (service: string, environment: string | null): Promise<Array<Record<string, unknown>>> => {
      sent.length = 0;
      await triage.triage({ status: 403, service, window: '1h', environment });
      await triage.samples({ status: 403, service, window: '1h', environment });
      return [...sent];
    };
    const plain = await capture(PLACEHOLDER, PLACEHOLDER);
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (service, environment) => {
        fc.pre(service !== PLACEHOLDER && environment !== PLACEHOLDER);
        const searches = await capture(service, environment);
        searches.forEach((entry, i) => {
          if (i % 2 === 0) expect(entry).toEqual({ index: 'logs-app-*', ignore_unavailable: true, allow_no_indices: true });
        });
        // The headers are equal in both runs, so `index` never differs; the bodies may not use it either.
        expectOnlyLiterals(plain.filter((_, i) => i % 2 === 1), searches.filter((_, i) => i % 2 === 1), [service, environment]);
        expect(differences(plain, searches).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
