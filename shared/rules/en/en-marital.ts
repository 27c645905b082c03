/**
 * en-marital: an English ad limits the job by marital or family status.
 * Flagged: "single candidates only", "must be unmarried", "married men preferred", "marital status:
 * single", "no married women", "civil partners need not apply", "no children or family commitments",
 * and asking applicants to state their marital status and number of children. Federal US law reaches
 * marital status only as sex-plus discrimination (Title VII); many states (California FEHA, New York
 * HRL) and the Equality Act 2010 (marriage and civil partnership) forbid it outright, and China's
 * Women's Rights Law bars asking about marriage and childbearing. Left alone: "single point of contact",
 * "single-family homes", "married couple" house-parent roles, family benefits, and equal-opportunity
 * statements naming marital status.
 */
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import { isEeoStatement, limit, sentenceText } from '#shared/rules/en/lib/context.ts';
import { dedupe, hitOf } from '#shared/rules/en/lib/hits.ts';
import { scan } from '#shared/rules/en/lib/scan.ts';
import { triggered } from '#shared/rules/en/lib/triggers.ts';
import { SEX_WORDS } from '#shared/rules/en/lib/vocab.ts';

const STATUS = 'single|unmarried|married|divorced|widowed|childless';
const PERSON = `${SEX_WORDS}|candidates?|applicants?|persons?|people|individuals?|staff|workers?|employees?|mothers?|fathers?|moms?|mums?|dads?`;
const PREF =
  "only|preferred|preferably|given (?:priority|preference)|required|wanted|needed|a plus|an advantage|need not apply|needn['’]t apply|will not be considered|won['’]t be considered|not accepted|are not eligible|cannot apply|can['’]t apply|not suitable|not welcome";

const MARITAL = new RegExp(
  [
    `\\b(?:must|should|has to|have to|need to|needs to)\\s+be\\s+(?:${STATUS})(?![-\\w])`,
    `\\b(?:${STATUS})\\s+(?:${PERSON})\\s+(?:(?:are|is|will be)\\s+)?(?:${PREF})\\b`,
    `\\b(?:do not|don['’]t|does not|doesn['’]t|will not|won['’]t|cannot|can['’]t|never)\\s+(?:hire|employ|accept|consider|recruit)\\s+(?:any\\s+)?(?:${STATUS})\\s+(?:${PERSON})\\b`,
    `\\b(?:seeking|looking for|hiring|prefer|prefers|preference (?:for|given to|will be given to)|want|wants|only(?: (?:hire|hiring|accept|accepting|consider|considering|employ|employing|recruit|recruiting|interview|interviewing|take|taking))?|(?:hire|accept|consider|employ|recruit|interview) only)\\s+(?:an?\\s+)?(?:(?:young|mature|female|male)\\s+)?(?:${STATUS})\\s+(?:${PERSON})\\b`,
    `\\bmarital status\\s*[:\\-–]?\\s*(?:${STATUS})\\b`,
    '\\bpreferably\\s+(?:single|unmarried|married)\\b(?![-\\w])',
    '\\b(?:single|unmarried|married)\\s+(?:is\\s+)?preferred\\b',
    `\\b(?:candidates?|applicants?|someone|people|persons?|individuals?|you)\\s+(?:who (?:are|is)|that (?:are|is)|must be|should be|being)\\s+(?:${STATUS})(?![-\\w])`,
    `\\b(?:${STATUS})\\s+status\\s+(?:is\\s+)?(?:required|preferred|a must|only)\\b`,
    `\\bno\\s+(?:married|single)\\s+(?:${PERSON}|couples)\\b`,
    "\\b(?:civil partners?|those in (?:a )?civil partnerships?)\\s+(?:need not|needn['’]t|will not|won['’]t|cannot|can['’]t|are not)\\b",
  ].join('|'),
  'g',
);
const FAMILY = new RegExp(
  [
    '\\b(?:no|without)\\s+(?:young\\s+)?(?:children|kids|dependants|dependents|family (?:commitments|ties|obligations|responsibilities))\\b',
    '\\bfree (?:of|from) family (?:commitments|ties|obligations|responsibilities)\\b',
    '\\bchildless\\b',
  ].join('|'),
  'g',
);
const FAMILY_FRAME = /must|required|preferred|only|candidates?|applicants?|should|ideally|ideal|you|prefer|need/;
const FAMILY_OTHER =
  /on site|allowed|permitted|in the (?:building|office|venue|workplace)|accompan|bring|passengers|guests|customers|clients|patients|residents|hotel|resort|room|tenants?|apartments?|event|pets/;
const INQUIRY =
  /\b(?:state|include|indicate|provide|mention|specify|send|with|stating|including|giving)\b[^.;\n]{0,40}\bmarital status\b|\bmarital status\b[^.;\n]{0,30}\b(?:number of children|no\.? of (?:children|kids)|children|kids|dependants)\b/g;

export default defineRule({
  meta: {
    id: 'en-marital',
    category: 'discrimination',
    tags: ['en.marital'],
    severity: 'low',
    legalBasis: {
      US: ['us.discrim'],
      GB: ['uk.recruitment', 'uk.direct', 'uk.characteristics'],
      EU: ['eu.gender'],
      CN: ['cn.marital', 'cn.gender'],
    },
    message: {
      zh: '招聘广告按婚姻或家庭状况限定应聘者，或要求应聘者提供婚育信息。',
      en: 'The ad limits the job by marital or family status, or asks applicants for their marital status and children.',
    },
    suggestion: {
      zh: '删除婚姻、子女状况条件，不在招聘阶段询问婚育情况。',
      en: 'Remove marital and family-status conditions and do not ask applicants about marriage or children.',
    },
    description:
      'Marital and family-status limits in English ads: "single candidates only", "must be unmarried", "married men preferred", "marital status: single", "no married women", "civil partners need not apply", "no children or family commitments", and requests for marital status and number of children (Equality Act 2010 marriage and civil partnership; US state laws and Title VII sex-plus; China Women\'s Rights Law Art. 43). Left alone: "single point of contact", single-family homes, family benefits, and equal-opportunity statements.',
  },
  check(doc, ctx) {
    const hits: RuleHit[] = [];
    if (!triggered(doc, 'marital')) return hits;
    const usNote =
      ctx.jurisdiction === 'US'
        ? 'US: federal law reaches marital status as sex-plus discrimination; many states (e.g. California FEHA, New York HRL) prohibit it outright'
        : undefined;
    for (const m of limit(scan(doc, MARITAL, 'marital'))) {
      const s = sentenceText(doc, m.field, m.start, m.end);
      if (isEeoStatement(s) || /live-in|house ?parents?|caretakers? couple|resident (?:wardens?|managers?)/.test(s))
        continue;
      hits.push(hitOf(m, 'high', 0.85, usNote));
    }
    for (const m of limit(scan(doc, FAMILY, 'marital'))) {
      const s = sentenceText(doc, m.field, m.start, m.end);
      if (!FAMILY_FRAME.test(s) || FAMILY_OTHER.test(s) || isEeoStatement(s)) continue;
      hits.push(hitOf(m, 'high', 0.8, 'family-status condition'));
    }
    for (const m of limit(scan(doc, INQUIRY, 'marital'))) {
      const s = sentenceText(doc, m.field, m.start, m.end);
      if (isEeoStatement(s) || /optional|monitoring|not required|do not (?:include|state|send)/.test(s)) continue;
      hits.push(hitOf(m, 'low', 0.6, 'asks applicants for marital status'));
    }
    return dedupe(hits);
  },
});
