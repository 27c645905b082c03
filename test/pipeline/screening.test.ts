import { beforeEach, describe, expect, it } from 'vitest';
import { AlertService } from '#shared/pipeline/alerts.ts';
import { caseIdOf } from '#shared/pipeline/keys.ts';
import { PoisonMessageError } from '#shared/pipeline/errors.ts';
import { parseMessage } from '#shared/pipeline/message.ts';
import { ScreeningService } from '#shared/pipeline/screening.ts';
import {
  FakeScreener,
  finding,
  MemoryCases,
  MemoryLedger,
  MemoryPublisher,
  MemoryResults,
  makeAd,
  message,
} from '#test/pipeline/fakes.ts';

const tags: Record<string, string[]> = { 'fraud-fee': ['fraud.fee'], 'cn-gender': ['cn.gender'] };

function setup() {
  const screener = new FakeScreener();
  const results = new MemoryResults();
  const cases = new MemoryCases();
  const ledger = new MemoryLedger();
  const publisher = new MemoryPublisher();
  const alerts = new AlertService({ cases, ledger, publisher, tagsOf: (r) => tags[r] ?? [] });
  let t = Date.parse('2026-11-26T06:00:00Z');
  const service = new ScreeningService({
    engine: screener,
    results,
    cases,
    alerts,
    clock: () => {
      t += 1000;
      return new Date(t);
    },
  });
  return { screener, results, cases, ledger, publisher, service };
}

describe('ScreeningService', () => {
  let s: ReturnType<typeof setup>;
  beforeEach(() => {
    s = setup();
  });

  it('stores a clean ad as a result without a case', async () => {
    const out = await s.service.process(message(makeAd()));
    expect(out.status).toBe('clean');
    expect(s.cases.heads.size).toBe(0);
    const r = await s.results.getResult('demo-platform-a', 'ad-1');
    expect(r?.flagged).toBe(false);
    expect(r?.caseId).toBeUndefined();
  });

  it('opens one case for a flagged ad and masks the stored text', async () => {
    const ad = makeAd();
    s.screener.findings.set(`${ad.adId}:${ad.title}`, [finding('cn-gender', 'high', 'discrimination')]);
    const out = await s.service.process(message(ad));
    expect(out).toMatchObject({ status: 'opened', adVersion: 1 });
    const head = s.cases.heads.get(caseIdOf(ad.platform, ad.adId));
    expect(head).toMatchObject({ status: 'open', maxSeverity: 'high', version: 1, adVersion: 1, regionCode: '430102' });
    const v = await s.cases.getVersion(caseIdOf(ad.platform, ad.adId), 1);
    expect(v?.ad.description).not.toContain('430102199003071234');
    expect(v?.ad.description).not.toContain('13800138000');
    expect(v?.ad.description?.length).toBe(ad.description.length);
    expect(v?.ad['contact.phone']).toMatch(/^\d{2,3}\*+\d{2,4}$/);
    expect(v?.ad['contact.phone']?.length).toBe(11);
    expect(v?.adSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(v).toMatchObject({ platform: ad.platform, adId: ad.adId, adVersion: 1 });
    expect(JSON.stringify([...s.cases.versions.values()])).not.toContain('430102199003071234');
  });

  it('masks identifiers in stored evidence the engine left unmasked, keeping offsets', async () => {
    const ad = makeAd();
    const f = finding('fraud-fee', 'high', 'fraud');
    f.evidence = [
      { field: 'description', start: 0, end: 22, excerpt: '交押金联系13800138000' },
      { field: 'description', start: 30, end: 48, excerpt: '430102********1234' },
    ];
    s.screener.findings.set(`${ad.adId}:${ad.title}`, [f]);
    await s.service.process(message(ad));
    const stored = (await s.results.getResult(ad.platform, ad.adId))?.findings[0]?.evidence;
    expect(stored?.[0]?.excerpt).not.toContain('13800138000');
    expect(stored?.[0]?.excerpt.length).toBe('交押金联系13800138000'.length);
    expect(stored?.[1]?.excerpt).toBe('430102********1234');
    const v = await s.cases.getVersion(caseIdOf(ad.platform, ad.adId), 1);
    expect(JSON.stringify(v?.findings)).not.toContain('13800138000');
  });

  it('changes nothing on an identical re-submission (any key order), and does not screen again', async () => {
    const ad = makeAd();
    s.screener.findings.set(`${ad.adId}:${ad.title}`, [finding('cn-gender', 'high', 'discrimination')]);
    await s.service.process(message(ad));
    const { description, ...rest } = ad;
    const reordered = { ...rest, description };
    const out = await s.service.process(message(reordered, '2026-11-26T07:00:00.000Z', 'f_other'));
    expect(out.status).toBe('duplicate');
    expect(s.screener.calls).toBe(1);
    expect(s.cases.versions.size).toBe(1);
    expect(s.cases.heads.get(caseIdOf(ad.platform, ad.adId))?.version).toBe(1);
  });

  it('adds a version for a changed re-submission and keeps the history', async () => {
    const ad = makeAd();
    const changed = makeAd({ title: '销售主管' });
    s.screener.findings.set(`${ad.adId}:${ad.title}`, [finding('cn-gender', 'high', 'discrimination')]);
    s.screener.findings.set(`${ad.adId}:${changed.title}`, [finding('cn-gender', 'medium', 'discrimination')]);
    await s.service.process(message(ad));
    const out = await s.service.process(message(changed, '2026-11-26T07:00:00.000Z'));
    expect(out).toMatchObject({ status: 'new-version', adVersion: 2 });
    const head = s.cases.heads.get(caseIdOf(ad.platform, ad.adId));
    expect(head).toMatchObject({ adVersion: 2, version: 2, maxSeverity: 'medium' });
    expect((await s.cases.getVersion(head?.caseId ?? '', 1))?.ad.title).toBe('销售专员');
  });

  it('records a clean re-submission of a flagged ad as a version, without a second case', async () => {
    const ad = makeAd();
    s.screener.findings.set(`${ad.adId}:${ad.title}`, [finding('cn-gender', 'high', 'discrimination')]);
    await s.service.process(message(ad));
    const out = await s.service.process(message(makeAd({ title: 'fixed' }), '2026-11-26T07:00:00.000Z'));
    expect(out.status).toBe('new-version');
    expect(s.cases.heads.size).toBe(1);
    expect(s.cases.heads.get(caseIdOf(ad.platform, ad.adId))?.maxSeverity).toBe('info');
    expect((await s.results.getResult(ad.platform, ad.adId))?.flagged).toBe(false);
  });

  it('reopens a dismissed case that is flagged again', async () => {
    const ad = makeAd();
    s.screener.findings.set(`${ad.adId}:${ad.title}`, [finding('cn-gender', 'high', 'discrimination')]);
    s.screener.findings.set(`${ad.adId}:v2`, [finding('cn-gender', 'high', 'discrimination')]);
    await s.service.process(message(ad));
    const id = caseIdOf(ad.platform, ad.adId);
    const head = s.cases.heads.get(id);
    if (head) s.cases.heads.set(id, { ...head, status: 'dismissed', version: head.version + 1 });
    await s.service.process(message(makeAd({ title: 'v2' }), '2026-11-26T07:00:00.000Z'));
    expect(s.cases.heads.get(id)?.status).toBe('open');
    expect((await s.cases.getVersion(id, 2))?.statusBefore).toBe('dismissed');
  });

  it('retries at once when a reviewer moved the case head between read and write', async () => {
    const ad = makeAd();
    s.screener.findings.set(`${ad.adId}:${ad.title}`, [finding('cn-gender', 'high', 'discrimination')]);
    s.screener.findings.set(`${ad.adId}:v2`, [finding('cn-gender', 'high', 'discrimination')]);
    await s.service.process(message(ad));
    const id = caseIdOf(ad.platform, ad.adId);
    const update = s.cases.updateCase.bind(s.cases);
    let raced = false;
    s.cases.updateCase = async (next, expected) => {
      const cur = s.cases.heads.get(id);
      if (!raced && cur) {
        raced = true; // a decision lands just before the worker's write
        s.cases.heads.set(id, { ...cur, status: 'confirmed', version: cur.version + 1 });
      }
      return update(next, expected);
    };
    const out = await s.service.process(message(makeAd({ title: 'v2' }), '2026-11-26T07:00:00.000Z'));
    expect(out).toMatchObject({ status: 'new-version', adVersion: 2 });
    expect(s.cases.heads.get(id)).toMatchObject({ status: 'confirmed', version: 3, adVersion: 2 });
  });

  it('ignores an older submission delivered after a newer one', async () => {
    await s.service.process(message(makeAd({ title: 'new' }), '2026-11-26T08:00:00.000Z'));
    const out = await s.service.process(message(makeAd({ title: 'old' }), '2026-11-26T07:00:00.000Z'));
    expect(out.status).toBe('stale');
    expect((await s.results.getResult('demo-platform-a', 'ad-1'))?.receivedAt).toBe('2026-11-26T08:00:00.000Z');
  });

  it('recovers after a crash between the case write and the result write: one case, one version, one alert', async () => {
    const ad = makeAd();
    s.screener.findings.set(`${ad.adId}:${ad.title}`, [finding('fraud-fee', 'critical', 'fraud')]);
    s.results.failNext = 1;
    await expect(s.service.process(message(ad))).rejects.toThrow('injected');
    const out = await s.service.process(message(ad));
    expect(out.status).toBe('opened');
    expect(s.cases.versions.size).toBe(1);
    expect(s.cases.heads.get(caseIdOf(ad.platform, ad.adId))?.version).toBe(1);
    expect(s.publisher.alerts).toHaveLength(1);
    expect((await s.service.process(message(ad))).status).toBe('duplicate');
    expect(s.publisher.alerts).toHaveLength(1);
  });

  it('re-publishes an alert whose publish failed (claim stays pending)', async () => {
    const ad = makeAd();
    s.screener.findings.set(`${ad.adId}:${ad.title}`, [finding('fraud-fee', 'high', 'fraud')]);
    s.publisher.failNext = 1;
    await expect(s.service.process(message(ad))).rejects.toThrow('injected publish');
    await s.service.process(message(ad));
    expect(s.publisher.alerts).toHaveLength(1);
    expect(s.publisher.alerts[0]).toMatchObject({
      category: 'fraud',
      severity: 'high',
      jurisdiction: '430102',
      reasons: ['fraud-fee'],
    });
  });

  it('does not alert on non-alerting or low-severity findings', async () => {
    const a = makeAd({ adId: 'a' });
    const b = makeAd({ adId: 'b' });
    s.screener.findings.set(`a:${a.title}`, [finding('cn-gender', 'critical', 'discrimination')]);
    s.screener.findings.set(`b:${b.title}`, [finding('fraud-fee', 'medium', 'fraud')]);
    await s.service.process(message(a));
    await s.service.process(message(b));
    expect(s.publisher.alerts).toHaveLength(0);
  });

  it('alerts once for an employer with 3 open cases (repeat offender)', async () => {
    for (const id of ['r1', 'r2', 'r3', 'r4']) {
      const ad = makeAd({ adId: id });
      s.screener.findings.set(`${id}:${ad.title}`, [finding('cn-gender', 'medium', 'discrimination')]);
      await s.service.process(message(ad));
    }
    expect(s.publisher.alerts.map((a) => a.adId)).toEqual(['r3', 'r4']);
    expect(s.publisher.alerts[0]?.reasons).toEqual(['repeat-offender']);
    expect(s.publisher.alerts[0]?.openCasesForEmployer).toBe(3);
  });
});

describe('parseMessage', () => {
  it('rejects a body that is not an envelope as a poison message', () => {
    expect(() => parseMessage('not json')).toThrow(PoisonMessageError);
    expect(() => parseMessage('{"v":2}')).toThrow(PoisonMessageError);
    const bad = { ...message(makeAd()), ad: { adId: 'x' } };
    expect(() => parseMessage(JSON.stringify(bad))).toThrow(/invalid ad/);
  });
  it('accepts a valid envelope', () => {
    expect(parseMessage(JSON.stringify(message(makeAd()))).ad.adId).toBe('ad-1');
  });
});
