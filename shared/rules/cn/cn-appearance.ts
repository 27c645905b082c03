/**
 * cn-appearance: height, weight, build or looks required of applicants where they have nothing to do
 * with the job: 身高160cm以上, 体重110斤以下, 五官端正, 形象气质佳, 颜值高, 身材苗条, 无纹身.
 * No binding national provision (legal-basis.md §1A): flagged at medium severity as advisory; escalate
 * when sex-linked (a different bar for women is also cn-gender).
 * Decision on height: left alone only where build is the job itself (fashion and fitting models,
 * actors, dancers) or where the ad states a concrete reason tied to the work (reaching overhead bins or
 * high shelves, a national or industry physical standard). A bare "工作需要" is not a reason.
 * Left alone: grooming and dress rules (着装整洁, 仪容仪表得体 — conduct, not traits); 身体健康; 健康证;
 * eyesight or colour vision for work that needs it; negations (身高不限, 不看颜值); brand image (品牌形象好).
 */
import { defineRule } from '#shared/engine/types.ts';
import { need } from '#shared/rules/cn/lib/anchors.ts';
import { isLooksInherentPost } from '#shared/rules/cn/lib/exceptions.ts';
import { alternation } from '#shared/rules/cn/lib/lexicon.ts';
import { EXCLUDE_AFTER, RESTRICT_BEFORE } from '#shared/rules/cn/lib/markers.ts';
import { type MatchContext, type Pattern, collect } from '#shared/rules/cn/lib/scan.ts';
import { LOOKS } from '#shared/rules/cn/lexicon/looks.ts';

/** Looks words, not when they describe a brand, company or product (品牌形象好, 产品颜值高). */
const LOOK = `(?<!品牌|企业|公司|职业|产品|店铺|门店|城市|商品|包装|页面|界面|视觉|整体|专业)${alternation(LOOKS)}`;
const HEIGHT_VALUE =
  '(?:\\d(?:\\s?\\d){2}|1\\.\\d{1,2}|1米\\d{1,2}|一米[五六七八九]\\d?)\\s?(?:c\\s?m|厘米|公分|米|m)?';
const HEIGHT = `身高(?:要求)?[：:]?\\s?(?:在|须|需|必须|要求)?\\s?(?:男|女)?(?:性|生|士)?\\s?${HEIGHT_VALUE}\\s?(?:以上|及以上|之上|左右|以下|以内|之间|[-~～至到]\\s?${HEIGHT_VALUE})?`;
const HEIGHT_BARE = `(?:男|女)(?:性|生|士)?(?:身高)?\\s?(?:\\d{3}|1\\.\\d{1,2})\\s?(?:cm|厘米|公分|米)(?:以上|及以上)`;
const WEIGHT = `体重(?:要求)?[：:]?[^，。；\\n\\d]{0,4}?\\d{2,3}\\s?(?:斤|kg|公斤|千克)(?:以下|以内|之内|左右|以上)?|体重不(?:超过|高于|大于)\\s?\\d{2,3}\\s?(?:斤|kg|公斤|千克)?`;
const FAT = `(?:偏胖|肥胖|太胖|过胖|胖子|微胖)(?:者|的|人士)?${EXCLUDE_AFTER}|${RESTRICT_BEFORE}(?:偏瘦|苗条|不胖|瘦)`;
const TATTOO = `(?:无|没有|不得有|不能有|不可有|身上无)(?:明显|可见|外露)?(?:纹身|刺青|文身)|(?:纹身|刺青|文身)(?:者|的)?${EXCLUDE_AFTER}`;

/** A concrete, job-related reason for a height requirement. */
const HEIGHT_REASON =
  /(?:因|由于|需|需要|便于|以便|为了|能够?)[^，。；\n]{0,12}?(?:够|取放|高处|货架|行李架|设备操作|操作台|驾驶|救援)|(?:国家|行业|民航|消防|公安)[^，。；\n]{0,8}?(?:标准|规定)/;
const heightOk = (c: MatchContext): boolean => !isLooksInherentPost(c.doc) && !HEIGHT_REASON.test(c.phrase.text);
const looksOk = (c: MatchContext): boolean => !isLooksInherentPost(c.doc);

/** Every looks word holds one of these. */
const LOOK_CHARS = '官貌容相得颜象质形肤材型';

/** The topic a negation must name to lift this rule (年龄不限 lifts age; 男女不限 does not). */
const TOPIC = /身高|体重|相貌|长相/;

const PATTERNS: readonly Pattern[] = [
  {
    need: need('身男女', '0123456789一'),
    re: new RegExp(`${HEIGHT}|${HEIGHT_BARE}`, 'g'),
    accept: heightOk,
    confidence: 0.9,
  },
  { need: need('重', '0123456789'), re: new RegExp(WEIGHT, 'g'), accept: looksOk, confidence: 0.9 },
  { need: need(LOOK_CHARS), re: new RegExp(LOOK, 'g'), accept: looksOk, confidence: 0.85 },
  { need: need('胖瘦苗'), re: new RegExp(FAT, 'g'), accept: looksOk, negationProof: true, confidence: 0.85 },
  { need: need('纹刺文'), re: new RegExp(TATTOO, 'g'), accept: looksOk, negationProof: true, confidence: 0.7 },
  // 招美女前台, 限帅哥, 美女优先
  {
    need: need('美帅靓俊'),
    re: new RegExp(
      `${RESTRICT_BEFORE}(?:美女|帅哥|靓女|俊男)|(?:招聘|急招|诚聘|招)(?:美女|帅哥|靓女)|(?:美女|帅哥|靓女)(?:优先)`,
      'g',
    ),
    accept: looksOk,
    confidence: 0.85,
  },
];

export default defineRule({
  meta: {
    id: 'cn-appearance',
    category: 'discrimination',
    tags: ['cn.appearance'],
    severity: 'medium',
    legalBasis: { CN: ['cn.appearance', 'cn.equal'] },
    message: {
      zh: '招聘信息对身高、体重、相貌等设置与岗位无关的条件，涉嫌容貌歧视（国家层面尚无专门禁止性规定，属政策风险提示）。',
      en: 'The ad sets height, weight or looks conditions unrelated to the job (advisory: no binding national provision).',
    },
    suggestion: {
      zh: '删除外貌和身材条件；确因工作需要身高等条件的，写明具体理由；仪容仪表可写为着装、行为规范。',
      en: 'Remove looks and build conditions; if height is truly needed, say why; write grooming rules as conduct rules.',
    },
    description:
      'Height, weight, build and looks conditions unrelated to the job (身高160cm以上, 体重110斤以下, 五官端正, 形象气质佳, 颜值高, 身材苗条, 无纹身, 招美女前台). Advisory: no binding national provision. Left alone: models, actors and dancers; height with a concrete job-related reason; grooming and dress rules; 身体健康; eyesight for work that needs it; negations; brand image.',
  },
  check(doc) {
    return collect(doc, PATTERNS, { topic: TOPIC });
  },
});
