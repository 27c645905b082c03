/**
 * cn-disability: people with disabilities turned away, or an intact body required:
 * 残疾人勿扰, 不招聋哑人, 无残疾, 肢体健全, 四肢健全, 有精神病史者不予录用.
 * Unlawful under 就业促进法 Art. 29, 残疾人保障法 Arts. 3, 38 and 残疾人就业条例 Art. 4.
 * Left alone: 身体健康 alone; job-related abilities (能适应站立工作, 色觉正常 for colour work, 视力良好);
 * welcoming or preferring disabled applicants (残疾人优先, 持残疾证者优先, 无障碍); health conditions that
 * bar a licence or a safety-critical post by law (epilepsy for drivers, work at heights, special operations).
 */
import { defineRule } from '#shared/engine/types.ts';
import { EXCLUDE_CHARS, need } from '#shared/rules/cn/lib/anchors.ts';
import { alternation } from '#shared/rules/cn/lib/lexicon.ts';
import { EXCLUDE_BEFORE, GAP, RESTRICT_BEFORE, SOFTENER } from '#shared/rules/cn/lib/markers.ts';
import { type MatchContext, type Pattern, adFact, adMentions, collect } from '#shared/rules/cn/lib/scan.ts';
import { DISABILITIES } from '#shared/rules/cn/lexicon/disabilities.ts';

const DISABLED = alternation(DISABILITIES);
const PERSON = '(?:人士|人员|者|的|朋友)?';
/** Turned away; 不适合 counts here (残疾人不适合本岗位 is a blanket exclusion). */
const TURNED_AWAY = `${SOFTENER}(?:勿扰|免扰|免谈|勿投|莫投|勿应聘|请勿(?:投递|应聘|报名)|不要|不招|不收|不用|除外|谢绝|拒绝|不予(?:录用|考虑|聘用)|不录用|不聘用|不考虑|恕不(?:录用|考虑)?|止步|绕行|慎投|不适合|不行|(?:不能|不得|不可|无法)(?:应聘|报名|入职|投递|录用))`;
const MENTAL = '(?:精神病|精神疾病|精神障碍|抑郁症|癫痫|羊癫疯|心理疾病)(?:病)?史?';
/** Posts where epilepsy or some mental conditions bar the licence or the work by law. */
const SAFETY_CRITICAL =
  /驾驶|司机|驾照|驾驶证|高处|高空|特种作业|电工|焊工|爆破|危险品|危化品|押运|保安|持枪|消防|飞行|船员|塔吊|叉车/;
const notSafetyCritical = (c: MatchContext): boolean =>
  !adFact(c.doc, 'safety-critical', () => adMentions(c.doc, SAFETY_CRITICAL));

/** Every disability word holds one of these. */
const DISABLED_CHARS = '残障聋哑盲智瘸跛轮缺';

/** The topic a negation must name to lift this rule (年龄不限 lifts age; 男女不限 does not). */
const TOPIC = /残/;

/** Any disability word, 健全, or a mental-health word. */
const GATE = new RegExp(`${DISABLED}|健全|${MENTAL}`);

const PATTERNS: readonly Pattern[] = [
  // 残疾人勿扰, 聋哑人不招, 残疾人不适合本岗位 / 不招残疾人, 拒绝聋哑人
  {
    need: need(DISABLED_CHARS, `${EXCLUDE_CHARS}无`),
    re: new RegExp(`${DISABLED}${GAP}${PERSON}${TURNED_AWAY}|${EXCLUDE_BEFORE}${DISABLED}`, 'g'),
    negationProof: true,
    confidence: 0.95,
  },
  // 无残疾, 非残疾人, 身体无缺陷, 要求非残障
  {
    need: need(DISABLED_CHARS, '无非没不限只仅求须需必务'),
    re: new RegExp(
      `(?:身体)?(?:无|非|没有|不能有|不得有)(?:任何)?(?:身体|肢体)?${DISABLED}|${RESTRICT_BEFORE}非${DISABLED}`,
      'g',
    ),
    negationProof: true,
    confidence: 0.9,
  },
  // 肢体健全, 四肢健全, 身体健全, 五官健全, 身体各部位健全
  {
    need: need('健'),
    re: /(?:四肢|肢体|身体|五官|手脚|双手|十指|手指|身体各部位|身体器官|耳目|听力视力)(?:完整)?健全/g,
    confidence: 0.85,
  },
  // 有精神病史者不予录用, 无癫痫病史 (not for drivers, work at heights and other safety-critical posts)
  {
    need: need('精癫抑心疯', `${EXCLUDE_CHARS}无非没`),
    re: new RegExp(`(?:有)?${MENTAL}${PERSON}${TURNED_AWAY}|(?:无|没有|不能有|不得有|非)${MENTAL}`, 'g'),
    accept: notSafetyCritical,
    negationProof: true,
    confidence: 0.8,
  },
];

export default defineRule({
  meta: {
    id: 'cn-disability',
    category: 'discrimination',
    tags: ['cn.disability'],
    severity: 'high',
    legalBasis: { CN: ['cn.disability', 'cn.equal'] },
    message: {
      zh: '招聘信息排斥残疾人或要求“肢体健全”等，构成对残疾人的就业歧视。',
      en: 'The ad turns away people with disabilities or requires an intact body.',
    },
    suggestion: {
      zh: '删除排斥残疾人的条件，写明岗位的实际工作内容和必要能力，由个人评估是否胜任。',
      en: 'Remove the exclusion; describe the tasks and the abilities they need, and assess each applicant.',
    },
    description:
      'Exclusions of people with disabilities (残疾人勿扰, 不招聋哑人, 无残疾, 肢体健全, 有精神病史者不予录用). Left alone: 身体健康 alone, job-related abilities (色觉正常 for colour work, 能适应站立工作), welcoming or preferring disabled applicants (残疾人优先), and health conditions that bar a licence or a safety-critical post by law (epilepsy for drivers, work at heights).',
  },
  check(doc) {
    return collect(doc, PATTERNS, { topic: TOPIC, gate: GATE });
  },
});
