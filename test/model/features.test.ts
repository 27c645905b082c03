import { describe, expect, it } from 'vitest';
import { validateAd, type AdInput } from '#shared/feed/schema.ts';
import { AdDocument } from '#shared/text/document.ts';
import { extractFeatures } from '#shared/model/features.ts';

const doc = (ad: Partial<AdInput>) => {
  const v = validateAd({ platform: 'test', adId: 'f-1', title: '招聘', description: '招聘', ...ad });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return new AdDocument(v.ad);
};
const names = (ad: Partial<AdInput>) => [...extractFeatures(doc(ad)).values.keys()];

describe('extractFeatures', () => {
  it('turns Chinese words and title words into features', () => {
    const f = names({ title: '线上兼职', description: '帮商家做任务，缴纳押金', language: 'zh' });
    expect(f).toContain('z:押金');
    expect(f).toContain('t:兼职');
    expect(f).toContain('s:lang-zh');
  });

  it('turns English words into Porter stems', () => {
    const f = names({ title: 'Shipping assistant', description: 'Reshipping packages from home', language: 'en' });
    expect(f).toContain('e:packag');
    expect(f).toContain('e:reship');
  });

  it('never keeps a number: digits become their shape, pure numbers are dropped', () => {
    const f = names({ description: '联系电话13812345678，月薪8000元', language: 'zh' });
    const body = (k: string) => k.slice(k.indexOf(':') + 1);
    expect(f.filter((k) => /\d/.test(body(k)))).toEqual([]);
    const g = names({ description: 'Call 5551234 or text ab12345cd', language: 'en' });
    expect(g.filter((k) => /\d/.test(body(k)))).toEqual([]);
  });

  it('records where a feature shows only when asked, in normalised offsets', () => {
    const d = doc({ description: '入职需交押金５００元', language: 'zh' });
    expect(extractFeatures(d).spans.size).toBe(0);
    const s = extractFeatures(d, { spans: true }).spans.get('z:押金');
    expect(s && d.text('description').slice(s.start, s.end)).toBe('押金');
  });

  it('flags private IM as the only contact, personal webmail and a bad credit code', () => {
    expect(names({ contact: { im: 'wx123456' } })).toContain('s:im-only');
    expect(names({ contact: { im: 'wx123456', phone: '0371-66668888' } })).not.toContain('s:im-only');
    expect(names({ contact: { email: 'hr.team@gmail.com' } })).toContain('s:free-mail');
    expect(names({ contact: { email: 'hr@company.com.cn' } })).not.toContain('s:free-mail');
    expect(names({ employer: { creditCode: '91130108MA0FXA3W9V' } })).toContain('s:credit-code-invalid');
  });

  it('marks items the 2026 notice requires only when the ad does not state them', () => {
    const bare = names({ description: '高薪，日结，详情私聊', language: 'zh' });
    expect(bare).toEqual(expect.arrayContaining(['s:missing-duties', 's:missing-requirements', 's:no-employer']));
    const full = names({
      description: '岗位职责：负责仓库出入库。任职要求：中专以上学历。招聘3名。地址：郑州经开区',
      employer: { name: '郑州恒达物流有限公司' },
      location: { country: 'CN', city: '郑州' },
      language: 'zh',
    });
    for (const k of [
      's:missing-duties',
      's:missing-requirements',
      's:missing-headcount',
      's:missing-location',
      's:no-employer',
    ])
      expect(full).not.toContain(k);
  });

  it('flags pay far above the market on a monthly basis', () => {
    const day = { min: 1500, max: 2000, currency: 'CNY', period: 'day' as const };
    expect(names({ salary: day })).toContain('s:pay-very-high');
    expect(names({ salary: { min: 6000, max: 8000, currency: 'CNY', period: 'month' } })).not.toContain(
      's:pay-very-high',
    );
  });

  it('reads only the head of a megabyte field, in bounded time', () => {
    const t = performance.now();
    extractFeatures(doc({ description: '1'.repeat(1_000_000), language: 'zh' }));
    extractFeatures(doc({ description: 'a '.repeat(500_000), language: 'en' }));
    expect(performance.now() - t).toBeLessThan(2_000);
  });
});
