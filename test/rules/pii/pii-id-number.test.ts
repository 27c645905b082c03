import rule from '#shared/rules/pii/pii-id-number.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    // a contact phone and a landline are not ID numbers
    '招聘仓管2名，待遇5000-6000。联系电话：13912345678，座机 0755-26543210',
    // wrong check character (last digit changed)
    '新员工登记：身份证号 320583199508174234，请核对',
    // impossible birth date (month 13)
    '编号 320583199513174233 已登记',
    // masked ID as platforms show it
    '入职人员王某（身份证 320583********4233）已完成登记',
    // the GB 11643 specimen number used in forms
    '填写示例：身份证号 11010519491231002X',
    // a unified social credit code is the company's, not a person's
    '统一社会信用代码：91320583MA1NRK4E16，欢迎应聘',
    // an order number that happens to be 18 digits
    '订单号 320583199508174233 的货物已发出，现招打包员',
    // SSN-shaped numbers with invalid area, and a phone number
    'Warehouse associate, $18/hr. Call (615) 555-0116 or ref 666-12-3456.',
    { description: 'Payroll clerk wanted. Reference code 000-12-3456 for internal use.', country: 'US' },
    // nine digits with no SSN label: too ambiguous
    { description: 'Store #412632287 is hiring cashiers', country: 'US' },
    // a product code shaped like a Hong Kong ID, with no ID label
    '型號 A123456(3) 現貨供應，招聘倉務員',
    // a Taiwan-shaped ID with a wrong check digit
    '員工身分證字號 A123456788 請更正',
    // the HMRC example NINO uses a never-issued prefix
    { description: 'Enter your NI number in the form QQ 12 34 56 C when you start', country: 'GB' },
  ],
  invalid: [
    {
      name: 'resident ID in a Chinese notice',
      ad: '通知：新员工李某某（身份证号320583199508174233）请周一到人事部报到',
      spans: [{ text: '320583199508174233' }],
      excerpts: ['320583********4233'],
    },
    {
      name: 'ID split by spaces, with an x check character',
      ad: '离职人员名单：赵某 身份证 5101 0720 0111 3000 2x，电话见内部群',
      spans: [{ text: '5101 0720 0111 3000 2x' }],
      excerpts: ['5101 07** **** **00 2x'],
    },
    {
      name: 'full-width digits',
      ad: '工友陈某 身份证：４４０３０６１９８７０２１４５５１５',
      spans: [{ text: '４４０３０６１９８７０２１４５５１５' }],
      excerpts: ['４４０３０６********５５１５'],
    },
    {
      name: 'ID next to a phone, one space between',
      ad: '勿用人员：孙某 110101199003074530 13800001111',
      spans: [{ text: '110101199003074530' }],
    },
    {
      name: 'traditional characters and an ID in the contact block',
      ad: { title: '招聘', description: '誠聘倉管', contact: { name: '黃先生', im: '身份證 320583199508174233' } },
      spans: [{ text: '320583199508174233', field: 'contact.im' }],
    },
    {
      name: 'Hong Kong identity card in a traditional-Chinese ad',
      ad: '誠聘倉務員。新同事陳大文（身份證 A123456(3)）請於週一報到。',
      spans: [{ text: 'A123456(3)' }],
      excerpts: ['A1****6(3)'],
    },
    {
      name: 'Taiwan ID number',
      ad: '錄取名單：林小美 身分證字號 A123456789，請攜帶證件報到。',
      spans: [{ text: 'A123456789' }],
    },
    {
      name: 'US SSN in a do-not-hire note',
      ad: 'Now hiring drivers. Do not rehire: Kevin Moore, SSN 412-63-2287, walked off the job.',
      spans: [{ text: '412-63-2287' }],
      excerpts: ['***-**-*287'],
    },
    {
      name: 'unformatted SSN after its label',
      ad: 'Onboarding reminder for Laura Hill - social security no. 529417730 is missing a signature.',
      spans: [{ text: '529417730' }],
    },
    {
      name: 'UK NINO with spaces',
      ad: {
        description: "Welcome our new starter Emma Clark (NI number AB 12 34 56 C) — we're still hiring.",
        country: 'GB',
      },
      spans: [{ text: 'AB 12 34 56 C' }],
      excerpts: ['** ** ** 56 C'],
    },
  ],
});
