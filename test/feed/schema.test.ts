import { describe, expect, it } from 'vitest';
import { validateAd } from '#shared/feed/schema.ts';

const base = { platform: 'p1', adId: 'a1', title: '仓库管理员', description: '负责收发货' };

describe('validateAd', () => {
  it('accepts a minimal ad and defaults the country to CN', () => {
    const v = validateAd({ ...base, location: {} });
    expect(v.ok && v.ad.location?.country).toBe('CN');
  });

  it.each([
    [{ ...base, title: undefined }, 'title'],
    [{ ...base, description: 42 }, 'description'],
    [{ ...base, salary: { period: 'fortnight' } }, 'salary.period'],
    [{ ...base, location: { country: 'China' } }, 'location.country'],
    [{ ...base, headcount: -1 }, 'headcount'],
    [{ ...base, postedAt: 'yesterday' }, 'postedAt'],
    [{ ...base, adId: '../etc/passwd' }, 'adId'],
    [{ ...base, language: 'fr' }, 'language'],
  ])('names the field in its error (%#)', (input, path) => {
    const v = validateAd(input);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors.map((e) => e.path)).toContain(path);
  });

  it('keeps the adId of an invalid record so the caller can report it', () => {
    const v = validateAd({ ...base, title: '' });
    expect(v).toMatchObject({ ok: false, adId: 'a1' });
  });

  it('ignores unknown fields and reports them as warnings', () => {
    const v = validateAd({ ...base, color: 'red', employer: { name: 'X', ceo: 'Y' } });
    expect(v.ok).toBe(true);
    if (v.ok) {
      expect(v.warnings.map((w) => w.path).sort()).toEqual(['color', 'employer.ceo']);
      expect(v.ad).not.toHaveProperty('color');
    }
  });

  it('rejects non-objects', () => {
    for (const x of [null, 3, 'ad', [base]]) expect(validateAd(x).ok).toBe(false);
  });

  it('does not let __proto__ keys pollute anything', () => {
    const v = validateAd(
      JSON.parse(`{"platform":"p","adId":"a","title":"t","description":"d","__proto__":{"polluted":1}}`),
    );
    expect(v.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
