/** Ads for the reliability tests, written for them: one violation each unless said otherwise. */

/**
 * Each city's employer has its own phone: one number behind two different employers is a cross-ad signal
 * (signal-shared-contact) that would flag the clean ads too.
 */
const PHONES: Record<string, string> = { 长沙: '0731-88886666', 苏州: '0512-66668888' };
const phoneOf = (city: string): string =>
  PHONES[city] ??
  `020-${String([...city].reduce((h, c) => (h * 31 + (c.codePointAt(0) ?? 0)) % 1e8, 7)).padStart(8, '6')}`;
export interface TestAd {
  platform: string;
  adId: string;
  title: string;
  description: string;
  [k: string]: unknown;
}

export function violatingAd(platform: string, adId: string, regionCode: string, city: string): TestAd {
  return {
    platform,
    adId,
    title: '仓库理货员',
    description: `负责仓库货物收发与盘点。任职要求：限男性，身体健康，能适应倒班。入职需缴纳服装押金300元。工作地点：${city}。`,
    employer: { name: `${city}示例物流有限公司` },
    location: { country: 'CN', city, regionCode },
    salary: { min: 5000, max: 7000, currency: 'CNY', period: 'month' },
    contact: { name: '人事部', phone: phoneOf(city) },
    language: 'zh',
  };
}

export function cleanAd(platform: string, adId: string, regionCode: string, city: string): TestAd {
  return {
    platform,
    adId,
    title: '仓库理货员',
    description: `负责仓库货物收发与盘点，做好出入库记录。任职要求：男女不限，一年以上仓储经验，能适应倒班。工作地点：${city}。`,
    employer: { name: `${city}示例物流有限公司` },
    location: { country: 'CN', city, regionCode },
    salary: { min: 5000, max: 7000, currency: 'CNY', period: 'month' },
    contact: { name: '人事部', phone: phoneOf(city) },
    headcount: 5,
    language: 'zh',
  };
}
