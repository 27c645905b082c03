/**
 * cn-hbv: hepatitis-B or other pathogen carriers turned away, or HBV / HIV tests demanded from applicants.
 * Unlawful under 就业促进法 Art. 30 and 传染病防治法 Art. 16 (and the 2010 HBsAg notice): 乙肝携带者勿扰,
 * 大小三阳不要, 无乙肝, 体检含乙肝五项, 需提供两对半报告, HIV阳性者不予录用.
 * Left alone: vaccination as a benefit (免费接种乙肝疫苗); hepatitis or HIV as the subject of the work
 * (乙肝药物研发, HIV检测试剂销售); 健康证 and the diseases that bar food handlers by law (甲型、戊型病毒性肝炎);
 * "身体健康" alone.
 */
import { defineRule } from '#shared/engine/types.ts';
import { EXCLUDE_CHARS, need } from '#shared/rules/cn/lib/anchors.ts';
import { alternation } from '#shared/rules/cn/lib/lexicon.ts';
import { EXCLUDE_AFTER, EXCLUDE_BEFORE, GAP, RESTRICT_BEFORE } from '#shared/rules/cn/lib/markers.ts';
import { type MatchContext, type Pattern, collect } from '#shared/rules/cn/lib/scan.ts';
import { CARRIERS } from '#shared/rules/cn/lexicon/carriers.ts';

const TERM = `(?<![a-z])${alternation(CARRIERS)}(?![a-z])`;
const CARRIER = `${TERM}(?:病毒)?(?:携带者?|阳性|患者|病人|感染者|携带|病毒携带者)?`;
const NOT_VACCINE = (c: MatchContext): boolean =>
  !/疫苗|接种|免疫|药物|研发|试剂|诊断|治疗|科室|门诊/.test(c.phrase.text);

/** Every carrier term holds one of these. */
const TERM_CHARS = '乙阳抗澳h对携艾梅丙';

/** The topic a negation must name to lift this rule (年龄不限 lifts age; 男女不限 does not). */
const TOPIC = /乙肝/;

/** Any carrier term. */
const GATE = new RegExp(TERM);

const PATTERNS: readonly Pattern[] = [
  // 乙肝携带者勿扰, 大小三阳不要, HIV阳性者不予录用
  {
    need: need(TERM_CHARS, EXCLUDE_CHARS),
    re: new RegExp(`${CARRIER}${GAP}(?:者|人员|人士|的)?[，,]?${EXCLUDE_AFTER}`, 'g'),
    accept: NOT_VACCINE,
    negationProof: true,
    confidence: 0.95,
  },
  // 不招乙肝, 拒绝大三阳
  {
    need: need(TERM_CHARS, EXCLUDE_CHARS),
    re: new RegExp(`${EXCLUDE_BEFORE}${CARRIER}`, 'g'),
    accept: NOT_VACCINE,
    negationProof: true,
    confidence: 0.95,
  },
  // 无乙肝, 非乙肝携带者, 不能有乙肝
  {
    need: need(TERM_CHARS, '无非没不排'),
    re: new RegExp(`(?:无|非|没有|不能有|不得有|不可有|排除)(?:任何)?${CARRIER}`, 'g'),
    accept: NOT_VACCINE,
    negationProof: true,
    confidence: 0.9,
  },
  // 要求乙肝阴性, 乙肝五项须正常
  {
    need: need(TERM_CHARS, '阴正合'),
    re: new RegExp(
      `${RESTRICT_BEFORE}${TERM}(?:五项|两对半)?(?:检查|检测|化验)?(?:结果)?(?:为)?(?:阴性|正常|合格)|${TERM}(?:五项|两对半)?(?:检查|检测|化验)?(?:结果)?(?:须|需|必须|要求)(?:为)?(?:阴性|正常|合格)`,
      'g',
    ),
    accept: NOT_VACCINE,
    confidence: 0.9,
  },
  // 入职体检含乙肝五项 / 需提供两对半报告 / 体检加查HIV
  {
    need: need(TERM_CHARS, '体入应提出交'),
    re: new RegExp(
      `(?:入职体检|体检|入职前|应聘时)(?:项目)?(?:须|需|要|必须)?(?:含|包括|包含|检查|检测|加查|查|做|进行)[^，。；\\n]{0,8}?${TERM}|(?:提供|出具|提交)[^，。；\\n]{0,6}?${TERM}(?:五项|两对半)?(?:检查|检测|化验)?(?:报告|证明|结果|单)`,
      'g',
    ),
    accept: NOT_VACCINE,
    negationProof: true,
    confidence: 0.9,
    note: 'HBV or HIV test demanded in hiring',
  },
];

export default defineRule({
  meta: {
    id: 'cn-hbv',
    category: 'discrimination',
    tags: ['cn.hbv'],
    severity: 'high',
    legalBasis: { CN: ['cn.hbv', 'cn.equal'] },
    message: {
      zh: '招聘信息以乙肝等传染病病原携带为由拒绝录用，或要求乙肝、HIV检测，构成就业歧视。',
      en: 'The ad turns away hepatitis-B or other pathogen carriers, or demands HBV/HIV tests from applicants.',
    },
    suggestion: {
      zh: '删除对病原携带者的限制和乙肝、HIV检测要求；仅法律法规禁止从事的岗位可作限制，并写明依据。',
      en: 'Remove carrier exclusions and HBV/HIV tests; only posts closed to carriers by law may restrict, citing the rule.',
    },
    description:
      'Hepatitis-B and other carrier exclusions (乙肝携带者勿扰, 大小三阳不要, 无乙肝, HIV阳性者不予录用) and HBV/HIV tests in hiring (体检含乙肝五项, 需提供两对半报告). Left alone: vaccination benefits, hepatitis or HIV as the subject of the work (药物研发, 检测试剂), 健康证 and the diseases that legally bar food handlers, 身体健康 alone.',
  },
  check(doc) {
    return collect(doc, PATTERNS, { topic: TOPIC, gate: GATE });
  },
});
