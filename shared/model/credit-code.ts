/**
 * The state of an ad's 统一社会信用代码 as a model feature: absent, valid or invalid. The GB 32100-2015
 * check itself is the fraud rules' (shared/fraud/credit-code.ts); the fraud rules report a bad code
 * themselves, the model only weighs it.
 */
import { checkCreditCode } from '#shared/fraud/credit-code.ts';

export type CreditCodeState = 'absent' | 'valid' | 'invalid';

export function creditCodeState(code: string | undefined): CreditCodeState {
  if (code === undefined || code.trim() === '') return 'absent';
  return checkCreditCode(code) === 'valid' ? 'valid' : 'invalid';
}
