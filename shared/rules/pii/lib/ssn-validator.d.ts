/** Types for `ssn-validator` (it ships none): SSA structural rules plus a short blacklist. */
declare module 'ssn-validator' {
  /** true when the value is a structurally valid SSN (area not 000/666/9xx, group not 00, serial not 0000). */
  export function isValid(value: string): boolean;
  export function mask(value: string): string;
}
