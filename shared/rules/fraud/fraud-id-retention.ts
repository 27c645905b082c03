/**
 * fraud-id-retention: the employer or agency keeps workers' ID cards, passports or diplomas
 * (身份证原件交公司保管, 护照由公司统一保管, "passports are held by management").
 * Lawful look-alikes left alone: checking an original and returning it ("核验后当场归还", "ID checked
 * on the first day"), "护照由员工本人保管", "workers keep their own passports", I-9 / right-to-work checks.
 */
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import { bodyText } from '#shared/rules/fraud/lib/body.ts';
import { compileLexicon, test } from '#shared/rules/fraud/lib/lexicon.ts';
import { isNegated } from '#shared/rules/fraud/lib/negation.ts';
import { sentenceAt } from '#shared/rules/fraud/lib/scope.ts';
import { DOCUMENTS, KEEP_EN, KEEP_ZH } from '#shared/rules/fraud/lexicons/retention.ts';

const DOC = compileLexicon(DOCUMENTS);
const KEEP = compileLexicon(KEEP_ZH, KEEP_EN);
/** The worker keeps it, or it is only checked and returned. */
const OWN =
  /复印件|\bcop(?:y|ies)\b|本人保管|自行保管|自己保管|员工保管|核验后|核对后|查验后|当场归还|当场返还|即时归还|不扣|不押|keep (?:their|your) own|returned (?:to you )?(?:immediately|the same day|after (?:checking|verification))|never (?:hold|keep|retain)|will not (?:hold|keep|retain)|do not (?:hold|keep|retain)/u;

export default defineRule({
  meta: {
    id: 'fraud-id-retention',
    category: 'fraud',
    tags: ['fraud.id-retention'],
    severity: 'critical',
    legalBasis: { CN: ['cn.id-retention'], US: ['us.fraud'], GB: ['uk.fraud'] },
    message: {
      zh: '招聘信息要求将身份证、护照或其他证件交由用人单位或中介保管，违反不得扣押劳动者证件的规定。',
      en: 'The ad says workers’ passports or ID documents will be kept by the employer or agency (document retention).',
    },
    suggestion: {
      zh: '删除扣押证件的要求；证件原件只可当场核验后归还本人。',
      en: 'Remove the retention; documents may only be checked and handed straight back.',
    },
    description:
      'ID cards, passports or diplomas kept by the employer or agency (身份证原件交公司保管, 押证上岗, "passports held by management"). Checking an original and returning it, and workers keeping their own passports, are left alone.',
  },
  check(doc) {
    const hits: RuleHit[] = [];
    // no document named anywhere: nothing can be retained (one cheap scan instead of two)
    if (!test(DOC, bodyText(doc))) return hits;
    for (const m of doc.matches(KEEP)) {
      const text = doc.text(m.field);
      if (isNegated(text, m.start, m.end)) continue;
      const sentence = sentenceAt(text, m.start, m.end);
      if (OWN.test(sentence.text)) continue;
      // a document must be named in the same sentence (for 押证 the word names it)
      DOC.lastIndex = 0;
      const d = DOC.exec(sentence.text);
      if (!d) continue;
      const docStart = sentence.start + d.index;
      const start = Math.min(docStart, m.start);
      const end = Math.max(docStart + d[0].length, m.end);
      hits.push({ field: m.field, start, end, confidence: 0.9 });
    }
    return hits;
  },
});
