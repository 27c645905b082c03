/**
 * Scope in Chinese ads: the phrase a condition sits in (between commas and stops), whether it is
 * negated (男女不限, 不论性别, 无身高要求), and whether it is part of an equal-opportunity statement
 * (我们欢迎不同民族、性别的求职者). Every look-around is bounded so a 2 MB ad costs the same per hit.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

const WINDOW = 80;
const isPhraseBreak = (c: number): boolean =>
  c === 0xff0c /* ， */ ||
  c === 0x2c /* , */ ||
  c === 0x3002 /* 。 */ ||
  c === 0xff1b /* ； */ ||
  c === 0x3b /* ; */ ||
  c === 0xff01 ||
  c === 0x21 ||
  c === 0xff1f ||
  c === 0x3f ||
  c === 0x0a ||
  c === 0x0d ||
  c === 0x7c /* | */;
const isSentenceBreak = (c: number): boolean =>
  c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0x21 || c === 0xff1f || c === 0x3f || c === 0x0a;

function bounded(text: string, start: number, end: number, isBreak: (c: number) => boolean, window: number): Span {
  let s = start;
  const sMin = Math.max(0, start - window);
  while (s > sMin && !isBreak(text.charCodeAt(s - 1))) s--;
  let e = end;
  const eMax = Math.min(text.length, end + window);
  while (e < eMax && !isBreak(text.charCodeAt(e))) e++;
  return { start: s, end: e, text: text.slice(s, e) };
}

/** The phrase around a span: between commas, stops, semicolons and line ends (at most 80 chars each way). */
export const phraseAt = (text: string, start: number, end: number): Span =>
  bounded(text, start, end, isPhraseBreak, WINDOW);

/** The sentence around a span (at most 160 chars each way). */
export const sentenceAt = (text: string, start: number, end: number): Span =>
  bounded(text, start, end, isSentenceBreak, WINDOW * 2);

/**
 * Words that lift a condition: 不限 (but not 不限于 "including but not limited to"), 不论, 无论, 不分,
 * 均可, 皆可, 都可以, 无要求, 不作要求.
 */
const NEGATION =
  /不限(?!于)|不论|无论|不分|不拘|均可|皆可|都可|均行|都行|均欢迎|都欢迎|一律欢迎|兼可|无(?:特殊|硬性|特别)?要求|没有(?:特殊|硬性)?要求|不作(?:硬性)?要求|不做(?:硬性)?要求|不要求|无限制|不设限|不作限制|没有限制|不受限/;

/**
 * A negation that lifts another condition (`20-32岁男女不限` lifts sex, not age; `户籍不限` lifts hukou).
 * Each fragment names its topic; the rule's own topic keeps the fragment, any other topic removes it.
 */
const TOPIC_NEGATION =
  /(?<topic>男女|性别|年龄|学历|工作经验|有无经验|经验|专业|户籍|户口|籍贯|地区|地域|身高|体重|相貌|长相|婚否|婚姻|婚育|民族|宗教信仰|宗教|行业|文化程度|文化|学校|院校|生手熟手|生熟手|熟手|生手|新手|新人|应届生?|在校生|学生|兼职|全职|工种|班次|岗位|人数|时间|地点|长短期|长期|短期|临时工?|小时工)(?:均|都|一律)?(?:不限(?!于)|不论|均可|皆可|都可以?|无要求|无限制|不拘|不做要求|不作要求)|(?:不限|不论|无论|不分)(?<topic2>男女|性别|年龄|学历|经验|专业|户籍|户口|地区|地域|行业|身高|民族|宗教|婚否)/g;

const NEGATION_ALL = new RegExp(NEGATION.source, 'g');
/** How far from the condition a negation word may sit and still lift it. */
const NEAR_BEFORE = 8;
const NEAR_AFTER = 6;

/**
 * Whether the phrase lifts the condition at [start, end) (offsets within the phrase): a negation word
 * near it (`年龄不限`, `985/211均可`) that does not belong to another topic (`20-32岁男女不限`) and is not
 * far away in a long unpunctuated phrase (`18-35岁生手熟手均可`). `own` matches the rule's topic words.
 */
export function isNegated(phrase: string, own?: RegExp, start = 0, end = phrase.length): boolean {
  if (!NEGATION.test(phrase)) return false;
  const foreign: [number, number][] = [];
  if (own) {
    TOPIC_NEGATION.lastIndex = 0;
    for (let m = TOPIC_NEGATION.exec(phrase); m !== null; m = TOPIC_NEGATION.exec(phrase)) {
      const topic = m.groups?.topic ?? m.groups?.topic2 ?? '';
      if (!own.test(topic)) foreign.push([m.index, m.index + m[0].length]);
    }
  }
  NEGATION_ALL.lastIndex = 0;
  for (let m = NEGATION_ALL.exec(phrase); m !== null; m = NEGATION_ALL.exec(phrase)) {
    const s = m.index;
    const e = s + m[0].length;
    if (foreign.some(([a, b]) => s >= a && e <= b)) continue;
    if (e >= start - NEAR_BEFORE && s <= end + NEAR_AFTER) return true;
  }
  return false;
}

/** An equal-opportunity statement names protected groups to welcome them, not to exclude them. */
const EQUAL_OPPORTUNITY =
  /(?:欢迎|鼓励|接受)[^。；\n]{0,12}(?:不同|各|任何|所有|各类|各种)|一视同仁|平等(?:就业|对待|机会|录用|的就业)|同等(?:对待|条件)|不(?:因|以)[^。；\n]{0,24}(?:歧视|区别对待|差别对待|拒绝|为由)|(?:反|禁止|杜绝|拒绝|不存在|无)[^。；\n]{0,12}?歧视|不歧视|多元(?:化|包容)|包容/;

export const isEqualOpportunity = (sentence: string): boolean => EQUAL_OPPORTUNITY.test(sentence);

/**
 * A line of a person's record (a sample CV, a published hire): 姓名：张伟　性别：男. Its 性别/民族/婚姻
 * fields describe that person, not who may apply.
 */
const PERSON_RECORD = /姓名[：:]|出生(?:日期|年月)[：:]|(?:家庭)?住址[：:]|政治面貌[：:]|身份证(?:号码?)?[：:]/;

export const isPersonRecord = (sentence: string): boolean => PERSON_RECORD.test(sentence);
