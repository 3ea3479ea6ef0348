"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.nearestEntry = nearestEntry;
const minisearch_1 = __importDefault(require("minisearch"));
const knowledge_1 = require("../knowledge");
/**
 * Below this BM25 score a match rests on one or two common words (measured: gibberish and SQL score
 * 10–45, real topical questions 90 and up): better then to say what can be asked.
 */
const MIN_SCORE = 60;
let index = null;
function buildIndex() {
    const search = new minisearch_1.default({
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
    search.addAll(knowledge_1.KNOWLEDGE.map((entry) => ({
        id: entry.id,
        title: entry.title,
        text: entry.text,
        keywords: entry.keywords.join(' '),
    })));
    return search;
}
/** The best-matching knowledge entry, or null when nothing matches well enough. */
function nearestEntry(question) {
    const terms = question.replace(/[^a-z0-9_\s-]/g, ' ').trim();
    if (!terms)
        return null;
    index ??= buildIndex();
    const [best] = index.search(terms.slice(0, 600));
    if (!best || best.score < MIN_SCORE)
        return null;
    return (0, knowledge_1.knowledge)(best.id);
}
//# sourceMappingURL=retrieval.js.map