import { describe, expect, it } from 'vitest';
import { Engine, riskScore } from '#shared/engine/engine.ts';
import { buildPacks } from '#shared/rules/packs.ts';
import { defineRule, type Finding, type Rule } from '#shared/engine/types.ts';
import { validateAd } from '#shared/feed/schema.ts';

const meta = (id: string, category: Rule['meta']['category'] = 'discrimination'): Rule['meta'] => ({
  id,
  category,
  tags: ['cn.other'],
  severity: 'high',
  legalBasis: { CN: ['cn.equal'] },
  message: { zh: '测试', en: 'test' },
  suggestion: { zh: '改写', en: 'rewrite' },
  description: 'a rule used only by the engine tests',
});

const ad = (description: string, extra: Record<string, unknown> = {}) => {
  const v = validateAd({ platform: 'p', adId: 'a', title: '招聘', description, ...extra });
  if (!v.ok) throw new Error('bad ad');
  return v.ad;
};

const engineWith = (...rules: Rule[]) => new Engine({ packs: buildPacks(rules) });

describe('Engine', () => {
  it('maps hits on normalised text back to original offsets, with the legal basis of the jurisdiction', () => {
    const rule = defineRule({
      meta: meta('find-male'),
      check: (doc) => [...doc.matches(/限男性/g)].map((m) => ({ field: m.field, start: m.start, end: m.end })),
    });
    const description = '要求：限 男 性，能吃苦';
    const r = engineWith(rule).screen(ad(description));
    const f = r.findings[0] as Finding;
    expect(f.rule).toBe('find-male');
    expect(f.evidence).toEqual([{ field: 'description', start: 3, end: 8, excerpt: '限 男 性' }]);
    expect(description.slice(3, 8)).toBe('限 男 性');
    expect(f.legalBasis.length).toBeGreaterThan(0);
    expect(f.legalBasis.every((l) => l.jurisdiction === 'CN')).toBe(true);
    expect(r.riskScore).toBeGreaterThan(0);
    expect(r).toMatchObject({ platform: 'p', adId: 'a', language: 'zh', jurisdiction: 'CN' });
  });

  it('masks personal-data evidence', () => {
    const rule = defineRule({
      meta: meta('find-id', 'personal_data'),
      check: (doc) => [...doc.matches(/\d{17}[\dx]/g)].map((m) => ({ ...m, mask: 'id' as const })),
    });
    const r = engineWith(rule).screen(ad('身份证430102199003071234'));
    expect(r.findings[0]?.evidence[0]?.excerpt).toBe('430102********1234');
  });

  it('turns a rule that throws into a finding, never a pass', () => {
    const broken = defineRule({
      meta: meta('broken'),
      check: () => {
        throw new RangeError('boom');
      },
    });
    const r = engineWith(broken).screen(ad('anything'));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'broken', note: 'rule-error' });
    expect(r.findings[0]?.severity).not.toBe('info');
  });

  it('stops at the time budget and says so', () => {
    let t = 0;
    const slow = defineRule({
      meta: meta('slow'),
      check: () => {
        t += 1000;
        return [];
      },
    });
    const never = defineRule({ meta: meta('never'), check: () => [{ field: 'description', start: 0, end: 1 }] });
    const engine = new Engine({ packs: buildPacks([slow, never]), timeBudgetMs: 10, clock: () => t, warmUp: false });
    const r = engine.screen(ad('x'));
    expect(r.findings.map((f) => f.note)).toEqual(['time-budget']);
  });

  it('runs only the pack of the ad’s jurisdiction', () => {
    const usOnly = defineRule({
      meta: { ...meta('us-only'), legalBasis: { US: ['us.discrim'] } },
      check: () => [{ field: 'description', start: 0, end: 1 }],
    });
    const engine = engineWith(usOnly);
    expect(engine.screen(ad('x', { location: { country: 'CN' } })).findings).toEqual([]);
    expect(engine.screen(ad('x', { location: { country: 'US' } })).findings).toHaveLength(1);
  });

  it('scores risk from severity and confidence', () => {
    const f = (severity: Finding['severity'], confidence: number) => ({ severity, confidence }) as Finding;
    expect(riskScore([])).toBe(0);
    expect(riskScore([f('info', 1)])).toBe(0);
    expect(riskScore([f('critical', 1)])).toBeGreaterThan(riskScore([f('low', 1)]));
    expect(riskScore([f('high', 1), f('high', 1)])).toBeGreaterThan(riskScore([f('high', 1)]));
    expect(riskScore([f('critical', 1), f('critical', 1), f('critical', 1)])).toBeLessThanOrEqual(100);
  });
});
