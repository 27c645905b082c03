/** The fraud rules, registered explicitly (one import per rule file). */
import type { Rule } from '#shared/engine/types.ts';
import fraudAgencyAsEmployer from '#shared/rules/fraud/fraud-agency-as-employer.ts';
import fraudFee from '#shared/rules/fraud/fraud-fee.ts';
import fraudInvalidEmployer from '#shared/rules/fraud/fraud-invalid-employer.ts';
import fraudIdRetention from '#shared/rules/fraud/fraud-id-retention.ts';
import fraudMlm from '#shared/rules/fraud/fraud-mlm.ts';
import fraudNoEmployerInfo from '#shared/rules/fraud/fraud-no-employer-info.ts';
import fraudOffplatformContact from '#shared/rules/fraud/fraud-offplatform-contact.ts';
import fraudOverseasLure from '#shared/rules/fraud/fraud-overseas-lure.ts';
import fraudPayHype from '#shared/rules/fraud/fraud-pay-hype.ts';
import fraudVague from '#shared/rules/fraud/fraud-vague.ts';
import fraudTaskScam from '#shared/rules/fraud/fraud-task-scam.ts';
import fraudTrainingLoan from '#shared/rules/fraud/fraud-training-loan.ts';
import fraudUnrealisticPay from '#shared/rules/fraud/fraud-unrealistic-pay.ts';

export const rules: readonly Rule[] = [
  fraudFee,
  fraudTaskScam,
  fraudOverseasLure,
  fraudUnrealisticPay,
  fraudPayHype,
  fraudOffplatformContact,
  fraudIdRetention,
  fraudTrainingLoan,
  fraudMlm,
  fraudInvalidEmployer,
  fraudVague,
  fraudNoEmployerInfo,
  fraudAgencyAsEmployer,
];
