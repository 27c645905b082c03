/**
 * Off-platform contact: the only way to apply is a private instant-messaging handle, often spelt to
 * slip past platform filters (薇信, V❤, 扣扣, 飞机, digits split by spaces), with urgency. Platforms
 * must manage what users publish and detect fraud use of their services (人力资源市场暂行条例
 * art. 26, 反电信网络诈骗法 art. 25); moving the applicant off the platform defeats that.
 */
import type { Lexicon } from '#shared/rules/fraud/lib/lexicon.ts';

const PLATFORM = '反电信网络诈骗法 art. 25; 人力资源市场暂行条例 art. 26; platform anti-fraud notices';
const FTC = 'FTC job-scam guidance (interviews over chat apps)';

/** Private IM channels. Evasive spellings are in IM_EVASIVE. */
export const IM_CHANNELS: Lexicon = [
  {
    pattern:
      '微信|wechat|vx|wx|v信|加v|加微(?!信)|加薇(?!信)|私v|\\+v|qq群|\\bqq\\b|企鹅号|telegram|\\btg\\b|whatsapp|\\bline\\s?id|signal app|instagram|\\big\\b|\\bdm me\\b|\\bdm on\\b|kik|snapchat',
    example: '私我vx：abc',
    alternative: '通过平台内消息或公司电话、企业邮箱联系',
    note: 'private messaging apps and handles',
    source: PLATFORM,
  },
  {
    pattern: '\\btext (?:me|mark|us|only)\\b|text or whatsapp|text only|call or text|\\btext [a-z]+ at',
    example: 'text Mark at (443) 555-0181',
    alternative: '',
    note: 'text messages to a private number',
    source: FTC,
  },
];

export const IM_EVASIVE: Lexicon = [
  {
    pattern:
      '薇信|威信|徽信|维信|薇❤|v❤|v♥|❤️?v|➕v|➕微|扣扣|抠抠|企鹅|飞机号?(?:：|:|\\s?@)|纸飞机|小飞机|q\\s?[：:]\\s?\\d',
    example: '➕V❤：dz-8866a',
    alternative: '',
    note: 'homophones and emoji used to slip the IM name past filters',
    source: 'observed evasion patterns; 网信办 notices on 引流 to private channels',
  },
  {
    pattern: '(?:\\d\\s){5,}\\d',
    example: '2 7 6 5 8 1 3 0 9',
    alternative: '',
    note: 'digits split by spaces to hide a QQ or phone number',
    source: 'observed evasion patterns',
  },
];

/** The IM channel is the only one: the platform and calls are refused. */
export const ONLY: Lexicon = [
  {
    pattern:
      '只加|仅限|只用|只接受|不加不回|平台不回|平台消息不回|不在平台|平台不好沟通|其他渠道不回|国内电话不接|电话不接|请勿打电话|一律加|不回复',
    example: '平台消息不回',
    alternative: '',
    note: 'the applicant is told to leave the platform',
    source: PLATFORM,
  },
  {
    pattern:
      "\\bonly\\b|do not apply (?:through|on|via) (?:this|the) (?:site|platform|website)|don[’']?t apply (?:here|through)|phone calls not accepted|no calls|do not call|\\bdm\\b",
    example: 'Contact @siambright_jobs on Telegram only',
    alternative: '',
    note: 'the applicant is told to leave the platform',
    source: FTC,
  },
];

export const URGENCY: Lexicon = [
  {
    pattern:
      '急招|急聘|急!|急！|名额有限|名额紧张|最后一批|只剩|仅剩|先到先得|今晚|今天|当天|立即|马上|截止|抓紧|手慢无|本周',
    example: '今天名额只剩8个，先到先得',
    alternative: '',
    note: 'pressure to act before thinking',
    source: 'FTC and MOHRSS job-scam warnings',
  },
  {
    pattern:
      "\\btoday\\b|immediately|right away|\\bnow\\b|spots? (?:go|fill)|positions fill fast|limited (?:openings|spots|seats|places)|(?:seats|spots|places) left|last \\d+|next week|this week|asap|hurry|don[’']?t miss",
    example: 'Only 5 seats left for the next flight',
    alternative: '',
    note: 'pressure to act before thinking',
    source: 'FTC job-scam guidance',
  },
];

/** Free webmail: not an employer domain. */
export const FREE_MAIL =
  /@(?:gmail|googlemail|outlook|hotmail|live|yahoo|aol|icloud|proton(?:mail)?|gmx|mail)\.[a-z.]+/u;
