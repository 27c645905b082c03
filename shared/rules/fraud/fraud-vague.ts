/**
 * fraud-vague: the ad says what it pays but not what the work is — no duties, only pay and a way to
 * get in touch ("高薪日结，来了就上班", "EASY MONEY $1000 A WEEK"). The 2026 five-department notice
 * requires employer, duties, requirements and base pay in every posting (人力资源市场暂行条例 art. 24);
 * flagged when neither the work nor anyone behind it is identified. A signal: low severity. Lawful look-alikes left alone: short ads that still state the tasks ("岗位：注塑、修边、
 * 包装"), and long ads with a duties section.
 */
import { defineRule } from '#shared/engine/types.ts';
import { bodyHead } from '#shared/rules/fraud/lib/body.ts';
import { hasDuties } from '#shared/rules/fraud/lib/duties.ts';
import { employerIdentified } from '#shared/rules/fraud/lib/employer.ts';

/** Pay or income wording: what a vague ad does say. */
const PAY =
  /高薪|工资高|待遇好|待遇优|日结|月结|周结|日入|月入|收入|工资|薪|\d\s?(?:元|块|k|万)|[$£€]\s?\d|easy money|earn|income|\bpay\b|paid|weekly|per (?:hour|day|week)/u;
/** Body text shorter than this (normalised characters) is too short to hide duties in it. */
const SHORT = 220;

export default defineRule({
  meta: {
    id: 'fraud-vague',
    category: 'fraud',
    tags: ['fraud.vague'],
    severity: 'low',
    legalBasis: { CN: ['cn.false-info'], US: ['us.fraud'], GB: ['uk.fraud'] },
    message: {
      zh: '招聘信息只写薪酬和联系方式，未说明工作内容和岗位职责，不符合招聘信息应载明岗位内容的要求。',
      en: 'The ad states pay but no duties: nothing says what the work is.',
    },
    suggestion: {
      zh: '写明岗位名称、工作内容、任职要求、工作地点和基本工资。',
      en: 'Describe the job: duties, requirements, place of work and base pay.',
    },
    description:
      'Short ads that state pay or income but no duties at all (no duties heading, no task verbs; a job word such as 打包工 is not a duty). Short ads that list their tasks are left alone.',
  },
  check(doc) {
    const body = bodyHead(doc);
    if (body.length >= SHORT || hasDuties(body) || employerIdentified(doc, body)) return [];
    const s = doc.ad.salary;
    const pay = PAY.exec(body);
    if (!pay && s?.min === undefined && s?.max === undefined) return [];
    const desc = doc.text('description');
    return [{ field: 'description', start: 0, end: desc.length, confidence: 0.6 }];
  },
});
