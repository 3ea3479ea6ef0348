import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DECISION_RULE, KNOWLEDGE, SOURCES, knowledge } from '../../../src/domain/knowledge';

const SEED = resolve(__dirname, '../../../../shared/seeds/000_19250350fd4e9bae.txt');

function words(text: string): string[] {
  return text.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean);
}

describe('knowledge base', () => {
  it('has unique ids, and every entry cites at least one known source', () => {
    const ids = KNOWLEDGE.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    const labels = new Set<string>(Object.values(SOURCES));
    for (const entry of KNOWLEDGE) {
      expect(entry.sources.length).toBeGreaterThan(0);
      for (const source of entry.sources) expect(labels).toContain(source);
      expect(entry.text.length).toBeGreaterThan(60);
    }
  });

  it('covers every subject the issue names', () => {
    const topics = new Set(KNOWLEDGE.map((entry) => entry.topic));
    for (const topic of ['definition', 'summary', 'when-to-use', 'client', 'caching', 'seo', 'api', 'retry', 'scenarios', 'decision-rule', 'faq', 'protocol'] as const) {
      expect(topics).toContain(topic);
    }
  });

  it('states the protocol facts that answers rely on', () => {
    expect(knowledge('caching-404').text).toMatch(/heuristically cacheable/);
    expect(knowledge('caching-403').text).toMatch(/not heuristically cacheable/);
    expect(knowledge('oauth-error-codes').text).toMatch(/insufficient_scope \([^)]*\) → 403/);
    expect(knowledge('oauth-error-codes').text).toMatch(/invalid_token \(expired, revoked, malformed\) → 401/);
    expect(knowledge('hide-existence-404').sources).toContain('RFC 9110 §15.5.4');
    expect(knowledge('definition-410').sources).toContain('RFC 9110 §15.5.11');
    expect(knowledge('www-authenticate').text).toMatch(/must include a WWW-Authenticate/);
  });

  it('offers the decision rule in the triage result shape', () => {
    expect(DECISION_RULE.summary).toMatch(/403.*404/);
    expect(DECISION_RULE.explanation).toMatch(/401/);
  });

  // The seed lives beside the repository (../shared/, as in CI): make sure nothing was copied from it.
  it('is written in its own words: no seven-word run copied from the seed', () => {
    if (!existsSync(SEED)) throw new Error(`the seed text is expected at ${SEED} (shared/ beside the clone)`);
    const seed = words(readFileSync(SEED, 'utf8'));
    const runs = new Set<string>();
    for (let i = 0; i + 7 <= seed.length; i += 1) runs.add(seed.slice(i, i + 7).join(' '));
    const copied: string[] = [];
    for (const entry of KNOWLEDGE) {
      const text = words(entry.text);
      for (let i = 0; i + 7 <= text.length; i += 1) {
        const run = text.slice(i, i + 7).join(' ');
        if (runs.has(run)) copied.push(`${entry.id}: ${run}`);
      }
    }
    expect(copied).toEqual([]);
  });
});
