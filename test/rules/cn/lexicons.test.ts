/**
 * The cn word lists are data: every entry carries a term, the wording to use instead, a note and a
 * source; terms are normalised (simplified, lower-case, no spaces) and unique within a list, and every
 * list compiles into an alternation that matches each of its terms.
 */
import { describe, expect, it } from 'vitest';
import { type Lexicon, alternation } from '#shared/rules/cn/lib/lexicon.ts';
import { normalize } from '#shared/text/normalize.ts';
import { CARRIERS } from '#shared/rules/cn/lexicon/carriers.ts';
import { DISABILITIES } from '#shared/rules/cn/lexicon/disabilities.ts';
import { ETHNICITIES, RACES } from '#shared/rules/cn/lexicon/ethnicities.ts';
import { LOOKS } from '#shared/rules/cn/lexicon/looks.ts';
import { PLACES } from '#shared/rules/cn/lexicon/places.ts';
import { BELIEVERS } from '#shared/rules/cn/lexicon/religions.ts';
import { MODES, OTHER_ROUTES, TIERS } from '#shared/rules/cn/lexicon/schools.ts';
import { BLOOD_TYPES, STAR_SIGNS, ZODIAC_ANIMALS } from '#shared/rules/cn/lexicon/traits.ts';

const LISTS: Record<string, Lexicon> = {
  CARRIERS,
  DISABILITIES,
  ETHNICITIES,
  RACES,
  LOOKS,
  PLACES,
  BELIEVERS,
  TIERS,
  MODES,
  OTHER_ROUTES,
  ZODIAC_ANIMALS,
  STAR_SIGNS,
  BLOOD_TYPES,
};

describe('cn lexicons', () => {
  for (const [name, list] of Object.entries(LISTS)) {
    describe(name, () => {
      it('has entries with a term, an alternative, a note and a source', () => {
        expect(list.length).toBeGreaterThan(0);
        for (const e of list) {
          expect(e.term.length, JSON.stringify(e)).toBeGreaterThan(0);
          expect(e.alternative.length, e.term).toBeGreaterThan(4);
          expect(e.note.length, e.term).toBeGreaterThan(1);
          expect(e.source, e.term).toMatch(/^cn\.[a-z-]+:/);
        }
      });
      it('holds normalised, unique terms', () => {
        const terms = list.map((e) => e.term);
        expect(new Set(terms).size).toBe(terms.length);
        for (const t of terms) expect(normalize(t).text, t).toBe(t);
      });
      it('compiles to an alternation that matches every term whole', () => {
        const re = new RegExp(`^${alternation(list)}$`);
        for (const t of list.map((e) => e.term)) expect(re.test(t), t).toBe(true);
      });
    });
  }
});
