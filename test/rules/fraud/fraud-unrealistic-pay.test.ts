import rule from '#shared/rules/fraud/fraud-unrealistic-pay.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    {
      title: '首席科学家（合成生物学）',
      description: '负责平台研发战略，博士学历，10年以上经验。年薪150-250万。',
      salary: { min: 1_500_000, max: 2_500_000, currency: 'CNY', period: 'year' },
    },
    { title: '普工', description: '包装、上下料，综合5500-7000元/月，包吃住', location: { city: '佛山' } },
    {
      title: 'ICU Travel Nurse',
      description: 'Active RN license, 2 years ICU. $3,200 per week for 13 weeks.',
      country: 'US',
    },
    { title: 'Warehouse Associate', description: 'Pick and pack orders. $18-$20/hr.', country: 'US' },
    { title: '初中数学家教', description: '辅导初二数学，每周两次，时薪150元', location: { city: '杭州' } },
    {
      title: 'Sales Representative',
      description: 'Sell our products; uncapped commission, top reps earn $150,000 a year.',
      country: 'US',
    },
  ],
  invalid: [
    {
      ad: { title: '打包工 日结', description: '打包发货，日结800一天，不限经验', location: { city: '广州' } },
      spans: [{ text: '800一天' }],
    },
    {
      ad: { title: '手机兼职', description: '每天抽1-2小时，在家就能做，月入8000+', location: { city: '长沙' } },
      spans: [{ text: '月入8000+' }],
      name: 'part-time hours scale the claim',
    },
    {
      ad: {
        title: 'Data Entry Clerk',
        description: 'Work from home and earn $2,500 a week. No experience needed.',
        country: 'US',
      },
      spans: [{ text: '$2,500 a week' }],
    },
    {
      ad: { title: '兼职客服', description: '在家接单，时薪100元，无需经验', location: { city: '郑州' } },
      spans: [{ text: '时薪100元' }],
    },
    {
      ad: { title: '居家客服', description: '在家做客服，每天两小时，月入过万', location: { city: '南昌' } },
      spans: [{ text: '月入过万' }],
    },
  ],
});
