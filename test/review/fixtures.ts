/** Case records for review tests: Changsha (430100), Suzhou (320500) and a US case. */
import type { Finding, Severity } from '#shared/engine/types.ts';
import type { Case, Principal } from '#shared/review/types.ts';

export const REGULATOR_ALL: Principal = { kind: 'regulator', subject: 'reg-national', regions: '*' };
export const REGULATOR_CHANGSHA: Principal = { kind: 'regulator', subject: 'reg-changsha', regions: ['430100'] };
export const PLATFORM_A: Principal = { kind: 'platform', subject: 'demo-platform-a', platform: 'demo-platform-a' };

export const genderFinding = (start: number, end: number, excerpt: string): Finding => ({
  category: 'discrimination',
  rule: 'cn-gender',
  severity: 'high',
  confidence: 0.95,
  message: { zh: '招聘广告限定性别', en: 'The ad restricts the sex of applicants' },
  suggestion: { zh: '删除性别要求', en: 'Remove the sex requirement' },
  legalBasis: [{ jurisdiction: 'CN', law: '就业促进法', article: '第二十七条', verified: true }],
  evidence: [{ field: 'description', start, end, excerpt }],
});

export interface CaseInit {
  caseId: string;
  regionCode: string | null;
  city?: string;
  severity?: Severity;
  createdAt: string;
  platform?: string;
  creditCode?: string;
  status?: Case['status'];
  title?: string;
  categories?: Case['categories'];
}

export function makeCase(i: CaseInit): Case {
  const description = '招聘文员，限男性，年龄25岁以下。';
  return {
    caseId: i.caseId,
    platform: i.platform ?? 'demo-platform-a',
    adId: `ad-${i.caseId}`,
    title: i.title ?? `文员 ${i.caseId}`,
    regionCode: i.regionCode,
    city: i.city ?? null,
    employerName: '某某科技有限公司',
    creditCode: i.creditCode ?? null,
    employerKey: i.creditCode ?? 'name:某某科技有限公司',
    country: 'CN',
    adVersion: 1,
    contentHash: 'a'.repeat(64),
    status: i.status ?? 'open',
    maxSeverity: i.severity ?? 'high',
    categories: i.categories ?? ['discrimination'],
    rules: ['cn-gender'],
    version: 1,
    createdAt: i.createdAt,
    updatedAt: i.createdAt,
    versions: [
      {
        caseId: i.caseId,
        adVersion: 1,
        contentHash: 'a'.repeat(64),
        adSha256: 'b'.repeat(64),
        ad: { title: i.title ?? '文员', description },
        findings: [genderFinding(5, 8, '限男性')],
        riskScore: 71,
        jurisdiction: 'CN',
        language: 'zh',
        rulesetVersion: 'test',
        engineVersion: 'test',
        feedId: 'feed-1',
        receivedAt: i.createdAt,
        scannedAt: i.createdAt,
        statusAfter: 'open',
      },
    ],
    audit: [],
  };
}

export const CASES: Case[] = [
  makeCase({
    caseId: 'cs-1',
    regionCode: '430100',
    city: '长沙',
    createdAt: '2026-11-20T08:00:00.000Z',
    creditCode: '91430100MA4L000001',
  }),
  makeCase({
    caseId: 'cs-2',
    regionCode: '430102',
    city: '长沙',
    severity: 'critical',
    createdAt: '2026-11-21T08:00:00.000Z',
    creditCode: '91430100MA4L000001',
    categories: ['fraud', 'discrimination'],
  }),
  makeCase({
    caseId: 'cs-3',
    regionCode: '430100',
    city: '长沙',
    severity: 'medium',
    createdAt: '2026-11-22T08:00:00.000Z',
    platform: 'demo-platform-b',
  }),
  makeCase({
    caseId: 'sz-1',
    regionCode: '320500',
    city: '苏州',
    severity: 'critical',
    createdAt: '2026-11-21T09:00:00.000Z',
    creditCode: '91430100MA4L000001',
  }),
  makeCase({ caseId: 'sz-2', regionCode: '320505', city: '苏州', createdAt: '2026-11-22T09:00:00.000Z' }),
  makeCase({
    caseId: 'us-1',
    regionCode: null,
    severity: 'low',
    createdAt: '2026-11-23T09:00:00.000Z',
    categories: ['personal_data'],
  }),
];
