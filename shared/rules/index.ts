/**
 * Every rule, registered explicitly. Each group has its own index beside its rule files:
 * cn — discrimination in Chinese wording; en — discrimination in English wording;
 * pii — personal data (both languages); fraud — fake and fraudulent recruitment;
 * model — the trained fraud classifier.
 */
import type { Rule } from '#shared/engine/types.ts';
import { rules as cn } from '#shared/rules/cn/index.ts';
import { rules as en } from '#shared/rules/en/index.ts';
import { rules as fraud } from '#shared/rules/fraud/index.ts';
import { rules as model } from '#shared/rules/model/index.ts';
import { rules as pii } from '#shared/rules/pii/index.ts';

export const RULE_GROUPS = { cn, en, pii, fraud, model } as const;
export const ALL_RULES: readonly Rule[] = [...cn, ...en, ...pii, ...fraud, ...model];
