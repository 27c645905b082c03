/**
 * CSV export of the queue. UTF-8 with a byte-order mark so Excel opens Chinese text correctly; cells that
 * start like a spreadsheet formula are escaped (ad titles come from third parties).
 *
 * Without `lang` the file is for machines: the column names below and code values (open, critical,
 * fraud), stable across releases. With `lang=zh` or `lang=en` it is for people: the same columns in the
 * same order, headed and labelled in that language (ids, rule ids, codes of regions and employers stay).
 */
import { stringify } from 'csv-stringify/sync';
import { CSV_LABELS, CSV_LANGS, type CsvLang } from '#shared/review/csv-labels.ts';
import { ReviewValidationError } from '#shared/review/errors.ts';
import type { CaseSummary } from '#shared/review/types.ts';

export const CSV_COLUMNS = [
  'caseId',
  'status',
  'maxSeverity',
  'categories',
  'rules',
  'platform',
  'adId',
  'title',
  'employerName',
  'creditCode',
  'regionCode',
  'country',
  'version',
  'createdAt',
  'updatedAt',
] as const;

/** The `lang` query parameter: absent or empty means codes; anything but zh or en is a 400. */
export function parseCsvLang(raw: string | undefined): CsvLang | undefined {
  if (raw === undefined || raw === '') return undefined;
  const lang = CSV_LANGS.find((l) => l === raw);
  if (!lang) throw new ReviewValidationError('lang: must be zh or en', [{ path: 'lang', message: 'must be zh or en' }]);
  return lang;
}

export function toCsv(rows: readonly CaseSummary[], lang?: CsvLang): string {
  const labels = lang ? CSV_LABELS[lang] : undefined;
  const sep = lang === 'zh' ? '；' : ';';
  const records = rows.map((c) => [
    c.caseId,
    labels ? labels.status[c.status] : c.status,
    labels ? labels.severity[c.maxSeverity] : c.maxSeverity,
    c.categories.map((k) => (labels ? labels.category[k] : k)).join(sep),
    c.rules.join(';'),
    c.platform,
    c.adId,
    c.title,
    c.employerName ?? '',
    c.creditCode ?? '',
    c.regionCode,
    (labels ? labels.country[c.country] : undefined) ?? c.country,
    String(c.version),
    c.createdAt,
    c.updatedAt,
  ]);
  const columns = labels ? [...labels.columns] : [...CSV_COLUMNS];
  return stringify(records, { bom: true, header: true, columns, escape_formulas: true });
}
