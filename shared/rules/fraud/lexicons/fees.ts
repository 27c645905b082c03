/**
 * Money demanded of applicants or new hires. 劳动合同法 art. 9 bars employers from collecting money
 * or property from workers "under any name"; 就业促进法 art. 41 bars agencies from taking deposits;
 * UK agencies may not charge work-finding fees (Employment Agencies Act 1973 s.6); the FTC lists
 * upfront fees for training, equipment or certification as the mark of a job scam.
 */
import type { Lexicon } from '#shared/rules/fraud/lib/lexicon.ts';

const ART9 = '劳动合同法 art. 9; 就业促进法 art. 41(4)';

/** Chinese names of fees and deposits. A name alone is not a demand: see FEE_DEMAND_ZH. */
export const FEE_TERMS_ZH: Lexicon = [
  {
    pattern: '押金|保证金|担保金|风险金|抵押金|定金|订金',
    example: '住宿押金200元',
    alternative: '不收取任何押金或保证金',
    note: 'deposits and guarantees of any kind, refundable or not',
    source: ART9,
  },
  {
    pattern:
      '(?:服装|工服|工装|厂服|工作服|制服|工衣|鞋服)(?:费|押金|钱)|(?:自费|自行|自己|需|须|要|先)购买(?:工服|工装|工作服|制服|工具|设备)',
    example: '厂服费150元',
    alternative: '工作服由公司免费发放',
    note: 'uniform fees and uniform deposits',
    source: ART9,
  },
  {
    pattern: '(?:培训|岗前培训|实训|上岗培训|课程)费',
    example: '需交培训费3000元',
    alternative: '岗前培训由公司承担费用',
    note: 'training fees charged before or as a condition of work (see fraud-training-loan for loans)',
    source: `${ART9}; 五部门通知 2026 (招转培)`,
  },
  {
    pattern:
      '指定(?:医院|诊所|体检机构|体检中心)[^。；;\\n]{0,12}?(?:自理|自费|自付|本人承担|交费|缴费)|(?:自理|自费|自付)[^。；;\\n]{0,8}?指定(?:医院|诊所|体检)',
    example: '到公司指定医院体检，费用自理',
    alternative: '入职体检由公司安排并承担费用',
    note: 'a medical check at a clinic the employer designates, paid by the applicant',
    source: ART9,
  },
  {
    pattern: '体检费|体检费用',
    example: '体检费120元（厂里指定诊所）',
    alternative: '入职体检由公司安排并承担费用',
    note: 'medical-check fees paid to the employer or at a clinic it designates',
    source: ART9,
  },
  {
    pattern:
      '(?:报名|资料|建档|介绍|中介|会员|入职|工牌|办卡|饭卡|门禁卡|胸卡|模卡|包装|形象|形象设计|拍摄|摄影|化妆|入会|挂靠|押证|上岗|工具|设备)费',
    example: '报名费100元（含资料费、工牌费）',
    alternative: '招聘全程不收取任何费用',
    note: 'registration, file, referral, membership, badge, photo-card, service and equipment fees',
    source: `${ART9}; 人力资源市场暂行条例 art. 27`,
  },
  {
    pattern: '(?:租车|车辆|购车|带车)(?:押金|首付|租金)|租金\\s?\\d',
    example: '新能源货车租赁：押金1万、租金2800起租',
    alternative: '工作车辆由公司提供，不向司机收取押金或租金',
    note: 'driver jobs that are really vehicle rentals or sales to the applicant (招司机实为租车/卖车)',
    source: `${ART9}; 人力资源市场暂行条例 art. 27`,
  },
  {
    pattern: '(?:签证|出国|办证|机票)(?:费|费用)|(?:出国|签证|中介|劳务|外派)服务费|(?:签证)?办理费',
    example: '签证办理费及服务费共计8800元',
    alternative: '签证及出行费用由外派企业承担',
    note: 'visa and placement fees for jobs abroad charged to the worker',
    source: '对外劳务合作管理条例 art. 44; 劳动合同法 art. 9',
  },
];

/** A demand: the applicant pays, now or by deduction. Read in the same segment as the fee name. */
export const FEE_DEMAND_ZH: Lexicon = [
  {
    pattern:
      '交|缴|付|支付|转账|转入|收取|收|先付|预付|垫付|扣除|自理|自费|本人承担|自行承担|个人承担|由模特本人承担|承担',
    example: '入职需交',
    alternative: '',
    note: 'pay, hand over, transfer, self-paid, deducted',
    source: ART9,
  },
  {
    pattern:
      '\\d{1,6}(?:\\.\\d{1,2})?\\s?(?:元|块|rmb|万|千)|(?<![一二两三四五六七八九十百千])[一二两三四五六七八九十百千]{1,12}(?:元|块)',
    example: '押金1万',
    alternative: '',
    note: 'an amount in yuan beside the fee name',
    source: ART9,
  },
];

/** English fees charged to applicants. The fee words need a demand (pay, required, payable, $) nearby. */
export const FEE_TERMS_EN: Lexicon = [
  {
    pattern:
      '(?:registration|processing|application|placement|training|uniform|enrol(?:l)?ment|visa|background[- ]check|onboarding|equipment|certification|admin(?:istration)?|starter|membership|orientation|recruitment|medical|joining|sign[- ]up|activation)(?:\\s(?:and|&|\\+)\\s[a-z]+){0,2}\\s(?:fees?|charges?|costs?)',
    example: 'a $60 registration and uniform fee',
    alternative: 'We never charge applicants any fee',
    note: 'fees for registration, processing, placement, training, uniforms, visas, checks, equipment',
    source: 'FTC job-scam guidance; Employment Agencies Act 1973 s.6',
  },
  {
    pattern: '(?:starter|business|welcome|training) (?:kit|pack(?:age)?)',
    example: 'Purchase your $199 Business Starter Kit',
    alternative: '',
    note: 'paid starter kits (MLM and work-at-home schemes)',
    source: 'FTC Business Opportunity Rule, 16 C.F.R. Part 437',
  },
  {
    pattern:
      '(?:buy|purchase|order) (?:your |the |all )?(?:equipment|laptop|software|supplies|materials|kit)[^.\\n]{0,40}?(?:from|through|via) (?:our|the|a|an)(?: company| approved| designated| preferred| partner){0,2} (?:vendor|supplier|partner|store)',
    example: 'buy your equipment from our vendor',
    alternative: 'Equipment is provided by the company',
    note: 'equipment bought through "our vendor" (the fake-check equipment scam)',
    source: 'FTC job-scam guidance (fake checks for equipment)',
  },
  {
    pattern:
      '(?:one[- ]time|upfront|up-front|initial) [$£€]\\s?\\d[\\d,.]{0,8}\\s(?:enrol(?:l)?ment|registration|sign[- ]up|joining|membership|investment)',
    example: 'One-time $299 enrollment',
    alternative: '',
    note: 'one-time buy-in or enrolment charged to join',
    source: 'FTC Business Opportunity Rule, 16 C.F.R. Part 437',
  },
  {
    pattern:
      "(?:purchase|buy|pay for|rent) (?:our|the company's|a company) (?:[$£€]\\s?\\d[\\d,.]{0,8} )?(?:software|licen[cs]e|kit|equipment|training|course|certification|membership|starter|laptop|uniform)",
    example: 'you must purchase our $89 software license',
    alternative: 'Software and equipment are provided by the company',
    note: 'the applicant must buy the employer’s own software, kit or training',
    source: 'FTC job-scam guidance',
  },
  {
    pattern:
      'pay for (?:your own |the )?(?:background check|drug (?:test|screen)|uniform|training|certification|equipment|starter kit|licen[cs]e|fingerprinting)',
    example: 'You must pay for your own background check ($35)',
    alternative: 'Background checks are arranged and paid by the employer',
    note: 'checks, training or kit the applicant must pay for',
    source: 'FTC job-scam guidance; Employment Agencies Act 1973 s.6',
  },
  {
    pattern: '\\bdeposit of [$£€]|refundable deposit|security deposit',
    example: 'a refundable deposit of $100',
    alternative: '',
    note: 'deposits taken from applicants',
    source: 'Employment Agencies Act 1973 s.6; FTC guidance',
  },
];

/** English demand wording: the applicant must pay. */
export const FEE_DEMAND_EN: Lexicon = [
  {
    pattern:
      '\\bpay(?:s|ing)?\\b|\\bpayable\\b|\\bmust\\b|\\brequired\\b|\\brequires?\\b|\\bpurchase\\b|\\bbuy\\b|\\bupfront\\b|\\bup-front\\b|\\bbefore\\b|\\bnon-refundable\\b|\\bcharged?\\b|\\bcost(?:s)? (?:is|are)\\b|[$£€]\\s?\\d|\\b(?:usd|gbp|eur)\\s?\\d|\\d\\s?(?:usd|gbp|eur)\\b',
    example: 'must first pay an $85 processing fee',
    alternative: '',
    note: 'pay, payable, must, required, purchase, upfront, or an amount',
    source: 'FTC job-scam guidance',
  },
];
