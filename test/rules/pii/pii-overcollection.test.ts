import rule from '#shared/rules/pii/pii-overcollection.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    // ID shown in person at the interview and returned
    '面试当天请携带身份证原件核验身份，核验后当场归还。',
    // collected at onboarding, after an offer
    '录用后办理入职手续时请提供：身份证复印件1份、本人工资卡卡号（用于发放工资）、紧急联系人电话。',
    // a promise not to ask, and a fraud warning
    '郑重声明：本公司招聘全程不收费，不会要求求职者提供银行卡密码或身份证照片，谨防诈骗。',
    // job duties handling customers' records
    '岗位职责：负责为客户办理银行卡开户、审核客户征信报告，要求：金融相关专业，投递简历请注明岗位。',
    // a plain requirement to hold ID
    '要求：年满18周岁，持有效身份证，男女不限。',
    // English onboarding and right-to-work
    'After a conditional offer, new hires will provide their Social Security card and bank routing number for payroll.',
    { description: 'Please bring your passport to the interview for a right to work check.', country: 'GB' },
    // an anti-scam notice in English
    'We will never ask you to send your bank account details or a photo of your ID card to apply.',
    // a bank teller job description
    'Duties: open accounts, verify customer bank account details, balance the cash drawer. Apply online.',
    // traditional Chinese onboarding
    '錄用後入職時請攜帶身份證影本及銀行卡。',
    // an HR job description about onboarding duties
    '岗位职责：负责员工档案管理，办理入职时收集身份证复印件、银行卡信息，确保个人信息安全。',
    // a fraud warning naming the items
    '本公司声明：任何以本公司名义要求求职者提供银行卡密码、缴纳押金的均为诈骗。',
    'Must be able to pass a background check and drug screen after a conditional offer.',
  ],
  invalid: [
    {
      name: 'ID photos and household register sent with the application',
      ad: '报名方式：请将以下资料发送至招聘邮箱，资料不全不安排面试：\n1. 身份证正反面照片\n2. 户口本首页照片',
      spans: [{ text: '身份证正反面' }, { text: '户口本' }],
    },
    {
      name: 'parents’ details and ID numbers in the application form',
      ad: '应聘须知：请填写《应聘登记表》，须写明父母的姓名、身份证号及工作单位，未填写者不予受理。',
      spans: [{ text: '父母的姓名' }],
    },
    {
      name: 'credit report with the CV',
      ad: '投递简历时请同时提交个人征信报告和近六个月银行流水，未提供者简历不予处理。',
      spans: [{ text: '个人征信报告' }, { text: '银行流水' }],
    },
    {
      name: 'marriage certificate to apply, traditional characters with spaces',
      ad: '報名時請 提交 結婚證 或 未婚證明 影本，審核通過後通知面試。',
      spans: [{ text: '結婚證' }],
    },
    {
      name: 'task-scam style ID and bank card photos',
      ad: '兼职刷单，报名先发资料审核：手持身份证照片、银行卡正面照片，审核通过马上派单。',
      spans: [{ text: '手持身份证' }, { text: '银行卡' }],
    },
    {
      name: 'English pre-screening form with SSN and maiden name',
      ad: "Before we schedule interviews, complete our pre-screening form with your date of birth, Social Security number and mother's maiden name.",
      spans: [{ text: 'Social Security number' }, { text: "mother's maiden name" }],
    },
    {
      name: 'UK: passport scan, NI number and bank details with the CV',
      ad: {
        description:
          'To apply, send your CV together with:\n- a scan of your passport photo page\n- your National Insurance number\n- your bank sort code and account number',
        country: 'GB',
      },
      spans: [{ text: 'scan of your passport' }, { text: 'National Insurance number' }],
    },
    {
      name: 'household register at the interview',
      ad: '面试需带户口本原件及复印件，现招保安10名。',
      spans: [{ text: '户口本' }],
    },
    {
      name: 'ID photos sent over WeChat',
      ad: '加微信发身份证正反面照片报名，审核通过安排工作。',
      spans: [{ text: '身份证正反面' }],
    },
    {
      name: 'marital status and children on the application',
      ad: '报名时请注明婚姻状况、子女情况，审核后通知面试。',
      spans: [{ text: '婚姻状况' }, { text: '子女情况' }],
    },
  ],
});
