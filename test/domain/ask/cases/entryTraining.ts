import { answerWithoutLearnedEntry } from '../../../../src/domain/ask';
import { KEEP_COMPOSED, quotes } from '../../../../src/domain/ask/learnedEntry';
import { KNOWLEDGE } from '../../../../src/domain/knowledge';
import { softmaxSource, type ClassRow } from './learning';
import { labelledQuestions } from './ruleQuestionTraining';

/**
 * What the knowledge-entry model (src/domain/ask/learnedEntry.ts) learns from, walked as the other models' rows are
 * (labelledQuestions): each knowledge question of the sets tuned on whose answer, composed without that model, says the
 * fact its writer expected, labelled with the one knowledge entry it quotes, or KEEP_COMPOSED where it quotes none or
 * several (which of two said the fact cannot be told); then the unit tests' questions without a verdict, labelled the same
 * way, so that every tested answer keeps its entry. No held-aside question is learned.
 */
export function entryRows(): { classes: string[]; rows: ClassRow[] } {
  const entryOf = (q: string, saysTheFact: (answer: string) => boolean): string | null => {
    const result = answerWithoutLearnedEntry(q);
    if (result.verdict !== null || !saysTheFact(result.answer)) return null;
    const quoted = KNOWLEDGE.filter((entry) => quotes(result.answer, entry));
    const [only] = quoted;
    return quoted.length === 1 && only ? only.id : KEEP_COMPOSED;
  };
  const labelled = labelledQuestions((verdict, question) => {
    const { fact } = question;
    // A set's knowledge question, checked against its writer's fact; a unit test's question without a verdict, as it is
    // answered (what that test asserts).
    if (question.kind === 'knowledge' && fact) return entryOf(question.q, (answer) => fact.test(answer));
    return question.kind === undefined && verdict === null ? entryOf(question.q, () => true) : null;
  });
  // The classes in the knowledge base's order, so that a new entry learned does not renumber the others at random.
  const classes = [KEEP_COMPOSED, ...KNOWLEDGE.map((entry): string => entry.id).filter((id) => labelled.some((row) => row.label === id))];
  return { classes, rows: labelled.map((row) => ({ q: row.q, label: classes.indexOf(row.label) })) };
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
