import rule from '#shared/rules/fraud/fraud-invalid-employer.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

// 91110108MA01XY3Q5? — check characters computed with the GB 32100-2015 weights (see test/fraud/credit-code.test.ts)
const VALID = '91350206MA33C8RT1D';
const BAD = '91350206MA33C8RT1E';

ruleTester(rule, {
  valid: [
    { description: '岗位职责：负责设备维护。', employer: { name: '厦门某某科技有限公司', creditCode: VALID } },
    {
      description: '民办幼儿园招聘带班教师，负责日常教学。',
      employer: { name: '某某幼儿园', creditCode: '524101057K2C8N1X1N' },
    },
    { description: '招聘仓管员，负责出入库登记。', employer: { name: '某某商贸', creditCode: '330106000123456' } },
    {
      title: 'Warehouse Associate',
      description: 'Amazon fulfilment centre: pick, pack and ship orders.',
      employer: { name: 'Amazon' },
      contact: { email: 'hiring@amazon.com' },
      country: 'US',
    },
    'We are a regional CPA firm. Responsibilities: manage the AP ledger, reconcile vendor statements, support month-end close and audits. Requirements: 2+ years AP experience.',
    {
      description: '岗位职责：负责医院耗材推广。简历请投 bokang_hr@126.com',
      employer: { name: '济南某某医疗器械有限公司' },
      contact: { email: 'bokang_hr@126.com' },
    },
  ],
  invalid: [
    {
      ad: { description: `公司统一社会信用代码：${BAD}，招聘普工`, employer: { name: '某某公司', creditCode: BAD } },
      spans: [{ text: BAD }],
    },
    { ad: { title: '急招', description: '日结200，来了就上班，电话联系' }, spans: [{ field: 'title', text: '急招' }] },
    {
      ad: {
        title: 'Remote Support',
        description: 'Amazon is hiring remote support associates; onboarding by our HR team.',
        employer: { name: 'Amazon' },
        contact: { email: 'amazon.hr.team@gmail.com' },
        country: 'US',
      },
      spans: [{ field: 'contact.email', text: 'amazon.hr.team@gmail.com' }],
    },
    {
      ad: {
        title: 'Customer Support',
        description: 'We are a Fortune 500 company hiring remote support staff.',
        employer: { name: 'Global Services Group' },
        contact: { email: 'globalservices.hiring@gmail.com' },
        country: 'US',
      },
      spans: [{ text: 'Fortune 500' }, { field: 'contact.email', text: 'globalservices.hiring@gmail.com' }],
    },
  ],
});
