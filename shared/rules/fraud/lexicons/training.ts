/**
 * Train-then-loan traps (招转培, 培训贷): a "job" that first requires a paid course, financed by a
 * loan or instalments through the recruiter's lending partner and repaid from future wages. The
 * five-department notice of 2026 bans luring job seekers into training contracts or loans; 劳动合同法
 * art. 9 bars collecting money from workers; the FTC lists upfront training fees as a scam sign.
 */
import type { Lexicon } from '#shared/rules/fraud/lib/lexicon.ts';

const NOTICE = '五部门通知 2026 (招转培/培训贷); 劳动合同法 art. 9';
const FTC = 'FTC job-scam guidance (upfront training fees); CFPB on employer-driven debt';

/** The course the applicant pays for. */
export const TRAINING: Lexicon = [
  {
    pattern: '培训贷|招转培|学费|培训费|实训费|课程费|付费培训|收费培训|先学习后付款|先学后付|先上课后付款',
    example: '参加4个月岗前实训，实训费19800元',
    alternative: '岗前培训由公司免费提供',
    note: 'a course the applicant pays for (a free or paid-by-employer course is not listed)',
    source: NOTICE,
  },
  {
    pattern:
      'tuition|bootcamp|boot camp|academy|certification course|training (?:program(?:me)?|course)|career accelerator',
    example: 'Complete our 12-week AWS Career Academy ($6,500 tuition)',
    alternative: 'Paid training provided by the employer',
    note: 'paid courses before a promised job',
    source: FTC,
  },
];

/** The loan: instalments, a lending partner, repayment from wages. */
export const LOAN: Lexicon = [
  {
    pattern:
      '培训贷|助学贷|分期|贷款|放款|借款|金融(?:平台|公司|机构)|先学习后付款|先学后付|先上课后付款|(?:工资|薪资|薪水)(?:里|中)?(?:按月)?(?:扣|还)|从工资|用工资还|0首付|零首付',
    example: '可通过公司合作的金融平台分期，入职后用工资还款',
    alternative: '',
    note: 'instalment loans repaid from wages',
    source: NOTICE,
  },
  {
    pattern:
      'financ(?:ed|ing) (?:through|by|with|via)|finance it|financing (?:partner|available|options?|plan)|tuition financing|lending partner|partner lender|\\bloan\\b|income[- ]share|\\bisa\\b|payroll deductions?|deducted from (?:your |each )?pay(?:check)?|deducts? repayments|no payments until',
    example: 'tuition is financed through our lending partner and deducted from your paycheck',
    alternative: '',
    note: 'loans, income-share agreements and payroll repayment',
    source: FTC,
  },
];
