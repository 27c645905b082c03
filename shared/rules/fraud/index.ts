/** The fraud rules, registered explicitly (one import per rule file). */
import type { Rule } from '#shared/engine/types.ts';

export const rules: readonly Rule[] = [];
