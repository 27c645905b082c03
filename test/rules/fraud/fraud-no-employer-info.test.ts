import { describe, expect, it } from 'vitest';
import rule from '#shared/rules/fraud/fraud-no-employer-info.ts';
import { ruleTester, screenWith } from '#test/helpers/rule-tester.ts';

const JOB = '招聘服务员：负责点单、传菜、收拾餐桌，月薪4500，包吃住';

ruleTester(rule, {
  valid: [
    // a real profile, however short
    { description: JOB, employer: { profile: '连锁火锅店，本市有8家门店，营业十年' } },
    // "介绍" without any negation: a referral bonus, not a missing description
    { description: JOB, employer: { profile: '老员工介绍新人入职有奖励' } },
    // no introduction FEE is a promise about charges, not a missing description
    { description: JOB, employer: { profile: '正规企业，没有介绍费，无需介绍人' } },
    // a long real profile that mentions an introduction it has not yet written for a new branch
    {
      description: JOB,
      employer: {
        profile:
          '本公司成立于2009年，是一家以中式快餐为主的连锁餐饮企业，在华南地区共有门店三十余家，员工一千余人。新开的东区门店暂无介绍页面，总部地址：广州市天河区某路18号。',
      },
    },
    // placeholder profile, but the ad itself describes the employer
    {
      description: `我公司成立于2012年，主营社区生鲜配送。${JOB}`,
      employer: { profile: '该企业暂未填写公司简介' },
    },
    // no profile at all: other rules judge whether the employer is identified
    { description: JOB },
  ],
  invalid: [
    {
      ad: { description: JOB, employer: { profile: '该企业暂未填写公司简介' } },
      spans: [{ text: '暂未填写公司简介', field: 'employer.profile' }],
    },
    {
      ad: { description: JOB, employer: { profile: '负责人太忙，没空写公司介绍，欢迎来电' } },
      spans: [{ text: '没空写公司介绍', field: 'employer.profile' }],
      name: 'nobody had time to write one',
    },
    {
      ad: { description: JOB, employer: { profile: '我们的实力不用多介绍，来了就知道' } },
      spans: [{ text: '不用多介绍', field: 'employer.profile' }],
      name: 'needs no introduction',
    },
    {
      ad: { description: JOB, employer: { profile: '本职位由店长用手机招聘App发布' } },
      spans: [{ text: '用手机招聘App发布', field: 'employer.profile' }],
      name: 'only says which app posted it',
    },
  ],
});

describe('fraud-no-employer-info severity', () => {
  it('is a low-severity signal citing the employer-basics requirement', () => {
    const res = screenWith(rule, { description: JOB, employer: { profile: '暂无简介' } });
    const f = res.findings.find((x) => x.rule === 'fraud-no-employer-info');
    expect(f?.severity).toBe('low');
    expect(f?.legalBasis.map((b) => b.law)).toContain('人力资源市场暂行条例');
    expect(JSON.stringify(f?.legalBasis)).toContain('employer basics');
  });
});
