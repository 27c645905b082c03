import rule from '#shared/rules/pii/pii-sensitive.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    // the condition without a person: a care job
    '招聘住家保姆，要求有照顾失智老人经验，能协助吃药。',
    // leave types are not diagnoses
    '因财务张丽休产假，现招聘代岗会计一名，为期六个月。',
    // insurance benefits
    '福利：五险一金、补充住院医疗保险、重大疾病（癌症）保险。',
    // an alias, not a name
    '王先生家招保姆，老人有轻度老年痴呆，需要耐心。',
    // a requirement (the discrimination rules judge it), no person
    '要求：身体健康，无传染病，乙肝携带者勿扰。',
    // English: no person, oncology duties, maternity cover
    'Oncology nurse: support patients through chemotherapy and radiation therapy.',
    'Temporary bookkeeper to cover Sarah Jones during her maternity leave.',
    'We support employees living with cancer, depression or other conditions.',
    // organisations named after people
    'Join the Henry Ford Cancer Institute as a registered nurse caring for patients after chemotherapy.',
    'Grace Hospital is hiring: oncology unit, cancer care experience preferred.',
    // a second-chance employer statement
    'We are a fair-chance employer and welcome applicants with a criminal record.',
    // a person named in a list item, the condition in the next item
    '1. 汇报对象：行政经理李明\n2. 负责协调员工体检和住院报销手续',
  ],
  invalid: [
    {
      name: 'a colleague’s cancer',
      ad: '因我司出纳周美玲确诊肺癌正在化疗，现急招出纳一名。',
      spans: [{ text: '周美玲' }, { text: '化疗' }],
      excerpts: ['周**'],
    },
    {
      name: 'a former driver’s seizure, traditional characters',
      ad: '原司機何志強上月癲癇發作，現招聘替補司機。',
      spans: [{ text: '何志強' }, { text: '癲癇' }],
    },
    {
      name: 'a rejected applicant’s HBV status',
      ad: '上周应聘者（冯立，乙肝小三阳）体检未通过，不予录用。',
      spans: [{ text: '冯立' }, { text: '小三阳' }],
    },
    {
      name: 'a care recipient’s dementia',
      ad: '照顾老人：欧阳秀英，80岁，阿尔茨海默症，需要协助吃药。',
      spans: [{ text: '欧阳秀英' }, { text: '阿尔茨海默' }],
    },
    {
      name: 'English: depression and hospital stay',
      ad: 'Our receptionist Emily Carter was hospitalized for severe depression, so we need cover for three months.',
      spans: [{ text: 'Emily Carter' }, { text: 'depression' }],
      excerpts: ['E**** ******'],
    },
    {
      name: 'English: criminal record of a former worker',
      ad: 'Now hiring drivers. Our last driver, Kevin Moore, was arrested for theft and is no longer with us.',
      spans: [{ text: 'Kevin Moore' }, { text: 'arrested' }],
    },
  ],
});
