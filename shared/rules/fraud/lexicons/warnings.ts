/**
 * Negations and warnings that turn a fraud wording into its lawful opposite: "本公司不收取任何费用",
 * "谨防刷单诈骗", "we will never ask you to pay", "beware of scams". Read in the segment or sentence
 * of the match, before it (a negation after the term, e.g. "押金：无", is in NEGATED_AFTER).
 */
import type { Lexicon } from '#shared/rules/fraud/lib/lexicon.ts';

export const NEGATION: Lexicon = [
  {
    pattern:
      '(?:不|没|未|无|勿|别|免)\\s*$|不承诺|不收|不收取|不以任何名义|不会|不会要求|不需要|不需|无需|无须|不用|免收|免费|免除|全免|不要|拒绝|从不|绝不|不存在|不扣|不扣留|不扣押|不得|严禁|禁止|不交|没有任何|公司承担|公司支付|公司报销|由公司|单位承担|企业承担',
    example: '本公司招聘不收取任何费用',
    alternative: '',
    note: 'Chinese negation of a demand: the employer states it does NOT charge, keep or ask',
    source: 'wording of lawful ads (dev-set traps; 58同城/BOSS anti-fraud notices)',
  },
  {
    pattern:
      "\\bnever\\b|\\bwon[’']?t\\b|\\bdon[’']?t\\b|\\bdo not\\b|\\bdoes not\\b|\\bwill not\\b|\\bnot (?:required|needed|asked)|\\bno\\s*$|\\bno (?:fees?|charges?|costs?|payments?|deposits?|money)\\b|free of charge|at no cost|without (?:any )?(?:fees?|charges?|costs?|payment)|\\bfree\\b|reimburs|\\bcovers?\\b|\\bwe pay\\b|\\bsponsor",
    example: 'We never charge fees',
    alternative: '',
    note: 'English negation shortly before the fee, IM channel or scam wording',
    source: 'FTC job-scam guidance wording; lawful ads (EMSCAD)',
  },
];

/** Anti-fraud warnings: a scam named in the same sentence as one of these is warned against. */
export const WARNING: Lexicon = [
  {
    pattern: '谨防|警惕|防范|提防|小心|骗局|诈骗|骗子|冒充|举报|以免上当',
    example: '谨防刷单诈骗',
    alternative: '',
    note: 'an anti-fraud warning that names the scam it warns about',
    source: 'platform and employer anti-fraud notices',
  },
  {
    pattern: 'beware|\\bscams?\\b|scammers?|fraud(?:ulent|sters?)?\\b|phishing|impersonat',
    example: 'Beware of recruiting scams',
    alternative: '',
    note: 'English anti-fraud warning',
    source: 'FTC job-scam guidance wording; lawful ads (EMSCAD)',
  },
];

/** A negation or company-pays statement right AFTER a fee term ("押金：无", "体检费公司承担"). */
export const NEGATED_AFTER: Lexicon = [
  {
    pattern:
      '^.{0,8}?(?:无|免|全免|免费|公司承担|公司支付|公司负责|由公司|单位承担|企业承担|报销|公司出|不收|给予报销|全额报销|公司报销|均由公司|补贴|补助|津贴)',
    example: '体检费用由公司承担',
    alternative: '',
    note: 'the employer pays: the opposite of a fee demanded of the applicant',
    source: '劳动合同法 art. 9 (lawful practice: employer bears the cost)',
  },
  {
    pattern:
      '^.{0,24}?(?:paid by (?:the )?(?:company|employer|us)|(?:is |are |will be )?(?:covered|waived|reimbursed|paid for)|we (?:pay|cover)|company[- ]paid|employer[- ]paid|provided free|at no cost|free of charge)',
    example: 'background check fee covered by the company',
    alternative: '',
    note: 'the employer pays',
    source: 'lawful ads (EMSCAD, dev-set traps)',
  },
];

/**
 * The applicant is the one who collects or handles the money for the employer's customers
 * ("负责收取物业管理费", "collect application fees from customers"): a duty, not a fee demanded of them.
 */
export const DUTY_CONTEXT: Lexicon = [
  {
    pattern: '负责|协助|帮助客户|为客户|向客户|代客户|客户的|核算|催收',
    example: '负责收取租车押金',
    alternative: '',
    note: 'the worker handles customers money as part of the job',
    source: 'lawful duties in finance, rental and property ads',
  },
  {
    pattern:
      "\\b(?:collect(?:s|ing)?|process(?:es|ing)?|handl(?:e|es|ing)|reconcil(?:e|es|ing)|invoic(?:e|es|ing)|bill(?:s|ing)?)\\b[^.\\n]{0,30}$|customers?[’']? |clients?[’']? ",
    example: 'collect application fees from customers at the front desk',
    alternative: '',
    note: 'the worker handles customers money as part of the job',
    source: 'lawful duties in finance and customer-service ads',
  },
];
