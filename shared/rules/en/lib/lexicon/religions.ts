/**
 * Words for religious groups and believers. Title VII forbids ads that prefer or limit by religion
 * unless religion is a bona fide occupational qualification, and exempts religious organisations
 * (§702); the Equality Act 2010 protects religion or belief, with occupational requirements for
 * organised religion (Sch. 9 paras 2-3). Matched only where they limit the person wanted (see en-religion).
 */
import { type LexiconEntry, SOURCES } from '#shared/rules/en/lib/lexicon/types.ts';

const note = 'Naming a religion as a preference or limit excludes applicants of other faiths or none.';
const alternative =
  'describe the duties; a religious employer may state a genuine occupational requirement and its reason';
const entry = (forms: string[]): LexiconEntry => ({ forms, alternative, note, source: SOURCES.title7 });

export const RELIGIONS: readonly LexiconEntry[] = [
  entry(['christian', 'christians', 'born-again christian', 'born-again christians', 'evangelical', 'evangelicals']),
  entry([
    'catholic',
    'catholics',
    'roman catholic',
    'protestant',
    'protestants',
    'baptist',
    'baptists',
    'methodist',
    'methodists',
    'pentecostal',
    'pentecostals',
    'mormon',
    'mormons',
    "jehovah's witness",
    "jehovah's witnesses",
  ]),
  entry(['muslim', 'muslims', 'moslem', 'moslems']),
  entry(['jew', 'jews', 'jewish']),
  entry(['hindu', 'hindus', 'sikh', 'sikhs', 'buddhist', 'buddhists']),
  entry(['non-christian', 'non-christians', 'non-muslim', 'non-muslims', 'non-catholic', 'non-catholics']),
  entry([
    'atheist',
    'atheists',
    'believer',
    'believers',
    'churchgoer',
    'churchgoers',
    'church-going',
    'non-believer',
    'non-believers',
  ]),
];
