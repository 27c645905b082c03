/**
 * Whose data it is. A name with a phone is a leak when the ad says the person is a candidate, worker,
 * former employee, referrer or someone on a blacklist; it is the employer's own contact when the ad
 * presents the person as its recruiter or contact point. Generic words (员工宿舍, "employees enjoy")
 * are deliberately absent: a cue must be about the named person or the list they are in.
 */
import type { LexiconEntry } from '#shared/rules/pii/lexicons/types.ts';

const PIPL =
  'PIPL Art. 25 (no public disclosure without separate consent); 网络招聘服务管理规定 (worker contact details)';
const EN_LAW = 'FTC Act §5 unfairness; UK GDPR Art. 5(1)(f) (integrity and confidentiality)';
const CONTACT = 'Issue 2: an employer hotline or a recruiter’s work phone or e-mail is not a personal-data violation';

/** A role written right before the name: the person is a private individual, not a contact point. */
export const NEAR_ROLES: readonly LexiconEntry[] = [
  {
    pattern:
      '员工|工友|推荐人|被推荐人|学员|应聘者|求职者|候选人|同学|新人|离职人员|原员工|前员工|老人|患者|孩子|家属|户名|持卡人|姓名',
    lang: 'zh',
    alternative: '不写真实姓名，或只写姓氏',
    note: 'the named person is a worker, candidate, referrer, relative or account holder',
    source: PIPL,
  },
  {
    pattern: 'name|cardholder|employee|worker|driver|candidate|applicant|hire|starter',
    lang: 'en',
    alternative: 'Leave out the name, or use a made-up one in samples',
    note: 'the named person is a worker, candidate or account holder',
    source: EN_LAW,
  },
];

/** The list or notice the name sits in says the people are hires, former staff or blacklisted. */
export const LIST_CUES: readonly LexiconEntry[] = [
  {
    pattern: '恭喜|名单|公示|以下(?:人员|同学|员工|工友|几位|各位|两人|[二三四五六七八九十\\d]{1,2}(?:人|位))',
    lang: 'zh',
    alternative: '通知本人请用短信或站内信，公开名单只写姓氏加编号',
    note: 'lists of hires, winners or blacklisted people publish each person',
    source: PIPL,
  },
  {
    pattern:
      '录用人员|通过面试|入职人员|新入职|已入职|离职|辞退|开除|勿用|黑名单|曝光|失联|欠款|推荐(?:入职)?奖励|供参考|参考填写|填写示例',
    lang: 'zh',
    alternative: '人员变动或纠纷请通过私下渠道处理；示例表格请用虚构数据',
    note: 'the people are hires, former employees, people being named and shamed, or a real person’s form used as a sample',
    source: PIPL,
  },
  {
    pattern:
      'former (?:employee|worker|staff|driver)|ex-employee|do not (?:re)?hire|walked off|fired|terminated|no longer with|new hires|newest team|joined (?:us|the team)|welcome (?:to )?our new|big welcome',
    lang: 'en',
    alternative: 'Handle staff matters privately; welcome new staff without their contact details',
    note: 'the people are new hires or former employees',
    source: EN_LAW,
  },
  {
    pattern:
      'last known|home address|lives at|completed one|filled[- ]out|sample (?:form|application)|example (?:form|application)|congratulations|payroll update|(?:pay|wages?) (?:has|have) been',
    lang: 'en',
    alternative: 'Use made-up data in sample forms; send pay queries privately',
    note: 'home details, a real person’s filled-in form used as a sample, or a pay list',
    source: EN_LAW,
  },
];

/** The person is presented as the ad's contact point (a recruiter, HR, the hiring manager). */
export const CONTACT_CUES: readonly LexiconEntry[] = [
  {
    pattern:
      '联系|咨询|报名|致电|招聘(?:专员|负责人|处|热线|电话|主管)|人事|hr|热线|预约|来电|详询|垂询|负责人|面试官|对接人|微信同号|店长|经理|主管|老板',
    lang: 'zh',
    alternative: '—',
    note: 'the recruiter’s or the employer’s contact details',
    source: CONTACT,
  },
  {
    pattern:
      'contact|call|text|phone us|e-?mail|recruit(?:er|ing)|hiring manager|\\bhr\\b|human resources|questions|apply|reach (?:out|us|me)|ask for|speak (?:to|with)|interview|manager|supervisor|coordinator|office|owner',
    lang: 'en',
    alternative: '—',
    note: 'the recruiter’s or the employer’s contact details',
    source: CONTACT,
  },
];
