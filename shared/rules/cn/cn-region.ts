/**
 * cn-region: household registration (户籍) or regional origin as a hiring condition, preference or
 * exclusion: 限本地户籍, 本地人优先, 户口：本市, 不招河南人, 外地人勿扰, 农村户口不要.
 * Unlawful under 人力资源市场暂行条例 Art. 11 and 就业促进法 Art. 31 (rural workers).
 * Left alone: 不限户籍 / 户籍不限; hukou as a benefit (可解决北京户口, 协助落户); local knowledge or
 * language as a skill (熟悉本地路况, 会说粤语); the work location.
 */
import { defineRule } from '#shared/engine/types.ts';
import { EXCLUDE_CHARS, PREFER_CHARS, RESTRICT_CHARS, need } from '#shared/rules/cn/lib/anchors.ts';
import { alternation } from '#shared/rules/cn/lib/lexicon.ts';
import { EXCLUDE_AFTER, EXCLUDE_BEFORE, PREFER_AFTER, RESTRICT_BEFORE } from '#shared/rules/cn/lib/markers.ts';
import { type MatchContext, type Pattern, collect } from '#shared/rules/cn/lib/scan.ts';
import { PLACES } from '#shared/rules/cn/lexicon/places.ts';

const ONE_PLACE = `${alternation(PLACES)}(?:省|市|自治区|地区)?`;
/** One place or a short list (湖南、湖北籍; 广东省内). */
const PLACE = `${ONE_PLACE}(?:[、/和及与]${ONE_PLACE}){0,3}(?:内)?`;
/** What ties a place to a person: hukou, native place, or "person from". */
const ORIGIN = '(?:户籍|户口|籍贯|籍|人员|人士|人|的)';
const notBenefit = (c: MatchContext): boolean => !/解决|落户|办理|迁入|指标|协助|帮助/.test(c.phrase.text);

/** The topic a negation must name to lift this rule (年龄不限 lifts age; 男女不限 does not). */
const TOPIC = /户籍|户口|籍贯|地区|地域/;

/** Any place word or hukou word. */
const GATE = new RegExp(`${alternation(PLACES)}|户籍|户口|籍贯`);

const PATTERNS: readonly Pattern[] = [
  // 限本地户籍, 只招本地人, 要求本市户口, 仅限河南籍
  {
    need: need(RESTRICT_CHARS, '户籍人的'),
    re: new RegExp(`${RESTRICT_BEFORE}${PLACE}(?:户籍|户口|籍贯|籍|人员|人士|人)`, 'g'),
    accept: notBenefit,
    confidence: 0.95,
  },
  // 本地人优先, 本市户籍者优先, 河南籍优先, 本地优先
  {
    need: need(PREFER_CHARS),
    re: new RegExp(`${PLACE}${ORIGIN}(?:者|人员)?${PREFER_AFTER}|(?:本地|本市|当地)${PREFER_AFTER}`, 'g'),
    negationProof: true,
    accept: notBenefit,
    confidence: 0.9,
  },
  // 不招河南人, 不要外地的 / 外地人勿扰, 河南人免谈, 农村户口不要
  {
    need: need(EXCLUDE_CHARS, '户籍人的'),
    re: new RegExp(`${EXCLUDE_BEFORE}${PLACE}${ORIGIN}|${PLACE}${ORIGIN}(?:者|人员)?${EXCLUDE_AFTER}`, 'g'),
    negationProof: true,
    confidence: 0.95,
  },
  // 户籍：本市, 户口要求：本地
  {
    need: need('户籍'),
    re: new RegExp(`(?:户籍|户口|籍贯)(?:要求|限制|所在地)?[：:]?\\s?(?:限|为|须为|需为|必须是)?${PLACE}`, 'g'),
    accept: notBenefit,
    confidence: 0.9,
  },
];

export default defineRule({
  meta: {
    id: 'cn-region',
    category: 'discrimination',
    tags: ['cn.region'],
    severity: 'high',
    legalBasis: { CN: ['cn.region', 'cn.equal'] },
    message: {
      zh: '招聘信息以户籍或地域出身限制、优先或排斥求职者，构成地域歧视。',
      en: 'The ad restricts, prefers or turns away applicants by household registration (hukou) or regional origin.',
    },
    suggestion: {
      zh: '删除户籍和地域条件；如需在本地工作，写明工作地点即可。',
      en: 'Remove hukou and regional-origin conditions; state the work location instead.',
    },
    description:
      'Hukou and regional-origin conditions, preferences and exclusions (限本地户籍, 本地人优先, 户口：本市, 不招河南人, 外地人勿扰, 农村户口不要). Left alone: 不限户籍 and other negations, hukou as a benefit (可解决北京户口), local knowledge or dialect as a skill (熟悉本地路况, 会说粤语), and the work location.',
  },
  check(doc) {
    return collect(doc, PATTERNS, { topic: TOPIC, gate: GATE });
  },
});
