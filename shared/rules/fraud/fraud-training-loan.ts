/**
 * fraud-training-loan: the job is conditional on a paid course financed by a loan or instalments
 * (培训贷, 招转培, "tuition financed by our lending partner, deducted from your paycheck").
 * Lawful look-alikes left alone: employer-paid training ("带薪培训", "training provided"), tuition
 * reimbursement as a benefit, apprenticeships without fees, and the service-period agreements of
 * 劳动合同法 art. 22 for training the employer paid for.
 */
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import { compileLexicon } from '#shared/rules/fraud/lib/lexicon.ts';
import { isNegated } from '#shared/rules/fraud/lib/negation.ts';
import { LOAN, TRAINING } from '#shared/rules/fraud/lexicons/training.ts';

const COURSE = compileLexicon(TRAINING);
const CREDIT = compileLexicon(LOAN);
/** tuition reimbursement / assistance is a benefit, not a loan */
/** How close (characters) the loan wording must be to the course wording. */
const NEAR = 90;
const BENEFIT = /tuition (?:reimbursement|assistance|support)|reimburse/u;

export default defineRule({
  meta: {
    id: 'fraud-training-loan',
    category: 'fraud',
    tags: ['fraud.training-loan'],
    severity: 'high',
    legalBasis: { CN: ['cn.fee', 'cn.false-info'], US: ['us.fraud'], GB: ['uk.fee', 'uk.fraud'] },
    message: {
      zh: '招聘信息以先参加收费培训并办理贷款/分期（培训贷、招转培）为上岗条件。',
      en: 'The job is conditional on a paid course financed by a loan or instalments repaid from wages (training-loan trap).',
    },
    suggestion: {
      zh: '删除收费培训和贷款要求；岗前培训应由用人单位承担费用。',
      en: 'Remove the paid-course and loan condition; training for the job is the employer’s cost.',
    },
    description:
      '培训贷 / 招转培: a paid course (学费, 实训费, tuition, bootcamp) financed by loans or instalments (分期, 金融平台, lending partner, payroll deduction) as the way into a promised job. Employer-paid training and tuition reimbursement benefits are left alone.',
  },
  check(doc) {
    const courses = [...doc.matches(COURSE)].filter((m) => !isNegated(doc.text(m.field), m.start, m.end));
    if (!courses.length) return [];
    const hits: RuleHit[] = [];
    for (const loan of doc.matches(CREDIT)) {
      const text = doc.text(loan.field);
      if (isNegated(text, loan.start, loan.end)) continue;
      if (BENEFIT.test(text.slice(Math.max(0, loan.start - 30), loan.end + 30))) continue;
      // the loan must finance the course: both in one field, close together
      const course = courses.find((c) => c.field === loan.field && Math.abs(c.start - loan.start) <= NEAR);
      if (!course) continue;
      hits.push({ field: course.field, start: course.start, end: course.end, confidence: 0.9 });
      hits.push({ field: loan.field, start: loan.start, end: loan.end, confidence: 0.9 });
    }
    return hits;
  },
});
