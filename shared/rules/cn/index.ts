/** The cn rules: discrimination in Chinese wording, registered explicitly. */
import type { Rule } from '#shared/engine/types.ts';
import cnGender from '#shared/rules/cn/cn-gender.ts';

export const rules: readonly Rule[] = [cnGender];
