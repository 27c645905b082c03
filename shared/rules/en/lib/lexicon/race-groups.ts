/**
 * Words for racial and colour groups. Title VII has no occupational exception for race or colour
 * (42 U.S.C. §2000e-3(b)); the Equality Act 2010 treats colour and ethnic origin as race. Matched only
 * where they limit or state a preference for the person wanted (see en-race), never in product,
 * customer or community descriptions ("Asian cuisine", "Hispanic market", "Black-owned business").
 */
import { type LexiconEntry, SOURCES } from '#shared/rules/en/lib/lexicon/types.ts';

export interface RaceEntry extends LexiconEntry {
  /** Also an ordinary colour word, so dress-code and product sentences are left alone. */
  colour?: boolean;
}

const note = 'Naming a racial or colour group as a preference or limit excludes everyone else.';
const alternative = 'describe the job and the skills needed; remove the racial condition';

export const RACE_GROUPS: readonly RaceEntry[] = [
  { forms: ['white', 'whites'], colour: true, alternative, note, source: SOURCES.title7 },
  { forms: ['black', 'blacks'], colour: true, alternative, note, source: SOURCES.title7 },
  { forms: ['caucasian', 'caucasians'], alternative, note, source: SOURCES.title7 },
  { forms: ['african american', 'african americans', 'afro-american'], alternative, note, source: SOURCES.title7 },
  {
    forms: ['asian', 'asians', 'east asian', 'south asian', 'southeast asian'],
    alternative,
    note,
    source: SOURCES.title7,
  },
  {
    forms: ['hispanic', 'hispanics', 'latino', 'latinos', 'latina', 'latinas', 'latinx', 'latine'],
    alternative,
    note,
    source: SOURCES.title7,
  },
  { forms: ['arab', 'arabs', 'middle eastern'], alternative, note, source: SOURCES.title7 },
  {
    forms: ['native american', 'native americans', 'pacific islander', 'pacific islanders', 'aboriginal', 'indigenous'],
    alternative,
    note,
    source: SOURCES.title7,
  },
  {
    forms: [
      'people of color',
      'people of colour',
      'poc',
      'bipoc',
      'bame',
      'ethnic minority',
      'ethnic minorities',
      'mixed race',
      'mixed-race',
      'biracial',
    ],
    alternative,
    note: `${note} Inviting such groups to apply is lawful positive action; limiting the job to them is not.`,
    source: SOURCES.ehrc,
  },
];
