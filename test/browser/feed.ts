/** A small realistic feed for the console's browser test: Changsha and Suzhou ads from two platforms. */

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Completes a 17-character unified social credit code with its GB 32100 check character. */
export function uscc(base17: string): string {
  let sum = 0;
  [...base17].forEach((ch, i) => {
    sum += USCC_CHARS.indexOf(ch) * (USCC_WEIGHTS[i] ?? 0);
  });
  const check = (31 - (sum % 31)) % 31;
  return base17 + USCC_CHARS[check];
}

export const CHANGSHA_EMPLOYER = { name: '长沙星沙汇通商贸有限公司', creditCode: uscc('91430100MA4L7R8K0') };
const SUZHOU_EMPLOYER = { name: '苏州工业园区恒达电子有限公司', creditCode: uscc('91320594MA1MXQ2T3') };

const cs = (regionCode: string) => ({ country: 'CN', city: '长沙', regionCode });
const sz = (regionCode: string) => ({ country: 'CN', city: '苏州', regionCode });

export const PLATFORM_A_ADS = [
  {
    platform: 'demo-platform-a',
    adId: 'ui-cs-front',
    title: '前台接待（写字楼）',
    description:
      '岗位职责：负责公司前台接待、来访登记、会议室预订及日常行政事务。\n任职要求：限女性，未婚，年龄18-25岁，身高165cm以上，形象气质佳，普通话标准。\n待遇：底薪3500+全勤奖，五险，双休。',
    employer: CHANGSHA_EMPLOYER,
    location: cs('430102'),
    salary: { min: 3500, max: 4500, currency: 'CNY', period: 'month' },
    language: 'zh',
  },
  {
    platform: 'demo-platform-a',
    adId: 'ui-cs-warehouse',
    title: '仓库理货员 日结',
    description:
      '招聘仓库理货员20名，无需经验。入职前需缴纳培训费300元、服装押金200元，统一办理工作证另收100元。日结工资，多劳多得。',
    employer: CHANGSHA_EMPLOYER,
    location: cs('430100'),
    salary: { min: 6000, max: 9000, currency: 'CNY', period: 'month' },
    language: 'zh',
  },
  {
    platform: 'demo-platform-a',
    adId: 'ui-cs-accountant',
    title: '会计',
    description:
      '负责公司日常账务处理、纳税申报和财务报表编制。要求会计相关专业大专以上学历，持初级会计职称，2年以上工作经验。五险一金，双休，年终奖。',
    employer: CHANGSHA_EMPLOYER,
    location: cs('430100'),
    salary: { min: 6000, max: 8000, currency: 'CNY', period: 'month' },
    language: 'zh',
  },
];

export const PLATFORM_B_ADS = [
  {
    platform: 'demo-platform-b',
    adId: 'ui-sz-operator',
    title: '电子厂普工',
    description: '长白班普工，限男性，45岁以下，乙肝携带者勿扰。包吃住，月综合收入6000-8000元。',
    employer: SUZHOU_EMPLOYER,
    location: sz('320505'),
    salary: { min: 6000, max: 8000, currency: 'CNY', period: 'month' },
    language: 'zh',
  },
  {
    platform: 'demo-platform-b',
    adId: 'ui-sz-overseas',
    title: '海外客服专员 高薪',
    description:
      '急招赴柬埔寨西港客服专员，无需经验，月薪3-5万，包机票包食宿，落地即可上岗。护照由公司统一保管办理工作签证。详情加微信 hr_xg8888 咨询。',
    employer: { name: '苏州环球人力资源服务有限公司' },
    location: sz('320500'),
    salary: { min: 30000, max: 50000, currency: 'CNY', period: 'month' },
    language: 'zh',
  },
];
