/**
 * The labour market a pay claim is judged against: the tier of a Chinese city, the US, the UK,
 * or — for jobs offered abroad — the destination region (South-East Asia, the Gulf).
 */
export type Market = 'CN-1' | 'CN-2' | 'CN-3' | 'US' | 'GB' | 'SEA' | 'GULF';

/** 一线 cities, by name and by the first four digits of the GB/T 2260 region code. */
const TIER1 = new Set(['北京', '上海', '广州', '深圳']);
const TIER1_CODES = new Set(['1100', '3100', '4401', '4403']);
/** 新一线 cities, provincial capitals and 计划单列市 (commonly used city-tier lists, e.g. 第一财经 2025). */
const TIER2 = new Set(
  (
    '成都 杭州 重庆 武汉 西安 苏州 天津 南京 长沙 郑州 东莞 青岛 沈阳 宁波 昆明 合肥 佛山 无锡 厦门 福州 济南 大连 ' +
    '哈尔滨 长春 石家庄 南宁 南昌 贵阳 太原 兰州 乌鲁木齐 呼和浩特 海口 银川 西宁 拉萨 珠海 温州 常州 泉州 嘉兴 金华'
  ).split(' '),
);

export function cnMarket(city: string | undefined, regionCode: string | undefined): Market {
  const c = (city ?? '').replace(/市$/, '');
  if (TIER1.has(c) || (regionCode && TIER1_CODES.has(regionCode.slice(0, 4)))) return 'CN-1';
  if (TIER2.has(c)) return 'CN-2';
  return 'CN-3';
}

/** Destinations of overseas job offers, by region, in normalised (lower-case, simplified) wording. */
export const SEA_PLACES =
  /缅甸|缅北|妙瓦底|佤邦|果敢|金三角|柬埔寨|西港|西哈努克|金边|老挝|泰国|曼谷|菲律宾|马尼拉|越南|马来西亚|吉隆坡|印尼|印度尼西亚|myanmar|burma|cambodia|sihanoukville|phnom penh|laos|thailand|bangkok|philippines|manila|vietnam|malaysia|kuala lumpur|indonesia/u;
export const GULF_PLACES = /迪拜|阿联酋|中东|沙特|卡塔尔|科威特|dubai|abu dhabi|uae|saudi|qatar|kuwait/u;

export function destinationMarket(text: string): Market | undefined {
  if (GULF_PLACES.test(text)) return 'GULF';
  if (SEA_PLACES.test(text)) return 'SEA';
  return undefined;
}

/** The currency baselines of a market are written in. */
export const MARKET_CURRENCY: Readonly<Record<Market, string>> = {
  'CN-1': 'CNY',
  'CN-2': 'CNY',
  'CN-3': 'CNY',
  US: 'USD',
  GB: 'GBP',
  SEA: 'CNY',
  GULF: 'CNY',
};
