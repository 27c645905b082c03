/** The cn rules: discrimination in Chinese wording, registered explicitly. */
import type { Rule } from '#shared/engine/types.ts';
import cnAge from '#shared/rules/cn/cn-age.ts';
import cnAppearance from '#shared/rules/cn/cn-appearance.ts';
import cnDisability from '#shared/rules/cn/cn-disability.ts';
import cnEthnicity from '#shared/rules/cn/cn-ethnicity.ts';
import cnGender from '#shared/rules/cn/cn-gender.ts';
import cnHbv from '#shared/rules/cn/cn-hbv.ts';
import cnMarital from '#shared/rules/cn/cn-marital.ts';
import cnOther from '#shared/rules/cn/cn-other.ts';
import cnPregnancy from '#shared/rules/cn/cn-pregnancy.ts';
import cnRegion from '#shared/rules/cn/cn-region.ts';
import cnReligion from '#shared/rules/cn/cn-religion.ts';
import cnSchool from '#shared/rules/cn/cn-school.ts';

export const rules: readonly Rule[] = [
  cnGender,
  cnMarital,
  cnPregnancy,
  cnAge,
  cnHbv,
  cnRegion,
  cnEthnicity,
  cnReligion,
  cnDisability,
  cnSchool,
  cnAppearance,
  cnOther,
];
