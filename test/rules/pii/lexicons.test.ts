/**
 * The personal-data word lists are data: every entry compiles, holds no capturing group and no
 * unbounded repetition (so a 2 MB ad cannot make it backtrack), and carries an alternative, a note
 * and a source. Gazetteers hold distinct, lower-case names with a source.
 */
import { describe, expect, it } from 'vitest';
import { COLLECTED_ITEMS } from '#shared/rules/pii/lexicons/collected-items.ts';
import { CN_SURNAMES } from '#shared/rules/pii/lexicons/cn-surnames.ts';
import { EN_GIVEN_NAMES } from '#shared/rules/pii/lexicons/en-given-names.ts';
import { CONTACT_CUES, LIST_CUES, NEAR_ROLES } from '#shared/rules/pii/lexicons/person-roles.ts';
import { SENSITIVE_FACTS } from '#shared/rules/pii/lexicons/sensitive-facts.ts';
import {
  DEMAND_VERBS,
  NOT_A_DEMAND,
  POST_OFFER,
  PRE_OFFER,
  SEND_COPIES,
  SERVED_PEOPLE,
} from '#shared/rules/pii/lexicons/stage-cues.ts';
import type { LexiconEntry } from '#shared/rules/pii/lexicons/types.ts';

const LISTS: Record<string, readonly LexiconEntry[]> = {
  COLLECTED_ITEMS,
  NEAR_ROLES,
  LIST_CUES,
  CONTACT_CUES,
  SENSITIVE_FACTS,
  PRE_OFFER,
  POST_OFFER,
  SEND_COPIES,
  NOT_A_DEMAND,
  DEMAND_VERBS,
  SERVED_PEOPLE,
};

describe.each(Object.entries(LISTS))('lexicon %s', (_name, entries) => {
  it('has entries in both languages', () => {
    expect(entries.some((e) => e.lang === 'zh')).toBe(true);
    expect(entries.some((e) => e.lang === 'en')).toBe(true);
  });
  it.each(entries.map((e) => [e.pattern.slice(0, 40), e] as const))('%s… is a bounded, documented pattern', (_p, e) => {
    expect(() => new RegExp(e.pattern, 'u')).not.toThrow();
    // no capturing groups: items.ts numbers the groups itself
    expect(e.pattern).not.toMatch(/\((?!\?)/);
    // no unbounded repetition
    expect(e.pattern).not.toMatch(/(?<!\\)[*+]|\{\d+,\}/);
    // written for normalised (lower-case, simplified) text
    expect(e.pattern).toBe(e.pattern.toLowerCase().replace(/\\p\{script=han\}/g, '\\p{Script=Han}'));
    expect(e.alternative.length).toBeGreaterThan(0);
    expect(e.note.length).toBeGreaterThan(5);
    expect(e.source.length).toBeGreaterThan(5);
  });
  it('matches nothing in a long run of one character quickly', () => {
    const hostile = `${'a'.repeat(200_000)}${'一'.repeat(200_000)}${'1 '.repeat(100_000)}`;
    const t0 = performance.now();
    for (const e of entries) new RegExp(e.pattern, 'gu').test(hostile);
    expect(performance.now() - t0).toBeLessThan(1_000);
  });
});

describe('gazetteers', () => {
  it.each([
    ['CN_SURNAMES', CN_SURNAMES],
    ['EN_GIVEN_NAMES', EN_GIVEN_NAMES],
  ] as const)('%s has distinct entries and a source', (_n, g) => {
    expect(new Set(g.names).size).toBe(g.names.length);
    expect(g.names.length).toBeGreaterThan(100);
    expect(g.source.length).toBeGreaterThan(10);
    for (const n of g.names) expect(n).toBe(n.toLowerCase());
  });
  it('holds Chinese surnames of one or two characters', () => {
    for (const n of CN_SURNAMES.names) expect(n).toMatch(/^\p{Script=Han}{1,2}$/u);
  });
});
