/**
 * Pyramid selling dressed as a job: pay from recruiting people (拉人头), from the purchases or
 * performance of a multi-level team (团队计酬), and buy-ins (入门费). 禁止传销条例 art. 7 lists all
 * three; 刑法 art. 224-1 makes organising it a crime; the FTC treats recruitment-driven
 * "opportunities" as deceptive. An employee referral bonus (内推奖励) is lawful and is not listed.
 */
import type { Lexicon } from '#shared/rules/fraud/lib/lexicon.ts';

const REGS = '禁止传销条例 art. 7; 刑法 art. 224-1';
const FTC = 'FTC business-opportunity and MLM guidance';

/** Each names the mechanism on its own. */
export const MLM_STRONG: Lexicon = [
  {
    pattern:
      '拉人头|发展下线|下线(?:提成|返利|业绩|奖)|你的下线|团队计酬|见点奖|对碰奖|层级奖|伞下|直推|间推|入门费|人头费|报单费',
    example: '推荐新人加入，按层级拿管理奖；直推+间推',
    alternative: '',
    note: 'recruitment-based pay and multi-level team pay (the three marks of 传销)',
    source: REGS,
  },
  {
    pattern:
      '(?:他们|对方|下级|新人|代理)(?:再|继续)(?:招|推荐|发展)|(?:一级|二级)(?:代理|分销|市场)[^。；;\\n]{0,20}?(?:二级|三级)|三级分销|按层级(?:拿|提|分|返|计)|三级以内|你(?:招|发展)的(?:代理|会员|人)|你推荐的(?:代理|会员)',
    example: '你招的代理进货，你拿10%推荐奖；他们再招人，你继续拿团队管理奖',
    alternative: '',
    note: 'commission on recruits of recruits',
    source: REGS,
  },
  {
    pattern:
      "\\bdownlines?\\b|override (?:bonus(?:es)?|commissions?) on|(?:people|members|agents|recruits) (?:join|sign up|enrol+) under you|(?:recruit|enrol+|sponsor|bring in) (?:\\d|two|three|five) (?:people|friends|members|agents)[^.\\n]{0,30}?(?:you (?:reach|unlock|earn|get|become)|under you|your (?:team|downline))|(?:on|from) (?:the sales of )?(?:everyone|every (?:agent|member|person)|each (?:agent|member|person)) you (?:bring|enrol+|recruit|sponsor|introduce)|your entire team(?:'s)? (?:volume|sales)|(?:commissions?|bonus(?:es)?) (?:on|from) your recruits",
    example: 'Earn override bonuses on every agent you enroll',
    alternative: '',
    note: 'recruitment-based and multi-level pay in English',
    source: FTC,
  },
];

/** Buy-in wording: with recruitment pay it makes the scheme plain. */
export const MLM_BUYIN: Lexicon = [
  {
    pattern: '拿货|进货|囤货|购买(?:一套)?(?:产品|套餐)|成为(?:品牌|正式)?(?:代理|合伙人|会员)|加盟费|代理费',
    example: '拿货699元成为品牌代理',
    alternative: '',
    note: 'buy stock or a package to "join"',
    source: REGS,
  },
  {
    pattern:
      'starter kit|business kit|enrol+ment fee|buy[- ]in|(?:purchase|buy) (?:your )?(?:inventory|product package)',
    example: 'Purchase your $199 Business Starter Kit',
    alternative: '',
    note: 'paid starter kits and inventory buy-ins',
    source: FTC,
  },
];
