import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { CASE_LIBRARY } from '../../../../src/domain/ask/caseLibrary';
import { FRESH_HELD } from '../eval/fresh/split';
import { FRESH2_HELD } from '../eval/fresh2/split';
import { FRESH3_HELD } from '../eval/fresh3/split';
import { FRESH4_HELD } from '../eval/fresh4/split';
import { HELD } from '../eval/split';
import { caseLibrarySource, caseRows } from './caseSource';
import { HELD_ASIDE_BEFORE_UNSEEN58 } from './heldAside';

const LIBRARY_FILE = join(__dirname, '../../../../src/domain/ask/caseLibrary.ts');

describe('the case library ask falls back on', () => {
  it('is what the tuning sets make (regenerate with RECORD_CASES=1)', () => {
    if (process.env.RECORD_CASES === '1') writeFileSync(LIBRARY_FILE, caseLibrarySource());
    expect(readFileSync(LIBRARY_FILE, 'utf8')).toBe(caseLibrarySource());
    expect(CASE_LIBRARY.length).toBe(caseRows().length);
  });

  it('holds no question of a held-aside half or a held-aside set', () => {
    const library = new Set(CASE_LIBRARY.map(([, q]) => q.toLowerCase()));
    for (const held of [HELD, FRESH_HELD, FRESH2_HELD, FRESH3_HELD, FRESH4_HELD, ...HELD_ASIDE_BEFORE_UNSEEN58]) {
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
