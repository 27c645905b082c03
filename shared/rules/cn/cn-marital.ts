/**
 * cn-marital: marriage or childbearing status as a hiring condition, restrictions on marrying or
 * having children, and questions about an applicant's childbearing.
 * Unlawful under 妇女权益保障法 Art. 43(2),(4), Art. 44 and 就业促进法 Art. 27: 已婚已育, 限未婚, 已婚者优先,
 * 单身, 三年内无生育计划, 入职两年内不得生育, 简历注明婚育情况.
 * Left alone: 婚否不限 / 已婚未婚均可; benefits (婚假, 已婚员工可申请夫妻房, 单身公寓); equal-opportunity statements.
 */
import { defineRule } from '#shared/engine/types.ts';
import { EXCLUDE_CHARS, PREFER_CHARS, RESTRICT_CHARS, need } from '#shared/rules/cn/lib/anchors.ts';
import { EXCLUDE_AFTER, EXCLUDE_BEFORE, PREFER_AFTER, RESTRICT_BEFORE } from '#shared/rules/cn/lib/markers.ts';
import { NUM } from '#shared/text/numerals.ts';
import { type MatchContext, type Pattern, collect } from '#shared/rules/cn/lib/scan.ts';

/** Marital or childbearing status words. */
const STATUS =
  '(?:已婚已育|已婚未育|已婚有孩|已婚有子女|未婚未育|已婚|未婚|已育|未育|已生育|未生育|已生二胎|已生二孩|有子女|无子女|有孩子|没有孩子|单身|离异|丧偶|离婚)';
/** A status word that is not part of a benefit (单身公寓, 已婚员工可申请夫妻房). */
const STATUS_NOT_BENEFIT = `${STATUS}(?!公寓|宿舍|住房|房|楼|间|补贴|津贴|假|员工可|职工可|员工享|职工享|人员可|的员工可)`;
const BIRTH = '(?:生育|生孩子|生小孩|要孩子|要小孩|生子|生二胎|生二孩|生三胎|要二胎|要二孩|结婚|婚育)';

/** A bare status in a list of conditions (`未婚，25岁以下`) rather than in a sentence about something else. */
const listed = (c: MatchContext): boolean => {
  const rest = c.phrase.text.replace(/^[\s\d.、)）:：]*(?:要求|条件|婚姻状况|婚否|婚育(?:状况|情况)?)?[：:\s]*/, '');
  return rest.replace(/[者的]$/, '') === c.m[0].replace(/[者的]$/, '');
};

/** Every status word holds one of these. */
const STATUS_CHARS = '婚育子孩单离丧胎';

/** The topic a negation must name to lift this rule (年龄不限 lifts age; 男女不限 does not). */
const TOPIC = /婚/;

const PATTERNS: readonly Pattern[] = [
  // 限未婚, 要求已婚已育, 只招单身
  {
    need: need(STATUS_CHARS, RESTRICT_CHARS),
    re: new RegExp(`${RESTRICT_BEFORE}${STATUS_NOT_BENEFIT}`, 'g'),
    confidence: 0.95,
  },
  // 已婚已育优先, 未婚者优先
  {
    need: need(STATUS_CHARS, PREFER_CHARS),
    re: new RegExp(`${STATUS}(?:者|人士|人员)?${PREFER_AFTER}`, 'g'),
    negationProof: true,
    confidence: 0.95,
  },
  // 离异勿扰 / 不招已婚
  {
    need: need(STATUS_CHARS, EXCLUDE_CHARS),
    re: new RegExp(`${STATUS}(?:者|人士|人员|的)?${EXCLUDE_AFTER}|${EXCLUDE_BEFORE}${STATUS}`, 'g'),
    negationProof: true,
    confidence: 0.95,
  },
  // 婚姻状况：未婚, 婚否：已婚, 婚育：已婚已育
  {
    need: need('婚', STATUS_CHARS),
    re: new RegExp(`(?:婚姻状况|婚姻|婚否|婚育(?:状况|情况)?)(?:要求)?[：:]\\s?${STATUS}`, 'g'),
    confidence: 0.95,
  },
  // 三年内无生育计划, 入职两年内不得生育, 承诺不生二胎
  {
    need: need('生孩婚'),
    re: new RegExp(
      `(?:${NUM}年内|近期|近${NUM}年|入职后|合同期内?|工作期间|服务期内?)[^，。；\\n]{0,6}?(?:无|没有|不|不得|不能|不可|不许|不准|禁止|暂不)(?:打算|计划|考虑|准备|想)?${BIRTH}(?:计划|打算)?|(?:无|暂无|没有)${BIRTH}(?:计划|打算)|(?:承诺|保证|签订|签署)[^，。；\\n]{0,10}?(?:不|暂不)${BIRTH}`,
      'g',
    ),
    negationProof: true,
    confidence: 0.95,
  },
  // 简历注明婚育情况 / 填写生育计划 (asking about childbearing beyond basic personal information)
  {
    need: need('注说填写提告', '育孩子'),
    re: /(?:注明|说明|填写|写明|提供|告知|如实告知)[^，。；\n]{0,8}?(?:婚育(?:状况|情况)|生育(?:状况|情况|计划)|是否(?:已育|生育|有孩子|有小孩)|子女(?:情况|状况))/g,
    confidence: 0.85,
    note: 'asks about childbearing',
  },
  // A bare status listed among conditions: `未婚，25岁以下`
  {
    need: need(STATUS_CHARS),
    re: new RegExp(`${STATUS_NOT_BENEFIT}(?:者|的)?`, 'g'),
    accept: listed,
    confidence: 0.85,
  },
];

export default defineRule({
  meta: {
    id: 'cn-marital',
    category: 'discrimination',
    tags: ['cn.marital'],
    severity: 'high',
    legalBasis: { CN: ['cn.marital', 'cn.gender', 'cn.equal'] },
    message: {
      zh: '招聘信息将婚姻、生育状况作为录用条件，限制结婚生育，或询问求职者婚育情况。',
      en: 'The ad makes marital or childbearing status a hiring condition, restricts marriage or childbirth, or asks about childbearing.',
    },
    suggestion: {
      zh: '删除婚育条件和生育限制，不询问求职者的婚育情况。',
      en: 'Remove marital and childbearing conditions and restrictions; do not ask applicants about them.',
    },
    description:
      'Marital or childbearing status as a condition or preference (限未婚, 已婚已育优先, 单身), restrictions on marrying or having children (三年内无生育计划, 入职两年内不得生育) and questions about childbearing (注明婚育情况). Left alone: 婚否不限 and other negations, benefits (婚假, 夫妻房, 单身公寓, 已婚员工可申请…), equal-opportunity statements.',
  },
  check(doc) {
    return collect(doc, PATTERNS, { topic: TOPIC });
  },
});
