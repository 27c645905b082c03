import { beforeEach, describe, expect, it } from 'vitest';
import { AlertService } from '#shared/pipeline/alerts.ts';
import { caseIdOf } from '#shared/pipeline/keys.ts';
import { MAX_LINKED_ADS, SignalLinker } from '#shared/pipeline/linking.ts';
import { ScreeningService } from '#shared/pipeline/screening.ts';
import { CrossAdSignals, MemorySignalStore, SHARED_CONTACT } from '#shared/signals/index.ts';
import {
  FakeScreener,
  finding,
  MemoryCases,
  MemoryInbox,
  MemoryLedger,
  MemoryPublisher,
  MemoryResults,
  makeAd,
  message,
} from '#test/pipeline/fakes.ts';

const tags: Record<string, string[]> = { 'fraud-fee': ['fraud.fee'] };
const PHONE = '13912345678';

function setup(maxAds?: number, maxPerCase?: number) {
  const screener = new FakeScreener();
  const results = new MemoryResults();
  const cases = new MemoryCases();
  const publisher = new MemoryPublisher();
  const inbox = new MemoryInbox();
  const alerts = new AlertService({ cases, ledger: new MemoryLedger(), publisher, tagsOf: (r) => tags[r] ?? [] });
  let t = Date.parse('2026-11-26T07:00:00Z');
  const service = new ScreeningService({
    engine: screener,
    results,
    cases,
    alerts,
    signals: new CrossAdSignals(new MemorySignalStore()),
    linker: new SignalLinker({
      results,
      cases,
      inbox,
      ...(maxAds === undefined ? {} : { maxAds }),
      ...(maxPerCase === undefined ? {} : { maxPerCase }),
    }),
    clock: () => {
      t += 1000;
      return new Date(t);
    },
  });
  return { screener, results, cases, publisher, inbox, service };
}

/** An ad of its own employer and city with the shared phone; the engine finds nothing in it. */
const ringAd = (adId: string, employer: string, regionCode = '430104', platform = 'demo-platform-a') =>
  makeAd({
    platform,
    adId,
    description: '负责仓库货物收发与盘点。',
    employer: { name: employer },
    location: { country: 'CN', city: 'x', regionCode },
    contact: { name: '人事部', phone: PHONE },
  });
const at = (minute: number) => `2026-11-26T06:${String(minute).padStart(2, '0')}:00.000Z`;

describe('signals reach the earlier ads', () => {
  let s: ReturnType<typeof setup>;
  beforeEach(() => {
    s = setup();
  });

  it('gives a clean earlier ad the finding, a result naming the later ad, and a case in its own region', async () => {
    const a = ringAd('a', '甲公司', '430104');
    const b = ringAd('b', '乙公司', '320505', 'demo-platform-b');
    expect((await s.service.process(message(a, at(1)))).status).toBe('clean');
    const out = await s.service.process(message(b, at(2)));
    expect(out).toMatchObject({ status: 'opened', linked: { updated: 1, skipped: 0 } });

    const ra = await s.results.getResult(a.platform, a.adId);
    expect(ra?.flagged).toBe(true);
    expect(ra?.caseId).toBe(caseIdOf(a.platform, a.adId));
    const f = ra?.findings.find((x) => x.rule === SHARED_CONTACT);
    expect(f?.note).toContain('demo-platform-b:b');
    expect(f?.evidence).toEqual([{ field: 'contact.phone', start: 0, end: 11, excerpt: expect.stringMatching(/\*/) }]);
    expect(ra?.riskScore).toBeGreaterThan(0);
    expect(ra?.links?.map((l) => l.key)).toEqual([`${SHARED_CONTACT}|demo-platform-b:b`]);

    const head = s.cases.heads.get(caseIdOf(a.platform, a.adId));
    expect(head).toMatchObject({
      status: 'open',
      regionCode: '430104',
      maxSeverity: 'medium',
      categories: ['fraud'],
      rules: [SHARED_CONTACT],
      version: 1,
      adVersion: 0,
      contentHash: ra?.contentHash,
    });
    expect(head?.linked?.map((l) => [l.by, l.version, l.finding.rule])).toEqual([
      ['demo-platform-b:b', 1, SHARED_CONTACT],
    ]);
    // no screened version was written for A, and the medium finding alerted nobody
    expect([...s.cases.versions.keys()].filter((k) => k.startsWith(caseIdOf(a.platform, a.adId)))).toEqual([]);
    expect(s.publisher.alerts).toEqual([]);
    // B's own result names A
    const rb = await s.results.getResult(b.platform, b.adId);
    expect(rb?.findings.find((x) => x.rule === SHARED_CONTACT)?.note).toContain('demo-platform-a:a');
  });

  it('a replay of the later ad (crash before its result, then a redelivery) changes nothing', async () => {
    const a = ringAd('a', '甲公司');
    const b = ringAd('b', '乙公司');
    await s.service.process(message(a, at(1)));
    await s.service.process(message(b, at(2)));
    const headA = structuredClone(s.cases.heads.get(caseIdOf(a.platform, a.adId)));
    const resultA = await s.results.getResult(a.platform, a.adId);
    s.results.items.delete(`${b.platform}#${b.adId}`);
    const again = await s.service.process(message(b, at(2)));
    expect(again.linked).toEqual({ updated: 0, skipped: 1 });
    expect((await s.service.process(message(b, at(2)))).status).toBe('duplicate');
    expect(s.cases.heads.get(caseIdOf(a.platform, a.adId))).toEqual(headA);
    expect(await s.results.getResult(a.platform, a.adId)).toEqual(resultA);
  });

  it('appends to an existing case without a new ad version, keeping its severity and status', async () => {
    const a = ringAd('a', '甲公司');
    s.screener.findings.set(`${a.adId}:${a.title}`, [finding('fraud-fee', 'high', 'fraud')]);
    await s.service.process(message(a, at(1)));
    const caseId = caseIdOf(a.platform, a.adId);
    expect(s.cases.heads.get(caseId)).toMatchObject({ version: 1, adVersion: 1, maxSeverity: 'high' });
    await s.service.process(message(ringAd('b', '乙公司'), at(2)));
    const head = s.cases.heads.get(caseId);
    expect(head).toMatchObject({ version: 2, adVersion: 1, maxSeverity: 'high', status: 'open' });
    expect(head?.rules.sort()).toEqual(['fraud-fee', SHARED_CONTACT].sort());
    expect(head?.linked).toHaveLength(1);
    expect([...s.cases.versions.keys()].filter((k) => k.startsWith(caseId))).toHaveLength(1);
    const ra = await s.results.getResult(a.platform, a.adId);
    expect(ra?.findings.map((f) => f.rule)).toEqual(['fraud-fee', SHARED_CONTACT]);
    expect(ra?.adVersion).toBe(1);
    // a new content version of A later keeps the linked history on the head
    await s.service.process(message({ ...a, title: '仓库理货员（急招）' }, at(3)));
    expect(s.cases.heads.get(caseId)).toMatchObject({ adVersion: 2 });
    expect(s.cases.heads.get(caseId)?.linked).toHaveLength(1);
  });

  it(`updates at most ${MAX_LINKED_ADS} earlier ads per new ad, the most recently received first`, async () => {
    for (let i = 0; i < 25; i++) await s.service.process(message(ringAd(`e${i}`, `公司${i}`), at(10 + i)));
    s.cases.heads.clear();
    for (const r of s.results.items.values()) {
      r.links = [];
      r.findings = [];
      delete r.caseId;
    }
    const out = await s.service.process(message(ringAd('late', '迟到公司'), at(59)));
    expect(out.linked?.updated).toBe(MAX_LINKED_ADS);
    const linked = [...s.cases.heads.values()].filter((h) => h.linked?.some((l) => l.by === 'demo-platform-a:late'));
    expect(linked.map((h) => h.adId).sort()).toEqual(
      Array.from({ length: MAX_LINKED_ADS }, (_, i) => `e${24 - i}`).sort(),
    );
  });

  it('keeps at most maxPerCase links on one case head and one result', async () => {
    s = setup(undefined, 2);
    const a = ringAd('a', '甲公司');
    await s.service.process(message(a, at(1)));
    for (let i = 0; i < 4; i++) await s.service.process(message(ringAd(`l${i}`, `公司${i}`), at(2 + i)));
    expect(s.cases.heads.get(caseIdOf(a.platform, a.adId))?.linkKeys).toHaveLength(2);
    expect((await s.results.getResult(a.platform, a.adId))?.links).toHaveLength(2);
  });

  it('leaves a link for an earlier ad whose result is not stored yet, applied right after it is stored', async () => {
    const linker = new SignalLinker({ results: s.results, cases: s.cases, inbox: s.inbox });
    const ghost = ringAd('ghost', '甲公司');
    const link = {
      rule: SHARED_CONTACT,
      earlier: {
        platform: ghost.platform,
        adId: ghost.adId,
        employer: 'name:甲',
        at: at(1),
        ev: { field: 'contact.phone', start: 0, end: 11, excerpt: '139******78' },
      },
      by: { platform: 'demo-platform-b', adId: 'b' },
    } as const;
    // the ghost is being screened: no result yet, so the link waits in its inbox
    expect(await linker.propagate([link], at(2))).toEqual({ updated: 0, skipped: 1 });
    expect(s.cases.heads.size).toBe(0);
    expect((await s.inbox.pending(ghost.platform, ghost.adId)).map((e) => e.by)).toEqual(['demo-platform-b:b']);
    // its own screening found nobody (b was recorded after its look-up); storing its result applies the link
    const out = await s.service.process(message(ghost, at(1)));
    expect(out.status).toBe('clean');
    const r = await s.results.getResult(ghost.platform, ghost.adId);
    expect(r?.flagged).toBe(true);
    expect(r?.findings.find((f) => f.rule === SHARED_CONTACT)?.note).toContain('demo-platform-b:b');
    expect(s.cases.heads.get(caseIdOf(ghost.platform, ghost.adId))?.linkKeys).toEqual([
      `${SHARED_CONTACT}|demo-platform-b:b`,
    ]);
    // a redelivery drains the inbox again and changes nothing
    const before = structuredClone(s.cases.heads.get(caseIdOf(ghost.platform, ghost.adId)));
    expect((await s.service.process(message(ghost, at(1)))).status).toBe('duplicate');
    expect(s.cases.heads.get(caseIdOf(ghost.platform, ghost.adId))).toEqual(before);
  });

  it('a crash between storing the result and reading the inbox is mended by the redelivery', async () => {
    const ghost = ringAd('ghost', '甲公司');
    await s.service.process(message(ghost, at(1)));
    // a later ad's link arrived in the inbox while the ghost's worker crashed before reading it
    await s.inbox.leave(ghost.platform, ghost.adId, {
      key: `${SHARED_CONTACT}|demo-platform-b:b`,
      rule: SHARED_CONTACT,
      by: 'demo-platform-b:b',
      at: at(2),
      contactKind: 'phone',
    });
    expect((await s.results.getResult(ghost.platform, ghost.adId))?.flagged).toBe(false);
    expect((await s.service.process(message(ghost, at(1)))).status).toBe('duplicate');
    expect((await s.results.getResult(ghost.platform, ghost.adId))?.flagged).toBe(true);
  });
});
