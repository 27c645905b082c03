/**
 * cn-age: an upper age limit or an age band for applicants (35岁以下, 18-35岁, 不超过35周岁, 90后优先,
 * 1990年以后出生, 三十五岁以下, 35岁以上勿扰).
 * No national statute names age (legal-basis.md §1A): flagged at medium severity as advisory, citing
 * 就业促进法 Art. 3 ("etc.") and the 2024 central opinion. A limit that differs by sex is also cn-gender.
 * Left alone: a minimum age alone (年满18周岁, 16岁以上); 年龄不限; upper limits at or above the statutory
 * retirement age (60, or 50/55 for women beside 60 for men, 不超过法定退休年龄); ages of children,
 * customers, students or users (3-6岁幼儿, 面向18-35岁用户); describing the team (团队氛围年轻, 90后团队).
 */
import { defineRule } from '#shared/engine/types.ts';
import { EXCLUDE_CHARS, need } from '#shared/rules/cn/lib/anchors.ts';
import { EXCLUDE_AFTER, PREFER_AFTER, RESTRICT_BEFORE } from '#shared/rules/cn/lib/markers.ts';
import { NUM, parseNumber } from '#shared/text/numerals.ts';
import { sentenceAt } from '#shared/rules/cn/lib/context.ts';
import { type MatchContext, type Pattern, adFact, adMentions, collect } from '#shared/rules/cn/lib/scan.ts';

const YEARS = '(?:周岁|岁)';
const DASH = '(?:[-–—~〜～－﹣]{1,3}|(?<=\\d)一(?=\\d)|至|到)';
/** The age in the phrase is someone else's: children, clients, students, users, vehicles. */
const NOT_APPLICANT =
  /儿童|幼儿|婴|宝宝|孩子|小朋友|少儿|青少年|学生|学员|客户|顾客|用户|消费者|会员|老人|长者|老年|患者|病人|人群|受众|粉丝|客群|见习|车龄|房龄|楼龄|树龄|子女|员工可|职工可|享受|白领|面向(?!社会)|针对|服务于/;
const RETIREMENT = /退休/;
const YOUTH_TRAINEE = /就业见习|见习岗位|见习基地|见习人员/;
const TURNED_AWAY_NEXT = new RegExp(`^(?:的|者|人员)?${EXCLUDE_AFTER}|^(?:的|者|人员)?(?:禁止|不得)`);

/** The words around the age, inside its phrase (a long unpunctuated phrase mixes several topics). */
function near(c: MatchContext): string {
  return c.text.slice(Math.max(c.phrase.start, c.start - 12), Math.min(c.phrase.end, c.end + 10));
}

/** Upper bound `hi` (and optional lower bound `lo`) make an applicant age cap below retirement age. */
function isCap(c: MatchContext): boolean {
  const g = c.m.groups ?? {};
  const hi = parseNumber(g.hi ?? g.hi2 ?? '');
  const lo = g.lo === undefined ? Number.NaN : parseNumber(g.lo);
  // a cap at 18 or below states the minimum working age the other way round (18岁以下不招)
  if (!(hi > 18 && hi < 60)) return false;
  // `35岁以下勿扰` turns the young away: a minimum, left alone like 年满18周岁
  if (TURNED_AWAY_NEXT.test(c.text.slice(c.end, c.end + 8))) return false;
  if (!Number.isNaN(lo) && (lo < 14 || lo >= hi)) return false;
  if (NOT_APPLICANT.test(near(c))) return false;
  // 就业见习 (youth trainee posts) are defined by age in employment policy
  if (adFact(c.doc, 'youth-trainee', () => adMentions(c.doc, YOUTH_TRAINEE))) return false;
  const sentence = sentenceAt(c.text, c.start, c.end).text;
  if (RETIREMENT.test(c.phrase.text)) return false;
  // 男60周岁、女50/55周岁以下: the statutory retirement ages, not a cap.
  if ((hi === 50 || hi === 55) && /男[^，。；女]{0,6}60/.test(sentence)) return false;
  return true;
}

const notApplicant = (c: MatchContext): boolean => !NOT_APPLICANT.test(near(c));

const GENERATION = '(?:(?:19)?[5-9][05]|0[05]|[零〇]零|九零|八零|九五|八五)后';

/** The topic a negation must name to lift this rule (年龄不限 lifts age; 男女不限 does not). */
const TOPIC = /年龄/;

const PATTERNS: readonly Pattern[] = [
  // 18-35岁, 18至35周岁, 18岁-35岁, 二十至三十五岁
  {
    need: need('岁', '-–—~〜～－﹣至到一'),
    re: new RegExp(`(?<!\\d)(?<lo>${NUM})\\s?${YEARS}?\\s?${DASH}\\s?(?<hi>${NUM})\\s?${YEARS}`, 'g'),
    accept: isCap,
  },
  // 年龄25～40, 年龄：18-45, 年龄要求20到35之间
  {
    need: need('龄', '-–—~〜～－﹣至到一'),
    re: new RegExp(
      `年龄[^，。；\\d\\n]{0,6}?(?<lo>${NUM})\\s?${YEARS}?\\s?${DASH}\\s?(?<hi>${NUM})(?![\\d年月天号])`,
      'g',
    ),
    accept: isCap,
  },
  // 35岁以下, 35周岁以内, 限25岁内, 三十五岁以下, 年龄在35岁以下, 35岁及以下
  {
    need: need('岁', '下内'),
    re: new RegExp(
      `(?<!\\d)(?<hi>${NUM})\\s?${YEARS}(?:[（(]含[）)])?(?:以下|以内|之内|之下|及以下|或以下|内|下)`,
      'g',
    ),
    accept: isCap,
  },
  // 年龄35以下, 年龄：40以内
  {
    need: need('龄', '下内'),
    re: new RegExp(`年龄[^，。；\\d\\n]{0,6}?(?<hi>${NUM})(?:以下|以内|之内|及以下)`, 'g'),
    accept: isCap,
  },
  // 不超过35岁, 小于35周岁, 最大不超过40岁
  {
    need: need('岁龄', '超大高低小最上≤<＜'),
    re: new RegExp(
      `(?:不超过|不超|不大于|不高于|低于|小于等于|小于|未超过|不得超过|不能超过|不可超过|不要超过|最大|最高|上限)\\s?(?<hi>${NUM})\\s?${YEARS}|年龄[^，。；\\d\\n]{0,4}?(?:≤|<|＜|<=|不超过|小于等于|小于)\\s?(?<hi2>\\d{2})`,
      'g',
    ),
    accept: isCap,
  },
  // 35岁以上勿扰, 超过40岁不要, 40岁以上免谈
  {
    need: need('岁', EXCLUDE_CHARS),
    re: new RegExp(
      `(?:超过|大于|高于|满)?(?<hi>${NUM})\\s?${YEARS}(?:以上|及以上|之上|以后)?(?:的|者|人员)?${EXCLUDE_AFTER}`,
      'g',
    ),
    accept: (c) => /超过|大于|高于|以上|之上|以后|满/.test(c.m[0]) && isCap(c),
    negationProof: true,
  },
  // 90后优先, 限95后, 只要00后, 80后勿扰, 年龄：90后
  {
    need: need('后'),
    re: new RegExp(
      `(?:${RESTRICT_BEFORE}|招聘|诚聘|急聘|招募|招收|招)${GENERATION}(?:[、/和及或]${GENERATION}){0,3}|${GENERATION}(?:[、/和及或]${GENERATION}){0,3}(?:者|的)?(?:${PREFER_AFTER}|${EXCLUDE_AFTER})|年龄(?:要求)?[：:]\\s?${GENERATION}`,
      'g',
    ),
    accept: notApplicant,
  },
  // 1990年以后出生, 出生于1995年后
  {
    need: need('出', '后'),
    re: /(?:(?:19|20)\d{2})年(?:及)?(?:以后|之后|后)出生|出生(?:于|在|日期在)?(?:19|20)\d{2}年(?:1月1日)?(?:及)?(?:以后|之后|后)/g,
    accept: notApplicant,
  },
  // 年龄30岁左右, 年龄：25左右
  {
    need: need('龄', '左'),
    re: new RegExp(`年龄[^，。；\\d\\n]{0,6}?(?<hi>${NUM})\\s?${YEARS}?左右`, 'g'),
    accept: isCap,
    confidence: 0.8,
  },
  // 大龄勿扰, 年龄偏大者不要, 中年人免谈
  {
    need: need('龄年', EXCLUDE_CHARS),
    re: new RegExp(
      `(?:大龄|超龄|中年|老年|年龄(?:偏大|较大|过大|大))(?:人|者|人员|女性|男性|的)?${EXCLUDE_AFTER}`,
      'g',
    ),
    accept: notApplicant,
    negationProof: true,
  },
  // 限年轻人, 要求年轻, 年轻女性优先
  {
    need: need('轻青'),
    re: new RegExp(
      `${RESTRICT_BEFORE}(?:年轻|年青)(?:人|者|女性|男性|女孩|男孩|女生|男生)?|(?:年轻|年青)(?:人|者|女性|男性|女孩|男孩|女生|男生)?${PREFER_AFTER}`,
      'g',
    ),
    accept: notApplicant,
    confidence: 0.8,
  },
];

export default defineRule({
  meta: {
    id: 'cn-age',
    category: 'discrimination',
    tags: ['cn.age'],
    severity: 'medium',
    legalBasis: { CN: ['cn.age', 'cn.equal'] },
    message: {
      zh: '招聘信息设置年龄上限或年龄段（如“35岁以下”），涉嫌年龄歧视（国家层面尚无专门禁止性规定，属政策风险提示）。',
      en: 'The ad sets an upper age limit or age band (e.g. "under 35"); flagged as age discrimination (no binding national provision yet: advisory).',
    },
    suggestion: {
      zh: '删除年龄上限，以工作经验、技能和健康要求等与岗位相关的条件代替；如需最低年龄，写明“年满18周岁”。',
      en: 'Remove the age cap; state job-related requirements (experience, skills) instead. A minimum legal age may stay.',
    },
    description:
      'Upper age limits and age bands for applicants (35岁以下, 18-35岁, 不超过35周岁, 三十五岁以下, 90后优先, 1990年以后出生, 35岁以上勿扰). Advisory: no binding national provision names age. Left alone: a minimum age alone (年满18周岁), 年龄不限, limits at or above the statutory retirement age, ages of children, customers or users (3-6岁幼儿), and describing the team (90后团队).',
  },
  check(doc) {
    return collect(doc, PATTERNS, { topic: TOPIC });
  },
});
