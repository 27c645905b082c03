/**
 * en-disability: an English ad screens out disabled people or asks about health before an offer.
 * Unlawful: "able-bodied", "perfect health", "no disabilities", "no history of mental illness",
 * "disabled applicants need not apply", "list any medical conditions or medications with your
 * application", "no prior injuries or workers' comp claims" (ADA §102; 29 C.F.R. §1630.13; Equality Act
 * 2010 s.60). Lawful look-alikes left alone: job functions stated with accommodation ("lift 50 lbs with or
 * without reasonable accommodation"), medical checks after a conditional offer, DOT or other medicals the
 * law requires, drug tests, questions about adjustments for the interview, monitoring forms, offers of
 * adjustments and Disability Confident schemes, and "Able Seaman" ratings.
 */
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import type { AdDocument, Match } from '#shared/text/document.ts';
import { isEeoStatement, isEncouragement, limit, sentenceText } from '#shared/rules/en/lib/context.ts';
import { dedupe, hitOf } from '#shared/rules/en/lib/hits.ts';
import { scan } from '#shared/rules/en/lib/scan.ts';
import { triggered } from '#shared/rules/en/lib/triggers.ts';

const ABLE = /\bable[- ]?bodied\b(?![- ]?(?:seam[ae]n|sailors?|seafarers?|deckhands?|ratings?|\(ab\)|ab\b))/g;
const HEALTH =
  /\b(?:perfect|excellent|sound|100%|robust|impeccable|flawless)\s+(?:physical\s+|mental\s+|general\s+|medical\s+)?(?:health|physical condition|medical condition|fitness)\b(?!\s+(?:insurance|benefits?|coverage|plans?|care|checks?|cover|and dental|and safety|&(?:amp;)? safety|and wellbeing|and well-being|and wellness|and fitness (?:club|centre|center)|screenings?|programmes?|programs?|club|centre|center|industry|sector|products?|brands?|clients?|customers?))/g;
/** "good mental health" as a requirement screens out people with mental-health conditions. */
const MENTAL = /\bgood (?:physical and mental|mental and physical|mental) health\b|\bmentally stable\b/g;
const HEALTH_REQUIRE =
  /must|required|requires|be in|should|candidates?|applicants?|need|essential|only|mandatory|condition of/;
const CONDITION =
  "(?:physical|mental)(?: (?:or|and|\\/) (?:physical|mental))? (?:disabilit(?:y|ies)|impairments?|handicaps?|illness(?:es)?|defects?|conditions?)|disabilit(?:y|ies)|handicaps?|impairments?|physical (?:defects?|impairments?|limitations|disabilit(?:y|ies)|handicaps?)|medical (?:conditions?|issues|problems|history)|health (?:problems|issues|conditions)|chronic (?:illness(?:es)?|conditions?|diseases?)|mental (?:illness(?:es)?|health (?:issues|problems|conditions|history))|history of (?:(?:mental|psychiatric)(?: (?:illness(?:es)?|health(?: (?:issues|problems|conditions))?|disorders?|conditions?|problems|issues|treatment))?|illness(?:es)?|injur\\w*|back (?:injur\\w*|problems)|depression|anxiety|workers['’]? comp\\w*(?: claims?)?)|(?:prior|previous|past) (?:injur(?:y|ies)|workers['’]? comp(?:ensation)? claims?|medical claims?)|workers['’]? comp(?:ensation)? claims?|psychiatric (?:history|conditions?)|illness(?:es)?|injur(?:y|ies)|medications?";
const NO_CONDITION = new RegExp(
  `\\b(?:no|without|free (?:of|from)|must not have)\\s+(?:any\\s+)?(?:${CONDITION})\\b`,
  'g',
);
const STRONG_CONDITION = /disabilit|handicap|impairment|mental|psychiatric|chronic|medical condition|history of|comp/;
const APPLICANT_FRAME =
  /must|required|require|candidates?|applicants?|\byou\b|should|only|need|persons?|people|those|anyone|ideal|preferred|will not be considered/;
const REJECT = new RegExp(
  [
    '\\bhealthy\\s+(?:(?:people|persons|individuals|candidates|applicants|staff|workers)\\s*)?only\\b',
    `\\b(?:must not|should not|cannot|can['’]t)\\s+(?:suffer from|have (?:a |any )?history of|be diagnosed with)\\s+(?:any\\s+)?(?:${CONDITION}|hiv|aids)\\b`,
    "\\b(?:disabled|handicapped)(?:\\s+(?:people|persons|applicants|candidates|individuals|workers))?\\s+(?:need not apply|needn['’]t apply|should not apply|cannot apply|can['’]t apply|not accepted|will not be considered|are not eligible|not suitable|not welcome)",
    '\\bnot suitable for (?:the )?(?:disabled|handicapped|people with disabilities|persons with disabilities|anyone with (?:a )?disabilit(?:y|ies))\\b',
    `\\b(?:people|persons|applicants|candidates|those|anyone|individuals) with (?:a |any )?(?:${CONDITION})[^.;\\n]{0,40}?\\s(?:need not|needn['’]t|should not|shouldn['’]t|cannot|can['’]t|will not|won['’]t|are not|aren['’]t|may not|not)\\b`,
  ].join('|'),
  'g',
);
const INQUIRY = new RegExp(
  [
    `\\b(?:list|disclose|declare|provide details of|tell us about|detail|indicate|describe|include|state)\\s+(?:(?:all|any|your|of)\\s+){0,3}(?:current\\s+|past\\s+|prior\\s+|previous\\s+)?(?:medical (?:conditions?|history|issues)|medications?|prescriptions?|disabilit(?:y|ies)|illness(?:es)?|health (?:conditions?|problems|issues|history|status)|mental health (?:history|conditions?|issues)|injur(?:y|ies)|workers['’]? comp(?:ensation)? (?:claims|history)|sick(?:ness)? (?:days|absences?|leave) (?:taken|history|record))\\b`,
    "\\b(?:medical (?:questionnaire|history form|history|records?|certificate|report|declaration)|health (?:questionnaire|declaration|certificate|form|history)|doctor['’]?s? (?:note|certificate|letter)|proof of (?:good )?health)\\b",
    '\\bhave you (?:ever )?(?:had|been diagnosed|suffered|filed|received|taken)\\b[^?.;\\n]{0,40}(?:disabilit|illness|condition|injur|comp|medication|treatment|surgery|hospital)',
    '\\bdo you (?:have|suffer from|take)\\b[^?.;\\n]{0,30}(?:disabilit|illness|medical condition|health condition|injur|medication)',
  ].join('|'),
  'g',
);
const WITH_APPLICATION =
  /with (?:your |the )?(?:application|cv|resume|résumé)|when (?:you )?apply|to apply|before (?:the |any |your )?(?:interview|offer)|along with|attach|submit|send|upload|application form|prior to interview|in your application|on your application|\?/;
const POST_OFFER =
  /(?:after|following|upon|once|post|subject to|contingent (?:on|upon)|conditional (?:on|upon))\s*(?:-\s*)?(?:an?\s+|the\s+|receiving\s+an?\s+|receipt of\s+an?\s+)?(?:conditional\s+|formal\s+|written\s+)?(?:job\s+|employment\s+)?offer|post-offer|offer of employment|offer letter|with (?:your|the) offer|onboarding|after (?:you (?:are|'re) )?hired|after hire|before (?:your )?start(?:ing)? date|prior to (?:your )?start|before starting|first day|\bdot\b|faa|department of transportation|required by (?:law|regulation)/;
const ADJUSTMENT =
  /adjustments?|accommodations?|access requirements|monitoring|equal opportunit|disability confident|guaranteed interview|access to work|support you|let us know/;
const SENSES = /\bperfect\s+(?:vision|eyesight|hearing)\b/g;
const SENSES_LAW = /corrected|faa|\bdot\b|cdl|pilot|aviation|medical certificate|licen[cs]e|driving|driver/;

function keep(doc: AdDocument, m: Match): boolean {
  const s = sentenceText(doc, m.field, m.start, m.end);
  return !isEeoStatement(s) && !isEncouragement(s) && !/reasonable (?:accommodation|adjustment)/.test(s);
}

export default defineRule({
  meta: {
    id: 'en-disability',
    category: 'discrimination',
    tags: ['en.disability'],
    severity: 'high',
    legalBasis: {
      US: ['us.disability'],
      GB: ['uk.recruitment', 'uk.direct', 'uk.health-questions'],
      EU: ['eu.framework'],
      CN: ['cn.disability', 'cn.equal'],
    },
    message: {
      zh: '招聘广告排斥残障人士，或在录用前询问健康、病史、用药情况。',
      en: 'The ad screens out disabled people or asks about health, medical history or medication before any offer.',
    },
    suggestion: {
      zh: '只写岗位的基本职能（如“能搬运23公斤，可提供合理便利”）；健康检查放在有条件录用之后。',
      en: 'State the essential functions ("lift 50 lbs with or without reasonable accommodation") and hold any medical check until after a conditional offer.',
    },
    description:
      'Disability screens and pre-offer health questions in English ads: "able-bodied", "perfect health", "no disabilities", "no history of mental illness", "disabled applicants need not apply", "list any medical conditions or medications with your application", "no prior injuries or workers\' comp claims" (ADA §102, 29 C.F.R. §1630.13, Equality Act 2010 s.60). Left alone: essential functions stated with accommodation, medical checks after a conditional offer or required by law (DOT), drug tests, questions about interview adjustments, monitoring forms, Disability Confident offers, Able Seaman ratings.',
  },
  check(doc) {
    const hits: RuleHit[] = [];
    if (!triggered(doc, 'disability')) return hits;
    for (const m of limit(scan(doc, ABLE, 'disability')))
      if (keep(doc, m)) hits.push(hitOf(m, 'high', 0.9, '"able-bodied" requirement'));
    for (const m of limit(scan(doc, HEALTH, 'disability'))) {
      if (HEALTH_REQUIRE.test(sentenceText(doc, m.field, m.start, m.end)) && keep(doc, m))
        hits.push(hitOf(m, 'high', 0.85, 'health standard not tied to job functions'));
    }
    for (const m of limit(scan(doc, MENTAL, 'disability'))) {
      if (HEALTH_REQUIRE.test(sentenceText(doc, m.field, m.start, m.end)) && keep(doc, m))
        hits.push(hitOf(m, 'high', 0.8, 'mental-health standard not tied to job functions'));
    }
    for (const m of limit(scan(doc, NO_CONDITION, 'disability'))) {
      const s = sentenceText(doc, m.field, m.start, m.end);
      const framed = STRONG_CONDITION.test(m.text) || APPLICANT_FRAME.test(s) || m.field === 'requirements';
      if (framed && !POST_OFFER.test(s) && keep(doc, m))
        hits.push(hitOf(m, 'high', 0.85, 'excludes people with disabilities or health conditions'));
    }
    for (const m of limit(scan(doc, REJECT, 'disability'))) if (keep(doc, m)) hits.push(hitOf(m, 'high', 0.9));
    for (const m of limit(scan(doc, INQUIRY, 'disability'))) {
      const s = sentenceText(doc, m.field, m.start, m.end);
      const question = /^(?:have|do) you/.test(m.text);
      if ((!question && !WITH_APPLICATION.test(s)) || POST_OFFER.test(s) || ADJUSTMENT.test(s)) continue;
      if (!isEeoStatement(s)) hits.push(hitOf(m, 'high', 0.8, 'health question before an offer'));
    }
    for (const m of limit(scan(doc, SENSES, 'disability'))) {
      const s = sentenceText(doc, m.field, m.start, m.end);
      if (!SENSES_LAW.test(s) && keep(doc, m))
        hits.push(hitOf(m, 'medium', 0.7, 'sensory standard not tied to job functions'));
    }
    return dedupe(hits);
  },
});
