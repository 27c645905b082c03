/**
 * cn-gender: the ad limits the post to one sex, states a sex preference, turns one sex away, or sets
 * different standards for women and men (男45岁以下、女40岁以下).
 * Unlawful under 妇女权益保障法 Art. 43(1),(5) and 就业促进法 Art. 27: 限男性, 男士优先, 仅招女生, 女士勿扰,
 * 性别：男, 招女工, 宝妈优先, 身高男175女165.
 * Left alone: 男女不限 / 不论性别 / 性别不限; sex words that describe products or clients (女装, 男士护肤,
 * 女性顾客); "men only" where the ad is for work the law bars women from (矿山井下, grade-IV labour,
 * loads over 25 kg) or where sex is inherent in the post (fitting models, bath-house attendants, body
 * searches); equal-opportunity statements; statutory retirement ages that differ by sex (男60女55).
 */
import { defineRule } from '#shared/engine/types.ts';
import { EXCLUDE_CHARS, PREFER_CHARS, RESTRICT_CHARS, need } from '#shared/rules/cn/lib/anchors.ts';
import { isSexInherentPost, isWomenBarredWork } from '#shared/rules/cn/lib/exceptions.ts';
import { JOB_NOUN, NOT_A_CANDIDATE } from '#shared/rules/cn/lib/jobs.ts';
import { EXCLUDE_AFTER, EXCLUDE_BEFORE, PREFER_AFTER, RESTRICT_BEFORE } from '#shared/rules/cn/lib/markers.ts';
import { NUM, parseNumber } from '#shared/text/numerals.ts';
import { sentenceAt } from '#shared/rules/cn/lib/context.ts';
import { type MatchContext, type Pattern, collect } from '#shared/rules/cn/lib/scan.ts';

/** A sex word naming the candidate: 男, 女性, 男士, 女生, 男的, 女孩. */
const SEX = `(?<sex>男|女)(?:性|生|士|仕|的|孩子?|同志|同学|人)?${NOT_A_CANDIDATE}`;
const NOT_AFTER_LIMIT = '(?<![无不年期时界有额上下局权])';
const MOTHERS = '(?:宝妈|宝爸|全职妈妈|全职太太|家庭主妇|已婚妇女|妈妈)';
const RECRUIT = '(?:招聘|急招|诚招|诚聘|急聘|招募|招收|聘请|聘用|补充|招|聘)[：:]?\\s?(?:大量|若干|一批)?';
const COUNT = `(?:(?:${NUM}|若干|数)(?:名|位|个|人))`;

/** Only restrictions aimed at men can restate the ban on women in mines or heavy lifting. */
function menOnlyLawful(c: MatchContext): boolean {
  const sex = c.m.groups?.sex;
  if (sex === '男' && isWomenBarredWork(c.doc)) return true;
  return isSexInherentPost(c.doc);
}
/** The phrase describes clients or users, not applicants. */
const CLIENTS = /客户|顾客|用户|消费者|会员|人群|客群|粉丝|患者|白领|面向(?!社会)/;
const unlessLawful = (c: MatchContext): boolean => !menOnlyLawful(c);

/** 男45女40 and the like: one standard for men, another for women, unless it is the retirement age. */
function differentStandard(c: MatchContext): boolean {
  const g = c.m.groups ?? {};
  // with ranges (女17-40、男17-35) compare the upper bounds
  const a = parseNumber(g.a2 ?? g.a ?? '');
  const b = parseNumber(g.b2 ?? g.b ?? '');
  if (!(a >= 16 && b >= 16) || a === b) return false;
  const first = c.m.groups?.first;
  const men = first === '男' ? a : b;
  const women = first === '男' ? b : a;
  if (men === 60 && (women === 50 || women === 55)) return false;
  return !isSexInherentPost(c.doc);
}

/** The sentence names only this sex (`男性，25-40岁`), not both (`男、女`, `男60女55`). */
function bareSexAlone(c: MatchContext): boolean {
  const other = c.m.groups?.sex === '男' ? '女' : '男';
  return !sentenceAt(c.text, c.start, c.end).text.includes(other);
}

/** The topic a negation must name to lift this rule (年龄不限 lifts age; 男女不限 does not). */
const TOPIC = /男女|性别/;

/** A sex word other than the pair 男女 (男女不限 alone needs no pattern), or a mothers word. */
const GATE = /男(?!女)|(?<!男)女|妈|爸|太太|主妇/;

const PATTERNS: readonly Pattern[] = [
  // 限男性, 仅招女生, 要求男性, 只要女的
  {
    need: need('男女', RESTRICT_CHARS),
    re: new RegExp(`${NOT_AFTER_LIMIT}${RESTRICT_BEFORE}${SEX}`, 'g'),
    accept: unlessLawful,
    confidence: 0.95,
  },
  // 男士优先, 女性者优先, 男生更佳
  {
    need: need('男女', PREFER_CHARS),
    re: new RegExp(`${SEX}者?${PREFER_AFTER}`, 'g'),
    accept: unlessLawful,
    negationProof: true,
    confidence: 0.95,
  },
  // 男性为宜, 以女性为主, 最好是男生
  {
    need: need('男女', '宜主最望倾'),
    re: new RegExp(`(?:以)?${SEX}(?:为宜|为主)(?!的)|(?:最好是?|希望是|倾向于?)${SEX}`, 'g'),
    accept: (c) => !/团队|员工|同事|客户|顾客|用户|粉丝/.test(c.phrase.text) && unlessLawful(c),
    confidence: 0.85,
  },
  // 不招女性, 谢绝男士 / 女士勿扰, 男性免谈
  {
    need: need('男女', EXCLUDE_CHARS),
    re: new RegExp(`(?:${EXCLUDE_BEFORE}|不适合|不适宜|不宜)${SEX}|${SEX}${EXCLUDE_AFTER}`, 'g'),
    accept: unlessLawful,
    negationProof: true,
    confidence: 0.95,
  },
  // 性别：男, 性别要求：女性
  {
    need: need('性', '男女'),
    re: new RegExp(`性别(?:要求|限制)?[：:]?\\s?(?:限|为)?${SEX}(?![、/／或和及与])`, 'g'),
    accept: unlessLawful,
  },
  // 招女工, 急招男普工10名, 诚聘女性
  {
    need: need('招聘充', '男女'),
    re: new RegExp(`${RECRUIT}${COUNT}?${SEX}(?:${JOB_NOUN})?`, 'g'),
    accept: unlessLawful,
  },
  // 女服务员3名, 男保安2名
  { need: need('男女', '名位个人干数'), re: new RegExp(`${SEX}${JOB_NOUN}${COUNT}`, 'g'), accept: unlessLawful },
  // A title naming a one-sex post: 女前台, 男司机
  {
    need: need('男女'),
    re: new RegExp(`^[^，。,]{0,8}?(?<post>${SEX}${JOB_NOUN})`, 'dg'),
    group: 'post',
    accept: (c) => c.field === 'title' && unlessLawful(c),
    confidence: 0.85,
  },
  // 20-50岁的健康女性, 35岁以下男性: an age condition naming one sex
  {
    need: need('男女', '岁'),
    re: new RegExp(`\\d{2}\\s?(?:周岁|岁)(?:以下|以上|以内|之间|左右)?的?(?:健康|年轻|成熟|已婚|未婚)?${SEX}`, 'g'),
    accept: (c) => !CLIENTS.test(c.phrase.text) && bareSexAlone(c) && unlessLawful(c),
    confidence: 0.85,
  },
  // A bare sex word as a listed condition: `男性，25-40岁`, `1、女，大专以上`
  {
    need: need('男女'),
    re: new RegExp(
      `(?<![\\p{Script=Han}/／]|[男女性生士][、])(?<sex>男|女)(?:性|生|士)?(?![\\p{Script=Han}/／a-z]|、[男女]|\\s?[：:]?\\s?\\d{1,3}\\s?(?:名|人|位|个))`,
      'gu',
    ),
    accept: (c) => bareSexAlone(c) && unlessLawful(c),
    confidence: 0.85,
  },
  // 宝妈优先, 限宝妈, 只招家庭主妇
  {
    need: need('妈爸太主妇', RESTRICT_CHARS + PREFER_CHARS),
    re: new RegExp(`${NOT_AFTER_LIMIT}${RESTRICT_BEFORE}${MOTHERS}|${MOTHERS}${PREFER_AFTER}`, 'g'),
    confidence: 0.85,
  },
  // 男45岁以下、女40岁以下; 身高男175女165
  {
    need: need('男', '女', '0123456789'),
    re: new RegExp(
      `(?<first>男|女)(?:性|士|生)?[^，。；\\n男女\\d]{0,6}?(?<a>\\d{2,3})(?:\\s?(?:周岁|岁)?[-–—~～至到]{1,3}(?<a2>\\d{2,3}))?(?![\\d名位个人])[^，。；\\n男女]{0,10}?[，,、/；;\\s]?(?:男|女)(?:性|士|生)?[^，。；\\n男女\\d]{0,6}?(?<b>\\d{2,3})(?:\\s?(?:周岁|岁)?[-–—~～至到]{1,3}(?<b2>\\d{2,3}))?(?![\\d名位个人])`,
      'g',
    ),
    accept: differentStandard,
    confidence: 0.85,
    note: 'different standards for women and men',
  },
];

export default defineRule({
  meta: {
    id: 'cn-gender',
    category: 'discrimination',
    tags: ['cn.gender'],
    severity: 'high',
    legalBasis: { CN: ['cn.gender', 'cn.equal'] },
    message: {
      zh: '招聘信息限定、优先或排斥某一性别，或对男女设定不同的录用标准，构成性别歧视。',
      en: 'The ad restricts the job to one sex, prefers or turns away one sex, or sets different hiring standards for women and men.',
    },
    suggestion: {
      zh: '删除性别条件（改为“男女不限”），对男女适用同一录用标准；确属国家规定女职工禁忌从事的岗位，请写明依据。',
      en: 'Remove the sex condition and apply one standard to all; if the post is one the law bars women from, say so and cite the rule.',
    },
    description:
      'Sex restrictions, preferences and exclusions (限男性, 男士优先, 女士勿扰, 性别：男, 招女工, 宝妈优先) and different standards for women and men (男45岁以下、女40岁以下). Left alone: 男女不限 and other negations, sex words describing products or clients (女装, 男士护肤, 女性顾客), men-only posts in work the law bars women from (矿山井下, grade-IV labour, loads over 25 kg), posts where sex is inherent (fitting models, bath-house attendants, body searches), equal-opportunity statements, and statutory retirement ages.',
  },
  check(doc) {
    return collect(doc, PATTERNS, { topic: TOPIC, gate: GATE });
  },
});
