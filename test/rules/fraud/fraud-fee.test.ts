import rule from '#shared/rules/fraud/fraud-fee.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    '本公司招聘不收取任何费用，工作服免费发放',
    '入职体检由公司统一安排，体检费用由公司承担',
    '我司不收取任何押金、会员费、资料费，谨防上当',
    '健康证办理费用入职后全额报销',
    '押金：无。包吃住，月薪5500-6500元',
    'We never charge a registration fee or ask you to buy equipment.',
    'Uniforms are provided free of charge; the background check fee is covered by the company.',
    'Tuition reimbursement up to $5,250 a year.',
    '负责收取租车押金和客户定金，做好台账',
    '物业客服：负责收取物业管理费，处理业主报修',
    '员工宿舍自愿入住，住宿费每月100元，水电自理',
    '违反保密协议须支付违约金',
    'You will collect application fees from customers at the front desk and issue receipts.',
    'We reimburse certification fees up to $500 after you pass.',
    'Application fee waived for all candidates.',
    '公司直招，不收任何费用，没有任何押金，不压身份证',
    'Recruitment Consultant: manage candidates and clients; we never charge candidates any fee.',
    '公司提供车辆，负责货物配送，月薪7000-9000，不收押金',
    '提供租房押金补贴500元，另有交通补助',
    '健康证需自行办理（餐饮岗位法定要求），入职后报销',
    'Post-offer background check, paid for by the company.',
  ],
  invalid: [
    { ad: '入职需交：厂服费150元、住宿押金200元', spans: [{ text: '厂服费' }, { text: '押金' }] },
    { ad: '面试不收取任何费用，入职时需缴纳保证金500元', spans: [{ text: '保证金' }] },
    { ad: '報名需先交報名費100元（含資料費）', spans: [{ text: '報名費' }], name: 'traditional characters' },
    { ad: '入职需交 押 金 300 元', spans: [{ text: '押 金' }], name: 'spaces inserted inside the word' },
    { ad: '体检费120元，须到公司指定医院', spans: [{ text: '体检费' }] },
    {
      ad: 'To be scheduled, candidates must first pay an $85 processing fee via Zelle.',
      spans: [{ text: 'processing fee' }],
    },
    { ad: 'A GBP 300 registration fee is payable before your first shift.', spans: [{ text: 'registration fee' }] },
    { ad: 'Purchase your $149 starter kit to begin.', spans: [{ text: 'starter kit' }] },
    { ad: '入职先交工装押金100元', spans: [{ text: '工装押金' }] },
    { ad: '新员工需自费购买工作服，入职扣除', spans: [{ text: '自费购买工作服' }] },
    {
      ad: '到财务处缴纳押金500元后安排上岗',
      spans: [{ text: '押金' }],
      name: 'paid to the finance office is still a deposit',
    },
    { ad: '入職需交納保證金３００元', spans: [{ text: '保證金' }], name: 'traditional and full-width digits' },
    { ad: '招货运司机：新能源货车租赁方案，押金1万、租金2800起租', spans: [{ text: '押金' }, { text: '租金2' }] },
    {
      ad: 'Before training you must purchase our $89 software license.',
      spans: [{ text: 'purchase our $89 software' }],
    },
    { ad: '签约平面模特，需交拍摄费及形象设计费共3980元', spans: [{ text: '拍摄费' }, { text: '形象设计费' }] },
    { ad: '入职前到公司指定医院体检，费用自理', spans: [{ text: '指定医院体检，费用自理' }] },
    {
      ad: 'You must pay for your own background check ($35) before your first shift.',
      spans: [{ text: 'pay for your own background check' }],
    },
    {
      ad: 'Buy your equipment from our approved vendor with the check we mail you.',
      spans: [{ text: 'Buy your equipment from our approved vendor' }],
    },
  ],
});
