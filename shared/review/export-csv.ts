/**
 * CSV export of the queue. UTF-8 with a byte-order mark so Excel opens Chinese text correctly; cells that
 * start like a spreadsheet formula are escaped (ad titles come from third parties).
 */
import { stringify } from 'csv-stringify/sync';
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

export function toCsv(rows: readonly CaseSummary[]): string {
  const records = rows.map((c) => [
    c.caseId,
    c.status,
    c.maxSeverity,
    c.categories.join(';'),
    c.rules.join(';'),
    c.platform,
    c.adId,
    c.title,
    c.employerName ?? '',
    c.creditCode ?? '',
    c.regionCode,
    c.country,
    String(c.version),
    c.createdAt,
    c.updatedAt,
  ]);
  return stringify(records, { bom: true, header: true, columns: [...CSV_COLUMNS], escape_formulas: true });
}
