/**
 * fraud-overseas-lure: well-paid work abroad (South-East Asia and the Gulf above all) for unskilled
 * work, with travel and visa paid, no language or experience needed, passports kept, crossings
 * "arranged" without a passport, or gambling/"entertainment" employers — the recruitment pattern of
 * scam compounds and trafficking. Lawful look-alikes left alone: skilled postings abroad by named
 * firms with contracts and realistic pay (an electrical engineer for a Saudi PV plant, a licensed
 * 对外劳务合作 electrician), which carry no lure cue beyond a destination.
 */
import { bodyHead } from '#shared/rules/fraud/lib/body.ts';
import { defineRule } from '#shared/engine/types.ts';
import { compileLexicon } from '#shared/rules/fraud/lib/lexicon.ts';
import { isNegated } from '#shared/rules/fraud/lib/negation.ts';
import { ABROAD, LURE_EASY, LURE_PAID, LURE_STRONG } from '#shared/rules/fraud/lexicons/overseas.ts';
import { FEE_TERMS_EN, FEE_TERMS_ZH } from '#shared/rules/fraud/lexicons/fees.ts';
import { DOCUMENTS } from '#shared/rules/fraud/lexicons/retention.ts';
import type { AdDocument, TextField } from '#shared/text/document.ts';
import { payClaims } from '#shared/rules/fraud/lib/pay.ts';
import { destinationMarket } from '#shared/fraud/market.ts';
import { payCeiling } from '#shared/fraud/pay-baseline.ts';
import { roleFamily } from '#shared/fraud/role-family.ts';

const DEST = compileLexicon(ABROAD);
const EASY = compileLexicon(LURE_EASY);
const PAID = compileLexicon(LURE_PAID);
const STRONG = compileLexicon(LURE_STRONG);
const FEE = compileLexicon(FEE_TERMS_ZH, FEE_TERMS_EN);
const PASSPORT = compileLexicon(DOCUMENTS);
const KEPT = /保管|扣|代管|held|kept|retain|hold|keep/u;
/** The worker keeps the passport / the firm is a licensed labour-cooperation company. */
const SAFE = /本人保管|自行保管|员工保管|不扣留护照|不扣押|对外劳务合作经营资格|keep (?:their|your) own passports?/u;

interface Span {
  field: TextField;
  start: number;
  end: number;
}

const firstUnnegated = (doc: AdDocument, re: RegExp): Span | undefined => {
  for (const m of doc.matches(re)) if (!isNegated(doc.text(m.field), m.start, m.end)) return m;
  return undefined;
};

export default defineRule({
  meta: {
    id: 'fraud-overseas-lure',
    category: 'fraud',
    tags: ['fraud.overseas-lure'],
    severity: 'high',
    legalBasis: { CN: ['cn.overseas-lure', 'cn.fraud'], US: ['us.fraud'], GB: ['uk.fraud'] },
    message: {
      zh: '招聘信息以高薪、包机票签证、无需技能等条件招募出境务工（尤其东南亚），具有境外诈骗园区/非法出境招募的特征。',
      en: 'The ad lures workers abroad (especially South-East Asia) with high pay for unskilled work, paid travel and no requirements: the pattern of scam-compound recruitment.',
    },
    suggestion: {
      zh: '下架并核查发布者是否具备对外劳务合作经营资格；提醒求职者核实境外雇主与签证类型。',
      en: 'Remove and verify the recruiter is licensed for overseas placement; warn applicants to verify the employer and visa.',
    },
    description:
      'Jobs abroad with two or more lure cues (pay far above the market, no skill or language needed, flights/visa/housing paid, fees, passports kept) or one strong cue (no passport needed, border pick-up, gambling/"entertainment" employer). Skilled postings by licensed firms with realistic pay are left alone.',
  },
  check(doc) {
    const dest = firstUnnegated(doc, DEST);
    if (!dest) return [];
    const all = bodyHead(doc);
    const strong = firstUnnegated(doc, STRONG);
    const spans: Span[] = [];
    let kinds = 0;
    const fee = firstUnnegated(doc, FEE);
    for (const m of [firstUnnegated(doc, EASY), firstUnnegated(doc, PAID), fee]) {
      if (!m) continue;
      kinds++;
      spans.push(m);
    }
    const safe = SAFE.test(all);
    let kept = false;
    if (!safe) {
      for (const m of doc.matches(PASSPORT)) {
        const text = doc.text(m.field);
        if (KEPT.test(text.slice(m.end, m.end + 20)) && !isNegated(text, m.start, m.end)) {
          kept = true;
          kinds++;
          spans.push(m);
          break;
        }
      }
    }
    // pay far above the destination market for the role
    const market = destinationMarket(all);
    let highPay = false;
    if (market) {
      const ceiling = payCeiling(market, roleFamily(doc.text('title'), all));
      const claim = payClaims(doc, market).find((c) => c.monthly > ceiling * 1.5);
      if (claim) {
        highPay = true;
        kinds++;
        if (claim.field) spans.push({ field: claim.field, start: claim.start, end: claim.end });
      }
    }
    // "no experience" and "free flights" alone also describe lawful programmes (teaching English
    // abroad): the lure needs pay far above the market, a fee or a kept passport among its cues
    const harmful = highPay || fee !== undefined || kept;
    if (!strong && (kinds < 2 || !harmful || (safe && !fee))) return [];
    if (strong) spans.push(strong);
    const confidence = strong ? 0.9 : kinds >= 3 ? 0.85 : 0.7;
    const severity = strong || kept ? 'critical' : 'high';
    return [dest, ...spans].map((m) => ({ field: m.field, start: m.start, end: m.end, confidence, severity }));
  },
});
