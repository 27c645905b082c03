/**
 * fraud-mlm: pyramid selling presented as a job — income from recruiting people (拉人头, downline),
 * from a multi-level team's purchases (团队计酬, override bonuses), with a buy-in (入门费, starter kit).
 * Lawful look-alikes left alone: employee referral bonuses (内推奖励, "referral bonus"), sales
 * commission on one's own sales, and "team lead" roles that manage staff.
 */
import { bodyText } from '#shared/rules/fraud/lib/body.ts';
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import { compileLexicon, test } from '#shared/rules/fraud/lib/lexicon.ts';
import { isNegated } from '#shared/rules/fraud/lib/negation.ts';
import { MLM_BUYIN, MLM_STRONG } from '#shared/rules/fraud/lexicons/mlm.ts';

const STRONG = compileLexicon(MLM_STRONG);
const BUYIN = compileLexicon(MLM_BUYIN);

export default defineRule({
  meta: {
    id: 'fraud-mlm',
    category: 'fraud',
    tags: ['fraud.mlm'],
    severity: 'high',
    legalBasis: { CN: ['cn.pyramid'], US: ['us.fraud'], GB: ['uk.fraud'] },
    message: {
      zh: '招聘信息以发展下线、团队计酬或缴纳入门费为收入来源，具有传销特征。',
      en: 'The ad pays for recruiting people or for a multi-level team, with a buy-in: the marks of a pyramid scheme.',
    },
    suggestion: {
      zh: '下架并核查；合法销售岗位的收入只能来自本人销售业绩，不得要求购货入门或拉人加入。',
      en: 'Remove and review; lawful sales pay comes from one’s own sales, never from recruiting or a buy-in.',
    },
    description:
      'Pyramid selling as a job: 拉人头/发展下线, 团队计酬 by levels, 入门费 or stock buy-ins; downlines, override bonuses on recruits, starter kits. Employee referral bonuses and commission on own sales are left alone.',
  },
  check(doc) {
    const hits: RuleHit[] = [];
    for (const m of doc.matches(STRONG)) {
      const text = doc.text(m.field);
      if (isNegated(text, m.start, m.end)) continue;
      hits.push({ field: m.field, start: m.start, end: m.end });
    }
    if (!hits.length) return hits;
    const all = bodyText(doc);
    const buyin = test(BUYIN, all);
    // a recruitment-pay wording with a buy-in, or two distinct ones, is unambiguous
    const distinct = new Set(hits.map((h) => doc.text(h.field as never).slice(h.start, h.end))).size;
    const confidence = buyin || distinct >= 2 ? 0.9 : 0.7;
    for (const h of hits) h.confidence = confidence;
    if (buyin)
      for (const m of doc.matches(BUYIN)) hits.push({ field: m.field, start: m.start, end: m.end, confidence });
    return hits;
  },
});
