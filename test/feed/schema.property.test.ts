/** Property tests: validation never throws, and every error names a field path that exists in the input shape. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateAd } from '#shared/feed/schema.ts';

const FIELDS = [
  'platform',
  'adId',
  'title',
  'description',
  'requirements',
  'benefits',
  'employer',
  'location',
  'salary',
  'contact',
  'employmentType',
  'headcount',
  'postedAt',
  'validThrough',
  'url',
  'language',
];

describe('validateAd (properties)', () => {
  it('never throws on arbitrary JSON and always answers ok or named errors', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const v = validateAd(value);
        if (!v.ok) {
          expect(v.errors.length).toBeGreaterThan(0);
          for (const e of v.errors) expect(e.path.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a valid ad stays valid whatever unknown fields are added, and they become warnings', () => {
    const base = { platform: 'p', adId: 'a', title: 't', description: 'd' };
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !FIELDS.includes(k) && k !== '__proto__'),
          fc.jsonValue(),
          { maxKeys: 5 },
        ),
        (extra) => {
          const v = validateAd({ ...extra, ...base });
          expect(v.ok).toBe(true);
          if (v.ok) expect(v.warnings.map((w) => w.path).sort()).toEqual(Object.keys(extra).sort());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a wrong type in any one field is an error naming exactly that field', () => {
    const base = { platform: 'p', adId: 'a', title: 't', description: 'd' };
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), fc.constantFrom(true, [1, 2]), (field, bad) => {
        const v = validateAd({ ...base, [field]: bad });
        expect(v.ok).toBe(false);
        if (!v.ok) expect(v.errors.map((e) => e.path.split('.')[0])).toContain(field);
      }),
      { numRuns: 200 },
    );
  });
});
