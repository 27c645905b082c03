/** Every fraud lexicon entry compiles, matches its example after normalisation, and is documented. */
import { describe, expect, it } from 'vitest';
import type { Lexicon } from '#shared/rules/fraud/lib/lexicon.ts';
import { normalize } from '#shared/text/normalize.ts';
import * as agency from '#shared/rules/fraud/lexicons/agency.ts';
import * as brands from '#shared/rules/fraud/lexicons/brands.ts';
import * as contact from '#shared/rules/fraud/lexicons/contact.ts';
import * as fees from '#shared/rules/fraud/lexicons/fees.ts';
import * as hype from '#shared/rules/fraud/lexicons/hype.ts';
import * as mlm from '#shared/rules/fraud/lexicons/mlm.ts';
import * as overseas from '#shared/rules/fraud/lexicons/overseas.ts';
import * as profile from '#shared/rules/fraud/lexicons/profile.ts';
import * as retention from '#shared/rules/fraud/lexicons/retention.ts';
import * as task from '#shared/rules/fraud/lexicons/task-scam.ts';
import * as training from '#shared/rules/fraud/lexicons/training.ts';
import * as warnings from '#shared/rules/fraud/lexicons/warnings.ts';

const modules = { agency, brands, contact, fees, hype, mlm, overseas, profile, retention, task, training, warnings };
const lexicons = Object.entries(modules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([, v]) => Array.isArray(v))
    .map(([name, v]) => ({ name: `${file}.${name}`, entries: v as Lexicon })),
);

/** An unbounded quantifier applied to a group that itself repeats: the shape of catastrophic backtracking. */
const NESTED = /\((?:[^()]|\([^()]*\))*[+*}]\)(?:[+*]|\{\d+,\})/;

describe('fraud lexicons', () => {
  it('are found', () => expect(lexicons.length).toBeGreaterThan(15));
  for (const { name, entries } of lexicons) {
    describe(name, () => {
      entries.forEach((e, i) => {
        it(`#${i} ${e.example.slice(0, 30)}`, () => {
          expect(e.note.length).toBeGreaterThan(5);
          expect(e.source.length).toBeGreaterThan(5);
          expect(typeof e.alternative).toBe('string');
          expect(e.pattern).not.toMatch(NESTED);
          expect(e.pattern).not.toMatch(/\.\*|\.\+|\[\^[^\]]*\][*+]/); // no unbounded gaps
          const re = new RegExp(e.pattern, 'u');
          const text = normalize(e.example).text;
          // NEGATED_AFTER entries are anchored to the text right after a fee word
          const subject = name.endsWith('NEGATED_AFTER') ? text.replace(/^[^由公费]*费用?/u, '') || text : text;
          expect(re.test(subject) || re.test(text)).toBe(true);
        });
      });
    });
  }
});
