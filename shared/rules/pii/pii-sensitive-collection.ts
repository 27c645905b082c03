/**
 * pii-sensitive-collection: an ad demands sensitive personal information from applicants before any
 * offer — medical records and history, check-up reports, HBV panels, pregnancy tests, medication
 * lists, disabilities, family medical history, fingerprints and face data.
 * Lawful look-alikes left alone: the onboarding medical (入职体检, post-offer medical exam), 健康证 for
 * food and public-contact work, voluntary EEO self-identification and equal-opportunities monitoring,
 * accommodation offers, fingerprint attendance clocks, fingerprint background checks required by law,
 * and job duties handling patients' records.
 */
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import { COLLECTED_ITEMS, isSensitiveKind } from '#shared/rules/pii/lexicons/collected-items.ts';
import { isPreOfferDemand } from '#shared/rules/pii/lib/demand.ts';
import { STATEMENT_FIELDS } from '#shared/rules/pii/lib/fields.ts';
import { itemMatcher, itemMentions } from '#shared/rules/pii/lib/items.ts';

const MATCHER = itemMatcher(COLLECTED_ITEMS.filter((i) => isSensitiveKind(i.kind)));

export default defineRule({
  meta: {
    id: 'pii-sensitive-collection',
    category: 'personal_data',
    tags: ['pii.overcollection'],
    severity: 'high',
    legalBasis: {
      CN: ['cn.pii-overcollection', 'cn.pii-sensitive'],
      US: ['us.disability', 'us.genetic'],
      GB: ['uk.health-questions', 'uk.pii-special'],
      EU: ['eu.pii-special'],
    },
    message: {
      zh: '招聘信息在录用前要求求职者提供健康、病史、生物识别等敏感个人信息。',
      en: 'The ad demands health, medical, genetic or biometric information from applicants before any offer.',
    },
    suggestion: {
      zh: '录用前不收集病史、体检报告和指纹人脸等信息；录用后按岗位需要安排入职体检，食品等行业按规定办理健康证。',
      en: 'Ask only whether applicants can do the essential functions; hold medical exams only after a conditional offer and never collect family medical history or biometrics to apply.',
    },
    description:
      'Pre-offer demands for medical history and records, check-up reports, HBV panels, pregnancy or HIV tests, medication lists, disabilities, family medical history, fingerprints or face data (PIPL sensitive information; ADA pre-offer ban; GINA; Equality Act s.60). Onboarding medicals, 健康证, voluntary self-identification, accommodation offers and attendance clocks are left alone.',
  },
  check(doc) {
    const hits: RuleHit[] = [];
    for (const m of itemMentions(doc, MATCHER, STATEMENT_FIELDS)) {
      const o = { inPerson: false, aboutApplicant: true };
      if (!isPreOfferDemand(doc, m.field, m.start, m.end, doc.language, o)) continue;
      hits.push({ field: m.field, start: m.start, end: m.end, note: `${m.item.kind} data demanded before any offer` });
    }
    return hits;
  },
});
