/**
 * Task scams and money-mule "jobs": 刷单/补单 (fake orders the victim pays for first), 点赞/关注
 * tasks, paid-in-advance typing and handicraft work, 跑分/代收货款 (moving money through the
 * worker's own accounts), reshipping stolen goods, check cashing and gift-card purchases, and
 * app "optimisation tasks" that need top-ups. Each is fraud on the applicant or makes the applicant
 * an accomplice (刑法 art. 266, 287-1/287-2; 18 U.S.C. §1343; FTC job-scam guidance).
 */
import type { Lexicon } from '#shared/rules/fraud/lib/lexicon.ts';

const CN_FRAUD = '刑法 art. 266, 287-1; 反电信网络诈骗法 art. 2; 公安部 common telecom-fraud types';
const FTC = 'FTC consumer alerts on job scams (reshipping, fake checks, task scams)';

/** Strong on their own: the wording names the scam mechanism. */
export const TASK_STRONG: Lexicon = [
  {
    pattern:
      '刷单|补单|刷信誉|刷销量|刷好评|刷流水|做单员|拍单员|挂机赚|看广告(?:赚|领)|打码(?:员|兼职)|带单|抢单返|返佣(?:金)?\\d',
    example: '帮商家补单提升销量',
    alternative: '',
    note: 'fake orders; the worker is asked to pay for goods first',
    source: CN_FRAUD,
  },
  {
    pattern: '先(?:自行)?垫付|自行垫付|垫付(?:货款|本金)|垫资|先充值|充值(?:做单|任务|返利)',
    example: '先自行垫付货款',
    alternative: '',
    note: 'the worker advances money that is "returned with commission"',
    source: CN_FRAUD,
  },
  {
    pattern:
      '跑分|走账|过流水|刷流水|出租(?:银行卡|账户|微信|支付宝)|收购银行卡|(?:代收|帮.{0,4}收)[^。；;\\n]{0,20}?(?:转出|转给|转到|转入指定|抽成|提成)',
    example: '帮平台代收客户货款，收到后按指引转出',
    alternative: '',
    note: 'money-mule work through the worker own payment accounts (帮信罪)',
    source: '刑法 art. 287-2; 反电信网络诈骗法 art. 31',
  },
  {
    pattern: '(?:重新|另行)贴单|转寄|拆(?:去|掉)外包装',
    example: '收到包裹后拆去外包装，再按新地址重新贴单寄出',
    alternative: '',
    note: 'reshipping goods bought with stolen cards',
    source: CN_FRAUD,
  },
  {
    pattern:
      '\\breshipping\\b|re-?ship(?:ping|ped)? (?:the )?(?:packages?|items?|parcels?|goods)|receive (?:packages|parcels|electronics|goods)[^.\\n]{0,30}(?:(?:at|to) (?:your|their) (?:home|address)|at home)|repackag(?:e|ing)(?: them)? and (?:re-?)?ship|(?:remove|strip) (?:the )?original (?:invoices|receipts|labels)|strip (?:the )?(?:invoices|receipts)',
    example: 'Receive packages at your home address and re-ship packages using prepaid labels',
    alternative: '',
    note: 'reshipping mule scheme',
    source: FTC,
  },
  {
    pattern:
      'deposit(?:ing)? (?:the |them |these |client |customer )?checks? (?:in|into) your|checks? (?:from|of) (?:my|our) clients|purchas(?:e|ing) gift cards (?:and|to) (?:send|give|forward|text)|gift card (?:numbers|codes) (?:to|and)|send (?:me |us )?(?:the )?gift cards?|forward(?:ing)? the (?:remaining )?(?:balance|funds|money)|wire (?:the )?(?:remaining|remainder|balance|rest|funds)|send (?:the )?(?:remaining|remainder|balance|rest) (?:via|through|by|to)|payment processing agent',
    example: 'deposit the checks into your personal account, then purchase gift cards and send me the codes',
    alternative: '',
    note: 'check-cashing, gift-card and money-forwarding mule schemes',
    source: FTC,
  },
  {
    pattern:
      'optimi[sz]ation tasks?|combination tasks?|top up your (?:work |task )?account|boost (?:app )?rankings|recharge (?:your )?(?:work |task )?(?:account|balance)|unlock (?:premium |higher |more )?tasks|\\busdt\\b',
    example: "Complete 40 simple 'optimisation tasks' per set",
    alternative: '',
    note: 'app-rating task scams that require top-ups',
    source: FTC,
  },
  {
    pattern: 'send you a check to (?:buy|purchase)|check (?:to|for) (?:buy|purchase) (?:your )?(?:equipment|supplies)',
    example: 'we will send you a check to purchase equipment',
    alternative: '',
    note: 'fake-check equipment scam',
    source: FTC,
  },
];

/** Wording of paid click tasks and piece work at home: a scam only with a per-task rate or fee. */
export const TASK_WEAK: Lexicon = [
  {
    pattern: '点赞|关注店铺|收藏加购|好评返现|给商品好评|关注员|评论员',
    example: '给指定视频点赞、关注、评论',
    alternative: '',
    note: 'paid likes, follows and reviews',
    source: CN_FRAUD,
  },
  {
    pattern: '打字员|打字录入|小说录入|手稿录入|抄写员|手工活|外发手工|在家手工|串珠',
    example: '在家打字员',
    alternative: '',
    note: 'typing and handicraft piece work at home (often with a material or membership fee)',
    source: CN_FRAUD,
  },
];

/** A per-task rate or withdrawal: what turns click or typing work into the scam. */
export const TASK_RATE: Lexicon = [
  {
    pattern: '一单|每单|单价|每千字|千字\\d|佣金|返现|提现|试单|抽成|(?<!\\d)日结(?!算)|当日结|当天结',
    example: '一单3-5元',
    alternative: '',
    note: 'piece rate, commission, immediate withdrawal',
    source: CN_FRAUD,
  },
];
