/**
 * fraud-fee: money demanded of applicants or new hires — deposits, uniform, training, medical-check
 * (at a designated clinic), registration, file, badge and visa fees; starter kits; equipment bought
 * through "our vendor". Unlawful under 劳动合同法 art. 9 ("under any name"), 就业促进法 art. 41 for
 * agencies, UK Employment Agencies Act 1973 s.6; a marker of job scams for the FTC.
 * Lawful look-alikes left alone: "本公司不收取任何费用" / "we never charge fees", fees the company pays
 * or reimburses ("体检费公司承担"), anti-fraud warnings, and duties that handle customers' money
 * ("负责收取租车押金", "collect application fees from customers"). A fee that follows a no-fee promise is still a fee.
 */
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import { compileLexicon, test } from '#shared/rules/fraud/lib/lexicon.ts';
import { isNegated } from '#shared/rules/fraud/lib/negation.ts';
import { segmentAt } from '#shared/rules/fraud/lib/scope.ts';
import { FEE_DEMAND_EN, FEE_DEMAND_ZH, FEE_TERMS_EN, FEE_TERMS_ZH } from '#shared/rules/fraud/lexicons/fees.ts';
import { DUTY_CONTEXT } from '#shared/rules/fraud/lexicons/warnings.ts';

const TERMS = compileLexicon(FEE_TERMS_ZH, FEE_TERMS_EN);
const DEMAND = compileLexicon(FEE_DEMAND_ZH, FEE_DEMAND_EN);
const DUTY = compileLexicon(DUTY_CONTEXT);
/** Cheap pre-check: any fee-ish word at all. */
const PRE =
  /费|金|钱|押|购买|fee|kit|pack|deposit|purchase|buy|order|enrol|charge|pay for|rent|one-time|upfront|initial/u;

export default defineRule({
  meta: {
    id: 'fraud-fee',
    category: 'fraud',
    tags: ['fraud.fee'],
    severity: 'high',
    legalBasis: { CN: ['cn.fee'], US: ['us.fraud'], GB: ['uk.fee', 'uk.fraud'] },
    message: {
      zh: '招聘信息要求求职者或新员工缴纳押金、保证金或各类费用，违反“不得以任何名义向劳动者收取财物”的规定。',
      en: 'The ad demands money from applicants or new hires (a deposit, fee, kit or equipment purchase).',
    },
    suggestion: {
      zh: '删除所有收费要求；押金、服装、培训、体检等费用应由用人单位承担。',
      en: 'Remove every charge to applicants; the employer bears uniform, training, checks and equipment.',
    },
    description:
      'Fees and deposits demanded of applicants (押金, 服装费, 培训费, 体检费 at a designated clinic, 报名费, 资料费; registration, processing, visa fees, starter kits, equipment from "our vendor"). Negated or company-paid fees ("不收取任何费用", "fee covered by the company") and anti-fraud warnings are left alone.',
  },
  check(doc) {
    const hits: RuleHit[] = [];
    for (const f of doc.fields) {
      if (f.path !== 'title' && f.path !== 'description' && f.path !== 'requirements' && f.path !== 'benefits')
        continue;
      const text = f.nt.text;
      if (!PRE.test(text)) continue;
      TERMS.lastIndex = 0;
      for (let m = TERMS.exec(text); m !== null; m = TERMS.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (isNegated(text, start, end)) continue;
        const seg = segmentAt(text, start, end);
        if (!test(DEMAND, seg.text)) continue;
        // the worker collecting customers' deposits or fees is doing the job, not paying
        if (test(DUTY, text.slice(seg.start, start))) continue;
        hits.push({ field: f.path, start, end, confidence: 0.9 });
      }
    }
    return hits;
  },
});
