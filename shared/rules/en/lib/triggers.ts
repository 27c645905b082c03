/**
 * One cheap scan per ad decides which English rules have anything to look at. Most ads hold none of
 * the anchor words, and then no rule runs its own (larger) patterns. The result is cached per document.
 */
import type { AdDocument } from '#shared/text/document.ts';
import { AGE_TERMS } from '#shared/rules/en/lib/lexicon/age-terms.ts';
import { GENDERED_TITLES } from '#shared/rules/en/lib/lexicon/gendered-titles.ts';
import { NATIONALITIES } from '#shared/rules/en/lib/lexicon/nationalities.ts';
import { alternation } from '#shared/rules/en/lib/lexicon/pattern.ts';
import { RACE_GROUPS } from '#shared/rules/en/lib/lexicon/race-groups.ts';
import { RELIGIONS } from '#shared/rules/en/lib/lexicon/religions.ts';
import { trie } from '#shared/rules/en/lib/trie.ts';
import { SEX_WORDS } from '#shared/rules/en/lib/vocab.ts';

/** Person nouns after a nationality word that also names a language ("Chinese staff"). */
const NAT_PERSONS = `${SEX_WORDS}|candidates?|applicants?|staff|workers?|employees?|persons?|people|individuals?|nationals?|citizens?`;

export type Trigger =
  | 'sex'
  | 'ageNumber'
  | 'ageWord'
  | 'race'
  | 'nation'
  | 'religion'
  | 'disability'
  | 'pregnancy'
  | 'marital';

/** Anchors are bare alternatives; the scan wraps them all in one `\\b(?:…)\\b` so V8 can quick-check the first letter. */
const w = (src: string) => src;

/** Anchor words per trigger: every pattern of a rule contains at least one of its trigger's anchors. */
const ANCHORS: Record<Trigger, string[]> = {
  sex: [w(SEX_WORDS), w('he|she|his|her|gender|sex'), w(alternation(GENDERED_TITLES))],
  ageNumber: [
    'age[sd]?\\s*(?::\\s*)?(?:between\\s+|from\\s+)?\\d\\d',
    w('between the ages|age (?:range|group|bracket|limit|requirement|preference|cap)|max(?:imum|\\.)? age|upper age'),
    w(
      '(?:years?|yrs?)\\.?\\s*old|years? of age|y\\.?/?o|(?:younger|older) than|(?:or|and|&)\\s+(?:under|younger|below)',
    ),
    '(?:under|below|over|above|past|beyond|max(?:imum|\\.)?|up to|at most|more than|less than)\\s*(?::\\s*)?(?:the age of\\s*)?\\d\\ds?',
    'be\\s+(?:aged\\s+)?(?:between\\s+)?\\d\\d\\s*(?:-|–|—|to|and)\\s*\\d\\d',
    w('(?:and|or) (?:above|over|older)'),
    w(
      'born|graduat\\w*|class of|twenties|thirties|(?:early|mid|late)[- ](?:(?:to|or)[- ](?:early|mid|late)[- ])?(?:20s|30s)|(?:your|their) (?:early |mid |late )?(?:20s|30s)',
    ),
  ],
  ageWord: [w(alternation(AGE_TERMS)), w('young\\w*')],
  race: [
    w(alternation(RACE_GROUPS)),
    ...['european', 'western', 'african', 'latin', 'nordic', 'scandinavian', 'oriental'].map(
      (x) => `${x}\\s+(?:looks?|looking|appearance|features|face)`,
    ),
    w('skin(?:ned)?|complexion\\w*|afros?|dreadlocks|dreads|locs|cornrows|braids'),
  ],
  nation: [
    w('native|accents?|citizens?|citizenship|nationals?|nationality|passports?|passport holders?|born'),
    w('foreigners?|foreign|immigrants?|migrants|expats|non-?(?:citizens|nationals|natives|americans|british)'),
    w('green[- ]card|gc|permanent residents?|h-?1b|opt|cpt|ead|tn|h4|l2|descent|origin|heritage|ancestry|extraction'),
    w('mother[- ]tongue|first[- ]language'),
    w(alternation(NATIONALITIES.filter((e) => !e.language))),
    `${alternation(NATIONALITIES.filter((e) => e.language))}[ -](?:${NAT_PERSONS})`,
  ],
  religion: [
    w(alternation(RELIGIONS)),
    w(
      'church\\w*|parish|congregation|mosque|synagogue|temple|pastor\\w*|clergy|priest|minister|faith|biblical|religio\\w*|spiritual|islamic|hindu|sikh|sunday services?|worship|bible',
    ),
    w('hijabs?|headscar(?:f|ves)|head scarves|turbans?|kippah|kippot|yarmulkes?|niqabs?|burqas?|burkas?'),
  ],
  disability: [
    w(
      'able[- ]?bodied|disab\\w*|handicap\\w*|impair\\w*|psychiatric|mental health|mental illness\\w*|illness\\w*|injur\\w*',
    ),
    w(
      "medications?|prescriptions?|sick\\w*|doctor(?:['’]?s)?|workers['’]? comp\\w*|healthy|perfect (?:vision|eyesight|hearing)",
    ),
    w(
      '(?:perfect|excellent|sound|robust|impeccable|flawless|100%)\\s+(?:physical\\s+|mental\\s+|general\\s+|medical\\s+)?(?:health|physical condition|medical condition|fitness)',
    ),
    w('medical (?:conditions?|history|issues|problems|questionnaire|records?|certificate|report|declaration)'),
    w(
      'health (?:conditions?|problems|issues|history|status|questionnaire|declaration|certificate|form)|proof of (?:good )?health',
    ),
    w(
      '(?:physical|mental)(?: (?:or|and|/) (?:physical|mental))? (?:disabilit\\w*|impairments?|handicaps?|illness\\w*|defects?|conditions?|limitations)',
    ),
    w('good (?:physical and mental|mental and physical|mental) health|mentally stable'),
    w(
      'chronic (?:illness\\w*|conditions?|diseases?)|history of|(?:prior|previous|past) (?:injur\\w*|workers|medical claims?)|hiv|aids',
    ),
    w('have you (?:ever )?(?:had|been diagnosed|suffered|filed|received|taken)|do you (?:have|suffer from|take)'),
  ],
  pregnancy: [w('pregnan\\w*|maternity|childbirth|birth|bab(?:y|ies)|child|children|kids|family')],
  marital: [
    w('single|unmarried|married|divorced|widowed|childless|marital|civil partners?|civil partnerships?'),
    w('children|kids|dependants|dependents|family'),
  ],
};

const NAMES = Object.keys(ANCHORS) as Trigger[];
const ALL = new RegExp(`\\b(?:${trie(NAMES.flatMap((t) => ANCHORS[t]).join('|'))})\\b`, 'g');

const cache = new WeakMap<AdDocument, Set<Trigger>>();
/** Anchor text → its triggers; anchors repeat a lot (a 2 MB ad may say "female" 100,000 times). */
const classified = new Map<string, readonly Trigger[]>();

function classify(anchor: string): readonly Trigger[] {
  let names = classified.get(anchor);
  if (names === undefined) {
    names = NAMES.filter((t) => {
      const re = ANCHOR_RES[t];
      re.lastIndex = 0;
      const m = re.exec(anchor);
      return m !== null && m.index === 0 && m[0].length === anchor.length;
    });
    if (classified.size < 10_000) classified.set(anchor, names);
  }
  return names;
}

/** The triggers present in the ad's body fields (title, description, requirements, benefits). */
export function triggersOf(doc: AdDocument): Set<Trigger> {
  let found = cache.get(doc);
  if (found) return found;
  found = new Set<Trigger>();
  const text = `${doc.text('title')}\n${doc.text('description')}\n${doc.text('requirements')}\n${doc.text('benefits')}`;
  ALL.lastIndex = 0;
  for (let m = ALL.exec(text); m !== null; m = ALL.exec(text)) {
    for (const name of classify(m[0])) found.add(name);
    if (found.size === NAMES.length) break;
  }
  cache.set(doc, found);
  return found;
}

export const triggered = (doc: AdDocument, t: Trigger): boolean => triggersOf(doc).has(t);

/** One anchor regex per trigger, for finding where in a long field a rule should look. */
export const ANCHOR_RES: Readonly<Record<Trigger, RegExp>> = Object.fromEntries(
  NAMES.map((t) => [t, new RegExp(`\\b(?:${trie(ANCHORS[t].join('|'))})\\b`, 'g')]),
) as Record<Trigger, RegExp>;
