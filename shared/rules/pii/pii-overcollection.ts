/**
 * pii-overcollection: an ad demands personal information beyond what is needed to select, before
 * any offer — ID-card scans and photos, the household register, bank cards and statements, credit
 * reports, family members' details, marriage and birth certificates, property papers; SSNs, dates of
 * birth, mothers' maiden names, passport scans and bank details with the CV.
 * Lawful look-alikes left alone: ID, bank card and emergency contact at onboarding (入职时, after an
 * offer, first day), showing the ID card in person at an interview, the ad promising NOT to ask
 * (不会要求提供银行卡), fraud warnings, right-to-work checks, and job duties handling clients' records.
 * Health, biometric and genetic data are pii-sensitive-collection.
 */
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import { COLLECTED_ITEMS, isSensitiveKind } from '#shared/rules/pii/lexicons/collected-items.ts';
import { isPreOfferDemand } from '#shared/rules/pii/lib/demand.ts';
import { STATEMENT_FIELDS } from '#shared/rules/pii/lib/fields.ts';
import { itemMatcher, itemMentions } from '#shared/rules/pii/lib/items.ts';

const MATCHER = itemMatcher(COLLECTED_ITEMS.filter((i) => !isSensitiveKind(i.kind)));

export default defineRule({
  meta: {
    id: 'pii-overcollection',
    category: 'personal_data',
    tags: ['pii.overcollection'],
    severity: 'medium',
    legalBasis: {
      CN: ['cn.pii-overcollection'],
      US: ['us.fraud'],
      GB: ['uk.pii-principles', 'uk.pii-guidance'],
      EU: ['eu.pii-principles'],
    },
    message: {
      zh: '招聘信息在录用前要求求职者提供与招聘无关的个人信息（如身份证照片、户口本、银行卡、征信报告、家庭成员信息），违反最小必要原则。',
      en: 'The ad demands personal information that is not needed to select (ID scans, bank details, family details, identity numbers) before any offer.',
    },
    suggestion: {
      zh: '报名阶段只收集简历和与岗位直接相关的资格证明；身份证复印件、工资卡等在录用后入职时再收集。',
      en: 'Ask only for a CV and job-related qualifications when people apply; collect ID, bank details and emergency contacts after an offer.',
    },
    description:
      "Demands made to apply or to be interviewed for ID-card scans/photos, the household register, bank cards and statements, credit reports, family members' details, marriage and birth certificates or property papers (PIPL minimum necessity); SSNs, dates of birth, mother's maiden names, passport scans and bank details with the CV. Onboarding collection, showing ID in person, promises not to ask and fraud warnings are left alone.",
  },
  check(doc) {
    const hits: RuleHit[] = [];
    for (const m of itemMentions(doc, MATCHER, STATEMENT_FIELDS)) {
      const o = { inPerson: m.item.inPerson, aboutApplicant: true };
      if (!isPreOfferDemand(doc, m.field, m.start, m.end, doc.language, o)) continue;
      const severity = m.item.inPerson || m.item.kind === 'property' ? 'medium' : 'high';
      hits.push({
        field: m.field,
        start: m.start,
        end: m.end,
        severity,
        note: `${m.item.kind} data demanded before any offer`,
      });
    }
    return hits;
  },
});
