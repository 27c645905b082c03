/** Turns lexicon word forms into regex source. */
import { trie } from '#shared/rules/en/lib/trie.ts';
import type { LexiconEntry } from '#shared/rules/en/lib/lexicon/types.ts';

/** Characters a word form may hold (see LexiconEntry.forms). */
export const FORM_SHAPE = /^[a-z0-9][a-z0-9 '/-]*[a-z0-9]$|^[a-z]$/;

/** Regex source for one word form: spaces match whitespace, hyphens are optional, apostrophes either kind. */
export function formSource(form: string): string {
  return form
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['’]")
    .replace(/-/g, '[- ]?')
    .replace(/ /g, '\\s+');
}

/** A non-capturing alternation of every form of every entry, longest first. */
export function alternation(entries: readonly LexiconEntry[]): string {
  const forms = entries.flatMap((e) => e.forms);
  forms.sort((a, b) => b.length - a.length);
  return `(?:${trie(forms.map(formSource).join('|'))})`;
}

/** Looks up the entry a matched word belongs to (case- and spacing-insensitive). */
export function entryFor<T extends LexiconEntry>(entries: readonly T[], matched: string): T | undefined {
  const key = matched
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .replace(/’/g, "'");
  return entries.find((e) => e.forms.some((f) => f.replace(/-/g, ' ') === key || f.replace(/-/g, '') === key));
}
