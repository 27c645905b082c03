import rule from '#shared/rules/pii/pii-sensitive-collection.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    // onboarding medical after an offer
    '录用后统一安排入职体检，费用由公司承担。',
    // a health certificate for food service is a statutory requirement (not in the lexicon at all)
    '岗位：后厨帮工，要求持有效健康证，包吃住。',
    // fingerprint attendance clock
    '公司实行指纹打卡考勤，员工宿舍配空调。',
    // nursing duties handle patients' records
    '岗位职责：协助医生整理患者病历、记录既往病史，投递简历请注明执业证书编号。',
    // a benefit, not a demand
    '福利：五险一金、年度体检、带薪年假。',
    // English: post-offer medical, voluntary self-ID, accommodation
    'A medical examination will be required after a conditional offer of employment.',
    'Completing the voluntary self-identification of disability form is optional and will not affect your application.',
    'If you need an accommodation for any disability during the application process, contact HR.',
    // patient-care duties
    'Apply today! Duties include updating patient medical history and medication lists in Epic.',
    'We offer medical, dental and vision insurance, plus paid sick leave.',
  ],
  invalid: [
    {
      name: 'medical history before the interview',
      ad: '投递流程：在线填写《健康状况申报表》（既往病史、家族遗传病史、手术史），审核通过后通知面试。',
      spans: [{ text: '健康状况申报' }, { text: '家族遗传病史' }],
    },
    {
      name: 'check-up report with HBV panel attached to the CV',
      ad: '投递简历时须附上近三个月体检报告（含乙肝五项），未附者不予安排面试。',
      spans: [{ text: '体检报告' }, { text: '乙肝五项' }],
    },
    {
      name: 'biometrics at the interview',
      ad: '面试须知：应聘者到场后须先登记人脸照片及指纹信息，作为应聘档案保存。',
      spans: [{ text: '人脸照片' }, { text: '指纹信息' }],
    },
    {
      name: 'English medical questionnaire before interview',
      ad: 'All applicants must complete our medical questionnaire (list all current medications and any disabilities) before we schedule an interview.',
      spans: [{ text: 'medical questionnaire' }, { text: 'any disabilities' }],
    },
    {
      name: 'family medical history with the application (GINA)',
      ad: 'To apply, send your resume and a short family medical history.',
      spans: [{ text: 'family medical history' }],
    },
    {
      name: 'pregnancy question on registration',
      ad: '报名时请注明是否怀孕，审核后通知面试。',
      spans: [{ text: '是否怀孕' }],
    },
    {
      name: 'disclose conditions on the application',
      ad: 'Please disclose any medical conditions and list all current medications on your application form.',
      spans: [{ text: 'medical conditions' }, { text: 'list all current medications' }],
    },
  ],
});
