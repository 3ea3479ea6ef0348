import { copiedRuns } from '../../../src/devtools/provenance';
import { DECISION_RULE, KNOWLEDGE, SOURCES, knowledge } from '../../../src/domain/knowledge';

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

  // The seed itself is checked by `npm run check:provenance` in CI (it is not in the repository).
  it('the provenance guard finds a run of seven words copied from a seed, and only then', () => {
    const seed = 'A resource that exists but that the caller may not see should answer with one status, never the other.';
    const entries = [
      { id: 'own-words', text: 'Our own sentence about hidden resources and which status they get.' },
      { id: 'copied', text: 'Note that a resource that exists but that the caller may not see is special.' },
    ];
    expect(copiedRuns(seed, entries)).toEqual(['copied: a resource that exists but that the', 'copied: resource that exists but that the caller', 'copied: that exists but that the caller may', 'copied: exists but that the caller may not', 'copied: but that the caller may not see']);
    expect(copiedRuns(seed, entries.slice(0, 1))).toEqual([]);
  });
});
