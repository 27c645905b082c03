/**
 * Column headers and value labels of the CSV export for people (`lang=zh|en`): the same words as the
 * console's dictionary, so a spreadsheet and the screen agree. Without `lang` the export keeps its codes.
 */
import type { Category, Severity } from '#shared/engine/types.ts';
import type { CaseStatus } from '#shared/review/types.ts';

export const CSV_LANGS = ['zh', 'en'] as const;
export type CsvLang = (typeof CSV_LANGS)[number];

export interface CsvLabels {
  /** Header per column, in CSV_COLUMNS order. */
  columns: readonly string[];
  status: Readonly<Record<CaseStatus, string>>;
  severity: Readonly<Record<Severity, string>>;
  category: Readonly<Record<Category, string>>;
  /** Country codes with a name; others stay codes. */
  country: Readonly<Record<string, string>>;
}

export const CSV_LABELS: Readonly<Record<CsvLang, CsvLabels>> = {
  zh: {
    columns: [
      '案件编号',
      '状态',
      '严重程度',
      '问题类别',
      '规则',
      '平台',
      '广告编号',
      '职位',
      '用人单位',
      '统一社会信用代码',
      '行政区划代码',
      '国家/地区',
      '案件版本',
      '发现时间 (UTC)',
      '更新时间 (UTC)',
    ],
    status: { open: '待审核', confirmed: '已确认违法', dismissed: '已驳回', escalated: '已移交执法' },
    severity: { critical: '严重', high: '高', medium: '中', low: '低', info: '提示' },
    category: { fraud: '虚假招聘', discrimination: '就业歧视', personal_data: '泄露个人信息' },
    country: { CN: '中国', US: '美国', GB: '英国' },
  },
  en: {
    columns: [
      'Case',
      'Status',
      'Severity',
      'Categories',
      'Rules',
      'Platform',
      'Ad',
      'Job title',
      'Employer',
      'Credit code',
      'Region code',
      'Country',
      'Case version',
      'Found (UTC)',
      'Updated (UTC)',
    ],
    status: { open: 'Open', confirmed: 'Confirmed', dismissed: 'Dismissed', escalated: 'Escalated' },
    severity: { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' },
    category: { fraud: 'Fake recruitment', discrimination: 'Discrimination', personal_data: 'Personal data' },
    country: { CN: 'China', US: 'United States', GB: 'United Kingdom' },
  },
};
