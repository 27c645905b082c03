/**
 * cn-other: personal traits with no bearing on any job used to choose people: zodiac animal (属狗的不要,
 * 限属龙), star sign (处女座勿扰, 狮子座优先), blood type (A型血优先, 血型要求：O型), sexual orientation
 * (同性恋勿扰).
 * Unlawful as discrimination under the open list of 就业促进法 Art. 3 ("etc.") and the non-discrimination
 * duty of Art. 26 and 人力资源市场暂行条例 Art. 24; no statute names these traits, so findings are medium.
 * Left alone: blood type as work content (血型鉴定, 输血科), horoscope products (星座运势编辑), the zodiac
 * year of a festival (龙年春节).
 */
import { defineRule } from '#shared/engine/types.ts';
import { EXCLUDE_CHARS, PREFER_CHARS, RESTRICT_CHARS, need } from '#shared/rules/cn/lib/anchors.ts';
import { alternation } from '#shared/rules/cn/lib/lexicon.ts';
import { EXCLUDE_AFTER, EXCLUDE_BEFORE, PREFER_AFTER, RESTRICT_BEFORE } from '#shared/rules/cn/lib/markers.ts';
import { type Pattern, collect } from '#shared/rules/cn/lib/scan.ts';
import { BLOOD_TYPES, STAR_SIGNS, ZODIAC_ANIMALS } from '#shared/rules/cn/lexicon/traits.ts';

const ANIMAL = `属(?:相)?(?:为|是)?${alternation(ZODIAC_ANIMALS)}`;
const SIGN = `${alternation(STAR_SIGNS)}座`;
const BLOOD = `(?<![a-z])${alternation(BLOOD_TYPES)}\\s?型血?`;
const TRAIT = `(?:${ANIMAL}|${SIGN}|${BLOOD}|同性恋|gay|lgbt|性少数)`;
const LIST = `${TRAIT}(?:[、/和及或]${TRAIT}){0,3}`;
const PERSON = '(?:的|者|人|人士|人员|朋友)?';

/** Every trait word holds one of these. */
const TRAIT_CHARS = '属座型恋gl数';

/** The topic a negation must name to lift this rule (年龄不限 lifts age; 男女不限 does not). */
const TOPIC = /星座|生肖|血型|属相/;

const PATTERNS: readonly Pattern[] = [
  // 属狗的不要, 处女座勿扰, AB型血除外 / 不要属虎的
  {
    need: need(TRAIT_CHARS, EXCLUDE_CHARS),
    re: new RegExp(`${LIST}${PERSON}${EXCLUDE_AFTER}|${EXCLUDE_BEFORE}${TRAIT}`, 'g'),
    negationProof: true,
    confidence: 0.95,
  },
  // 限属龙, 只要狮子座 / A型血优先
  {
    need: need(TRAIT_CHARS, RESTRICT_CHARS + PREFER_CHARS),
    re: new RegExp(`${RESTRICT_BEFORE}${LIST}|${LIST}${PERSON}${PREFER_AFTER}`, 'g'),
    confidence: 0.9,
  },
  // 血型要求：O型, 星座：非处女座, 生肖要求
  {
    need: need('血星肖相'),
    re: new RegExp(
      `(?:血型|星座|生肖|属相)(?:要求|限制|限定)(?:[：:]\\s?[^，。；\\n]{0,8})?|(?:血型|星座|生肖|属相)[：:]\\s?(?:${TRAIT}|非${TRAIT})`,
      'g',
    ),
    confidence: 0.85,
  },
];

export default defineRule({
  meta: {
    id: 'cn-other',
    category: 'discrimination',
    tags: ['cn.other'],
    severity: 'medium',
    legalBasis: { CN: ['cn.equal'] },
    message: {
      zh: '招聘信息以生肖、星座、血型、性取向等与工作无关的个人特征筛选求职者，构成就业歧视。',
      en: 'The ad selects applicants by zodiac sign, star sign, blood type, sexual orientation or a similar trait unrelated to work.',
    },
    suggestion: {
      zh: '删除与工作无关的个人特征条件。',
      en: 'Remove conditions on personal traits unrelated to the work.',
    },
    description:
      'Personal traits unrelated to any job used as conditions, preferences or exclusions: zodiac animal (属狗的不要), star sign (处女座勿扰), blood type (A型血优先, 血型要求), sexual orientation (同性恋勿扰). Left alone: blood type as work content (血型鉴定), horoscope products, festival zodiac years.',
  },
  check(doc) {
    return collect(doc, PATTERNS, { topic: TOPIC });
  },
});
