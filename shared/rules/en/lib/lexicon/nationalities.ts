/**
 * National-origin and nationality words. Title VII forbids ads that prefer or limit by national
 * origin; INA §274B forbids citizenship-status limits not required by law; the Equality Act 2010
 * treats nationality and national origin as race. `language` marks words that also name a language or
 * a cuisine ("Spanish interpreter", "Italian chef"): those need a person noun to count.
 */
import { type LexiconEntry, SOURCES } from '#shared/rules/en/lib/lexicon/types.ts';

export interface NationalityEntry extends LexiconEntry {
  language?: boolean;
}

const note =
  'A nationality or national-origin preference excludes applicants by where they or their families come from.';
const alternative = 'state the language skill or the legal right to work that the job needs';

const entry = (forms: string[], language = false): NationalityEntry => ({
  forms,
  alternative,
  note,
  source: language ? SOURCES.title7 : SOURCES.eqa,
  ...(language ? { language } : {}),
});

export const NATIONALITIES: readonly NationalityEntry[] = [
  entry(['american', 'americans']),
  entry(['british', 'brits', 'scottish', 'welsh', 'irish']),
  entry(['english'], true),
  entry(['european', 'europeans', 'eastern european', 'eastern europeans', 'western european']),
  entry(['canadian', 'canadians', 'australian', 'australians', 'new zealander', 'new zealanders']),
  entry([
    'mexican',
    'mexicans',
    'cuban',
    'cubans',
    'haitian',
    'haitians',
    'jamaican',
    'jamaicans',
    'brazilian',
    'brazilians',
    'colombian',
    'colombians',
    'venezuelan',
    'venezuelans',
  ]),
  entry([
    'filipino',
    'filipinos',
    'filipina',
    'filipinas',
    'indonesian',
    'indonesians',
    'malaysian',
    'malaysians',
    'singaporean',
    'singaporeans',
    'burmese',
    'cambodian',
    'cambodians',
    'nepali',
    'nepalese',
    'sri lankan',
    'sri lankans',
  ]),
  entry(['indian', 'indians', 'pakistani', 'pakistanis', 'bangladeshi', 'bangladeshis']),
  entry([
    'nigerian',
    'nigerians',
    'ghanaian',
    'ghanaians',
    'african',
    'africans',
    'somali',
    'somalis',
    'ethiopian',
    'ethiopians',
  ]),
  entry(['romanian', 'romanians', 'bulgarian', 'bulgarians', 'ukrainian', 'ukrainians', 'poles']),
  entry(
    [
      'chinese',
      'japanese',
      'korean',
      'koreans',
      'vietnamese',
      'thai',
      'french',
      'german',
      'germans',
      'italian',
      'italians',
      'spanish',
      'portuguese',
      'russian',
      'russians',
      'polish',
      'dutch',
      'turkish',
      'greek',
      'arabic',
    ],
    true,
  ),
];

/** Languages named in native-speaker wording. */
export const LANGUAGES =
  'english|spanish|french|german|mandarin|chinese|cantonese|japanese|korean|italian|portuguese|russian|arabic|dutch|polish|hindi|vietnamese|thai|turkish|swedish|norwegian|danish|finnish|greek|hebrew|tagalog|urdu';
