/** Readable names for model features, for the note of a finding ("which features drove it"). */
import { STRUCTURAL_LABELS } from '#shared/model/structure.ts';

const PREFIX: readonly [string, string][] = [
  ['z:', 'word'],
  ['e:', 'word'],
  ['t:', 'title word'],
];

export function describeFeature(feature: string): string {
  if (feature.startsWith('s:')) return STRUCTURAL_LABELS[feature] ?? feature.slice(2);
  for (const [p, kind] of PREFIX) {
    if (feature.startsWith(p)) return `${kind} “${feature.slice(p.length)}”`;
  }
  return feature;
}
