/**
 * en-pregnancy: an English ad excludes pregnant women or makes not having children a condition.
 * Unlawful: "must not be pregnant", "pregnant women need not apply", "not suitable for pregnant
 * women", "no plans to have children", "must not become pregnant during the contract", "negative
 * pregnancy test before hire" (Pregnancy Discrimination Act; Equality Act 2010 s.18 / pregnancy and
 * maternity). Lawful look-alikes left alone: maternity pay and leave offered as benefits, "12-month
 * maternity cover", maternity wards and pregnancy clinics, performing pregnancy tests as a duty,
 * individual risk assessments for pregnant workers, and equal-opportunity statements naming pregnancy.
 */
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import { isEeoStatement, limit, sentenceText } from '#shared/rules/en/lib/context.ts';
import { dedupe, hitOf } from '#shared/rules/en/lib/hits.ts';
import { scan } from '#shared/rules/en/lib/scan.ts';
import { triggered } from '#shared/rules/en/lib/triggers.ts';

const NOT_PREGNANT = new RegExp(
  [
    "\\b(?:must not|mustn['’]t|should not|shouldn['’]t|cannot|can['’]t|may not)\\s+be\\s+pregnant\\b",
    '\\bnot\\s+(?:currently\\s+)?pregnant\\b',
    '\\bno\\s+pregnant\\b',
    '\\bnon-?pregnant\\b',
    "\\bpregnant(?:\\s+(?:women|applicants|candidates|persons|people|ladies|staff|workers|females|mothers|employees))?\\s+(?:need not|needn['’]t|should not|shouldn['’]t|cannot|can['’]t|may not|will not|won['’]t|are not|aren['’]t|not)\\s+(?:apply|be (?:considered|accepted|hired|employed|eligible)|eligible|accepted|considered|suitable|allowed|welcome)\\b",
    '\\bpregnancy (?:is )?(?:not (?:permitted|allowed|accepted)|a disqualif\\w*|disqualifies)\\b',
    '\\bnot suitable for (?:pregnant|expectant)\\b',
    "\\b(?:candidates?|applicants?|those|anyone|women|ladies|females?) who (?:are|is) (?:currently )?pregnant\\b[^.;\\n]{0,30}?\\b(?:will not|won['’]t|cannot|can['’]t|need not|needn['’]t|should not|shouldn['’]t|are not|aren['’]t|not)\\b",
    "\\b(?:do not|don['’]t|does not|doesn['’]t|will not|won['’]t|cannot|can['’]t|never)\\s+(?:hire|employ|accept|consider|recruit|take on)\\s+(?:any\\s+)?(?:pregnant|expectant)\\b",
  ].join('|'),
  'g',
);
const OBJECT =
  'pregnancy|getting pregnant|becoming pregnant|having (?:a |any |more )?(?:baby|babies|children|kids|child)|starting a family|a family|children|kids|a baby|maternity leave|childbirth|giving birth';
const VERB =
  'get pregnant|become pregnant|fall pregnant|have (?:a |any |more )?(?:baby|babies|children|kids|child)|start a family|getting pregnant|having (?:a |any )?(?:children|baby|kids)|starting a family|take maternity leave|go on maternity leave';
const PERIOD =
  '(?:within|during|for|in)\\s+(?:the\\s+|your\\s+)?(?:(?:first\\s+|next\\s+)?(?:(?:\\d+|one|two|three|four|five)\\s+)?(?:years?|months?)|contract|probation(?:ary period)?|employment)';
const PLANS = new RegExp(
  [
    `\\bno\\s+(?:plans?|intention|intentions)\\s+(?:to|of|for)\\s+(?:${OBJECT}|${VERB})\\b`,
    `\\bnot\\s+(?:be\\s+)?(?:planning|intending|plan|intend)\\s+(?:to|on)\\s+(?:${VERB})\\b`,
    `\\b(?:will|must|should|shall|agree(?:s|ment)? to)\\s+not\\s+(?:${VERB})\\b`,
    `\\bagree(?:s|ment)?\\s+not\\s+to\\s+(?:${VERB})\\b`,
    '\\bnot (?:be )?planning (?:a family|(?:a |any )?(?:children|pregnancy|pregnancies|babies|baby))\\b',
    `\\bno\\s+(?:pregnancy|pregnancies|childbirth|babies|children|maternity(?: leave)?)\\s+${PERIOD}\\b`,
  ].join('|'),
  'g',
);
/** A treatment or product that is not suitable for pregnant clients is not a hiring condition. */
const TREATMENT =
  /\b(?:treatments?|massages?|therap(?:y|ies)|products?|services?|clients?|customers?|guests?|patients?|members|sauna|steam room|procedures?|medications?|drugs?)\b/;
const TEST = /\b(?:negative\s+)?pregnancy\s+(?:tests?|testing|screening|check)\b/g;
const TEST_APPLICANT =
  /pre-?employment|prior to (?:employment|hire|hiring|start|starting)|before (?:hire|hiring|employment|starting|start|interview|joining)|must (?:take|pass|undergo|provide|submit)|applicants?|candidates?|proof of|negative|required|condition of/;
const TEST_DUTY =
  /perform|administer|conduct|process|run|carry out|collect|patients?|clinic|lab\b|laborator|kits?|clients?|midwi|nurs|ultrasound|sell|stock/;

export default defineRule({
  meta: {
    id: 'en-pregnancy',
    category: 'discrimination',
    tags: ['en.pregnancy'],
    severity: 'high',
    legalBasis: {
      US: ['us.pregnancy', 'us.ad-title7'],
      GB: ['uk.recruitment', 'uk.direct', 'uk.characteristics'],
      EU: ['eu.gender'],
      CN: ['cn.marital', 'cn.gender'],
    },
    message: {
      zh: '招聘广告排斥孕妇，或以不怀孕、不生育为录用条件。',
      en: 'The ad excludes pregnant women or makes not having children a condition of the job.',
    },
    suggestion: {
      zh: '删除与怀孕、生育有关的条件；如岗位有职业危害，应对孕期员工做个别风险评估。',
      en: 'Remove conditions about pregnancy or having children; where the work carries a hazard, offer an individual risk assessment instead.',
    },
    description:
      'Pregnancy and childbearing conditions in English ads: "must not be pregnant", "pregnant women need not apply", "not suitable for pregnant women", "no plans to have children", "must not become pregnant during the contract", pregnancy tests before hire (Pregnancy Discrimination Act; Equality Act 2010). Left alone: maternity pay and leave as benefits, maternity cover contracts, maternity wards and pregnancy clinics, pregnancy tests as a duty, individual risk assessments, and equal-opportunity statements.',
  },
  check(doc) {
    const hits: RuleHit[] = [];
    if (!triggered(doc, 'pregnancy')) return hits;
    for (const re of [NOT_PREGNANT, PLANS]) {
      for (const m of limit(limit(scan(doc, re, 'pregnancy')))) {
        const s = sentenceText(doc, m.field, m.start, m.end);
        if (isEeoStatement(s) || TREATMENT.test(s)) continue;
        hits.push(hitOf(m, 'high', 0.9));
      }
    }
    for (const m of limit(scan(doc, TEST, 'pregnancy'))) {
      const s = sentenceText(doc, m.field, m.start, m.end);
      if (TEST_APPLICANT.test(s) && !TEST_DUTY.test(s) && !isEeoStatement(s))
        hits.push(hitOf(m, 'high', 0.85, 'pregnancy test as a hiring condition'));
    }
    return dedupe(hits);
  },
});
