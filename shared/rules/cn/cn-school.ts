/**
 * cn-school: the graduating school's tier or the mode of study used as a restrictive condition:
 * 限985/211院校, 985/211院校毕业 (as a listed condition), 第一学历须为全日制统招, 自考/成教勿扰, 仅限QS前100.
 * Basis: the MOE "三个严禁" (no postings limited to 985/211 at campus events), the MOHRSS 2021 notice
 * (public institutions) and the 2026 国聘 notice (campaign participants) make school tier and study
 * mode unlawful restrictive conditions in their scopes; for other private employers there is no
 * binding national rule, so findings are medium severity and advisory (legal-basis.md §1A).
 * Decision: only a RESTRICTIVE condition is flagged. "985/211优先" and other stated preferences are a
 * plus, not a bar, and are left alone, as are an education level (本科及以上), a field of study, a plain
 * "全日制本科及以上学历" with no exclusion, describing the team (团队成员来自985高校), and internships for
 * current students.
 */
import { defineRule } from '#shared/engine/types.ts';
import { EXCLUDE_CHARS, RESTRICT_CHARS, need } from '#shared/rules/cn/lib/anchors.ts';
import { alternation } from '#shared/rules/cn/lib/lexicon.ts';
import { EXCLUDE_BEFORE, PREFER_AFTER } from '#shared/rules/cn/lib/markers.ts';
import { type MatchContext, type Pattern, collect } from '#shared/rules/cn/lib/scan.ts';
import { MODES, OTHER_ROUTES, TIERS } from '#shared/rules/cn/lexicon/schools.ts';

/** 985 and 211 also when spaced out digit by digit (9 8 5): the normaliser joins digits only before Han. */
const TIER_WORDS = alternation(TIERS).replace('985', '9\\s?8\\s?5').replace('211', '2\\s?1\\s?1');
const TIER = `(?<![\\d.a-z])${TIER_WORDS}(?:(?<=[前p])\\s?\\d{1,4})?(?!\\d)`;
const EMPLOYMENT = '(?!用工|工作|岗位|员工|职位|合同|劳动|工)';
const MODE = `${alternation(MODES)}${EMPLOYMENT}`;
const ROUTE = `${alternation(OTHER_ROUTES)}${EMPLOYMENT}`;
const TIER_LIST = `${TIER}(?:\\s?[、/／和及或与]\\s?${TIER}){0,3}`;
/** Strong markers only: 要求 alone before 全日制 reads as a description of the degree wanted. */
const MUST = '(?:仅限于?|只限于?|限于|限定|只招收?|仅招收?|只要|只收|须为|须是|须|必须(?:为|是)?|务必|硬性要求|限)';
const ROUTE_AWAY =
  '(?:勿扰|免扰|免谈|勿投|莫投|请勿(?:投递|应聘)|不要|不招|不收|除外|谢绝|不予(?:录用|考虑)|不录用|不考虑|恕不(?:考虑)?|不接受|慎投|不行|不认可|不予认可)';

const PREFERRED = new RegExp(`${PREFER_AFTER}|加分|者佳`);
const DESCRIPTIVE =
  /团队|成员|同事|伙伴|创始人|来自|我们|公司|员工|导师|合作|客户|学生|校友|申请|深造|进修|学历教育|提升|培养/;
/** A bare tier is a condition when it sits in an education phrase, is not a plus, and does not describe the team. */
function tierCondition(c: MatchContext): boolean {
  const p = c.phrase.text;
  if (PREFERRED.test(p) || DESCRIPTIVE.test(p)) return false;
  return c.field === 'requirements' || /学历|毕业|院校|高校|大学|本科|硕士|研究生|博士|学校/.test(p);
}
const notPreferred = (c: MatchContext): boolean => !PREFERRED.test(c.phrase.text);

/** Every tier word holds one of these; every other-route word one of ROUTE_CHARS. */
const TIER_CHARS = '92流c清名重本q排';
const ROUTE_CHARS = '自成函网远专电开非民三二独';

/** The topic a negation must name to lift this rule (年龄不限 lifts age; 男女不限 does not). */
const TOPIC = /学历|学校|院校/;

/** Any tier, study-mode or other-route word, or 第一学历. */
const GATE = new RegExp(`${TIER}|${MODE}|${ROUTE}|第一学历`);

const PATTERNS: readonly Pattern[] = [
  // 限985/211, 仅限211院校, 必须是985, 要求985高校毕业
  {
    need: need(TIER_CHARS, `${RESTRICT_CHARS}硬`),
    re: new RegExp(`(?:${MUST}|要求(?:为|是)?)(?:毕业于)?${TIER_LIST}`, 'g'),
    accept: notPreferred,
    confidence: 0.9,
  },
  // 第一学历须为全日制统招本科, 第一学历985
  {
    need: need('第'),
    re: new RegExp(`第一学历[^，。；\\n]{0,6}?(?:${TIER}|${MODE})`, 'g'),
    accept: notPreferred,
    confidence: 0.85,
  },
  // 须全日制统招, 仅限统招本科
  {
    need: need('全统', RESTRICT_CHARS),
    re: new RegExp(`${MUST}(?:为)?${MODE}`, 'g'),
    accept: notPreferred,
    confidence: 0.85,
  },
  // 自考/成教/专升本勿扰, 不接受函授 / 非全日制不考虑
  {
    need: need(ROUTE_CHARS, EXCLUDE_CHARS),
    re: new RegExp(
      `${ROUTE}(?:\\s?[、/／和及或与]\\s?${ROUTE}){0,4}(?:学历|院校|毕业生|本科|文凭|学生)?(?:者|的)?${ROUTE_AWAY}|${EXCLUDE_BEFORE}${ROUTE}`,
      'g',
    ),
    negationProof: true,
    confidence: 0.9,
  },
  // 985/211院校毕业 as a listed requirement
  { need: need(TIER_CHARS), re: new RegExp(`${TIER_LIST}`, 'g'), accept: tierCondition, confidence: 0.8 },
];

export default defineRule({
  meta: {
    id: 'cn-school',
    category: 'discrimination',
    tags: ['cn.school'],
    severity: 'medium',
    legalBasis: { CN: ['cn.school', 'cn.equal'] },
    message: {
      zh: '招聘信息以毕业院校层次（985/211等）或学习方式（全日制、统招）作为限制条件（民营企业尚无全国性强制规定，属政策风险提示）。',
      en: 'The ad makes the school tier (985/211) or study mode (full-time only) a restrictive condition (advisory for private employers).',
    },
    suggestion: {
      zh: '以岗位需要的学历层次、专业和能力为条件，不限定毕业院校层次或学习方式。',
      en: 'State the degree level, field and skills the job needs instead of the school tier or study mode.',
    },
    description:
      'School tier and study mode as a restrictive condition (限985/211院校, 第一学历须为全日制统招, 自考/成教勿扰, 仅限QS前100). Advisory outside public institutions and campus events. Left alone: stated preferences (985/211优先), an education level or field, a plain 全日制本科及以上学历 with no exclusion, describing the team, and internships for current students.',
  },
  check(doc) {
    return collect(doc, PATTERNS, { topic: TOPIC, gate: GATE });
  },
});
