import { describe, expect, it } from 'vitest';
import rule from '#shared/rules/fraud/fraud-agency-as-employer.ts';
import { ruleTester, screenWith } from '#test/helpers/rule-tester.ts';

const AGENCY = {
  name: '某某人力资源有限公司',
  profile: '本公司主营劳务派遣、职业介绍和招聘外包，服务珠三角数百家工厂。',
};
const JOB = '岗位：普工、质检、包装。18-45岁，长白班，综合月薪5000-6000元，包吃住。';

ruleTester(rule, {
  valid: [
    // a factory hiring directly in its own name
    {
      title: '电子厂直招普工',
      description: `本厂直招，不是中介。${JOB}`,
      employer: { name: '某某电子科技有限公司', profile: '专业生产手机外壳的电子厂，员工800人。' },
    },
    // an agency ad that names its role and its client
    { title: '普工', description: `本公司受某某电子有限公司委托招聘，公司直聘岗位。${JOB}`, employer: AGENCY },
    // an agency ad stating the dispatch arrangement
    { title: '普工', description: `派遣制，用工单位为某某电子，直招无中间环节。${JOB}`, employer: AGENCY },
    // an agency hiring its own recruiter
    {
      title: '招聘专员 公司直聘',
      description: '负责发布职位、邀约面试、办理入职，底薪4000+提成。',
      employer: AGENCY,
    },
    // an agency ad that claims nothing about direct hiring
    { title: '普工', description: JOB, employer: AGENCY },
    // 无中介费 promises no agency fee; it does not claim there is no agency
    { title: '普工', description: `无中介费，当天入职。${JOB}`, employer: AGENCY },
    // 非直招 is a disclosure, not a claim
    { title: '普工', description: `非直招，详情电话咨询。${JOB}`, employer: { name: '某某劳务有限公司' } },
  ],
  invalid: [
    {
      ad: { title: '电子厂直招普工', description: JOB, employer: AGENCY },
      spans: [{ text: '直招', field: 'title' }],
    },
    {
      ad: { title: '普工', description: `公司直聘，不是中介！${JOB}`, employer: { name: '某某劳务有限公司' } },
      spans: [{ text: '公司直聘' }],
      name: 'agency named only in the employer name',
    },
    {
      ad: {
        title: '仓库分拣员',
        description: `没有中介，当天面试当天上班。${JOB}`,
        employer: { profile: '我们是一家人力资源服务企业，为物流企业提供人才派遣。' },
      },
      spans: [{ text: '没有中介' }],
      name: 'agency named only in the profile',
    },
  ],
});

describe('fraud-agency-as-employer severity', () => {
  it('is medium and cites the agency false-information duty', () => {
    const res = screenWith(rule, { title: '工厂直招', description: JOB, employer: AGENCY });
    const f = res.findings.find((x) => x.rule === 'fraud-agency-as-employer');
    expect(f?.severity).toBe('medium');
    expect(f?.legalBasis.map((b) => b.law)).toContain('就业促进法');
  });
});
