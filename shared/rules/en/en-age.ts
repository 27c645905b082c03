/**
 * en-age: an English ad states an age limit or an age preference for the person wanted.
 * Unlawful: age bands and caps ("aged 25-35", "under 30", "no one over 40", "born after 1995"), "young"
 * for the person wanted ("young and energetic", "looking for young sales staff"), "recent graduates
 * only", "digital natives", generation labels. Lawful look-alikes left alone: a minimum age alone
 * ("must be 21+ to serve alcohol", "18 or older"), "max 5 years of experience", "energetic" alone, a
 * "young company" or "young team", ages of children, pupils or patients, "young adult fiction",
 * "graduate scheme", and equal-opportunity statements that name age.
 */
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import type { AdDocument, Match } from '#shared/text/document.ts';
import {
  BORN,
  DECADE,
  GRAD_YEAR,
  NON_AGE_UNIT,
  OR_UNDER,
  OVER_EXCLUDED,
  OVER_REJECT,
  PLUS_REJECT,
  RANGE_AFTER_MARKER,
  RANGE_BE,
  RANGE_BEFORE_UNIT,
  UPPER_STRONG,
  UPPER_WEAK,
} from '#shared/rules/en/lib/age-patterns.ts';
import {
  clauseText,
  isEeoStatement,
  limit,
  sentenceText,
  textAfter,
  textBefore,
} from '#shared/rules/en/lib/context.ts';
import { dedupe, hitOf } from '#shared/rules/en/lib/hits.ts';
import { scan } from '#shared/rules/en/lib/scan.ts';
import { triggered } from '#shared/rules/en/lib/triggers.ts';
import { AGE_TERMS } from '#shared/rules/en/lib/lexicon/age-terms.ts';
import { alternation } from '#shared/rules/en/lib/lexicon/pattern.ts';
import { isPersonNoun, OTHER_PEOPLE, SEX_WORDS } from '#shared/rules/en/lib/vocab.ts';

const OTHERS_BEFORE = new RegExp(`\\b(?:${OTHER_PEOPLE}|young people|pupils)\\b[^.;\\n]{0,40}$`);
const PROGRAMME =
  /apprentice|kickstart|traineeship|youth (?:employment|guarantee|programme|program|scheme|training)|summer youth|government[- ]funded|wage subsidy|work experience (?:scheme|programme)|age-restricted|alcohol|liquor|tobacco|firearm|insurance/;
/** The start of a list item: "- Under 30 - we're a young team". */
const LIST_START = /(?:^|\n)[^\S\n]{0,8}(?:[-*•·]|\d{1,2}[.)])?[^\S\n]{0,8}$/;
const AGE_CONTEXT_BEFORE =
  /(?:\bage[sd]?|applicants?|candidates?|must be|should be|you are|you're|be|persons?|people|someone|anyone|individuals?|staff|workers?|\()[^\S\n]{0,8}:?[^\S\n]{0,8}$/;

const TERM = (kind: string) => alternation(AGE_TERMS.filter((t) => t.kind === kind));
/** Person words after "young" besides the job nouns of isPersonNoun. */
const YOUNG_EXTRA = new RegExp(
  `^(?:${SEX_WORDS}|blood|professionals?|mums?|moms?|mothers?|dads?|ones|faces?|looking|people|persons?|adults?|children|kids|carers)$`,
);
const ADJ =
  'energetic|dynamic|vibrant|enthusiastic|fresh|hungry|ambitious|motivated|fit|attractive|driven|eager|active|lively|bright|talented|pretty|beautiful|single|female|male|good[- ]looking';
const HIRE_VERB =
  'looking for|seeking|hiring|recruiting|want|wants|need|needs|prefer|prefers|preferably|ideal(?:ly)?(?: candidate)?(?: is| would be| will be)?|must be|should be|only';

/** "looking for young people", "must be young". */
const YOUNG_WANTED = new RegExp(
  `\\b(?:${HIRE_VERB})\\s+(?:(?:someone|somebody)\\s+)?(?:(?:an?|some|\\d{1,2})\\s+)?(?:(?:and\\s+)?(?:${ADJ})\\s*(?:,\\s*)?){0,2}(?:${TERM('young')})\\b`,
  'g',
);
/** "young and energetic candidates", "young female staff", "young mum". */
const YOUNG_PERSON = new RegExp(
  `\\b(?:${TERM('young')})(?:\\s*(?:(?:and|,|&(?:amp;)?)\\s*)?(?:${ADJ})){0,2}\\s*(?:and\\s+)?([a-z]+)\\b`,
  'g',
);
/** "young and energetic" as a description of someone. */
const YOUNG_AND = new RegExp(`\\byoung\\s*(?:and|,|&(?:amp;)?)\\s*(?:${ADJ})\\b`, 'g');
const COMPANY_AFTER =
  /^[\s,]*(?:\w+\s+){0,2}(?:team|company|business|firm|start-?up|brand|organi[sz]ation|environment|office|agency|culture|atmosphere|workplace|industry|sector|market|city|group|studio|restaurant|venue|school|charity|practice|community|department)\b/;
/** Words before "young" that make the young people the ones served, not the ones hired. */
const OBJECT_BEFORE =
  /\b(?:serv\w*|support\w*|mentor\w*|work\w* with|help\w*|teach\w*|coach\w*|car(?:e|ing) for|engag\w*|reach\w*|inspir\w*|empower\w*|train\w*|develop\w*|for|of|to|among|with|by)\s+(?:[a-z]+\s+){0,2}$/;
const SUITS_BEFORE = /\b(?:ideal|perfect|great|suitable|suited|good|best) for\s+(?:an?\s+)?$/;
const AMBIGUOUS_NOUN = /\b(?:people|persons?|professionals?|adults?|ones|faces?|individuals?|children|kids|carers)$/;
const HIRE_BEFORE =
  /(?:hiring|seeking|looking for|recruiting|want|need|prefer|only|employ|attract)\s+(?:[a-z]+\s+){0,2}$/;
const HIRE_AFTER = /^\s*(?:wanted|needed|only|preferred|required|to join|who|with)\b/;

const GRADUATE = new RegExp(`\\b(?:${TERM('graduate')})\\b`, 'g');
const GRAD_RESTRICT =
  /\bonly\b|\bmust\b|\brequired\b|\bpreferred\b|\bpreference\b|\bseeking\b|\blooking for\b|\bhiring\b|\bideal\b|\bshould\b|\blimited to\b|\bexclusively\b|\bwe want\b|\bare you a\b|\bwanted\b|\bneeded\b|\btarget(?:ed|ing)? at\b|\bopen to\b|\bfor\b/;
/** A requirements header before a list item ("Who we want:", "About you:"). */
const WANT_HEADER =
  /(?:who we(?:['’]re| are)? (?:want|looking for|need)|we want|we(?:['’]re| are) looking for|requirements|about you|you are|you['’]re|the ideal candidate|must haves?|what we(?:['’]re| are)? looking for)\s*:?[^:]{0,80}$/;
const GRAD_INCLUSIVE =
  /welcome|encourag|or experienced|and experienced|as well as|regardless|also consider|including|career changers|any year|of any age|all ages|whenever you graduated|no matter when|returners|graduate scheme|graduate programme/;
const GENERATION = new RegExp(`\\b(?:${TERM('generation')})(?![a-z])`, 'g');
const GEN_HIRE =
  /\bonly\b|preferred|seeking|looking for|hiring|recruiting|candidates|applicants|ideal|wanted|must be|we want|are you a|to join/;
const DIGITAL = new RegExp(`\\b(?:${TERM('native')})\\b`, 'g');
const DIGITAL_COMPANY =
  /^[- ](?:brands?|compan(?:y|ies)|business(?:es)?|agenc(?:y|ies)|banks?|platforms?|retailers?|start-?ups?|publishers?|media|marketing|products?|firms?|organi[sz]ations?|services?|experiences?|era)\b/;
const YOUTHFUL =
  /\byouthful\s+(?:appearance|look|looks|looking|image|face|candidates?|applicants?|person|individuals?)\b/g;

function limitHit(doc: AdDocument, m: Match, note: string): RuleHit | undefined {
  if (OTHERS_BEFORE.test(textBefore(doc, m.field, m.start, 60))) return undefined;
  const sentence = sentenceText(doc, m.field, m.start, m.end);
  if (isEeoStatement(sentence) || PROGRAMME.test(sentence) || PROGRAMME.test(doc.text('title'))) return undefined;
  return hitOf(m, 'high', 0.9, note);
}

function numericHits(doc: AdDocument, hits: RuleHit[]): void {
  for (const re of [RANGE_AFTER_MARKER, RANGE_BEFORE_UNIT]) {
    for (const m of limit(limit(scan(doc, re, 'ageNumber')))) {
      const lo = Number(m.groups[1]);
      const hi = Number(m.groups[2]);
      if (!(hi > lo) || hi - lo > 50) continue;
      const h = limitHit(doc, m, 'age band');
      if (h) hits.push(h);
    }
  }
  for (const m of limit(scan(doc, RANGE_BE, 'ageNumber'))) {
    const lo = Number(m.groups[1]);
    const hi = Number(m.groups[2]);
    if (!(hi > lo) || hi - lo > 50 || NON_AGE_UNIT.test(textAfter(doc, m.field, m.end, 24))) continue;
    const h = limitHit(doc, m, 'age band');
    if (h) hits.push(h);
  }
  for (const m of limit(scan(doc, UPPER_STRONG, 'ageNumber'))) {
    if (Number(m.groups[1]) <= 21) continue;
    const h = limitHit(doc, m, 'upper age limit');
    if (h) hits.push(h);
  }
  for (const m of limit(scan(doc, UPPER_WEAK, 'ageNumber'))) {
    const kw = m.groups[1] ?? '';
    const n = Number(m.groups[2]);
    const unit = m.groups[3];
    const lower = /under|below|less/.test(kw);
    if (lower && n <= 21) continue;
    const after = textAfter(doc, m.field, m.end, 30);
    const before = textBefore(doc, m.field, m.start, 30);
    if (!unit) {
      if (NON_AGE_UNIT.test(after) || !(AGE_CONTEXT_BEFORE.test(before) || (lower && LIST_START.test(before))))
        continue;
      if (/^\s*(?:years?|yrs?)\b/.test(after)) continue;
    }
    if (
      lower &&
      (/(?:no one|nobody|\bnot?|none)\s+(?:aged\s+)?$/.test(before) ||
        /^[^.;\n]{0,30}\b(?:not|cannot|can['’]t|won['’]t|ineligible|unable|excluded)\b/.test(after))
    )
      continue;
    const h = limitHit(doc, m, 'upper age limit');
    if (h) hits.push(h);
  }
  for (const m of limit(scan(doc, OR_UNDER, 'ageNumber'))) {
    if (Number(m.groups[1]) <= 21) continue;
    if (!m.groups[2] && !AGE_CONTEXT_BEFORE.test(textBefore(doc, m.field, m.start, 30))) continue;
    const h = limitHit(doc, m, 'upper age limit');
    if (h) hits.push(h);
  }
  for (const re of [OVER_EXCLUDED, OVER_REJECT, PLUS_REJECT]) {
    for (const m of limit(limit(scan(doc, re, 'ageNumber')))) {
      if (Number(m.groups[1]) < 25 || NON_AGE_UNIT.test(textAfter(doc, m.field, m.end, 20))) continue;
      const h = limitHit(doc, m, 'older applicants excluded');
      if (h) hits.push(h);
    }
  }
  for (const m of limit(scan(doc, DECADE, 'ageNumber'))) {
    const h = limitHit(doc, m, 'age band');
    if (h) hits.push(h);
  }
  for (const re of [BORN, GRAD_YEAR]) {
    for (const m of limit(limit(scan(doc, re, 'ageNumber')))) {
      const h = limitHit(doc, m, 'birth or graduation year limit');
      if (h) hits.push(h);
    }
  }
}

function wordHits(doc: AdDocument, hits: RuleHit[]): void {
  const person = (m: Match, severity: 'high' | 'medium', note: string, othersCheck = true) => {
    const sentence = sentenceText(doc, m.field, m.start, m.end);
    if (isEeoStatement(sentence)) return;
    if (othersCheck && OTHERS_BEFORE.test(textBefore(doc, m.field, m.start, 40))) return;
    hits.push(hitOf(m, severity, 0.85, note));
  };
  for (const m of limit(scan(doc, YOUNG_WANTED, 'ageWord'))) {
    if (/^[- ]*(?:at[- ]heart|in spirit)\b/.test(textAfter(doc, m.field, m.end, 12))) continue;
    person(m, 'high', '"young" for the person wanted');
  }
  for (const m of limit(scan(doc, YOUNG_PERSON, 'ageWord'), 40)) {
    const noun = m.groups[1] ?? '';
    if (!isPersonNoun(noun) && !YOUNG_EXTRA.test(noun)) continue;
    const before = textBefore(doc, m.field, m.start, 40);
    if (AMBIGUOUS_NOUN.test(m.text)) {
      if (!HIRE_BEFORE.test(before) && !HIRE_AFTER.test(textAfter(doc, m.field, m.end, 12))) continue;
    } else if (OBJECT_BEFORE.test(before) && !SUITS_BEFORE.test(before)) continue;
    person(m, 'high', '"young" for the person wanted');
  }
  for (const m of limit(scan(doc, YOUNG_AND, 'ageWord'))) {
    if (COMPANY_AFTER.test(textAfter(doc, m.field, m.end, 40))) continue;
    if (OBJECT_BEFORE.test(textBefore(doc, m.field, m.start, 40))) continue;
    person(m, 'medium', '"young and …" describing the person wanted');
  }
  for (const m of limit(scan(doc, YOUTHFUL, 'ageWord'))) person(m, 'medium', '"youthful" appearance or person');
  for (const m of limit(scan(doc, DIGITAL, 'ageWord'))) {
    if (DIGITAL_COMPANY.test(textAfter(doc, m.field, m.end, 20))) continue;
    person(m, 'medium', '"digital native" is an age proxy');
  }
  for (const m of limit(scan(doc, GENERATION, 'ageWord'))) {
    const sentence = sentenceText(doc, m.field, m.start, m.end);
    if (GEN_HIRE.test(sentence)) person(m, 'medium', 'generation label for the person wanted');
  }
  for (const m of limit(scan(doc, GRADUATE, 'ageWord'))) {
    const clause = clauseText(doc, m.field, m.start, m.end);
    const isNew = /^new/.test(m.text);
    if (GRAD_INCLUSIVE.test(clause)) continue;
    const restrictive = GRAD_RESTRICT.test(clause) || WANT_HEADER.test(textBefore(doc, m.field, m.start, 120));
    if (isNew ? !/\bonly\b|exclusively|limited to/.test(clause) : !restrictive) continue;
    person(m, 'medium', 'recent graduates only', false);
  }
}

export default defineRule({
  meta: {
    id: 'en-age',
    category: 'discrimination',
    tags: ['en.age'],
    severity: 'medium',
    legalBasis: {
      US: ['us.age'],
      GB: ['uk.recruitment', 'uk.direct', 'uk.ads-guidance'],
      EU: ['eu.framework'],
      CN: ['cn.age', 'cn.equal'],
    },
    message: {
      zh: '招聘广告设定年龄上限或年龄偏好（如“25-35岁”“年轻有活力”“仅限应届毕业生”）。',
      en: 'The ad sets an upper age limit or an age preference (e.g. "aged 25-35", "young and energetic", "recent graduates only", "digital native").',
    },
    suggestion: {
      zh: '删除年龄条件；法律规定的最低年龄（如售酒须满21岁）可以保留并注明依据。',
      en: 'Remove the age condition and describe the skills needed; keep a minimum age only where the law sets it, and say so.',
    },
    description:
      'Upper age limits and age bands ("aged 25-35", "under 30", "no one over 40", "born after 1995"), "young" for the person wanted, "recent graduates only", "digital native" and generation labels (29 C.F.R. §1625.4; Equality Act 2010). Left alone: a minimum age alone ("must be 21+ to serve alcohol", "18 or older"), "max 5 years of experience", "energetic" alone, a young company or team, ages of children, pupils or patients, young adult fiction, graduate schemes open to any year, and equal-opportunity statements.',
  },
  check(doc) {
    const hits: RuleHit[] = [];
    if (triggered(doc, 'ageNumber')) numericHits(doc, hits);
    if (triggered(doc, 'ageWord')) wordHits(doc, hits);
    return dedupe(hits);
  },
});
