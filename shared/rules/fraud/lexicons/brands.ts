/**
 * Large employers whose names fake ads borrow. Their recruiters write from the company's own
 * domain; a free-webmail address or an unrelated domain in an ad posted under their name is a
 * mark of impersonation (FTC Impersonation Rule, 16 C.F.R. §461.3; 刑法 art. 224 fictitious entity).
 */
import type { Lexicon } from '#shared/rules/fraud/lib/lexicon.ts';

const FTC = 'FTC Impersonation Rule 16 C.F.R. §461.3; FTC alerts on fake recruiters of well-known firms';

export const BRANDS: Lexicon = [
  {
    pattern:
      'amazon|walmart|target|costco|google|apple|microsoft|meta|facebook|netflix|fedex|\\bups\\b|dhl|starbucks|mcdonald|coca-cola|pepsico|unilever|nestle|procter|johnson & johnson|pfizer|deloitte|\\bpwc\\b|\\bkpmg\\b|\\bey\\b|accenture|\\bibm\\b|oracle|tesla|shell|\\bbp\\b|hsbc|barclays|jpmorgan|goldman sachs',
    example: 'Amazon',
    alternative: 'Apply through the company careers site',
    note: 'US and global employers whose names job scams borrow',
    source: FTC,
  },
  {
    pattern:
      'tesco|sainsbury|asda|morrisons|royal mail|\\bnhs\\b|\\bbbc\\b|marks (?:&|and) spencer|boots|john lewis|aldi|lidl',
    example: 'Tesco',
    alternative: 'Apply through the company careers site',
    note: 'UK employers whose names job scams borrow',
    source: 'Action Fraud / UK Finance warnings on fake job ads; FTC as above',
  },
  {
    pattern:
      '京东|阿里巴巴|淘宝|天猫|腾讯|华为|字节跳动|抖音|美团|顺丰|拼多多|小米|比亚迪|中国移动|中国石化|中国石油|国家电网',
    example: '京东',
    alternative: '通过企业官网或认证招聘账号投递',
    note: 'Chinese employers whose names fake recruiters borrow',
    source: '公安部 warnings on 冒充知名企业招聘; 刑法 art. 224',
  },
];
