/**
 * Personal information an ad may demand from applicants. Whether a demand is unlawful depends on
 * WHEN (before any offer vs. at onboarding) — see stage-cues.ts — and, for identity documents, on
 * HOW: showing an ID card in person at an interview is routine, sending scans to a mailbox is not.
 */
import type { LexiconEntry } from '#shared/rules/pii/lexicons/types.ts';

export type ItemKind =
  | 'identity'
  | 'financial'
  | 'family'
  | 'credit'
  | 'marital'
  | 'property'
  | 'health'
  | 'biometric'
  | 'genetic';

export interface CollectedItem extends LexiconEntry {
  kind: ItemKind;
  /** Lawful to present in person at an interview; only sending copies before an offer is flagged. */
  inPerson: boolean;
}

const PIPL6 = 'PIPL Art. 6 (minimum necessary); 劳动合同法 Art. 8 (only information directly related to the contract)';
const PIPL28 = 'PIPL Arts. 28–29 (sensitive personal information needs specific purpose and separate consent)';
const GDPR5 = 'UK/EU GDPR Art. 5(1)(c) data minimisation; ICO recruitment guidance: do not collect before it is needed';
const ADA =
  '42 U.S.C. §12112(d)(2)(A), 29 C.F.R. §1630.13(a): no medical questions before an offer; Equality Act 2010 s.60';

export const COLLECTED_ITEMS: readonly CollectedItem[] = [
  // identity documents
  {
    pattern: '身份证(?:正反面|复印件|照片|扫描件|图片|号码?)|手持身份证|护照(?:首页|照片|扫描件|复印件)',
    lang: 'zh',
    kind: 'identity',
    inPerson: true,
    alternative: '面试时出示身份证原件核验身份，录用后入职时再留存复印件',
    note: 'ID copies and scans sent before an offer serve no hiring purpose and feed identity fraud',
    source: PIPL6,
  },
  {
    pattern: '户口本|户口簿|户籍证明|出生证明',
    lang: 'zh',
    kind: 'identity',
    inPerson: false,
    alternative: '不收集户口本；确需核实户籍的法定岗位，录用后按规定核验',
    note: 'the household register shows every family member',
    source: PIPL6,
  },
  {
    pattern:
      "(?:scan|copy|photo|picture|image)s? of (?:the front and back of )?(?:your )?(?:passport|driver'?s licen[cs]e|id card|photo id|social security card)|passport (?:bio|photo) page|passport (?:scan|copy)|(?:driver'?s licen[cs]e|id card|photo id) \\(?front and back|selfie holding|driver'?s licen[cs]e number",
    lang: 'en',
    kind: 'identity',
    inPerson: true,
    alternative: 'Check identity and right to work in person at interview or after an offer',
    note: 'identity documents sent with an application serve no selection purpose and feed identity theft',
    source: GDPR5,
  },
  {
    pattern:
      "social security (?:number|card|no)|\\bssn\\b|mother'?s maiden name|date of birth|\\bdob\\b|birth certificate|national insurance (?:number|no)|\\bni number|(?:social media|email|facebook|bank) (?:password|login)s?",
    lang: 'en',
    kind: 'identity',
    inPerson: false,
    alternative: 'Ask for the SSN/NI number on the first day for payroll; never for a maiden name',
    note: 'identity numbers and security answers are not needed to decide whom to interview',
    source: GDPR5,
  },
  // financial
  {
    pattern:
      '银行卡(?:号|照片|正反面|复印件|信息|卡号)?|银行账户|银行流水|支付宝账号|收款码|工资卡|(?:银行卡|支付宝|微信|qq|邮箱)密码',
    lang: 'zh',
    kind: 'financial',
    inPerson: false,
    alternative: '录用后入职时登记工资卡号，不收集卡片照片和密码',
    note: 'a bank card is sensitive personal information (financial account)',
    source: PIPL28,
  },
  {
    pattern:
      '(?:your|personal) bank (?:account|details|statements?)|bank (?:sort code|routing|account (?:number|details))|sort code|routing (?:and account )?numbers?|voided check',
    lang: 'en',
    kind: 'financial',
    inPerson: false,
    alternative: 'Collect bank details for payroll after hiring',
    note: 'bank details are not needed to assess an application',
    source: GDPR5,
  },
  // credit and assets
  {
    pattern: '(?:个人)?征信(?:报告|记录)|信用报告|个人征信',
    lang: 'zh',
    kind: 'credit',
    inPerson: false,
    alternative: '确需背景调查的岗位，录用前经本人书面授权后进行',
    note: 'a credit report is financial information, not a job qualification',
    source: PIPL6,
  },
  {
    pattern: 'credit (?:report|score|history)',
    lang: 'en',
    kind: 'credit',
    inPerson: false,
    alternative: 'Run credit checks, where lawful for the role, after a conditional offer with consent',
    note: 'credit data is not needed to decide whom to interview',
    source: GDPR5,
  },
  {
    pattern: '房产证|不动产权证|存款证明|资产证明|车辆行驶证',
    lang: 'zh',
    kind: 'property',
    inPerson: false,
    alternative: '不收集房产和资产信息',
    note: 'property and savings say nothing about the ability to do the job',
    source: PIPL6,
  },
  // family and marriage
  {
    pattern:
      '(?:父母|家庭成员|配偶|兄弟姐妹|亲属|家人|父亲|母亲)(?:及[^，。；\\n]{0,12})?(?:的)?(?:姓名|身份证号?|工作单位|联系方式|电话|手机号|收入|职业)',
    lang: 'zh',
    kind: 'family',
    inPerson: false,
    alternative: '入职时只登记一位紧急联系人的姓名和电话',
    note: "family members' data is not the applicant's and is never needed to apply",
    source: PIPL6,
  },
  {
    pattern:
      "family members?'? (?:names|details|phone|contact)|(?:names|details|phone numbers?) of (?:two |your )?family members|spouse'?s (?:name|employer|income)",
    lang: 'en',
    kind: 'family',
    inPerson: false,
    alternative: 'Take one emergency contact after hiring',
    note: "family members' data is never needed to apply (ICO: do not ask about dependants)",
    source: GDPR5,
  },
  {
    pattern:
      '结婚证|离婚证|婚育证明|生育证明|准生证|未婚证明|婚姻状况证明|独生子女证|婚姻状况|婚育(?:状况|情况)|生育(?:状况|情况|计划)|子女(?:情况|人数)',
    lang: 'zh',
    kind: 'marital',
    inPerson: false,
    alternative: '不收集婚育信息',
    note: '妇女权益保障法 Art. 43(2): no questions on marriage or childbearing beyond basic information',
    source: '妇女权益保障法 Art. 43(2); PIPL Art. 6',
  },
  {
    pattern:
      'marriage certificate|marital status|number of children|plans? to (?:have|start) (?:children|a family)|childcare arrangements|are you pregnant',
    lang: 'en',
    kind: 'marital',
    inPerson: false,
    alternative: 'Do not ask about marital status',
    note: 'marital status is a protected characteristic and irrelevant to the job',
    source: GDPR5,
  },
  // health, biometrics, genetics (sensitive)
  {
    pattern:
      '是否(?:患有|患过|携带|怀孕|有(?:病史|传染病|乙肝|残疾|慢性病))|体检报告|既往病史|病史|病历|手术史|用药情况|健康状况申报|乙肝五项|肝功能|孕检|妊娠检测|怀孕检查|hiv检测|艾滋病检测|精神病史|心理病史',
    lang: 'zh',
    kind: 'health',
    inPerson: false,
    alternative: '录用后统一安排入职体检，只检查与岗位相关的项目；食品等行业按规定办理健康证',
    note: 'health data is sensitive personal information; pre-offer medical screening feeds HBV and pregnancy discrimination',
    source: PIPL28,
  },
  {
    pattern: '家族(?:遗传)?病史|遗传病史|基因检测',
    lang: 'zh',
    kind: 'genetic',
    inPerson: false,
    alternative: '不收集家族病史和基因信息',
    note: 'family medical history reveals relatives’ health and has no bearing on the job',
    source: PIPL28,
  },
  {
    pattern: '人脸(?:照片|信息|数据)|指纹(?:信息|数据|采集)?|虹膜|声纹|面部识别信息',
    lang: 'zh',
    kind: 'biometric',
    inPerson: false,
    alternative: '不采集求职者生物识别信息；入职后确需考勤的，另行告知并取得单独同意',
    note: 'biometrics are sensitive personal information (PIPL Art. 28) and cannot be changed once leaked',
    source: PIPL28,
  },
  {
    pattern:
      'medical (?:history|questionnaire|records?|conditions?)|(?:list|disclose) (?:all |any )?(?:current |past )?(?:medications|prescriptions)|past surgeries|mental health (?:history|treatment|conditions?)|any disabilit(?:y|ies)|health questionnaire|pregnancy test|hiv test|workers.? comp(?:ensation)? (?:history|claims)',
    lang: 'en',
    kind: 'health',
    inPerson: false,
    alternative:
      'Ask only whether the applicant can do the essential functions, with or without accommodation; medical exams only after a conditional offer',
    note: 'pre-offer medical and disability questions are unlawful (ADA; Equality Act s.60)',
    source: ADA,
  },
  {
    pattern: 'family (?:medical|health) history|genetic (?:test|testing|information)',
    lang: 'en',
    kind: 'genetic',
    inPerson: false,
    alternative: 'Never ask for family medical history',
    note: 'GINA §202(b) bars employers from requesting family medical history',
    source: '42 U.S.C. §2000ff-1(b) (GINA)',
  },
  {
    pattern:
      'fingerprints?|facial (?:scan|recognition|image|geometry)|biometric (?:data|scan|information)|retina scan|voiceprint',
    lang: 'en',
    kind: 'biometric',
    inPerson: false,
    alternative: 'Do not collect biometrics from applicants',
    note: 'biometric data is special-category data (GDPR Art. 9)',
    source: 'UK/EU GDPR Art. 9; PIPL Art. 28',
  },
];

export const isSensitiveKind = (k: ItemKind): boolean => k === 'health' || k === 'biometric' || k === 'genetic';
