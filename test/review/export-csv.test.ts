/** The CSV export: codes for machines by default, Chinese or English headers and labels with lang. */
import { describe, expect, it } from 'vitest';
import { ReviewValidationError } from '#shared/review/errors.ts';
import { CSV_COLUMNS, parseCsvLang, toCsv } from '#shared/review/export-csv.ts';
import { makeCase } from '#test/review/fixtures.ts';

const row = makeCase({
  caseId: 'cs-9',
  regionCode: '430102',
  createdAt: '2026-11-20T02:00:00.000Z',
  status: 'escalated',
  severity: 'critical',
  categories: ['fraud', 'personal_data'],
  title: '=HYPERLINK("x") 仓库理货员',
});

/** Lines of the file without its byte-order mark. */
const lines = (csv: string) => {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  return csv.slice(1).trimEnd().split('\n');
};

describe('CSV export', () => {
  it('keeps code headers and code values without lang', () => {
    const [head, first] = lines(toCsv([row]));
    expect(head).toBe(CSV_COLUMNS.join(','));
    expect(first).toContain(',escalated,critical,fraud;personal_data,cn-gender,');
    expect(first).toContain(',CN,1,2026-11-20T02:00:00.000Z,');
  });

  it('heads and labels the same columns in Chinese with lang=zh', () => {
    const [head, first] = lines(toCsv([row], 'zh'));
    expect(head?.split(',')).toHaveLength(CSV_COLUMNS.length);
    expect(head).toMatch(/^案件编号,状态,严重程度,问题类别,规则,平台,广告编号,职位,/);
    expect(first).toContain(',已移交执法,严重,虚假招聘；泄露个人信息,cn-gender,demo-platform-a,ad-cs-9,');
    expect(first).toContain(',430102,中国,1,');
    expect(first).not.toMatch(/escalated|critical|fraud/);
  });

  it('labels in English with lang=en', () => {
    const [head, first] = lines(toCsv([row], 'en'));
    expect(head).toMatch(/^Case,Status,Severity,Categories,Rules,/);
    expect(first).toContain(',Escalated,Critical,Fake recruitment;Personal data,cn-gender,');
    expect(first).toContain(',China,1,');
  });

  it('escapes a formula-like title in every language', () => {
    for (const lang of [undefined, 'zh', 'en'] as const) {
      expect(lines(toCsv([row], lang))[1]).toContain(`"'=HYPERLINK(""x"") 仓库理货员"`);
    }
  });

  it('reads lang as zh, en or absent, and refuses anything else naming the parameter', () => {
    expect(parseCsvLang(undefined)).toBeUndefined();
    expect(parseCsvLang('')).toBeUndefined();
    expect(parseCsvLang('zh')).toBe('zh');
    expect(parseCsvLang('en')).toBe('en');
    expect(() => parseCsvLang('fr')).toThrow(ReviewValidationError);
    expect(() => parseCsvLang('ZH')).toThrow(/^lang: must be zh or en$/);
  });
});
