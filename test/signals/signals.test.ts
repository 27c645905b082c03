import { describe, expect, it } from 'vitest';
import { Engine, riskScore } from '#shared/engine/engine.ts';
import { type AdInput, validateAd } from '#shared/feed/schema.ts';
import { CrossAdSignals, MemorySignalStore, NEAR_DUPLICATE, SHARED_CONTACT } from '#shared/signals/index.ts';

const engine = new Engine();
const screen = (a: Partial<AdInput> & { adId: string }) => {
  const v = validateAd({
    platform: 'p',
    title: '仓库管理员',
    description: '负责仓库出入库',
    location: { country: 'CN' },
    ...a,
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return { ad: v.ad, result: engine.screen(v.ad) };
};
const TEXT =
  '招聘仓库管理员，负责货物出入库登记与盘点，使用系统维护库存数据，配合物流安排发货。要求中专以上学历，会使用电脑，有叉车证优先。待遇五险一金，双休，带薪年假，月薪五千到七千元。';
const find = (s: { result: { findings: { rule: string }[] } }, rule: string) =>
  s.result.findings.find((f) => f.rule === rule) as (typeof s.result.findings)[number] & {
    note?: string;
    evidence: { excerpt: string; field: string }[];
    category: string;
    severity: string;
  };

describe('CrossAdSignals', () => {
  it('flags every ad whose phone sits behind another employer, naming the other ads by id, masked', async () => {
    const batch = [
      screen({ adId: 'a1', employer: { name: '甲公司' }, contact: { phone: '13812345678' } }),
      screen({ adId: 'a2', employer: { name: '乙公司' }, description: '联系 138 1234 5678' }),
      screen({ adId: 'a3', employer: { name: '丙公司' }, contact: { phone: '0371-66668888' } }),
    ];
    const { outside } = await new CrossAdSignals(new MemorySignalStore()).apply(batch);
    expect(outside).toEqual([]);
    const [a1, a2, a3] = batch.map((b) => find(b, SHARED_CONTACT));
    expect(a1?.category).toBe('fraud');
    expect(a1?.severity).toBe('medium');
    expect(a1?.note).toContain('p:a2');
    expect(a2?.note).toContain('p:a1');
    expect(a3).toBeUndefined();
    for (const f of [a1, a2]) {
      expect(f?.note).not.toMatch(/1234\s?5678/);
      for (const e of f?.evidence ?? []) expect(e.excerpt).not.toMatch(/1234\s?5678/);
    }
    expect(batch[0]?.result.riskScore).toBe(riskScore(batch[0]?.result.findings ?? []));
    expect(batch[0]?.result.riskScore).toBeGreaterThan(0);
  });

  it('leaves alone one employer reusing its own contact and text', async () => {
    const batch = [
      screen({ adId: 'b1', employer: { name: '甲公司' }, contact: { phone: '13812345678' }, description: TEXT }),
      screen({ adId: 'b2', employer: { name: '甲有限公司' }, contact: { phone: '13812345678' }, description: TEXT }),
    ];
    await new CrossAdSignals(new MemorySignalStore()).apply(batch);
    for (const b of batch) expect(b.result.findings.filter((f) => f.rule.startsWith('signal-'))).toEqual([]);
  });

  it('flags near-duplicate texts posted under different employers, on both ads', async () => {
    const batch = [
      screen({ adId: 'c1', employer: { name: '甲公司' }, description: TEXT }),
      screen({ adId: 'c2', employer: { name: '乙公司' }, description: TEXT.replace('双休', '单休') }),
      screen({
        adId: 'c3',
        employer: { name: '丙公司' },
        description: '诚聘前端开发工程师，负责网页开发与性能优化，要求三年以上经验和本科学历，提供五险一金。'.repeat(2),
      }),
    ];
    await new CrossAdSignals(new MemorySignalStore()).apply(batch);
    expect(find(batch[0] as never, NEAR_DUPLICATE)?.note).toContain('p:c2');
    expect(find(batch[1] as never, NEAR_DUPLICATE)?.note).toContain('p:c1');
    expect(find(batch[2] as never, NEAR_DUPLICATE)).toBeUndefined();
  });

  it('links to ads of earlier batches through the store and reports them as outside', async () => {
    const store = new MemorySignalStore();
    const signals = new CrossAdSignals(store);
    await signals.apply([screen({ adId: 'd1', employer: { name: '甲公司' }, contact: { im: 'wx_kk88991' } })]);
    const later = screen({ adId: 'd2', employer: { name: '乙公司' }, contact: { im: 'wx_kk88991' } });
    const { outside } = await signals.apply([later]);
    expect(outside.map((o) => o.adId)).toEqual(['d1']);
    expect(find(later, SHARED_CONTACT)?.note).toContain('p:d1');
  });
});
