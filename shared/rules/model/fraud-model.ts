/**
 * fraud-model: the trained fraud classifier ("rule plus NLP"). A logistic regression over the words
 * of the job text and the ad's structure (employer identity, pay anomaly, contact style, items the
 * 2026 platform-recruitment notice requires) scores the ad; at or above the model's threshold it
 * reports a finding whose confidence is the probability, whose note names the features that drove
 * it, and whose evidence points at the words that weighed most (else the title). Never `critical`:
 * `medium`, or `high` at very high probability. Lawful look-alikes are left to the threshold, which
 * was chosen on cross-validated predictions for precision ≥ 0.9 (see docs/model.md).
 */
import type { RuleHit } from '#shared/engine/types.ts';
import { defineRule } from '#shared/engine/types.ts';
import { describeFeature } from '#shared/model/explain.ts';
import { fraudModel } from '#shared/model/fraud-model.ts';
import { explainScore, quickScore } from '#shared/model/score.ts';

const MAX_SPANS = 3;
/**
 * Below about this many words (English words; Han characters count half) the model would judge the
 * ad by its missing fields alone: left to the rules.
 */
const MIN_WORDS = 6;
const MAX_DRIVERS = 5;

export default defineRule({
  meta: {
    id: 'fraud-model',
    category: 'fraud',
    tags: [
      'fraud.vague',
      'fraud.unrealistic-pay',
      'fraud.offplatform-contact',
      'fraud.task-scam',
      'fraud.invalid-employer',
    ],
    severity: 'medium',
    legalBasis: { CN: ['cn.false-info', 'cn.platform-verify'], US: ['us.fraud'], GB: ['uk.fraud'] },
    message: {
      zh: '风险识别模型判断该招聘信息具有虚假招聘特征，请人工核实用人单位和岗位的真实性。',
      en: 'The risk model finds this ad resembles fake or fraudulent job ads; verify the employer and the job before it runs.',
    },
    suggestion: {
      zh: '写明用人单位全称和统一社会信用代码、岗位职责、任职要求、工作地点、基本薪酬和招聘人数，通过平台或单位正式渠道联系。',
      en: 'State the employer, the duties, the requirements, the location and the base pay, and take applications through the platform or a company address.',
    },
    description:
      'A logistic-regression model trained on labelled real and fake ads (EMSCAD, the project dev set and ads the project wrote) flags ads that resemble fake recruitment: pay-only lures, private IM contact, no identifiable employer, scam wording. It reports medium (high only at very high probability), never critical, and explains which features drove it; ordinary ads with an employer, duties and realistic pay stay below its threshold.',
  },
  check(doc) {
    const model = fraudModel();
    const quick = quickScore(model, doc);
    if (quick.units < MIN_WORDS || quick.probability < model.threshold) return [];
    const { probability, drivers } = explainScore(model, doc, 12);
    const severity = probability >= model.highAt ? 'high' : 'medium';
    const named = drivers.slice(0, MAX_DRIVERS).map((d) => `${describeFeature(d.feature)} (+${d.value.toFixed(2)})`);
    const note = `model ${model.version} p=${probability.toFixed(2)}; drivers: ${named.join(', ')}`;
    const hits: RuleHit[] = [];
    for (const d of drivers) {
      const s = d.span;
      if (!s || hits.some((h) => h.field === s.field && h.start < s.end && s.start < h.end)) continue;
      hits.push({ field: s.field, start: s.start, end: s.end, severity, confidence: probability });
      if (hits.length >= MAX_SPANS) break;
    }
    if (hits.length === 0)
      hits.push({ field: 'title', start: 0, end: doc.text('title').length, severity, confidence: probability });
    (hits[0] as RuleHit).note = note;
    return hits;
  },
});
