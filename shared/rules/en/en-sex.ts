/**
 * en-sex: an English ad limits the job to one sex or states a preference for one.
 * Unlawful: "female candidates only", "men preferred", "looking for a female receptionist", "women
 * need not apply", a sex-marked job title for the post ("Salesman wanted", "Waitress"), and "he will…"
 * about the person to be hired. Lawful look-alikes left alone: products and customers ("women's apparel
 * retailer", "female patients"), both sexes named ("men and women wanted", "waiter/waitress", "(m/f)"),
 * equal-opportunity statements and invitations ("women are encouraged to apply"), pronouns about a named
 * manager or a client, and genuine occupational requirements stated as such (models, intimate care).
 */
import { applicantMatches } from '#shared/rules/en/lib/applicant.ts';
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import type { AdDocument, Match } from '#shared/text/document.ts';
import { sexGorContext } from '#shared/rules/en/lib/bfoq.ts';
import { noGroup } from '#shared/rules/en/lib/group-patterns.ts';
import {
  isEeoStatement,
  isEncouragement,
  limit,
  sentenceText,
  textAfter,
  textBefore,
} from '#shared/rules/en/lib/context.ts';
import { dedupe, hitOf } from '#shared/rules/en/lib/hits.ts';
import { scan } from '#shared/rules/en/lib/scan.ts';
import { triggered } from '#shared/rules/en/lib/triggers.ts';
import { GENDERED_TITLES } from '#shared/rules/en/lib/lexicon/gendered-titles.ts';
import { alternation, entryFor, formSource } from '#shared/rules/en/lib/lexicon/pattern.ts';
import { isPersonNoun, NOT_NOUN, OTHER_PEOPLE, SEX_WORDS } from '#shared/rules/en/lib/vocab.ts';
import { pronounHits } from '#shared/rules/en/lib/pronouns.ts';

/** One optional word after the sex word, checked with isPersonNoun ("female staff only"). */
const NOUN = `(?:[ -]${NOT_NOUN}([a-z]+))?`;
const PREF =
  'preferred|preferably|strongly preferred|a plus|an advantage|advantageous|desired|desirable|favou?red|wanted|needed|required|prioriti[sz]ed|given (?:priority|preference)|only';
const REJECT =
  "need not apply|needn['’]t apply|should not apply|shouldn['’]t apply|cannot apply|can['’]t apply|may not apply|will not be considered|won['’]t be considered|(?:are|is) not (?:eligible|accepted|considered|suitable)|not accepted|not suitable";

/** "female candidates only", "men preferred", "women need not apply", "male receptionist wanted". */
const GROUP_PREF = new RegExp(
  `\\b(?:${SEX_WORDS})${NOUN}(?:\\s+|-)(?:(?:is|are|will be)\\s+)?(?:${PREF}|${REJECT})\\b`,
  'g',
);
/** "only hire women", "only men may apply". */
const ONLY = new RegExp(
  `\\bonly\\s+(?:(?:hire|hiring|accept|accepting|consider|considering|recruit|recruiting|employ|employing|want|wanting|interview|interviewing|take|taking|looking for|seeking|open to)\\s+(?:an?\\s+)?(?:${SEX_WORDS})\\b|(?:${SEX_WORDS})${NOUN}\\s+(?:need|should|may|can|will|are|is)\\b)`,
  'g',
);
const MOD =
  'an?|one|two|three|\\d{1,2}|some|young|attractive|pretty|beautiful|good[- ]looking|strong|fit|energetic|hard[- ]?working|reliable|experienced|mature|single|married|local|presentable|friendly|outgoing|tall|slim';
/** "looking for a female receptionist", "must be male", "preference given to women". */
const HIRE = new RegExp(
  `\\b(?:seeking|looking for|hiring|recruiting|searching for|in search of|we need|need|needs|we want|want|wants|we require|requires|prefer|prefers|preferably|preference (?:for|given to|will be given to|is given to)|ideal(?:ly)?(?: candidate)?(?: is| would be| will be)|must be|should be|has to be|have to be|needs to be|only|exclusively)\\s+(?:(?:${MOD})(?:\\s*,\\s*|\\s+and\\s+|\\s+)){0,3}(?:${SEX_WORDS})\\b`,
  'g',
);
/** "suited to a male candidate", "would suit a lady", "reserved for women". */
const SUITS = new RegExp(
  `\\b(?:(?:not |un)suit(?:ed|able) (?:to|for)|(?:better |best |more |only )?suited (?:to|for)|suits?|would suit|ideal for|perfect for|only for|reserved for|restricted to|limited to|only open to)\\s+(?:an?\\s+)?(?:(?:${MOD})\\s+){0,2}(?:${SEX_WORDS})\\b`,
  'g',
);
/** "Gender: Male", "Sex requirement - female" (but not "Gender: male/female"). */
const GENDER_FIELD =
  /\b(?:gender|sex)\s*(?:(?:requirement|preference|required|preferred)\s*)?[:\-–]\s*(?:males?|females?|men|women|man|woman|m|f)\b(?!\s*(?:\/|or\b|and\b|&)\s*(?:males?|females?|men|women|m|f)\b)/g;
/** "we do not hire women". */
const REFUSED = noGroup(SEX_WORDS);
/** "Female Receptionist", "Nurse (male)" in the job title. */
const TITLE_SEX = new RegExp(
  `\\b(?:male|female|girls?|boys?)[ -]([a-z]+)\\b|\\((?:male|female|women|men|f|m|w)(?: only)?\\)`,
  'g',
);
const TITLES = new RegExp(`\\b${alternation(GENDERED_TITLES)}\\b`, 'g');

const BOTH = new RegExp(`(?:${SEX_WORDS})\\s*(?:and|or|&|/|,)\\s*$`);
const BOTH_AFTER = new RegExp(`^\\s*(?:and|or|&|/)\\s*(?:${SEX_WORDS})\\b`);
const ANY_SEX =
  /\bm\/f\b|\bf\/m\b|\bm\/w\b|both (?:sexes|genders)|either (?:sex|gender)|any (?:sex|gender)|all genders|regardless of (?:sex|gender)/;
const NOT_PERSON_AFTER = new RegExp(
  `^[- ]?(?:owned|led|run|founded|focused|dominated|specific|friendly|only (?:gym|studio|space|club|spa|salon|event|class|classes|session|network|group|floor|ward|hours)|health|hygiene|wellness|grooming|fashion|apparel|clothing|wear|shoes|footwear|products?|brands?|sports?|teams?|voices?|ward|toilets?|${OTHER_PEOPLE})\\b`,
);
const RECRUIT_BEFORE =
  /(?:hiring|seeking|looking for|recruiting|need|needs|needed|wanted|want|become|work as|join us as|join our team as|position of|role of|job as|vacancy for|opening for|openings for|\bas|positions?:|role:|job title:|title:|urgently)\s*(?:an?\s+)?(?:[a-z]{1,24}\s+){0,2}$/;
const RECRUIT_AFTER =
  /^\s*(?:\([^)]{0,20}\)\s*)?(?:wanted|needed|required|position|positions|role|roles|job|jobs|vacanc|opening|openings|opportunit|needed|[-–—:])/;

function explicitHit(doc: AdDocument, m: Match): RuleHit | undefined {
  if (/^['’]s?\b/.test(textAfter(doc, m.field, m.end, 3))) return undefined;
  if (
    /^(?:no|ideal|perfect|suits?|would|only|reserved|restricted|limited)\b/.test(m.text) &&
    NOT_PERSON_AFTER.test(textAfter(doc, m.field, m.end, 40))
  )
    return undefined;
  const before = textBefore(doc, m.field, m.start, 24);
  if (BOTH.test(before) || BOTH_AFTER.test(textAfter(doc, m.field, m.end, 16))) return undefined;
  const sentence = sentenceText(doc, m.field, m.start, m.end);
  if (ANY_SEX.test(sentence) || isEeoStatement(sentence) || isEncouragement(sentence)) return undefined;
  if (sexGorContext(doc, sentence)) return undefined;
  return hitOf(m, 'high', 0.9);
}

function titleWordHit(doc: AdDocument, m: Match): RuleHit | undefined {
  const entry = entryFor(GENDERED_TITLES, m.text);
  if (!entry || entry.strength === 'weak') return undefined;
  const around = doc.text(m.field).slice(Math.max(0, m.start - 30), m.end + 30);
  if (ANY_SEX.test(around)) return undefined;
  if (entry.pair?.some((p) => new RegExp(`\\b${formSource(p)}\\b`).test(around))) return undefined;
  const sentence = sentenceText(doc, m.field, m.start, m.end);
  if (isEeoStatement(sentence) || sexGorContext(doc, sentence)) return undefined;
  if (m.field !== 'title') {
    const before = textBefore(doc, m.field, m.start, 48);
    const lineStart = /(?:^|\n)[^\S\n]{0,8}(?:[-*•·][^\S\n]{0,8})?$/.test(before);
    if (!lineStart && !RECRUIT_BEFORE.test(before) && !RECRUIT_AFTER.test(textAfter(doc, m.field, m.end, 24)))
      return undefined;
  }
  return hitOf(m, 'medium', 0.8, `sex-marked job title; use "${entry.alternative}"`);
}

export default defineRule({
  meta: {
    id: 'en-sex',
    category: 'discrimination',
    tags: ['en.sex'],
    severity: 'medium',
    legalBasis: {
      US: ['us.ad-title7', 'us.ad-sex'],
      GB: ['uk.recruitment', 'uk.direct', 'uk.ads-guidance'],
      EU: ['eu.gender'],
      CN: ['cn.gender', 'cn.equal'],
    },
    message: {
      zh: '招聘广告限定或偏好某一性别（如“限女性”“男士优先”、带性别的职位名称或以“他”指代应聘者）。',
      en: 'The ad limits the job to, or prefers, one sex (e.g. "female only", "men preferred", a sex-marked job title, or "he" for the person hired).',
    },
    suggestion: {
      zh: '删除性别条件，使用中性职位名称（如 salesperson、server），并用 “you” 或 “they” 指代应聘者。',
      en: 'Remove the sex condition, use a neutral job title (salesperson, server) and address the applicant as "you" or "they".',
    },
    description:
      'Sex restrictions and preferences in English ads: "female candidates only", "men preferred", "looking for a female receptionist", "women need not apply", sex-marked job titles used for the post (salesman, waitress, barmaid) and he/she for the person to be hired. Left alone: products and customers (women\'s apparel, female patients), both sexes named (men and women, waiter/waitress, m/f), equal-opportunity statements and invitations to under-represented groups, pronouns about a named manager or client, and genuine occupational requirements stated as such (models, intimate care).',
  },
  check(doc) {
    const hits: RuleHit[] = [];
    if (!triggered(doc, 'sex')) return hits;
    for (const re of [GROUP_PREF, ONLY, SUITS, GENDER_FIELD, REFUSED]) {
      const nounGroup = re === GROUP_PREF || re === ONLY;
      for (const m of limit(scan(doc, re, 'sex'))) {
        const noun = nounGroup ? m.groups[1] : undefined;
        if (noun !== undefined && !isPersonNoun(noun)) continue;
        const h = explicitHit(doc, m);
        if (h) hits.push(h);
      }
    }
    for (const m of applicantMatches(doc, HIRE, 'sex', NOT_PERSON_AFTER, 40)) {
      const h = explicitHit(doc, m);
      if (h) hits.push(h);
    }
    for (const m of limit(scan(doc, TITLE_SEX, 'sex', ['title']))) {
      const noun = m.groups[1];
      if ((noun === undefined || isPersonNoun(noun)) && !sexGorContext(doc, '')) hits.push(hitOf(m, 'high', 0.9));
    }
    for (const m of limit(scan(doc, TITLES, 'sex'))) {
      const h = titleWordHit(doc, m);
      if (h) hits.push(h);
    }
    hits.push(...pronounHits(doc));
    return dedupe(hits);
  },
});
