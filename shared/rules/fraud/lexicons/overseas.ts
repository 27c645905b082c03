/**
 * High-pay jobs abroad for unskilled work, especially in South-East Asia, that lure workers into
 * scam compounds, gambling operations or forced labour: tickets and visas "all paid", no skill or
 * language needed, passports kept, smuggling across the border. 反电信网络诈骗法 art. 36,
 * 对外劳务合作管理条例 art. 5/11/39/40, 刑法 art. 318/322/244; in the US and UK, the State Department's
 * and NCA's warnings on Southeast Asian scam-centre recruitment.
 */
import type { Lexicon } from '#shared/rules/fraud/lib/lexicon.ts';

const CN = '反电信网络诈骗法 art. 36; 对外劳务合作管理条例 art. 11, 39, 40; 刑法 art. 318, 244';
const EN = 'US State Department / UK FCDO warnings on scam-centre recruitment in SE Asia';

export const ABROAD: Lexicon = [
  {
    pattern:
      '缅甸|缅北|妙瓦底|佤邦|果敢|金三角|柬埔寨|西港|西哈努克|金边|老挝|泰国|曼谷|菲律宾|马尼拉|越南|马来西亚|吉隆坡|印尼|迪拜|阿联酋|中东|海外高薪|出国务工|境外|国外工作|出国',
    example: '柬埔寨西港 高薪客服',
    alternative: '',
    note: 'destinations of scam-compound and hostess lures, and "high pay abroad"',
    source: CN,
  },
  {
    pattern:
      'myanmar|burma|cambodia|sihanoukville|phnom penh|laos|thailand|bangkok|philippines|manila|vietnam|malaysia|kuala lumpur|indonesia|dubai|abu dhabi|\\buae\\b|work abroad|relocate to',
    example: 'Work abroad in Sihanoukville, Cambodia',
    alternative: '',
    note: 'destinations of scam-compound and hostess lures',
    source: EN,
  },
];

/** Each is a lure cue; two with a destination make the lure. */
export const LURE_EASY: Lexicon = [
  {
    pattern:
      '无需经验|不需要(?:工作)?经验|不要求经验|不要求外语|无需外语|不需要外语|会(?:电脑|中文)?打字(?:即可|就行)|零基础|无需学历|落地即上岗|no experience|only requirement|basic typing|no degree',
    example: '会电脑打字即可，无需经验',
    alternative: '',
    note: 'no skill, language or experience needed for well-paid work abroad',
    source: CN,
  },
];

export const LURE_PAID: Lexicon = [
  {
    pattern:
      '包机票|机票全包|路费全包|包签证|包路费|报销机票|机票报销|接机|派车(?:从边境)?接|free (?:round-trip )?flights?|flights? (?:reimbursed|included|paid)|free (?:housing|apartment|condo|accommodation)|visa sponsored|collect you at the airport',
    example: '包机票、包吃住、包签证',
    alternative: '',
    note: 'travel, visa and housing all paid',
    source: CN,
  },
];

/** Strong on their own with a destination. */
export const LURE_STRONG: Lexicon = [
  {
    pattern: '无护照|没有护照|不用护照|偷渡|边境接人|从边境|走小路|博彩|菠菜|盘口|园区|资金盘|杀猪盘|娱乐公司|娱乐集团',
    example: '无护照也能安排，公司派车从边境接人',
    alternative: '',
    note: 'illegal border crossing, gambling and scam-compound wording',
    source: CN,
  },
  {
    pattern:
      'near the (?:myanmar|thai|border)|border (?:town|area|office)|casino|online gaming|crypto (?:sales|investment) team|hostess',
    example: 'take you to the office near the Myanmar border',
    alternative: '',
    note: 'border compounds, gambling and hostess work',
    source: EN,
  },
];
