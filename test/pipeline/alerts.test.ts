import { beforeEach, describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '#shared/engine/types.ts';
import { AlertService } from '#shared/pipeline/alerts.ts';
import type { CaseSummary } from '#shared/pipeline/ports.ts';
import { finding, MemoryCases, MemoryLedger, MemoryPublisher } from '#test/pipeline/fakes.ts';

const NOW = '2026-11-26T06:00:00.000Z';

const head = (over: Partial<CaseSummary> = {}): CaseSummary => ({
  caseId: 'c_1',
  platform: 'demo-platform-a',
  adId: 'ad-1',
  title: '招聘',
  regionCode: '430102',
  city: '长沙',
  country: 'CN',
  employerName: null,
  creditCode: null,
  employerKey: 'unknown',
  status: 'open',
  maxSeverity: 'critical',
  categories: ['fraud', 'personal_data'],
  rules: [],
  version: 1,
  adVersion: 1,
  contentHash: 'h',
  createdAt: NOW,
  updatedAt: NOW,
  ...over,
});

const scan = (findings: Finding[]): ScanResult => ({
  platform: 'demo-platform-a',
  adId: 'ad-1',
  language: 'zh',
  jurisdiction: 'CN',
  findings,
  riskScore: 80,
  rulesetVersion: 'rs',
  engineVersion: '0',
});

describe('AlertService: categories and severity of an alert', () => {
  let cases: MemoryCases;
  let publisher: MemoryPublisher;
  let service: AlertService;
  beforeEach(() => {
    cases = new MemoryCases();
    publisher = new MemoryPublisher();
    // the real rules' tags: fraud-fee is fraud.fee, pii-id-number is pii.id-number (both alerting)
    service = new AlertService({ cases, ledger: new MemoryLedger(), publisher });
  });

  it('names every alerting category, most severe first, and the highest severity', async () => {
    const findings = [
      finding('pii-id-number', 'high', 'personal_data'),
      finding('fraud-fee', 'critical', 'fraud'),
      finding('cn-gender', 'high', 'discrimination'), // not an alerting rule
    ];
    expect(await service.consider(head(), scan(findings), NOW)).toBe('sent');
    expect(publisher.alerts).toHaveLength(1);
    expect(publisher.alerts[0]).toMatchObject({
      category: 'fraud',
      categories: ['fraud', 'personal_data'],
      severity: 'critical',
      reasons: ['pii-id-number', 'fraud-fee'],
    });
  });

  it('a fee scam listed after a published ID number of the same severity is still in the categories', async () => {
    const findings = [finding('pii-id-number', 'high', 'personal_data'), finding('fraud-fee', 'high', 'fraud')];
    await service.consider(head(), scan(findings), NOW);
    expect(publisher.alerts[0]?.categories).toEqual(['personal_data', 'fraud']);
    expect(publisher.alerts[0]?.severity).toBe('high');
  });

  it("a repeat offender's alert without an alerting finding names the case's categories", async () => {
    for (const id of ['c_a', 'c_b', 'c_c']) await cases.createCase(head({ caseId: id, employerKey: 'E1' }));
    const findings = [finding('cn-gender', 'medium', 'discrimination'), finding('cn-age', 'high', 'discrimination')];
    const out = await service.consider(head({ employerKey: 'E1' }), scan(findings), NOW);
    expect(out).toBe('sent');
    expect(publisher.alerts[0]).toMatchObject({
      categories: ['discrimination'],
      severity: 'high',
      reasons: ['repeat-offender'],
    });
  });
});

describe('AlertService: claims', () => {
  const findings = [finding('fraud-fee', 'critical', 'fraud')];

  it('gives the claim back when the publish fails, so the retry publishes at once', async () => {
    const ledger = new MemoryLedger();
    const released: string[] = [];
    Object.assign(ledger, {
      release: async (caseId: string, claimedAt: string) => {
        released.push(`${caseId}@${claimedAt}`);
      },
    });
    const publisher = new MemoryPublisher();
    publisher.failNext = 1;
    const service = new AlertService({ cases: new MemoryCases(), ledger, publisher });
    await expect(service.consider(head(), scan(findings), NOW)).rejects.toThrow('injected publish');
    expect(released).toEqual([`c_1@${NOW}`]);
    expect(ledger.state.get('c_1')).toBe('pending');
  });

  it('an alert published but not recorded is reported, not retried (a retry would publish it again)', async () => {
    const ledger = new MemoryLedger();
    ledger.markSent = async () => {
      throw new Error('injected markSent failure');
    };
    const publisher = new MemoryPublisher();
    const service = new AlertService({ cases: new MemoryCases(), ledger, publisher });
    expect(await service.consider(head(), scan(findings), NOW)).toBe('sent-unrecorded');
    expect(publisher.alerts).toHaveLength(1);
  });
});
