import rule from '#shared/rules/fraud/fraud-mlm.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    '员工内推奖励：推荐朋友入职满3个月，奖励1000元',
    '销售主管：带领10人团队，提成按个人业绩计算',
    'Employee referral bonus of $500 for every hire you refer.',
    'Team lead: manage a team of 8 warehouse associates.',
    '整车下线检测员：负责车辆下线前的电器检测',
    'Sales commission of 8% on your own sales; no recruiting.',
    '二级市场投资研究员：负责A股行业研究，按层级向上汇报',
    '某品牌一级代理商招聘销售代表，底薪+个人提成',
    '员工内推：你推荐的人入职满三个月，奖励2000元',
    'Recruiter: recruit 5 people per month for our call centre clients.',
  ],
  invalid: [
    {
      ad: '缴纳2980元购买产品套餐成为代理，发展下线拿提成',
      spans: [{ text: '发展下线' }, { text: '购买产品' }, { text: '成为代理' }],
    },
    { ad: '收入：直推奖+间推奖，团队计酬', spans: [{ text: '直推' }, { text: '团队计酬' }] },
    { ad: '你推薦的會員再發展會員，三級以內都有提成', spans: [{ text: '三級以內' }], name: 'traditional' },
    {
      ad: 'Buy your starter kit, then earn override bonuses on every rep you enroll and build your downline.',
      spans: [{ text: 'downline' }, { text: 'override bonuses on' }],
    },
    {
      ad: 'Join my team and earn bonuses on your recruits every month.',
      spans: [{ text: 'bonuses on your recruits' }],
    },
  ],
});
