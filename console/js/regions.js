/**
 * Names of common Chinese administrative codes, for labels only (the code itself is what scope and
 * filters use). Longest prefix wins: 430102 → 长沙 (4301), 439999 → 湖南 (43).
 */

/** prefix → [zh, en] */
const NAMES = {
  11: ['北京', 'Beijing'],
  12: ['天津', 'Tianjin'],
  13: ['河北', 'Hebei'],
  1301: ['石家庄', 'Shijiazhuang'],
  14: ['山西', 'Shanxi'],
  15: ['内蒙古', 'Inner Mongolia'],
  21: ['辽宁', 'Liaoning'],
  2101: ['沈阳', 'Shenyang'],
  2102: ['大连', 'Dalian'],
  22: ['吉林', 'Jilin'],
  2201: ['长春', 'Changchun'],
  23: ['黑龙江', 'Heilongjiang'],
  2301: ['哈尔滨', 'Harbin'],
  31: ['上海', 'Shanghai'],
  32: ['江苏', 'Jiangsu'],
  3201: ['南京', 'Nanjing'],
  3202: ['无锡', 'Wuxi'],
  3205: ['苏州', 'Suzhou'],
  33: ['浙江', 'Zhejiang'],
  3301: ['杭州', 'Hangzhou'],
  3302: ['宁波', 'Ningbo'],
  34: ['安徽', 'Anhui'],
  3401: ['合肥', 'Hefei'],
  35: ['福建', 'Fujian'],
  3501: ['福州', 'Fuzhou'],
  3502: ['厦门', 'Xiamen'],
  36: ['江西', 'Jiangxi'],
  3601: ['南昌', 'Nanchang'],
  37: ['山东', 'Shandong'],
  3701: ['济南', 'Jinan'],
  3702: ['青岛', 'Qingdao'],
  41: ['河南', 'Henan'],
  4101: ['郑州', 'Zhengzhou'],
  42: ['湖北', 'Hubei'],
  4201: ['武汉', 'Wuhan'],
  43: ['湖南', 'Hunan'],
  4301: ['长沙', 'Changsha'],
  44: ['广东', 'Guangdong'],
  4401: ['广州', 'Guangzhou'],
  4403: ['深圳', 'Shenzhen'],
  4406: ['佛山', 'Foshan'],
  4419: ['东莞', 'Dongguan'],
  45: ['广西', 'Guangxi'],
  4501: ['南宁', 'Nanning'],
  46: ['海南', 'Hainan'],
  50: ['重庆', 'Chongqing'],
  51: ['四川', 'Sichuan'],
  5101: ['成都', 'Chengdu'],
  52: ['贵州', 'Guizhou'],
  53: ['云南', 'Yunnan'],
  5301: ['昆明', 'Kunming'],
  61: ['陕西', 'Shaanxi'],
  6101: ['西安', "Xi'an"],
  62: ['甘肃', 'Gansu'],
  63: ['青海', 'Qinghai'],
  64: ['宁夏', 'Ningxia'],
  65: ['新疆', 'Xinjiang'],
};

/**
 * @param {string|null|undefined} code
 * @param {'zh'|'en'} lang
 * @returns {string|null}
 */
export function regionName(code, lang) {
  if (!code || !/^\d{6}$/.test(code)) return null;
  for (const len of [4, 2]) {
    const entry = /** @type {Record<string, [string, string]>} */ (NAMES)[code.slice(0, len)];
    if (entry) return lang === 'en' ? entry[1] : entry[0];
  }
  return null;
}
