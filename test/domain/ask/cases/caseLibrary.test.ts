import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { CASE_LIBRARY } from '../../../../src/domain/ask/caseLibrary';
import { FRESH_HELD } from '../eval/fresh/split';
import { FRESH2_HELD } from '../eval/fresh2/split';
import { FRESH3_HELD } from '../eval/fresh3/split';
import { FRESH4_HELD } from '../eval/fresh4/split';
import { HELD } from '../eval/split';
import { UNSEEN8_QUESTIONS } from '../eval/unseen8/questions';
import { UNSEEN15_QUESTIONS } from '../eval/unseen15/questions';
import { UNSEEN16_QUESTIONS } from '../eval/unseen16/questions';
import { UNSEEN17_QUESTIONS } from '../eval/unseen17/questions';
import { UNSEEN18_QUESTIONS } from '../eval/unseen18/questions';
import { UNSEEN26_QUESTIONS } from '../eval/unseen26/questions';
import { UNSEEN27_QUESTIONS } from '../eval/unseen27/questions';
import { UNSEEN29_QUESTIONS } from '../eval/unseen29/questions';
import { UNSEEN32_QUESTIONS } from '../eval/unseen32/questions';
import { UNSEEN35_QUESTIONS } from '../eval/unseen35/questions';
import { UNSEEN36_QUESTIONS } from '../eval/unseen36/questions';
import { UNSEEN37_QUESTIONS } from '../eval/unseen37/questions';
import { UNSEEN40_QUESTIONS } from '../eval/unseen40/questions';
import { UNSEEN41_QUESTIONS } from '../eval/unseen41/questions';
import { UNSEEN44_QUESTIONS } from '../eval/unseen44/questions';
import { UNSEEN45_QUESTIONS } from '../eval/unseen45/questions';
import { UNSEEN46_QUESTIONS } from '../eval/unseen46/questions';
import { UNSEEN47_QUESTIONS } from '../eval/unseen47/questions';
import { caseLibrarySource, caseRows } from './caseSource';

const LIBRARY_FILE = join(__dirname, '../../../../src/domain/ask/caseLibrary.ts');

describe('the case library ask falls back on', () => {
  it('is what the tuning sets make (regenerate with RECORD_CASES=1)', () => {
    if (process.env.RECORD_CASES === '1') writeFileSync(LIBRARY_FILE, caseLibrarySource());
    expect(readFileSync(LIBRARY_FILE, 'utf8')).toBe(caseLibrarySource());
    expect(CASE_LIBRARY.length).toBe(caseRows().length);
  });

  it('holds no question of a held-aside half or a held-aside set', () => {
    const library = new Set(CASE_LIBRARY.map(([, q]) => q.toLowerCase()));
    for (const held of [HELD, FRESH_HELD, FRESH2_HELD, FRESH3_HELD, FRESH4_HELD, UNSEEN8_QUESTIONS, UNSEEN15_QUESTIONS, UNSEEN16_QUESTIONS, UNSEEN17_QUESTIONS, UNSEEN18_QUESTIONS, UNSEEN26_QUESTIONS, UNSEEN27_QUESTIONS, UNSEEN29_QUESTIONS, UNSEEN32_QUESTIONS, UNSEEN35_QUESTIONS, UNSEEN36_QUESTIONS, UNSEEN37_QUESTIONS, UNSEEN40_QUESTIONS, UNSEEN41_QUESTIONS, UNSEEN44_QUESTIONS, UNSEEN45_QUESTIONS, UNSEEN46_QUESTIONS, UNSEEN47_QUESTIONS]) {
      expect(held.filter((q) => library.has(q.q.toLowerCase())).map((q) => q.q)).toEqual([]);
    }
  });

  it('holds questions each with a verdict (or none) and a reason', () => {
    expect(CASE_LIBRARY.filter(([verdict]) => verdict !== null).length).toBeGreaterThan(800);
    for (const [verdict, q, reason] of CASE_LIBRARY) {
      expect(['401', '403', '404', '410', null]).toContain(verdict);
      expect(q.length).toBeGreaterThan(5);
      expect(reason.length).toBeGreaterThan(3);
    }
  });
});
