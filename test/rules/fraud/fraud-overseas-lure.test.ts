import rule from '#shared/rules/fraud/fraud-overseas-lure.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    {
      title: '外派马来西亚电站电气工程师',
      description:
        '岗位职责：负责电站电气调试。要求：电气本科，5年经验。年薪28-36万，签订劳动合同，工作签证由公司办理，护照由员工本人保管。',
      employer: { name: '某某电力建设有限公司' },
      salary: { min: 280000, max: 360000, currency: 'CNY', period: 'year' },
    },
    '泰国曼谷门店店长：5年零售管理经验，英语流利，月薪1.2万',
    'Teach English in Vietnam: TEFL certificate and degree required, USD 1,600/month, paid leave.',
    '中东项目焊工：持焊工证，5年经验，月薪1.8万，公司承担签证和机票，签订劳动合同',
    '新加坡建筑工出国务工：持证木工，无需外语，包吃住，月薪1.2万，持对外劳务合作经营资格',
    'Teach English in Thailand: free flights and housing, no experience needed, USD 1,200/month, TEFL provided.',
  ],
  invalid: [
    {
      ad: {
        title: '柬埔寨西港客服 月薪3万',
        description: '柬埔寨西港招客服，会打字即可，无需经验，包机票包吃住，月薪3-4万',
        salary: { min: 30000, max: 40000, currency: 'CNY', period: 'month' },
      },
      spans: [{ field: 'title', text: '柬埔寨' }, { text: '包机票' }],
    },
    {
      ad: '緬甸高薪招聘，無護照也能安排，公司派車從邊境接人',
      spans: [{ text: '緬甸' }, { text: '無護照' }],
      name: 'traditional',
    },
    {
      ad: {
        title: 'Customer Service - Cambodia',
        description:
          'Work in Sihanoukville, Cambodia. USD 5,000/month, free flights and housing, no experience needed.',
        country: 'US',
      },
      spans: [{ field: 'title', text: 'Cambodia' }, { text: 'USD 5,000/month' }],
    },
    {
      ad: { title: '中东高薪司机 月薪3万', description: '中东招司机，无需经验，包机票包吃住，月薪3万' },
      spans: [{ field: 'title', text: '中东' }],
    },
  ],
});
