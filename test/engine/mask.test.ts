/**
 * Masking never reveals more than the masked form allows: property tests over arbitrary text and
 * over identifier-shaped strings (with separators, full-width digits and astral characters).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mask, maskIdentifiersInText } from '#shared/engine/mask.ts';
import type { MaskKind } from '#shared/engine/types.ts';

const ALNUM = /[\p{L}\p{N}]/u;
const KINDS: MaskKind[] = ['id', 'card', 'phone', 'email', 'name', 'ssn', 'nino', 'generic'];

/** Letters/digits of the input that survive in place in the output. */
function revealed(input: string, output: string): string[] {
  const a = [...input];
  const shown: string[] = [];
  let j = 0;
  for (const c of a) {
    const width = c.length;
    const o = output.slice(j, j + width);
    if (ALNUM.test(c) && o === c) shown.push(c);
    j += width;
  }
  return shown;
}
const alnumCount = (s: string) => [...s].filter((c) => ALNUM.test(c)).length;

const anyText = fc.string({ unit: 'binary', maxLength: 60 });
const digit = fc.constantFrom(...'0123456789０１２３４５６７８９'.split(''));
const sep = fc.constantFrom('', '', '', ' ', '-', '　', '\u200b');
const digits = (min: number, max: number) =>
  fc.array(fc.tuple(digit, sep), { minLength: min, maxLength: max }).map((xs) => xs.map(([d, s]) => d + s).join(''));

describe('mask: structural guarantees for every kind', () => {
  it.each(KINDS)('%s keeps the UTF-16 length, keeps separators, and only ever writes *', (kind) => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = mask(s, kind);
        expect(out.length).toBe(s.length);
        let j = 0;
        for (const c of s) {
          const o = out.slice(j, j + c.length);
          if (!ALNUM.test(c) && !(kind === 'email' && /[._+-]/.test(c))) expect(o).toBe(c);
          else expect(o === c || /^\*+$/.test(o)).toBe(true);
          j += c.length;
        }
      }),
    );
  });
});

describe('mask: how much each kind reveals', () => {
  it('id: an 18-character resident ID shows at most its region and last four, never the birth date', () => {
    fc.assert(
      fc.property(digits(18, 18), (s) => {
        const out = mask(s, 'id');
        expect(revealed(s, out).length).toBeLessThanOrEqual(10);
        // birth date: alphanumeric positions 6..13
        const chars = [...s];
        const outChars = [...out];
        let k = 0;
        chars.forEach((c, i) => {
          if (!ALNUM.test(c)) return;
          if (k >= 6 && k < 14) expect(outChars[i]).toBe('*');
          k++;
        });
      }),
    );
  });
  it('id: anything else shows at most half', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const n = alnumCount(s);
        if (n >= 18) return;
        expect(revealed(s, mask(s, 'id')).length).toBeLessThanOrEqual(Math.floor(n / 2));
      }),
    );
  });
  it.each(['card', 'phone'] as const)('%s shows at most half of the digits and at most 8', (kind) => {
    fc.assert(
      fc.property(fc.oneof(digits(7, 19), anyText), (s) => {
        const shown = revealed(s, mask(s, kind)).length;
        expect(shown).toBeLessThanOrEqual(Math.min(8, Math.floor(alnumCount(s) / 2)));
      }),
    );
  });
  it.each(['ssn', 'nino'] as const)('%s shows at most 3 characters and at most a third', (kind) => {
    fc.assert(
      fc.property(fc.oneof(digits(9, 9), anyText), (s) => {
        const shown = revealed(s, mask(s, kind)).length;
        expect(shown).toBeLessThanOrEqual(Math.min(3, Math.floor(alnumCount(s) / 3)));
      }),
    );
  });
  it('name shows at most one character, and none of a one-character name', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const shown = revealed(s, mask(s, 'name')).length;
        expect(shown).toBeLessThanOrEqual(alnumCount(s) > 1 ? 1 : 0);
      }),
    );
  });
  it('email shows one character of the local part and keeps the domain', () => {
    const local = fc.stringMatching(/^[a-z0-9._+-]{1,20}$/);
    const domain = fc.stringMatching(/^[a-z0-9-]{1,12}\.[a-z]{2,6}$/);
    fc.assert(
      fc.property(local, domain, (l, d) => {
        const out = mask(`${l}@${d}`, 'email');
        expect(out.endsWith(`@${d}`)).toBe(true);
        expect(revealed(l, out.slice(0, l.length)).length).toBeLessThanOrEqual(1);
      }),
    );
  });
  it('generic hides every digit', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(mask(s, 'generic')).not.toMatch(/\p{Nd}/u);
      }),
    );
  });
});

describe('mask: the documented forms', () => {
  it.each([
    ['430102199003071234', 'id', '430102********1234'],
    ['4301 0219 9003 0712 34', 'id', '4301 02** **** **12 34'],
    ['6222 0210 0112 3456 789', 'card', '6222 **** **** ***6 789'],
    ['13827546613', 'phone', '138******13'],
    ['529-41-7730', 'ssn', '***-**-*730'],
    ['AB 12 34 56 C', 'nino', '** ** ** 56 C'],
    ['li.ming@example.com', 'email', 'l******@example.com'],
    ['李明辉', 'name', '李**'],
    ['𝟒𝟑𝟎𝟏𝟎𝟐', 'generic', '************'],
  ] as const)('%s as %s → %s', (input, kind, want) => {
    expect(mask(input, kind)).toBe(want);
  });
});

describe('maskIdentifiersInText', () => {
  it('keeps the length and leaves no run of 6 digits, whatever splits them', () => {
    const chunk = fc.oneof(anyText, digits(6, 24), fc.constant('身份证号：'), fc.constant(' tel '));
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 6 }), (parts) => {
        const s = parts.join('');
        const out = maskIdentifiersInText(s);
        expect(out.length).toBe(s.length);
        expect(out).not.toMatch(/\p{Nd}(?:[\s\-‐‑–—－\u200b-\u200d\u2060\ufeff]?\p{Nd}){5}/u);
      }),
    );
  });
  it('masks e-mail addresses and NINOs in free text', () => {
    expect(maskIdentifiersInText('mail john.smith@example.com or NI AB123456C')).toBe(
      'mail j*********@example.com or NI ******56C',
    );
  });
});
