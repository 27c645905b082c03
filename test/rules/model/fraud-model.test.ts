import { describe, expect, it } from 'vitest';
import rule from '#shared/rules/model/fraud-model.ts';
import { fraudModel } from '#shared/model/fraud-model.ts';
import { makeAd, screenWith, type AdCase } from '#test/helpers/rule-tester.ts';

const SCAM_ZH: AdCase = {
  title: '宝妈兼职 日结300',
  description: '手机在家就能做，给商家做任务返佣金，无需经验，名额有限！先交押金198元领取任务，加微信 kk88991 了解。',
  contact: { im: 'kk88991' },
  salary: { min: 300, max: 800, currency: 'CNY', period: 'day' },
  location: { country: 'CN', city: '郑州' },
  language: 'zh',
};
const LAWFUL_ZH: AdCase = {
  title: '会计',
  description:
    '岗位职责：1. 负责日常账务处理和凭证审核；2. 编制月度财务报表；3. 办理纳税申报。\n任职要求：会计专业大专以上，持初级会计证，两年以上经验。\n待遇：五险一金，双休，带薪年假。地址：郑州市金水区花园路88号',
  employer: { name: '郑州恒达商贸有限公司', creditCode: '91410105MA45HJ3C0U' },
  salary: { min: 6000, max: 8000, currency: 'CNY', period: 'month' },
  contact: { phone: '0371-65551234', name: '人力资源部' },
  location: { country: 'CN', city: '郑州' },
  language: 'zh',
};
const SCAM_EN: AdCase = {
  title: 'Package Handling Assistant - Work From Home - $900 weekly',
  description:
    'Receive packages at your home, inspect them and reship them with the prepaid labels we send. No experience needed! A starter kit fee of $89 is refundable after your first paycheck. Text our hiring manager on Telegram to start immediately!!!',
  contact: { email: 'hiring.manager77@gmail.com' },
  location: { country: 'US', remote: true },
  language: 'en',
};
const LAWFUL_EN: AdCase = {
  title: 'Staff Accountant',
  description:
    "Northwind Foods is hiring a Staff Accountant. You will prepare journal entries, reconcile accounts and support month-end close. Requirements: bachelor's degree in accounting and 2+ years of experience. We offer medical, dental and vision coverage and a 401(k) match.",
  employer: { name: 'Northwind Foods Inc.' },
  salary: { min: 58000, max: 70000, currency: 'USD', period: 'year' },
  contact: { email: 'careers@northwindfoods.com' },
  location: { country: 'US', city: 'Columbus' },
  language: 'en',
};

const finding = (c: AdCase) => screenWith(rule, c).findings.find((f) => f.rule === 'fraud-model');

describe('fraud-model', () => {
  for (const [name, c] of [
    ['a Chinese task-scam ad', SCAM_ZH],
    ['an English reshipping scam', SCAM_EN],
  ] as const) {
    it(`flags ${name} with an explained, bounded finding`, () => {
      const f = finding(c);
      expect(f, 'expected a finding').toBeDefined();
      expect(f?.category).toBe('fraud');
      expect(['medium', 'high']).toContain(f?.severity);
      expect(f?.confidence).toBeGreaterThanOrEqual(Math.floor(fraudModel().threshold * 100) / 100);
      expect(f?.note).toMatch(new RegExp(`^model ${fraudModel().version} p=[01]\\.\\d\\d; drivers: .+\\(\\+\\d`));
      expect(f?.legalBasis.length).toBeGreaterThan(0);
      const ad = makeAd(c) as unknown as Record<string, unknown>;
      expect(f?.evidence.length).toBeGreaterThan(0);
      for (const e of f?.evidence ?? []) {
        const text = String(e.field.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], ad));
        expect(text.slice(e.start, e.end)).toBe(e.excerpt);
      }
    });
  }

  for (const [name, c] of [
    ['a complete Chinese ad with employer, duties and realistic pay', LAWFUL_ZH],
    ['a complete English ad', LAWFUL_EN],
  ] as const) {
    it(`leaves alone ${name}`, () => {
      expect(finding(c)).toBeUndefined();
    });
  }

  it('abstains on an ad with too few words to judge', () => {
    expect(finding({ title: '招聘', description: '男女不限', location: { country: 'CN' } })).toBeUndefined();
    expect(
      finding({ title: '招聘', description: '日结', contact: { im: 'wx1' }, location: { country: 'CN' } }),
    ).toBeUndefined();
  });

  it('is never critical: medium, or high only at very high probability', () => {
    const extreme: AdCase = {
      ...(SCAM_ZH as object),
      description: `${(SCAM_ZH as { description: string }).description} 刷单返现，日赚500，交押金，入会费，加微信！！！`,
    };
    for (const c of [SCAM_ZH, SCAM_EN, extreme]) {
      const f = finding(c);
      expect(f).toBeDefined();
      const high = (f?.confidence ?? 0) >= fraudModel().highAt;
      expect(f?.severity).toBe(high ? 'high' : 'medium');
    }
  });
});
