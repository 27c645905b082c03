/**
 * cn-ethnicity: an ethnic group or race required, preferred (for the majority) or turned away:
 * 限汉族, 汉族优先, 少数民族勿扰, 不招维族, 民族：汉族, 限白人外教, 黑人勿扰.
 * Unlawful under 就业促进法 Arts. 3, 28, 劳动法 Art. 12 and 人力资源市场暂行条例 Art. 24.
 * Left alone: 民族不限; 少数民族优先 and other consideration for minorities (就业促进法 Art. 28 asks for it);
 * language skills (会维吾尔语); products and customs (民族服饰, 清真餐厅); equal-opportunity statements.
 */
import { defineRule } from '#shared/engine/types.ts';
import { EXCLUDE_CHARS, PREFER_CHARS, RESTRICT_CHARS, need } from '#shared/rules/cn/lib/anchors.ts';
import { alternation } from '#shared/rules/cn/lib/lexicon.ts';
import { EXCLUDE_AFTER, EXCLUDE_BEFORE, GAP, PREFER_AFTER, RESTRICT_BEFORE } from '#shared/rules/cn/lib/markers.ts';
import { type Pattern, collect } from '#shared/rules/cn/lib/scan.ts';
import { ETHNICITIES, RACES } from '#shared/rules/cn/lexicon/ethnicities.ts';

const ETHNIC = alternation(ETHNICITIES);
const RACE = alternation(RACES);
const ANY = `(?:${ETHNIC}|${RACE})`;
/** A people word does not describe goods or language (维吾尔语, 民族服饰). */
const NOT_GOODS = '(?!语|文|服|餐|菜|风|特色|文化|歌舞|医|自治|聚居|地区)';
const PERSON = '(?:人士|人员|人|者|同胞|朋友|的)?';

/** Every ethnic or race word holds one of these. */
const ETHNIC_CHARS = '族维汉回藏黑白黄';

/** The topic a negation must name to lift this rule (年龄不限 lifts age; 男女不限 does not). */
const TOPIC = /民族/;

/** Any ethnic or race word, or 民族. */
const GATE = new RegExp(`${ANY}|民族`);

const PATTERNS: readonly Pattern[] = [
  // 限汉族, 只招汉族, 要求汉族, 限白人
  {
    need: need(ETHNIC_CHARS, RESTRICT_CHARS),
    re: new RegExp(`${RESTRICT_BEFORE}${ANY}${NOT_GOODS}`, 'g'),
    confidence: 0.95,
  },
  // 汉族优先, 白人优先 (a preference for minorities is the consideration the law asks for)
  {
    need: need('汉黑白黄', PREFER_CHARS),
    re: new RegExp(`(?:汉族|汉人|${RACE})${PERSON}${PREFER_AFTER}`, 'g'),
    confidence: 0.9,
  },
  // 少数民族勿扰, 维族免谈 / 不招少数民族, 谢绝黑人
  {
    need: need(ETHNIC_CHARS, EXCLUDE_CHARS),
    re: new RegExp(`${ANY}${NOT_GOODS}${GAP}${PERSON}${EXCLUDE_AFTER}|${EXCLUDE_BEFORE}${ANY}${NOT_GOODS}`, 'g'),
    negationProof: true,
    confidence: 0.95,
  },
  // 民族：汉族, 民族要求：汉
  { need: need('民', '汉'), re: /民族(?:要求|限制)?[：:]\s?(?:限|仅限|为)?汉族?(?![语字])/g, confidence: 0.9 },
  // 招白人外教, 白人模特 (race as the post itself)
  {
    need: need('招聘', '黑白黄'),
    re: new RegExp(`(?:招聘|急招|诚聘|招|聘)(?:${RACE})(?:外教|老师|教师|模特|主播|员工)?`, 'g'),
    confidence: 0.85,
  },
];

export default defineRule({
  meta: {
    id: 'cn-ethnicity',
    category: 'discrimination',
    tags: ['cn.ethnicity'],
    severity: 'high',
    legalBasis: { CN: ['cn.ethnicity', 'cn.race', 'cn.equal'] },
    message: {
      zh: '招聘信息以民族、种族或肤色限制、优先或排斥求职者，构成民族（种族）歧视。',
      en: 'The ad restricts, prefers or turns away applicants by ethnicity, race or skin colour.',
    },
    suggestion: {
      zh: '删除民族、种族条件；如岗位需要语言能力，写明语言要求。',
      en: 'Remove ethnic and racial conditions; if the job needs a language, state the language requirement.',
    },
    description:
      'Ethnic and racial conditions, majority preferences and exclusions (限汉族, 汉族优先, 少数民族勿扰, 不招维族, 民族：汉族, 限白人外教). Left alone: 民族不限, consideration for ethnic minorities (少数民族优先, which 就业促进法 Art. 28 asks for), language skills, products and customs (民族服饰, 清真餐厅), equal-opportunity statements.',
  },
  check(doc) {
    return collect(doc, PATTERNS, { topic: TOPIC, gate: GATE });
  },
});
