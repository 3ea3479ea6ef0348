import MiniSearch from 'minisearch';
import { KNOWLEDGE, knowledge, type KnowledgeEntry, type KnowledgeId } from '../knowledge';

/**
 * Full-text fallback for general questions the fact extractor does not recognise ("what is link
 * equity?", "403 on the new service IP"): the nearest knowledge entry by BM25 over titles, texts and
 * keywords. The index is built once, on first use.
 */

interface IndexedEntry {
  id: KnowledgeId;
  title: string;
  text: string;
  keywords: string;
}

/**
 * Below this BM25 score a match rests on one or two common words (measured: gibberish and SQL score
 * 10–45, real topical questions 90 and up): better then to say what can be asked.
 */
const MIN_SCORE = 60;

let index: MiniSearch<IndexedEntry> | null = null;

function buildIndex(): MiniSearch<IndexedEntry> {
  const search = new MiniSearch<IndexedEntry>({
    fields: ['title', 'text', 'keywords'],
    storeFields: ['id'],
    searchOptions: {
      boost: { title: 2, keywords: 2 },
      // Status codes must match exactly: 404 is not a typo of 405.
      prefix: (term) => !/^\d+$/.test(term),
      fuzzy: (term) => (/^\d+$/.test(term) ? false : 0.2),
      combineWith: 'OR',
    },
  });
  search.addAll(
    KNOWLEDGE.filter((entry: KnowledgeEntry) => entry.retrieval !== false).map((entry: KnowledgeEntry) => ({
      id: entry.id,
      title: entry.title,
      text: entry.text,
      keywords: entry.keywords.join(' '),
    })),
  );
  return search;
}

/** The best-matching knowledge entry, or null when nothing matches well enough. */
export function nearestEntry(question: string): KnowledgeEntry | null {
  const terms = question.replace(/[^a-z0-9_\s-]/g, ' ').trim();
  if (!terms) return null;
  index ??= buildIndex();
  const [best] = index.search(terms.slice(0, 600));
  if (!best || best.score < MIN_SCORE) return null;
  return knowledge(best.id as KnowledgeId);
}
