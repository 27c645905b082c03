/** The model rules: findings from the trained fraud classifier, registered explicitly. */
import type { Rule } from '#shared/engine/types.ts';
import fraudModel from '#shared/rules/model/fraud-model.ts';

export const rules: readonly Rule[] = [fraudModel];
