import rule from '#shared/rules/pii/pii-bank-card.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    // Luhn fails (last digit changed)
    '工资卡 6222 0210 0112 3456 788 请核对',
    // an order number with a card-like prefix
    '订单号 6214830012345673 已发货，现招客服',
    // a tracking number
    'Tracking number 4111112233445569 — warehouse pickers needed',
    // a mobile phone number
    '联系电话 13800138000，招聘普工',
    // a resident ID number is not a card
    '身份证号 320583199508174233',
    // the employer's corporate settlement account
    '培训费请转入对公账户 6222021001123456789 户名：苏州恒远教育科技有限公司',
    // a long number with no card context and no card layout
    '本批次产品编码 4111112233445569',
    // salary figures and dates
    '月薪 6000-8000，2024-2026 连续三年 100% 发放年终奖',
  ],
  invalid: [
    {
      name: '19-digit UnionPay debit card with a payee name',
      ad: '押金请转入：建设银行 6222 0210 0112 3456 789 户名：张某某',
      spans: [{ text: '6222 0210 0112 3456 789' }],
      excerpts: ['6222 **** **** ***6 789'],
    },
    {
      name: 'pay list with card numbers, no separators',
      ad: '上月工资已发，工友核对卡号：李某 中行 6214830012345673',
      spans: [{ text: '6214830012345673' }],
      excerpts: ['6214********5673'],
    },
    {
      name: 'Visa card in an English ad, in groups of four',
      ad: 'Pay the uniform fee by loading it onto our coordinator card: 4111 1122 3344 5569 (name on card: Ann Lee).',
      spans: [{ text: '4111 1122 3344 5569' }],
      excerpts: ['4111 **** **** 5569'],
    },
    {
      name: 'card in groups of four without a card word',
      ad: 'Crew list: Mark Evans 5522 1345 6789 0129 — more shifts this weekend.',
      spans: [{ text: '5522 1345 6789 0129' }],
    },
    {
      name: 'full-width digits with hyphens',
      ad: '收款卡号：６２１４－８３００－１２３４－５６７３',
      spans: [{ text: '６２１４－８３００－１２３４－５６７３' }],
    },
  ],
});
