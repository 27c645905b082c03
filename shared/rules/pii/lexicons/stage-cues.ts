/**
 * When in the hiring process information is asked for. Before an offer (apply, send with the CV,
 * before the interview) only what is needed to select is lawful; at onboarding (录用后, 入职时,
 * after a conditional offer, first day) ID, bank card, emergency contact and a job-related medical
 * are normal.
 */
import type { LexiconEntry } from '#shared/rules/pii/lexicons/types.ts';

const SRC =
  'PIPL Art. 6 / 劳动合同法 Art. 8; ADA 42 U.S.C. §12112(d)(2)–(3) (pre- vs post-offer); ICO recruitment guidance';

export const PRE_OFFER: readonly LexiconEntry[] = [
  {
    pattern:
      '报名|应聘|投递|简历|面试前|面试须知|面试时|面试当天|面试请|面试需|面试要求|加微信|加v|加qq|私信|私聊|到场后|审核|先发|发送|发至|发到|提交|上传|填写|登记表|申报表|不予受理|不安排面试|不予处理|不予安排|资料不全|方可面试|才能面试|通知面试|初审|筛选|派单前',
    lang: 'zh',
    alternative: '报名只收简历和与岗位相关的资格证书',
    note: 'the demand is made to apply or to be interviewed',
    source: SRC,
  },
  {
    pattern:
      'to apply|apply|application|with your (?:resume|cv)|your (?:resume|cv)|before (?:we|an?|your|the) (?:can )?(?:schedule|interview|review)|pre-?screen|when applying|send (?:us|the following|these|your)|email (?:us )?(?:the following|these)|to be considered|will not be (?:reviewed|considered)|without these|at (?:the )?interview|on whatsapp|on telegram|questionnaire',
    lang: 'en',
    alternative: 'Ask only for a CV and job-related qualifications when people apply',
    note: 'the demand is made to apply or to be interviewed',
    source: SRC,
  },
];

export const POST_OFFER: readonly LexiconEntry[] = [
  {
    pattern:
      '入职时|入职当天|办理入职|入职后|入职手续|入职体检|录用后|正式录用|录用通知|签订(?:劳动)?合同|签合同|签约|报到时|报到当天|上岗前|试用期|发放offer|offer后|到岗后|入职资料',
    lang: 'zh',
    alternative: '—',
    note: 'onboarding: collecting ID, bank card and a job-related medical is normal',
    source: SRC,
  },
  {
    pattern:
      'after (?:a |an |you )?(?:conditional |contingent )?(?:job )?offer|conditional offer|upon hire|once hired|after hire|on (?:your )?first day|onboarding|new hires? will|prior to (?:your )?start|before your start date|post-offer|form i-9|i-9|right to work|upon acceptance|after you accept|when you start|on starting',
    lang: 'en',
    alternative: '—',
    note: 'onboarding: collecting ID, bank details and post-offer medicals is normal',
    source: SRC,
  },
];

/** Sending copies (rather than showing a document in person). */
export const SEND_COPIES: readonly LexiconEntry[] = [
  {
    pattern: '发送|发至|发到|发给|上传|邮箱|微信|qq|扫描件|telegram|whatsapp|在线|线上',
    lang: 'zh',
    alternative: '—',
    note: 'copies leave the applicant’s hands before any offer',
    source: SRC,
  },
  {
    pattern: 'send|email|e-mail|upload|attach|scan|selfie|whatsapp|telegram|text',
    lang: 'en',
    alternative: '—',
    note: 'copies leave the applicant’s hands before any offer',
    source: SRC,
  },
];

/** The ad says it will NOT ask for the item, warns against those who do, or offers a voluntary form. */
export const NOT_A_DEMAND: readonly LexiconEntry[] = [
  {
    pattern: '不会|不要求|无需|不需要|不用|不收|不得|谨防|警惕|骗|切勿|严禁|禁止|保密|打卡|考勤|门禁|核验后归还',
    lang: 'zh',
    alternative: '—',
    note: 'a promise not to collect, a fraud warning, attendance systems, or a privacy duty',
    source: SRC,
  },
  {
    pattern:
      "never|will not|won't|do not send|don't send|not required|no need|beware|scam|voluntar|self-identif|monitoring|accommodation|confidential|protect|background check|live ?scan|required by (?:state )?law",
    lang: 'en',
    alternative: '—',
    note: 'a promise not to collect, a fraud warning, voluntary EEO self-identification or an accommodation offer',
    source: SRC,
  },
];

/** A demand: the ad asks the applicant to hand something over. */
export const DEMAND_VERBS: readonly LexiconEntry[] = [
  {
    pattern:
      '提供|提交|发送|发至|发到|发给|发来|先发|请发|需发|发$|上传|附上|附|填写|注明|携带|带上|准备|出具|登记|采集|须|需|要求|资料',
    lang: 'zh',
    alternative: '—',
    note: 'the applicant is asked to hand the item over',
    source: SRC,
  },
  {
    pattern:
      'send|provide|submit|attach|include|upload|bring|complete|fill (?:in|out)|e-?mail|enter|share|asks? for|must (?:provide|include|give)|following|together with|along with|disclose|declare|list|tell us|indicate|answer',
    lang: 'en',
    alternative: '—',
    note: 'the applicant is asked to hand the item over',
    source: SRC,
  },
];

/** The item is about the people the job serves (patients, clients), not the applicant. */
export const SERVED_PEOPLE: readonly LexiconEntry[] = [
  {
    pattern: '患者|病人|客户|顾客|老人|住户|会员|学生',
    lang: 'zh',
    alternative: '—',
    note: 'job duties handling other people’s records are not a demand on the applicant',
    source: SRC,
  },
  {
    pattern: 'patients?|clients?|customers?|residents?|members?|students?|consumers?|borrowers?|policyholders?',
    lang: 'en',
    alternative: '—',
    note: 'job duties handling other people’s records are not a demand on the applicant',
    source: SRC,
  },
];
