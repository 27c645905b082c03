/**
 * Keeping workers' identity documents: 劳动合同法 art. 9 and 就业促进法 art. 41 bar employers and
 * agencies from withholding ID cards or other documents; in the US, 18 U.S.C. §1592 (document
 * servitude) and, in the UK, the ILO forced-labour indicators adopted by the GLAA treat passport
 * retention as a mark of forced labour. Checking an original and handing it back is lawful.
 */
import type { Lexicon } from '#shared/rules/fraud/lib/lexicon.ts';

const ART9 = '劳动合同法 art. 9, 84; 就业促进法 art. 41(4)';
const EN = '18 U.S.C. §1592; ILO forced-labour indicators (retention of identity documents)';

export const DOCUMENTS: Lexicon = [
  {
    pattern: '身份证|护照|毕业证|学历证|学位证|证件|户口本|驾驶证|驾照|资格证|原件',
    example: '身份证原件',
    alternative: '',
    note: 'identity and qualification documents',
    source: ART9,
  },
  {
    pattern:
      'passports?|id cards?|identity (?:cards?|documents?|papers)|travel documents?|visa documents?|work permits?',
    example: 'passport',
    alternative: '',
    note: 'identity and travel documents',
    source: EN,
  },
];

/** Kept by the company: after the document, within the same segment. */
export const KEEP_ZH: Lexicon = [
  {
    pattern:
      '(?:交|由|押|放|留)(?:给|在|于|由)?[^，。；,;\\n]{0,6}?(?:统一)?(?:代为)?(?:保管|扣押|扣留|暂扣|代管|保存|存放|收管)|(?:公司|单位|厂里|我司)(?:统一|代为)?(?:保管|扣押|扣留|暂扣|代管|收走)|押证|(?:押|压)身份证|压证|扣押|暂扣|扣留|押在(?:公司|厂里|单位|我司)|扣(?:身份证|护照|证件|毕业证)|收(?:走|缴)(?:身份证|护照|证件)',
    example: '交公司保管，干满一年返还',
    alternative: '原件仅当场核验后归还本人',
    note: 'handed to and kept by the employer or agency',
    source: ART9,
  },
];

export const KEEP_EN: Lexicon = [
  {
    pattern:
      "(?:held|kept|retained|stored|collected|hold|keep|retain|store|surrender(?:ed)?|hand(?:ed)? (?:over|in)|leave)[^.\\n]{0,40}?(?:by|with|in|to) (?:the )?(?:[a-z]+ )?(?:management|company|agency|employer|hr|office|manager|supervisor|us|safe)|will be kept in|for safe-?keeping|held by management|kept in the (?:hr )?(?:office )?safe|(?:we|the company|the employer|the agency|management) (?:will )?(?:hold|keep|retain|take) (?:your|their|all|workers[’']?) (?:passports?|id cards?|identity documents?)",
    example: 'your passport will be kept in the HR office safe',
    alternative: 'Workers keep their own passports and documents at all times',
    note: 'documents kept by the employer or agency',
    source: EN,
  },
];
