import rule from '#shared/rules/fraud/fraud-training-loan.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    '岗前培训3天（带薪），培训费用由公司承担',
    '信贷专员：负责个人贷款业务的客户开发，入职有系统培训',
    'Paid training provided. Tuition reimbursement available after 6 months.',
    'Auto finance manager: arrange customer financing; prior dealership experience required.',
    '带薪培训一个月，培训期间工资照发',
    '汽车销售顾问：负责车辆销售及分期贷款业务办理，入职有带薪技术培训',
    'Paid training program; the sign-on bonus must be repaid if you leave within a year.',
  ],
  invalid: [
    {
      ad: '通过面试后参加4个月实训，学费16800元，可通过合作金融平台分期，入职后从工资扣除',
      spans: [{ text: '学费' }, { text: '分期' }],
    },
    { ad: '先培訓後上崗：培訓費9800元，可辦理培訓貸', spans: [{ text: '培訓貸' }], name: 'traditional' },
    {
      ad: 'Complete our bootcamp ($5,900). Tuition is financed through our lending partner and deducted from your paycheck.',
      spans: [{ text: 'bootcamp' }, { text: 'financed through' }],
    },
    { ad: '入职前需参加付费培训，学费可办理分期，先上课后付款', spans: [{ text: '付费培训' }] },
  ],
});
