/** The console's legal-basis text helpers (console/js/legal-text.js), pure functions run here in Node. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '#shared/legal/catalogue.ts';
import { articleZh, emphasisParts, isRemark, lawZh } from '../../console/js/legal-text.js';

describe('emphasisParts', () => {
  it('cuts *emphasis* out as its own part, without the asterisks', () => {
    expect(emphasisParts('*No national statute names age.* Arguable anchors: 就业促进法 Art. 3')).toEqual([
      { text: 'No national statute names age.', em: true },
      { text: ' Arguable anchors: 就业促进法 Art. 3', em: false },
    ]);
    expect(emphasisParts('Title VII as read in *Bostock v. Clayton County* (2020)').map((p) => p.em)).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('keeps unpaired or empty asterisks as text, and text without any as one part', () => {
    expect(emphasisParts('a * b')).toEqual([{ text: 'a * b', em: false }]);
    expect(emphasisParts('**')).toEqual([{ text: '**', em: false }]);
    expect(emphasisParts('就业促进法')).toEqual([{ text: '就业促进法', em: false }]);
  });

  it('leaves no asterisk in any catalogue law or note', () => {
    for (const e of CATALOGUE) {
      for (const text of [e.law, e.summary]) {
        expect(
          emphasisParts(text)
            .map((p) => p.text)
            .join(''),
          text,
        ).not.toContain('*');
      }
    }
  });
});

describe('Chinese forms', () => {
  it('takes the Chinese half of a bilingual law name', () => {
    expect(lawZh("妇女权益保障法 / Women's Rights Law (2022)")).toBe('妇女权益保障法');
    expect(lawZh('PIPL / 个人信息保护法')).toBe('个人信息保护法');
    expect(lawZh('就业促进法')).toBe('就业促进法');
    expect(lawZh('Five-department notice (2026)')).toBe('Five-department notice (2026)');
  });

  it('prefers the bracketed Chinese article, else reads Art./para as 第…条/第…款', () => {
    expect(articleZh('Art. 43(1),(5) (第四十三条第(一)(五)项)')).toBe('第四十三条第(一)(五)项');
    expect(articleZh('Art. 287-1 (第二百八十七条之一)')).toBe('第二百八十七条之一');
    expect(articleZh('Art. 27 para 3')).toBe('第27条第3款');
    expect(articleZh('Art. 24 para 1 + Art. 43')).toBe('第24条第1款、第43条');
    expect(articleZh('Art. 9; Art. 51; Art. 57')).toBe('第9条；第51条；第57条');
  });

  it('tells a remark that no statute applies from a law name', () => {
    expect(isRemark('*No national provision found*')).toBe(true);
    expect(isRemark('Title VII as read in *Bostock v. Clayton County* (2020)')).toBe(false);
  });
});
