/** The en rules: discrimination in English wording, registered explicitly (one import per rule file). */
import type { Rule } from '#shared/engine/types.ts';
import enAge from '#shared/rules/en/en-age.ts';
import enSex from '#shared/rules/en/en-sex.ts';

export const rules: readonly Rule[] = [enSex, enAge];
