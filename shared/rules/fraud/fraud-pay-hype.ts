/**
 * fraud-pay-hype: the ad sells an income level instead of stating the pay — "月薪过万", "月入过万不是梦",
 * "轻松月入", "保证月入过万", "一夜暴富", "six-figure income", "guaranteed income". The 2026
 * five-department notice forbids "高薪" hype in recruitment information, and fake and bait ads lead
 * with exactly this (a promise anyone can meet, usually with "no experience needed"). A signal, not
 * proof: low severity, stronger when the ad also asks for no experience or education.
 * Lawful look-alikes left alone: a stated pay or range, however high ("月薪1-1.4万", "8000-12000元",
 * "$120,000-$150,000 a year"); an anti-fraud warning that quotes the hype ("谨防'月入过万'骗局");
 * a negated promise ("不承诺月入过万").
 */
import { bodyText } from '#shared/rules/fraud/lib/body.ts';
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import { compileLexicon, test } from '#shared/rules/fraud/lib/lexicon.ts';
import { inWarning, isNegated } from '#shared/rules/fraud/lib/negation.ts';
import { HYPE, NO_BAR } from '#shared/rules/fraud/lexicons/hype.ts';

const PROMISE = compileLexicon(HYPE);
/**
 * Every HYPE entry contains one of these: a cheap test on the body skips the long alternation for the
 * nine ads in ten that hold none (test/rules/fraud/fraud-pay-hype.test.ts checks it against each example).
 */
export const HYPE_HINT = /[万梦赚躺富]|保证|财务自由|轻松|six|guaranteed|get rich|financial freedom|earn/;
const NO_BAR_RE = compileLexicon(NO_BAR);

export default defineRule({
  meta: {
    id: 'fraud-pay-hype',
    category: 'fraud',
    tags: ['fraud.unrealistic-pay'],
    severity: 'low',
    legalBasis: { CN: ['cn.false-info'], US: ['us.fraud'], GB: ['uk.fraud'] },
    message: {
      zh: '招聘信息以“月薪过万”“XX不是梦”“保证收入”等收入承诺作噱头，而不是如实写明薪酬，属于违规“高薪”宣传，也是虚假招聘的常见诱饵。',
      en: 'The ad sells an income promise ("six-figure income", "guaranteed earnings") instead of stating the pay: a common lure in fake job ads.',
    },
    suggestion: {
      zh: '删除收入承诺，如实写明底薪、提成比例和计算方式，例如“底薪4000元+个人业绩提成5%”。',
      en: 'Remove the income promise; state the pay rate or range and how it is earned.',
    },
    description:
      'An income level promised as the lure: vague thresholds (月薪过万, 轻松上万), "XX不是梦", 保证月入, 暴富, six-figure or guaranteed income. Stated pay ranges, however high, anti-fraud warnings and negated promises are left alone.',
  },
  check(doc) {
    const hits: RuleHit[] = [];
    if (!HYPE_HINT.test(bodyText(doc))) return hits;
    for (const m of doc.matches(PROMISE)) {
      const text = doc.text(m.field);
      if (isNegated(text, m.start, m.end, 8) || inWarning(text, m.start, m.end)) continue;
      hits.push({ field: m.field, start: m.start, end: m.end });
    }
    if (!hits.length) return hits;
    const confidence = test(NO_BAR_RE, bodyText(doc)) ? 0.75 : 0.6;
    for (const h of hits) h.confidence = confidence;
    return hits;
  },
});
