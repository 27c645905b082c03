/**
 * Sensitive facts about a person: health, sexual life and orientation, religion, criminal records.
 * Published about a NAMED person (a colleague on sick leave, a rejected applicant) they are a leak of
 * sensitive personal information. Leave types (产假, maternity cover, sick leave) are deliberately
 * absent: "cover for maternity leave" is routine and reveals no diagnosis.
 */
import type { LexiconEntry } from '#shared/rules/pii/lexicons/types.ts';

const PIPL =
  'PIPL Art. 28 (sensitive personal information: medical health, religious belief, specific identity) and Art. 25';
const GDPR9 =
  'UK/EU GDPR Art. 9 (health, religion, sex life and orientation) and Art. 10 (criminal offences); ADA 42 U.S.C. §12112(d)(3)(B),(4)(C) (medical information kept confidential)';

export const SENSITIVE_FACTS: readonly LexiconEntry[] = [
  {
    pattern:
      '确诊|诊断(?:为|出)|罹患|患有|患上|癌|肿瘤|白血病|化疗|放疗|抑郁症|焦虑症|精神分裂|双相|精神病|癫痫|中风|脑梗|心梗|尿毒症|透析|瘫痪|截肢|乙肝|大三阳|小三阳|艾滋|hiv|梅毒|结核|阿尔茨海默|老年痴呆|失智|帕金森|失禁|流产|小产|不孕|住院|做手术|自杀',
    lang: 'zh',
    alternative: '只写“因人员变动招聘”，不写任何人的病情',
    note: 'a named person’s diagnosis, treatment or hospital stay',
    source: PIPL,
  },
  {
    pattern:
      '坐过牢|服刑|刑满释放|判刑|被拘留|拘留所|前科|犯罪记录|吸毒|戒毒|同性恋|性取向|变性|信仰[\\p{Script=Han}]{1,4}教|穆斯林|基督徒|佛教徒',
    lang: 'zh',
    alternative: '不公开任何人的违法记录、性取向或宗教信仰',
    note: 'a named person’s criminal record, orientation or religion',
    source: PIPL,
  },
  {
    pattern:
      'diagnos(?:ed|is)|cancer|chemotherapy|chemo\\b|radiation therapy|tumou?r|leukemia|multiple sclerosis|parkinson|alzheimer|dementia|depression|anxiety disorder|bipolar|schizophreni|ptsd|mental (?:health|illness)|rehab\\b|addiction|overdose|epilep|seizure|stroke|heart attack|dialysis|hiv\\b|aids\\b|hepatitis|miscarriage|ivf\\b|fertility treatment|hospitali[sz]ed|terminal(?:ly)? ill',
    lang: 'en',
    alternative: 'Say only that the post is temporary cover; never name a colleague’s condition',
    note: 'a named person’s diagnosis, treatment or hospital stay',
    source: GDPR9,
  },
  {
    pattern:
      'convicted|arrested|in jail|prison|criminal record|felony|sex offender|on probation for|came out as|is gay|is lesbian|transgender|sexual orientation|converted to|is (?:a )?(?:muslim|jewish|christian|hindu|sikh|buddhist)',
    lang: 'en',
    alternative: 'Never publish a person’s record, orientation or religion',
    note: 'a named person’s criminal record, orientation or religion',
    source: GDPR9,
  },
];
