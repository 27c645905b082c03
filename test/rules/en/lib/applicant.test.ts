/** The exemptions the English group rules share (shared/rules/en/lib/applicant.ts). */
import { describe, expect, it } from 'vitest';
import { validateAd } from '#shared/feed/schema.ts';
import { applicantMatches, inclusiveSentence } from '#shared/rules/en/lib/applicant.ts';
import { hiringGroup } from '#shared/rules/en/lib/group-patterns.ts';
import { AdDocument } from '#shared/text/document.ts';
import { makeAd } from '#test/helpers/rule-tester.ts';

const doc = (description: string) => {
  const v = validateAd(makeAd(description));
  if (!v.ok) throw new Error('test ad does not validate');
  return new AdDocument(v.ad);
};
const GROUP = hiringGroup('christian|catholic');
const NOT_PERSON = /^[- ]?(?:bookstore|school|owned)\b/;
const matched = (text: string, lookahead?: number) =>
  [...applicantMatches(doc(text), GROUP, 'religion', NOT_PERSON, lookahead)].map((m) => m.text);

describe('applicantMatches', () => {
  it('keeps a group word that describes the person hired', () => {
    expect(matched('We are looking for Christian staff for our shop.')).toEqual(['looking for christian']);
  });

  it('drops a group word followed by a word that is not about the applicant', () => {
    expect(matched('We are seeking Christian bookstore managers with retail experience.')).toEqual([]);
  });

  it('drops "only" after an article or possessive, but not a bare "only"', () => {
    expect(matched('Join our only Catholic team here.')).toEqual([]);
    expect(matched('Teachers: only Catholic applicants.')).toEqual(['only catholic']);
  });

  it('looks only as far ahead as asked', () => {
    expect(matched('Seeking Christian people; owned by us.', 30)).toEqual(['seeking christian']);
    expect(matched('Seeking Christian-owned suppliers.', 2)).toEqual(['seeking christian']);
    expect(matched('Seeking Christian-owned suppliers.', 30)).toEqual([]);
  });

  it('looks at no more than the first 12 matches of a field', () => {
    const many = Array.from({ length: 20 }, () => 'We need Christian staff.').join(' ');
    expect(matched(many)).toHaveLength(12);
  });
});

describe('inclusiveSentence', () => {
  const first = (text: string) => {
    const d = doc(text);
    const m = [...d.matches(GROUP)][0];
    if (!m) throw new Error('no match');
    return inclusiveSentence(d, m);
  };
  it('recognises equal-opportunity statements and positive-action invitations', () => {
    expect(
      first('We are an equal opportunity employer and do not need Christian beliefs or any religion to apply.'),
    ).toBe(true);
  });
  it('does not excuse a plain condition', () => {
    expect(first('We need Christian staff for our shop.')).toBe(false);
  });
});
