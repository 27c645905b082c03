/**
 * cn-religion: a faith required, preferred or turned away, "no religious belief" as a condition, or
 * applicants asked for their religion: 无宗教信仰, 不信教, 穆斯林勿扰, 戴头巾者不予录用, 基督徒优先,
 * 简历注明宗教信仰.
 * Unlawful under 就业促进法 Art. 3, 劳动法 Art. 12, 人力资源市场暂行条例 Art. 24; religion is sensitive
 * personal information (PIPL Art. 28).
 * Left alone: 宗教信仰不限; halal kitchens, products and customers (清真食堂, 服务清真餐厅客户); respect for
 * customs; equal-opportunity statements; a religious body hiring its own clergy.
 */
import { defineRule } from '#shared/engine/types.ts';
import { EXCLUDE_CHARS, PREFER_CHARS, RESTRICT_CHARS, need } from '#shared/rules/cn/lib/anchors.ts';
import { alternation } from '#shared/rules/cn/lib/lexicon.ts';
import { EXCLUDE_AFTER, EXCLUDE_BEFORE, GAP, PREFER_AFTER, RESTRICT_BEFORE } from '#shared/rules/cn/lib/markers.ts';
import { type MatchContext, type Pattern, adFact, adMentions, collect } from '#shared/rules/cn/lib/scan.ts';
import { BELIEVERS } from '#shared/rules/cn/lexicon/religions.ts';

const BELIEF = alternation(BELIEVERS);
const PERSON = '(?:人士|人员|者|的|朋友)?';
const RELIGIOUS_BODY = /寺|庙|教堂|道观|教会|宗教团体|宗教活动场所|佛学院|神学院/;
/** A religious body may require its own clergy to share the faith. */
const notReligiousBody = (c: MatchContext): boolean =>
  !adFact(c.doc, 'religious-body', () =>
    adMentions(c.doc, RELIGIOUS_BODY, ['title', 'employer.name', 'employer.profile']),
  );

/** Every belief word holds one of these. */
const BELIEF_CHARS = '穆伊基佛教信巾盖纱宗';

/** The topic a negation must name to lift this rule (年龄不限 lifts age; 男女不限 does not). */
const TOPIC = /宗教/;

/** Any belief word, or 宗教 / 信仰 / 无神. */
const GATE = new RegExp(`${BELIEF}|宗教|信仰|无神`);

const PATTERNS: readonly Pattern[] = [
  // 无宗教信仰, 不信教, 不信仰任何宗教, 非穆斯林
  {
    need: need(`${BELIEF_CHARS}神`, '无没不非'),
    re: new RegExp(
      `(?:无|没有|不得有|不能有|非)(?:任何)?宗教信仰|不信(?:仰)?(?:任何)?(?:宗教|教)|无神论者|非(?:${BELIEF})`,
      'g',
    ),
    confidence: 0.9,
  },
  // 穆斯林勿扰, 戴头巾者不予录用 / 不招穆斯林, 拒绝信教人员
  {
    need: need(BELIEF_CHARS, EXCLUDE_CHARS),
    re: new RegExp(`${BELIEF}${GAP}${PERSON}${EXCLUDE_AFTER}|${EXCLUDE_BEFORE}${BELIEF}`, 'g'),
    negationProof: true,
    confidence: 0.95,
  },
  // 限基督徒, 须信仰佛教, 要求信主 / 基督徒优先
  {
    need: need(BELIEF_CHARS, RESTRICT_CHARS + PREFER_CHARS),
    re: new RegExp(
      `${RESTRICT_BEFORE}(?:信仰)?${BELIEF}|(?:须|需|必须|要求)信仰[^，。；\\n]{0,4}?(?:宗教|教)|${BELIEF}${PERSON}${PREFER_AFTER}`,
      'g',
    ),
    accept: notReligiousBody,
    confidence: 0.9,
  },
  // 简历注明宗教信仰, 填写信仰
  {
    need: need('注说填写提告', '信'),
    re: /(?:注明|说明|填写|写明|提供|告知)[^，。；\n]{0,8}?(?:宗教信仰|信仰情况|是否信教|信仰何种宗教)/g,
    confidence: 0.85,
    note: 'asks for religious belief',
  },
];

export default defineRule({
  meta: {
    id: 'cn-religion',
    category: 'discrimination',
    tags: ['cn.religion'],
    severity: 'high',
    legalBasis: { CN: ['cn.religion', 'cn.equal'] },
    message: {
      zh: '招聘信息以宗教信仰限制、优先或排斥求职者，或要求求职者说明宗教信仰，构成宗教歧视。',
      en: 'The ad restricts, prefers or turns away applicants by religion, or asks for their religious belief.',
    },
    suggestion: {
      zh: '删除宗教信仰条件，不询问求职者的宗教信仰；工作场所的饮食、着装安排可作为工作规范说明。',
      en: 'Remove religious conditions and do not ask about belief; describe workplace rules as rules, not as who may apply.',
    },
    description:
      'Religious conditions, preferences and exclusions (无宗教信仰, 不信教, 穆斯林勿扰, 戴头巾者不予录用, 基督徒优先) and questions about belief (注明宗教信仰). Left alone: 宗教信仰不限, halal kitchens, products and customers (清真食堂, 服务清真餐厅客户), equal-opportunity statements, and a religious body requiring its own clergy to share the faith.',
  },
  check(doc) {
    return collect(doc, PATTERNS, { topic: TOPIC, gate: GATE });
  },
});
