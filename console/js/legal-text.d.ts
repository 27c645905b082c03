/** Types of legal-text.js for the Node tests that import it. */
export interface EmphasisPart {
  text: string;
  em: boolean;
}
export function emphasisParts(text: string): EmphasisPart[];
export function isRemark(law: string): boolean;
export function lawZh(law: string): string;
export function articleZh(article: string): string;
