/**
 * en-national-origin: an English ad limits the job by national origin, nationality or citizenship.
 * Unlawful: "native English speaker", "no accent", "US-born", "British nationals only", "no
 * foreigners", "green card holders only", "US citizens only" where no law requires it, "candidates of
 * Chinese descent preferred". Lawful look-alikes left alone: "must be authorized to work in the US",
 * "right to work in the UK", "no visa sponsorship", "fluent English required", native-level
 * proficiency, citizenship required by law (security clearance, ITAR, federal contracts), language
 * skills ("Spanish speaker preferred"), cuisines ("Italian chef"), and native-speaker wording for
 * foreign language teachers in countries whose work visas require it (China, Korea, Japan).
 */
import { applicantMatches, inclusiveSentence } from '#shared/rules/en/lib/applicant.ts';
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import type { AdDocument } from '#shared/text/document.ts';
import {
  isVisaNativeSpeakerCountry,
  limit,
  sentenceText,
  textAfter,
  textBefore,
} from '#shared/rules/en/lib/context.ts';
import {
  groupPersonPreference,
  groupPreference,
  hiringGroup,
  hiringGroupPerson,
  noGroup,
  PREF,
  REJECT,
} from '#shared/rules/en/lib/group-patterns.ts';
import { dedupe, hitOf } from '#shared/rules/en/lib/hits.ts';
import { scan } from '#shared/rules/en/lib/scan.ts';
import { triggered } from '#shared/rules/en/lib/triggers.ts';
import { LANGUAGES, NATIONALITIES } from '#shared/rules/en/lib/lexicon/nationalities.ts';
import { alternation } from '#shared/rules/en/lib/lexicon/pattern.ts';
import { isPersonNoun, NOT_NOUN, SEX_WORDS } from '#shared/rules/en/lib/vocab.ts';

const NAT_ALL = alternation(NATIONALITIES);
const NAT_PERSONAL = alternation(NATIONALITIES.filter((e) => !e.language));

const NATIVE = new RegExp(
  `\\bnative[- ](?:(?:${LANGUAGES})[- ])?speak(?:er|ers|ing)\\b|\\b(?:${LANGUAGES})\\s+(?:must be|as|is)\\s+(?:your|their|a|the|his|her)\\s+(?:first|native|mother)\\s+(?:language|tongue)\\b|\\bmother[- ]tongue\\s+(?:${LANGUAGES})\\b|\\b(?:${LANGUAGES})\\s+mother[- ]tongue\\b|\\bfirst[- ]language\\s+(?:${LANGUAGES})\\s+speakers?\\b`,
  'g',
);
const PROFICIENCY =
  /near[- ]?native|native[- ](?:level|like)|or equivalent|equivalent (?:fluency|proficiency|level)|or fluent|or bilingual|\bbilingual\b|proficien|\bc2\b|full professional/;
const ABROAD = /abroad|overseas|\bkorea|japan|china|taiwan|vietnam|thailand|e-?2 visa|work visa|\bvisa\b/;
const TEACHING = /teach|tutor|esl|efl|tefl|tesol|celta|instructor|lecturer|language school|kindergarten|classroom/;

const ACCENT =
  /\b(?:no|without(?: an?)?|must not have(?: an?)?|not have(?: an?)?)\s+(?:(?:foreign|heavy|strong|thick|regional|noticeable|discernible|obvious)\s+)?accents?\b|\baccent[- ]free\b|\b(?:american|british|english|native|standard american|us|uk|canadian|australian|local)\s+accents?\b/g;
const ACCENT_REQUIRE = /must|required|preferred|only|should|need|with an?|a must|essential/;

const COUNTRY = 'us|u\\.s\\.?|usa|u\\.s\\.a\\.?|american|uk|u\\.k\\.?|british|eu|european|canadian|australian';
const CITIZENSHIP = new RegExp(
  [
    `\\b(?:(?:${COUNTRY})\\s+)?(?:citizens?|nationals?|citizenship|passport holders?)\\s+(?:only|required|preferred|needed|is required|is a must|a must)`,
    `\\bmust\\s+(?:be|hold)\\s+(?:an?\\s+)?(?:${COUNTRY})\\s+(?:citizen|national|passport)`,
    `\\bonly\\s+(?:${COUNTRY})\\s+(?:citizens|nationals|passport holders)`,
    `\\b(?:(?:us |u\\.s\\. )?citizens?\\s*(?:and|or|\\/|&)\\s*)?(?:green[- ]card|gc|permanent residents?)(?: holders?)?(?:\\s*(?:and|or|\\/|&)\\s*(?:us |u\\.s\\. )?citizens?)?\\s+only`,
    `\\b(?:citizenship|nationality)\\s*(?:requirement\\s*)?[:\\-–]\\s*(?:${COUNTRY}|${NAT_PERSONAL})(?:\\s+(?:only|citizens?|nationals?))?\\b(?!\\s*(?:or|\\/|and|&)\\s)`,
    `\\b(?:h-?1b|opt|cpt|ead|tn|h4|l2)(?:[- ]ead)?(?: visa)?(?: holders?| candidates?)?\\s+only`,
  ].join('|'),
  'g',
);
const LEGAL_REASON =
  /clearance|\bsecret\b|ts\/sci|public trust|\bitar\b|\bear\b|export[- ]control|federal (?:government|contract|agency|law|position|job|employment)|government (?:contract|agency|position|job)|department of (?:defense|energy|state|homeland)|\bdod\b|military|law enforcement|police|civil service|reserved post|required by (?:law|statute|regulation|contract|the contract)|security vetting|\bbpss\b|\bnppv\b|official secrets|defen[cs]e|nuclear|classified|polygraph|national security|sworn|statutory|by law|jailer|correctional|detention officer|peace officer/;

const BORN =
  /\b(?:us|u\.s\.|usa|american|uk|british|canadian|australian|english|locally|native)[- ]born\b|\bborn (?:and (?:raised|bred) )?in (?:the )?(?:us|usa|u\.s\.a?\.?|united states|america|uk|united kingdom|britain|great britain|england|canada|australia|this country)\b/g;
const FOREIGNERS =
  /\bno\s+(?:foreigners|immigrants|foreign (?:nationals|workers|applicants|candidates|staff)|non-?(?:citizens|nationals|natives|americans|british)|migrants|expats)\b|\b(?:foreigners|immigrants|non-?citizens|migrants|foreign nationals)\s+(?:need not apply|needn['’]t apply|not accepted|will not be considered|cannot apply|can['’]t apply|not eligible|are not eligible)\b/g;

const NAT_PERSONS = `${SEX_WORDS}|candidates?|applicants?|staff|workers?|employees?|persons?|people|individuals?|nationals?|citizens?`;
const NAT_LANGUAGE = alternation(NATIONALITIES.filter((e) => e.language));
/** "Filipino staff preferred", "Americans only"; words that also name a language need a person noun. */
const NAT_PREF = groupPreference(NAT_PERSONAL, NAT_PERSONS);
const NAT_LANG_PREF = groupPersonPreference(NAT_LANGUAGE, NAT_PERSONS);
/** "Filipino caregivers preferred": the job word is checked with isPersonNoun. */
const NAT_JOB_PREF = new RegExp(
  `\\b(${NAT_PERSONAL})[ -]${NOT_NOUN}([a-z]+)(?:\\s+|-)(?:(?:is|are|will be)\\s+)?(?:${PREF}|${REJECT})\\b`,
  'g',
);
const NAT_LANG_HIRE = hiringGroupPerson(NAT_LANGUAGE, NAT_PERSONS);
const NAT_EXCLUDED = noGroup(NAT_PERSONAL);
const NAT_HIRE = hiringGroup(NAT_PERSONAL);
const DESCENT = new RegExp(
  `\\bof\\s+(?:${NAT_ALL})\\s+(?:descent|origin|heritage|background|ancestry|extraction|nationality)\\b`,
  'g',
);
const NOT_PERSON_AFTER =
  /^[- ](?:residents?|residency|market|markets|customers?|clients?|community|communities|cuisine|food|restaurants?|companies|company|business(?:es)?|operations?|law|laws|regulations?|standards?|tax|accounting|gaap|speakers?|language|subsidiar(?:y|ies)|office|offices|team|teams|region)\b/;

const eeo = inclusiveSentence;

/**
 * Foreign language teachers' work visas in China, Korea, Japan and Taiwan require a passport from a
 * native-speaking country; an ad for such a post that states it follows the law, not a preference.
 */
const visaCache = new WeakMap<AdDocument, boolean>();
function visaTeaching(doc: AdDocument, jurisdiction: string): boolean {
  let v = visaCache.get(doc);
  if (v === undefined) {
    const body = bodyText(doc);
    v = TEACHING.test(body) && (jurisdiction === 'CN' || isVisaNativeSpeakerCountry(doc) || ABROAD.test(body));
    visaCache.set(doc, v);
  }
  return v;
}

function bodyText(doc: AdDocument): string {
  return ['title', 'description', 'requirements', 'benefits'].map((f) => doc.text(f as 'title')).join('\n');
}

export default defineRule({
  meta: {
    id: 'en-national-origin',
    category: 'discrimination',
    tags: ['en.national-origin'],
    severity: 'medium',
    legalBasis: {
      US: ['us.ad-title7', 'us.citizenship'],
      GB: ['uk.recruitment', 'uk.direct', 'uk.indirect', 'uk.ads-guidance'],
      EU: ['eu.race'],
      CN: ['cn.equal'],
    },
    message: {
      zh: '招聘广告按国籍、出生地或民族血统限定应聘者（如“母语为英语”“无口音”“限本国公民”）。',
      en: 'The ad limits the job by national origin, nationality or citizenship (e.g. "native English speaker", "no accent", "US-born", "citizens only").',
    },
    suggestion: {
      zh: '改为对岗位所需语言水平的要求（如“英语流利”），或依法说明工作许可要求。',
      en: 'Ask for the language level the job needs ("fluent English") or the legal right to work; require citizenship only where a law or contract does, and say which.',
    },
    description:
      'National-origin, nationality and citizenship limits in English ads: "native English speaker", "no accent", "US-born", "British nationals only", "no foreigners", "green card holders only", "US citizens only" without a legal reason, "of Chinese descent". Left alone: work authorisation and right-to-work wording, "no visa sponsorship", "fluent English required", native-level proficiency, citizenship required by law (security clearance, ITAR, federal contracts), language skills, cuisines, and native-speaker wording for language teachers where the work visa requires it.',
  },
  check(doc, ctx) {
    const hits: RuleHit[] = [];
    if (!triggered(doc, 'nation')) return hits;
    for (const m of limit(scan(doc, NATIVE, 'nation'))) {
      const around = doc.text(m.field).slice(Math.max(0, m.start - 40), m.end + 50);
      if (PROFICIENCY.test(around) || eeo(doc, m)) continue;
      if (visaTeaching(doc, ctx.jurisdiction)) continue;
      hits.push(hitOf(m, 'high', 0.85, 'native-speaker requirement'));
    }
    for (const m of limit(scan(doc, ACCENT, 'nation'))) {
      const sentence = sentenceText(doc, m.field, m.start, m.end);
      const required = ACCENT_REQUIRE.test(sentence) || m.field === 'requirements';
      if (/^(?:no|without|must|not)/.test(m.text) ? eeo(doc, m) : !required || eeo(doc, m)) continue;
      if (/welcome|all accents|any accent/.test(sentence)) continue;
      hits.push(hitOf(m, 'high', 0.85, 'accent requirement'));
    }
    let legal: boolean | undefined;
    for (const m of limit(scan(doc, CITIZENSHIP, 'nation'))) {
      legal ??= LEGAL_REASON.test(bodyText(doc)) || visaTeaching(doc, ctx.jurisdiction);
      if (legal || eeo(doc, m)) continue;
      hits.push(hitOf(m, 'high', 0.8, 'citizenship or immigration-status limit not shown to be required by law'));
    }
    for (const m of limit(scan(doc, BORN, 'nation'))) {
      const sentence = sentenceText(doc, m.field, m.start, m.end);
      if (
        !/must|only|preferred|required|candidates?|applicants?|should|seeking|looking for/.test(sentence) ||
        eeo(doc, m)
      )
        continue;
      hits.push(hitOf(m, 'high', 0.85, 'place-of-birth requirement'));
    }
    for (const m of limit(scan(doc, FOREIGNERS, 'nation'))) if (!eeo(doc, m)) hits.push(hitOf(m, 'high', 0.9));
    for (const re of [NAT_PREF, NAT_LANG_PREF, NAT_JOB_PREF, NAT_HIRE, NAT_LANG_HIRE, NAT_EXCLUDED]) {
      for (const m of applicantMatches(doc, re, 'nation', NOT_PERSON_AFTER)) {
        if (/\b(?:cooks?|chefs?|bakers?)\b/.test(m.text)) continue;
        if (re === NAT_JOB_PREF && !isPersonNoun(m.groups[2] ?? '')) continue;
        if (
          /^\s*(?:or|and|&|\/)\s+(?:internationals?|others|anyone|non-|foreign)/.test(
            textAfter(doc, m.field, m.end, 40).replace(/^[^.;\n]{0,20}?(?=\s(?:or|and)\s)/, ''),
          )
        )
          continue;
        if (
          /^(?:english|spanish|french|german|chinese|japanese|korean|italian|portuguese|russian|arabic)\s+(?:only|required|preferred|a plus|an advantage|desired|desirable|needed)/.test(
            m.text,
          )
        )
          continue;
        if (/(?:speak|speaking|speaker|fluent|fluency|language|in)\s*$/.test(textBefore(doc, m.field, m.start, 12)))
          continue;
        if (!eeo(doc, m)) hits.push(hitOf(m, 'high', 0.85));
      }
    }
    for (const m of limit(scan(doc, DESCENT, 'nation'))) if (!eeo(doc, m)) hits.push(hitOf(m, 'high', 0.85));
    return dedupe(hits);
  },
});
