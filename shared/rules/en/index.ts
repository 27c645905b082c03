/** The en rules: discrimination in English wording, registered explicitly (one import per rule file). */
import type { Rule } from '#shared/engine/types.ts';
import enAge from '#shared/rules/en/en-age.ts';
import enNationalOrigin from '#shared/rules/en/en-national-origin.ts';
import enReligion from '#shared/rules/en/en-religion.ts';
import enDisability from '#shared/rules/en/en-disability.ts';
import enMarital from '#shared/rules/en/en-marital.ts';
import enPregnancy from '#shared/rules/en/en-pregnancy.ts';
import enRace from '#shared/rules/en/en-race.ts';
import enSex from '#shared/rules/en/en-sex.ts';

export const rules: readonly Rule[] = [
  enSex,
  enAge,
  enRace,
  enNationalOrigin,
  enReligion,
  enDisability,
  enPregnancy,
  enMarital,
];
