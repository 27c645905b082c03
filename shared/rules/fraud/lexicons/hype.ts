/**
 * Income hype: an income level promised as the lure of the ad rather than stated as pay — "月薪过万",
 * "月入过万不是梦", "轻松月入", "保证月入", "一夜暴富", "six-figure income", "guaranteed income".
 * The 2026 five-department notice on platform recruitment information forbids "高薪" and "保录" hype;
 * the FTC treats unsubstantiated earnings claims as deceptive. A stated pay or range ("月薪8000-12000",
 * "月入1-1.4万", "$18/hour") is the lawful form and never matches: every entry needs a vague
 * threshold (过万, 上万), a promise (保证, 轻松, 不是梦) or a get-rich frame.
 */
import type { Lexicon } from '#shared/rules/fraud/lib/lexicon.ts';

const NOTICE = '人社部等五部门《关于规范网络平台招聘类信息发布的通知》(2026): no "高薪"/"保录" hype';
const FTC = 'FTC Act §5; FTC guidance on earnings claims in job and business-opportunity ads';

/** An income word followed, within a few characters, by a vague threshold. */
const INCOME = '(?:月薪|月入|月收入|收入|工资|薪资|薪水|薪酬|年薪|年收入|提成|赚|挣|拿)';

export const HYPE: Lexicon = [
  {
    pattern: `${INCOME}[^，。；,;!！\\n\\d]{0,6}?(?:过|上|破)(?:万|十万|百万)(?!元?(?:以下|以内))`,
    example: '销售顾问月薪过万+双休',
    alternative: '如实写明底薪、提成比例和计算方式，例如“底薪4000元+个人业绩提成5%”',
    note: 'a vague income threshold used as the headline promise, not a stated pay range',
    source: NOTICE,
  },
  {
    pattern:
      '(?:轻松|稳|稳稳|就能|即可|都能|能|均已|均)(?:月入|月薪|月收入|日入|日赚|月赚)?(?:过|上|破)(?:万|十万|百万)',
    example: '只要你有上进心轻松过万',
    alternative: '如实写明底薪、提成比例和计算方式',
    note: 'an effortless or guaranteed income threshold',
    source: NOTICE,
  },
  {
    pattern: '(?:万|月入|月薪|年薪|收入|百万|千万|有车有房|买车买房)[^。；;!！\\n]{0,12}?不是梦',
    example: '月入1-5万元不是梦',
    alternative: '如实写明薪酬构成，删除“XX不是梦”式承诺',
    note: 'income promised as a dream come true',
    source: NOTICE,
  },
  {
    pattern:
      '保证(?:月入|月薪|收入|年薪|日入|赚)(?:[^，。；,;!！\\n]{0,4}?(?:过|上|破)?(?:万|千))?|稳赚|躺赚|躺着(?:赚|挣)|一夜暴富|暴富|财务自由|轻松(?:月入|日入|日赚|月赚|赚钱|挣钱)|日赚[\\d一二两三四五六七八九十百千]|年薪百万',
    example: '只要勤快+坚持+两个月=保证月入过万',
    alternative: '如实写明薪酬构成，不承诺收入',
    note: 'a guaranteed or effortless income, or getting rich, as the lure',
    source: NOTICE,
  },
  {
    pattern:
      '\\bsix[- ]figure (?:income|earnings|salary|pay)\\b|\\bguaranteed (?:weekly |monthly |daily )?(?:income|earnings|pay(?:check)?)\\b|\\bget rich\\b|\\bfinancial freedom\\b|\\bearn (?:up to |over |more than |as much as )?[$£€]\\s?\\d[\\d,]*(?:\\+)?(?: or more)? (?:per|a|each|every) (?:day|week)\\b(?=[^.\\n]{0,40}\\b(?:from home|no experience|part[- ]time|easy|guaranteed)\\b)',
    example: 'Earn a six-figure income and enjoy financial freedom!',
    alternative: 'State the pay rate or range and how it is earned.',
    note: 'an earnings claim or get-rich promise as the lure of the ad',
    source: FTC,
  },
];

/** Makes a hype ad a stronger sign: the income is promised to anyone, with no skill asked. */
export const NO_BAR: Lexicon = [
  {
    pattern:
      '无需经验|不需要经验|有无经验均可|零经验|零基础|小白(?:也可|可做|可以)|不看学历|学历不限.{0,4}经验不限|\\bno experience (?:needed|necessary|required)\\b',
    example: '无需经验，全程带薪培训',
    alternative: '',
    note: 'no experience or education asked for a job promising high income',
    source: NOTICE,
  },
];
