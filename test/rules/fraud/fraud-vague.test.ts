import rule from '#shared/rules/fraud/fraud-vague.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    { description: '【岗位】注塑普工、修边、包装\n【待遇】综合5000-6500', employer: { name: '某某塑料制品有限公司' } },
    '招聘服务员：负责点单、传菜、收拾餐桌，月薪4500',
    { title: 'Cashier', description: 'Serve customers at the till, $15/hr.', country: 'US' },
  ],
  invalid: [
    {
      ad: { title: '高薪日结', description: '高薪日结，一天500，来了就上班' },
      spans: [{ text: '高薪日结，一天500，来了就上班' }],
    },
    {
      ad: { title: '招打包工', description: '招打包工，工資高，待遇好' },
      spans: [{ text: '招打包工，工資高，待遇好' }],
      name: 'job word is not a duty',
    },
    {
      ad: { title: 'Hiring Now', description: 'Hiring now! $800 a week. Call today.', country: 'US' },
      spans: [{ text: 'Hiring now! $800 a week. Call today.' }],
    },
  ],
});
