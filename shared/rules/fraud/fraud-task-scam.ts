/**
 * fraud-task-scam: 刷单/补单, paid likes and reviews, typing and handicraft piece work with fees,
 * 跑分/代收货款 money-mule work, reshipping, check cashing and gift cards, app "optimisation tasks".
 * Lawful look-alikes left alone: ads that name these scams only to warn against them ("不存在刷单业务",
 * "we will never send you a check"), and genuine data-entry or e-commerce support jobs whose typing
 * speed is a skill (no per-click rate, no advance payment).
 */
import { bodyText } from '#shared/rules/fraud/lib/body.ts';
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import { compileLexicon, test } from '#shared/rules/fraud/lib/lexicon.ts';
import { isNegated, inWarning } from '#shared/rules/fraud/lib/negation.ts';
import { TASK_RATE, TASK_STRONG, TASK_WEAK } from '#shared/rules/fraud/lexicons/task-scam.ts';

const STRONG = compileLexicon(TASK_STRONG);
const WEAK = compileLexicon(TASK_WEAK);
const RATE = compileLexicon(TASK_RATE);

export default defineRule({
  meta: {
    id: 'fraud-task-scam',
    category: 'fraud',
    tags: ['fraud.task-scam'],
    severity: 'critical',
    legalBasis: { CN: ['cn.fraud'], US: ['us.fraud'], GB: ['uk.fraud'] },
    message: {
      zh: '招聘信息具有刷单、点赞任务、代收货款/跑分、代收转寄等网络诈骗或帮助洗钱的典型特征。',
      en: 'The ad has the marks of a task scam or money-mule scheme (fake orders, paid clicks, reshipping, check cashing).',
    },
    suggestion: {
      zh: '下架该信息并核查发布主体；真实岗位应写明用人单位、工作内容，不得要求垫资或使用个人账户收付款。',
      en: 'Remove the ad and verify the poster; real jobs never ask workers to advance money or move funds through their own accounts.',
    },
    description:
      '刷单/补单 with advance payment, paid likes and reviews per task, typing/handicraft piece work, 跑分/代收货款, reshipping, check cashing, gift cards and app "optimisation tasks". Warnings that name these scams and genuine data-entry jobs are left alone.',
  },
  check(doc) {
    const hits: RuleHit[] = [];
    for (const m of doc.matches(STRONG)) {
      const text = doc.text(m.field);
      if (isNegated(text, m.start, m.end) || inWarning(text, m.start, m.end)) continue;
      hits.push({ field: m.field, start: m.start, end: m.end, confidence: 0.9 });
    }
    if (hits.length) return hits;
    // click and typing work: a scam only when paid per task / with instant withdrawal
    const all = bodyText(doc);
    if (!test(WEAK, all) || !test(RATE, all)) return hits;
    for (const m of doc.matches(WEAK)) {
      const text = doc.text(m.field);
      if (isNegated(text, m.start, m.end) || inWarning(text, m.start, m.end)) continue;
      hits.push({ field: m.field, start: m.start, end: m.end, confidence: 0.75 });
    }
    return hits;
  },
});
