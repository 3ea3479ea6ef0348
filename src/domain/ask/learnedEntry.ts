import { knowledgeNamed, type KnowledgeEntry } from '../knowledge';
import { likeliestClass } from './learned';
import { ENTRY_MODEL } from './entryModel';

/**
 * Which knowledge entry answers a question about the rules, read from how the whole question is put. The patterns of
 * knowledgeClasses.ts and general.ts each know a class of wording and pick the entry for it; a question put in other
 * words falls through to one that is near but does not say the fact asked ("can a 404 be cached" answered with what a
 * 404 means). A softmax over the same features as the other learned readings (learned.ts), trained on the knowledge
 * questions of the sets tuned on, each labelled with the one entry its composed answer quoted when that answer said
 * the fact its writer expected, or KEEP_COMPOSED when it said it without quoting one entry; and on the unit tests'
 * questions without a verdict, labelled the same way (test/domain/ask/cases/entryTraining.ts). index.ts consults it
 * only for an answer without a verdict to a question that is more likely about the rule than a case.
 */

/**
 * How sure the model must be before its entry replaces the composed answer. Chosen before the eight blind sets of
 * session 22 were scored with it: the value session 21 had measured on the held-aside sets (at 0.9: 6 of their 22
 * answers that missed the fact put right, 1 put wrong). On the sets tuned on, each scored by a model trained without
 * it, it put none right and 6 wrong at 0.9 (2 at 0.95): those sets' knowledge answers were already right but 6.
 */
export const LEARNED_ENTRY_MIN = 0.9;

/** The class of questions whose composed answer (one that quotes no single entry, or several) already says the fact asked. */
export const KEEP_COMPOSED = 'composed';

/** Whether an answer already says the entry (its opening words, as answers quote entries whole). */
export const quotes = (answer: string, entry: KnowledgeEntry): boolean => answer.includes(entry.text.slice(0, 60));

/** The entry the model is sure answers the (normalised) question, or null (also where it is sure the composed answer stands). */
export function learnedEntry(normalized: string): KnowledgeEntry | null {
  const { label, probability } = likeliestClass(ENTRY_MODEL, normalized);
  return probability >= LEARNED_ENTRY_MIN ? knowledgeNamed(label) : null;
}
