import rule from '#shared/rules/fraud/fraud-task-scam.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    '电商客服：在后台回复顾客咨询，打字速度每分钟60字以上，不存在刷单业务',
    '郑重提醒：谨防刷单诈骗，本公司不会要求垫付任何款项',
    '外卖骑手，按单计酬，每单6-9元，系统派单',
    'We will never send you a check to deposit or ask you to move money for us.',
    'Data entry clerk: index scanned records into our EHR, 45 wpm, $17/hr.',
    '菜鸟驿站招聘理货员：代收快递、出入库扫描、客户取件',
    '送货司机：按单送货并代收货款，每日交回公司',
    '财务部收款专员：负责应收账款核对与催收',
    'Western Union is hiring a branch teller in Denver.',
    'Courier: deliver parcels and collect cash on delivery; company van provided.',
    'Bank teller: process customer deposits and checks, balance your cash drawer.',
    '打字员：负责合同录入，月薪3000，每月10日结算工资',
    '外卖骑手：系统派单和抢单结合，按单计酬',
    'Bank teller: help customers with mobile deposit and assist customers purchasing gift cards.',
    'Returns clerk: remove old labels, inspect returned items and restock.',
  ],
  invalid: [
    { ad: '帮网店补单，先自行垫付货款，返还本金加佣金', spans: [{ text: '补单' }, { text: '先自行垫付' }] },
    { ad: '手机点赞员：给视频点赞关注，一单3元，日结', spans: [{ text: '点赞' }], name: 'paid likes per task' },
    { ad: '居家帮平台代收货款，收到后按指引转出，每笔抽成2%', spans: [{ text: '帮平台代收货款，收到后按指引转出' }] },
    { ad: '刷 單 兼職，一單5元', spans: [{ text: '刷 單' }], name: 'traditional with a space' },
    {
      ad: 'Receive packages at your home address and re-ship packages with prepaid labels we email you.',
      spans: [{ text: 're-ship packages' }],
    },
    {
      ad: 'Duties: depositing client checks into your personal account and purchasing gift cards.',
      spans: [{ text: 'depositing client checks into your' }],
    },
    { ad: '京东做单员，先充值做单，完成返佣金', spans: [{ text: '做单员' }] },
    { ad: '出租微信、支付宝收款码，日赚300', spans: [{ text: '出租微信' }] },
    {
      ad: 'Mystery shopper: deposit the check we send and wire the remaining balance to our agent.',
      spans: [{ text: 'wire the remaining' }],
    },
    { ad: 'Reshipping coordinator wanted, work from home.', spans: [{ text: 'Reshipping' }] },
    {
      ad: 'Rate hotels on our platform; recharge your account with USDT to unlock premium tasks.',
      spans: [{ text: 'recharge your account' }],
    },
    { ad: '手机挂机赚钱，看广告领红包，每天提现', spans: [{ text: '挂机赚' }] },
  ],
});
