/** Every English word list entry is well formed: word forms, an alternative wording, a note and a source. */
import { describe, expect, it } from 'vitest';
import { AGE_TERMS } from '#shared/rules/en/lib/lexicon/age-terms.ts';
import { GENDERED_TITLES } from '#shared/rules/en/lib/lexicon/gendered-titles.ts';
import { alternation, entryFor, FORM_SHAPE } from '#shared/rules/en/lib/lexicon/pattern.ts';
import type { LexiconEntry } from '#shared/rules/en/lib/lexicon/types.ts';

const LISTS: Record<string, readonly LexiconEntry[]> = {
  'gendered-titles': GENDERED_TITLES,
  'age-terms': AGE_TERMS,
};

describe.each(Object.entries(LISTS))('lexicon %s', (_name, entries) => {
  it('has entries', () => expect(entries.length).toBeGreaterThan(0));
  it('gives every entry forms, an alternative, a note and a source', () => {
    for (const e of entries) {
      expect(e.forms.length).toBeGreaterThan(0);
      for (const f of e.forms) expect(f).toMatch(FORM_SHAPE);
      expect(e.alternative.trim().length).toBeGreaterThan(2);
      expect(e.note.trim().length).toBeGreaterThan(10);
      expect(e.source.trim().length).toBeGreaterThan(3);
    }
  });
  it('has no form listed twice', () => {
    const forms = entries.flatMap((e) => e.forms);
    expect(new Set(forms).size).toBe(forms.length);
  });
  it('compiles to a regex that matches every form at word boundaries and finds its entry', () => {
    const re = new RegExp(`^${alternation(entries)}$`);
    for (const e of entries) {
      for (const f of e.forms) {
        expect(re.test(f)).toBe(true);
        expect(entryFor(entries, f)).toBe(e);
      }
    }
  });
});
