/** The pii rules, registered explicitly (one import per rule file). */
import type { Rule } from '#shared/engine/types.ts';
import piiBankCard from '#shared/rules/pii/pii-bank-card.ts';
import piiIdNumber from '#shared/rules/pii/pii-id-number.ts';
import piiOvercollection from '#shared/rules/pii/pii-overcollection.ts';
import piiSensitive from '#shared/rules/pii/pii-sensitive.ts';
import piiSensitiveCollection from '#shared/rules/pii/pii-sensitive-collection.ts';
import piiThirdParty from '#shared/rules/pii/pii-third-party.ts';

export const rules: readonly Rule[] = [
  piiIdNumber,
  piiBankCard,
  piiThirdParty,
  piiOvercollection,
  piiSensitiveCollection,
  piiSensitive,
];
