import { describe, expect, it } from 'vitest';
import rule, { HYPE_HINT } from '#shared/rules/fraud/fraud-pay-hype.ts';
import { HYPE } from '#shared/rules/fraud/lexicons/hype.ts';
import { normalize } from '#shared/text/normalize.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    '重型货车司机，底薪+趟补，月入1-1.4万，五险',
    '销售代表：底薪4000元+个人业绩提成5%，月薪8000-12000元',
    '电话邀约家长参加课程体验，无经验可培训，底薪3500+高提成',
    '谨防“月入过万”“轻松赚钱”的招聘骗局，本公司不收取任何费用',
    '本公司不承诺月入过万，薪资按实际业绩核算',
    '店铺粉丝过万，负责日常运营和上新',
    '年销售额过亿的集团公司招聘会计',
    'Senior engineer, salary $120,000-$150,000 a year plus equity.',
    'Earn $18/hour plus tips; weekly pay.',
    'Beware of scams promising a six-figure income for no work.',
    'Uncapped commission on top of a £28,000 base salary.',
  ],
  invalid: [
    { ad: '销售顾问月薪过万+双休', spans: [{ text: '月薪过万' }] },
    { ad: '我们不在意你的学历，加入我们，月入过万不是梦', spans: [{ text: '月入过万' }] },
    { ad: '无需经验！全程带薪培训。只要勤快+坚持两个月=保证月入过万', spans: [{ text: '保证月入过万' }] },
    { ad: '只要你有上进心，轻松月收入过万', spans: [{ text: '轻松月收入过万' }] },
    { ad: '员工月收入均已过万，甚至有20-30万', spans: [{ text: '月收入均已过万' }] },
    { ad: '網絡銷售 網銷保底6k+輕鬆過萬', spans: [{ text: '輕鬆過萬' }], name: 'traditional' },
    { ad: '入行三年一定有车有房，这决不是梦', spans: [{ text: '有车有房，这决不是梦' }] },
    { ad: '主播月入1-5万元不是梦', spans: [{ text: '月入1-5万元不是梦' }] },
    { ad: 'Work from home and earn a six-figure income!', spans: [{ text: 'six-figure income' }] },
    {
      ad: 'Guaranteed income of $5,000 a month, financial freedom guaranteed.',
      spans: [{ text: 'Guaranteed income' }, { text: 'financial freedom' }],
    },
    {
      ad: 'Earn up to $1,500 per week from home, no experience needed.',
      spans: [{ text: 'Earn up to $1,500 per week' }],
    },
  ],
});

describe('the hint that gates the rule', () => {
  it('is in every wording the rule matches', () => {
    for (const e of HYPE) {
      expect(HYPE_HINT.test(normalize(e.example).text), e.example).toBe(true);
      // and in the pattern itself, so a new entry without a hint word fails here
      const re = new RegExp(e.pattern, 'g');
      for (const m of normalize(e.example).text.matchAll(re)) expect(HYPE_HINT.test(m[0]), m[0]).toBe(true);
    }
  });
});
