/**
 * The shape of every English discrimination word list. Word lists are data: each entry names the
 * word forms it matches, the wording to use instead, why the wording is a problem, and where that
 * position comes from. `test/rules/en/lexicon.test.ts` validates every list.
 */

export interface LexiconEntry {
  /**
   * Lower-case word forms, matched at word boundaries on normalised text. Letters, digits, spaces,
   * hyphens, apostrophes and `/` only: a space matches any run of whitespace, a hyphen matches a
   * hyphen, a space or nothing.
   */
  forms: readonly string[];
  /** The compliant wording to suggest instead. */
  alternative: string;
  /** Why the wording is a problem (or, for context lists, why it changes the reading). */
  note: string;
  /** The law, regulator guidance or style guide behind the note. */
  source: string;
}

export const SOURCES = {
  title7: 'Title VII §704(b), 42 U.S.C. §2000e-3(b)',
  eeocSex: 'EEOC, 29 C.F.R. §1604.5',
  adeaReg: 'EEOC, 29 C.F.R. §1625.4',
  ada: 'ADA §102(d), 42 U.S.C. §12112; 29 C.F.R. §1630.13',
  pda: 'Pregnancy Discrimination Act, 42 U.S.C. §2000e(k)',
  irca: 'INA §274B, 8 U.S.C. §1324b',
  eqa: 'Equality Act 2010 ss.13, 39',
  eqaHealth: 'Equality Act 2010 s.60',
  ehrc: 'EHRC guidance on discriminatory adverts (2024)',
  retext: 'retext-equality word lists (gender, age)',
} as const;
