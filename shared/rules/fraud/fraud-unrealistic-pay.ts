/**
 * fraud-unrealistic-pay: pay far above the market for the role, skill and place — 日结800 for
 * packing, 月入3万 for "typing, no experience", $2,500 a week for data entry, a day rate for "one
 * hour a day". Compared with the baseline table (shared/fraud/pay-baseline.ts) by role family and
 * market after normalising the period and currency. A signal, not proof: medium severity, with a
 * confidence that grows with the gap. Lawful look-alikes left alone: high pay for senior or
 * specialist roles (chief scientist, staff engineer, travel ICU nurse), commission-heavy senior sales.
 */
import { bodyHead } from '#shared/rules/fraud/lib/body.ts';
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import { cnMarket, destinationMarket, type Market } from '#shared/fraud/market.ts';
import { payCeiling } from '#shared/fraud/pay-baseline.ts';
import { roleFamily } from '#shared/fraud/role-family.ts';
import { payClaims } from '#shared/rules/fraud/lib/pay.ts';
import type { AdDocument } from '#shared/text/document.ts';

/** A claim this many times the ceiling is flagged; twice the ceiling is near-certain. */
const OVER = 1.3;

function marketOf(doc: AdDocument): Market {
  // a job abroad names its destination in the title ("柬埔寨西港 高薪客服", "Hotel Staff in Dubai")
  const dest = destinationMarket(`${doc.text('title')} ${doc.text('location.address')}`);
  if (dest) return dest;
  const country = doc.ad.location?.country ?? (doc.language === 'zh' ? 'CN' : 'US');
  if (country === 'CN') return cnMarket(doc.ad.location?.city, doc.ad.location?.regionCode);
  if (country === 'GB' || country === 'UK') return 'GB';
  return 'US';
}

export default defineRule({
  meta: {
    id: 'fraud-unrealistic-pay',
    category: 'fraud',
    tags: ['fraud.unrealistic-pay'],
    severity: 'medium',
    legalBasis: { CN: ['cn.false-info'], US: ['us.fraud'], GB: ['uk.fraud'] },
    message: {
      zh: '招聘信息承诺的薪酬远高于该岗位在当地的市场水平，属于“高薪”诱饵的常见特征，需核实其真实性。',
      en: 'The pay promised is far above the market for this role and place: a common lure in fake job ads.',
    },
    suggestion: {
      zh: '如实标明基本工资和计薪方式，删除“日入过千”“月入过万不是梦”等不实承诺。',
      en: 'State the real base pay and how it is earned; remove income promises the job cannot meet.',
    },
    description:
      'Pay far above the baseline for the role family (entry, service, clerical, driver, trade, sales, professional, senior) in the market (Chinese city tier, US, UK, or SE-Asia/Gulf destination), after normalising hour/day/week/month/year, currencies and part-time hours. Senior and specialist pay is left alone.',
  },
  check(doc) {
    const body = bodyHead(doc);
    const market = marketOf(doc);
    const family = roleFamily(doc.text('title'), body);
    const ceiling = payCeiling(market, family);
    const claims = payClaims(doc, market).filter((c) => c.monthly > ceiling * OVER);
    if (!claims.length) return [];
    const worst = Math.max(...claims.map((c) => c.monthly)) / ceiling;
    const confidence = worst >= 2.5 ? 0.85 : worst >= 1.8 ? 0.7 : 0.55;
    const note = `${family} role, ${market} market: promised ≈${Math.round(worst * 10) / 10}× the baseline ceiling`;
    const hits: RuleHit[] = [];
    for (const c of claims) {
      if (c.field) hits.push({ field: c.field, start: c.start, end: c.end, confidence, note });
    }
    // only the structured salary fields carry the claim: point at the title
    if (!hits.length) hits.push({ field: 'title', start: 0, end: doc.text('title').length, confidence, note });
    return hits;
  },
});
