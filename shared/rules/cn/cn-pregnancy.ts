/**
 * cn-pregnancy: pregnant or breastfeeding women turned away, a no-pregnancy pledge, dismissal on
 * pregnancy, or a pregnancy test in the hiring medical.
 * Unlawful under 妇女权益保障法 Art. 43(3),(4),(5), Art. 48 and 就业促进法 Art. 27: 孕妇勿扰, 非孕期、非哺乳期,
 * 怀孕者不予录用, 入职体检含妊娠测试, 承诺一年内不怀孕, 怀孕视为自动离职.
 * Left alone: protections the law requires, written as benefits or duties (孕期不安排夜班, 哺乳期每天一小时
 * 哺乳时间, 孕检假); pregnancy products and clients (孕妇装, 母婴用品, 服务孕产妇客户).
 */
import { defineRule } from '#shared/engine/types.ts';
import { EXCLUDE_CHARS, need } from '#shared/rules/cn/lib/anchors.ts';
import { EXCLUDE_BEFORE, GAP, SOFTENER } from '#shared/rules/cn/lib/markers.ts';
import { NUM } from '#shared/text/numerals.ts';
import { type Pattern, collect } from '#shared/rules/cn/lib/scan.ts';

/** The people: pregnant, breastfeeding or trying to conceive. */
const PREGNANT = '(?:孕妇|孕期|怀孕|已孕|妊娠期?|哺乳期|孕产期|孕晚期|孕早期|备孕|准妈妈|产后未满一年)';
/**
 * Turned away. Narrower than the shared EXCLUDE_AFTER: "孕期不用上夜班" and "孕期不要搬重物" are
 * protections, so 不用/不要/不适合 are not exclusion words here.
 */
const TURNED_AWAY = `${SOFTENER}(?:勿扰|免扰|免谈|勿投|莫投|勿应聘|请勿(?:投递|应聘|报名)|不招|除外|谢绝|不予(?:录用|考虑|聘用)|不录用|不聘用|不考虑|恕不|止步|绕行|慎投|不行|(?:不能|不得|不可|无法)(?:应聘|报名|入职|投递|录用))`;
const TEST = '(?:妊娠(?:测试|检测|试验)|验孕|孕检|早孕(?:检测|检查)?|尿hcg|血hcg|hcg(?:检测|检查)?)';

/** Every PREGNANT word holds one of these. */
const PREGNANT_CHARS = '孕妊哺妈产';

/** The topic a negation must name to lift this rule (年龄不限 lifts age; 男女不限 does not). */
const TOPIC = /孕/;

const PATTERNS: readonly Pattern[] = [
  // 孕妇勿扰, 怀孕者不予录用, 哺乳期的除外
  {
    need: need(PREGNANT_CHARS, `${EXCLUDE_CHARS}无`),
    re: new RegExp(`${PREGNANT}${GAP}(?:女性|女士|人员|者|妈妈)?${TURNED_AWAY}`, 'g'),
    negationProof: true,
    confidence: 0.95,
  },
  // 孕妇和哺乳期女性不适宜本岗位，恕不录用 (a decisive refusal after a comma)
  {
    need: need(PREGNANT_CHARS, '恕予谢勿免'),
    re: new RegExp(
      `${PREGNANT}[^。；;！!？?\\n]{0,16}?[，,]\\s?(?:恕不(?:录用|考虑)?|不予(?:录用|考虑)|谢绝|勿扰|免谈)`,
      'g',
    ),
    negationProof: true,
    confidence: 0.9,
  },
  // 不招孕妇, 不接受哺乳期
  {
    need: need(PREGNANT_CHARS, EXCLUDE_CHARS),
    re: new RegExp(`${EXCLUDE_BEFORE}${PREGNANT}`, 'g'),
    negationProof: true,
    confidence: 0.95,
  },
  // 非孕期、非哺乳期 / 要求未怀孕
  {
    need: need('孕妊哺', '非未没不限求须需'),
    re: new RegExp(
      `(?:非|未|没有|不在)(?:孕期|孕妇|怀孕|哺乳期|孕产期|妊娠期?)|(?:限|要求|须|需)(?:未孕|未怀孕|非孕期?)`,
      'g',
    ),
    confidence: 0.9,
  },
  // 入职体检含妊娠测试 / 需提供孕检报告 (not 孕检假, a benefit)
  {
    need: need('孕妊h'),
    re: new RegExp(
      `(?:入职体检|体检|入职|提供|出具|提交)(?:项目)?[^，。；\\n]{0,10}?${TEST}(?!假|补贴|费|报销)|${TEST}(?:报告|证明|结果)(?:须|需|必须)?`,
      'g',
    ),
    accept: (c) => !/产检|孕检假/.test(c.phrase.text) || /入职|体检|提供/.test(c.phrase.text),
    negationProof: true,
    confidence: 0.9,
    note: 'pregnancy test in the hiring process',
  },
  // 承诺一年内不怀孕 / 入职后不得怀孕 / 怀孕视为自动离职
  {
    need: need('孕妊'),
    re: new RegExp(
      `(?:承诺|保证|签订|签署)[^，。；\\n]{0,10}?(?:不|暂不)(?:怀孕|妊娠)|(?:${NUM}年内|入职后|合同期内?|工作期间|试用期内?)[^，。；\\n]{0,6}?(?:不得|不能|不可|不许|不准|禁止|不)(?:怀孕|妊娠)|(?:怀孕|妊娠)(?:后)?(?:即|则|视为|视同|需|须|要|应|自动|主动){1,2}(?:自动|主动)?(?:离职|辞职|辞退|解除|自离|解聘)`,
      'g',
    ),
    negationProof: true,
    confidence: 0.95,
  },
];

export default defineRule({
  meta: {
    id: 'cn-pregnancy',
    category: 'discrimination',
    tags: ['cn.pregnancy'],
    severity: 'high',
    legalBasis: { CN: ['cn.marital', 'cn.gender', 'cn.equal'] },
    message: {
      zh: '招聘信息排斥孕期、哺乳期女性，要求不怀孕承诺，或将妊娠测试列入入职体检。',
      en: 'The ad turns away pregnant or breastfeeding women, demands a no-pregnancy pledge, or includes a pregnancy test in the hiring medical.',
    },
    suggestion: {
      zh: '删除对孕期、哺乳期女性的限制和妊娠测试；依法为孕期、哺乳期女职工提供特殊保护。',
      en: 'Remove conditions on pregnancy or breastfeeding and any pregnancy test; provide the protections the law requires instead.',
    },
    description:
      'Pregnant or breastfeeding women turned away (孕妇勿扰, 非孕期、非哺乳期), no-pregnancy pledges and dismissal on pregnancy (承诺一年内不怀孕, 怀孕视为自动离职), pregnancy tests in the hiring medical (入职体检含妊娠测试). Left alone: the protections the law requires written as benefits (孕期不安排夜班, 哺乳时间, 孕检假) and pregnancy products or clients (孕妇装, 母婴用品).',
  },
  check(doc) {
    return collect(doc, PATTERNS, { topic: TOPIC });
  },
});
