/** The fraud rules, registered explicitly (one import per rule file). */
import type { Rule } from '#shared/engine/types.ts';
import fraudFee from '#shared/rules/fraud/fraud-fee.ts';
import fraudIdRetention from '#shared/rules/fraud/fraud-id-retention.ts';
import fraudMlm from '#shared/rules/fraud/fraud-mlm.ts';
import fraudOffplatformContact from '#shared/rules/fraud/fraud-offplatform-contact.ts';
import fraudOverseasLure from '#shared/rules/fraud/fraud-overseas-lure.ts';
import fraudTaskScam from '#shared/rules/fraud/fraud-task-scam.ts';
import fraudTrainingLoan from '#shared/rules/fraud/fraud-training-loan.ts';

export const rules: readonly Rule[] = [
  fraudFee,
  fraudTaskScam,
  fraudOverseasLure,
  fraudOffplatformContact,
  fraudIdRetention,
  fraudTrainingLoan,
  fraudMlm,
];
