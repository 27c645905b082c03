/**
 * Age-coded wording. The EEOC's ADEA regulation names "young", "college student", "recent college
 * graduate", "boy", "girl" and age bands such as "age 25 to 35" as terms that deter older applicants
 * (29 C.F.R. §1625.4); the EHRC gives "young", "recent graduate" and "energetic young team" as examples.
 * Each entry is matched only where it describes the person wanted (see en-age).
 */
import { type LexiconEntry, SOURCES } from '#shared/rules/en/lib/lexicon/types.ts';

export type AgeTermKind = 'young' | 'graduate' | 'generation' | 'native';

export interface AgeTerm extends LexiconEntry {
  kind: AgeTermKind;
}

export const AGE_TERMS: readonly AgeTerm[] = [
  {
    kind: 'young',
    forms: ['young', 'younger', 'youthful'],
    alternative: 'describe the skills and duties, e.g. "motivated", "keen to learn"',
    note: '"Young" for the person wanted states an age preference.',
    source: SOURCES.adeaReg,
  },
  {
    kind: 'graduate',
    forms: [
      'recent graduate',
      'recent graduates',
      'recent grad',
      'recent grads',
      'recent college graduate',
      'recent college graduates',
      'recent university graduate',
      'recent university graduates',
      'fresh graduate',
      'fresh graduates',
      'fresh grad',
      'fresh grads',
      'new grad',
      'new grads',
      'new graduate',
      'new graduates',
    ],
    alternative: '"graduate scheme open to graduates of any year", or name the qualification',
    note: 'Limiting a job to recent graduates shuts out older people who graduated earlier.',
    source: SOURCES.adeaReg,
  },
  {
    kind: 'generation',
    forms: [
      'twenty-something',
      'twenty-somethings',
      '20-somethings',
      '20-something',
      'thirty-somethings',
      'millennial',
      'millennials',
      'gen z',
      'gen-z',
      'genz',
      'generation z',
      'under-30s',
      'under-35s',
      'under-25s',
    ],
    alternative: 'describe the skills needed',
    note: 'A generation label for the person wanted is an age preference.',
    source: SOURCES.ehrc,
  },
  {
    kind: 'native',
    forms: ['digital native', 'digital natives'],
    alternative: '"confident with digital tools", or name the tools',
    note: '"Digital native" means born into the internet era: an age proxy the EEOC has challenged.',
    source: SOURCES.adeaReg,
  },
];
