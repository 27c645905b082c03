/**
 * Job intermediaries that present themselves as the employer. A labour-dispatch or job-agency firm
 * describes its own business in its name or profile ("劳务派遣", "职业介绍", "人力资源有限公司"), while
 * the ad tells the job seeker the factory or company is hiring directly ("工厂直招", "公司直聘",
 * "不是中介"). Job agencies may not provide false employment information (就业促进法 art. 41(1)) and
 * the 2026 five-department notice requires recruitment-service accounts to say that they are one.
 * The lawful form names the agency's role or the client ("受XX电子委托招聘", "派遣制", "本公司为人力资源
 * 服务机构"), which DISCLOSURE recognises.
 */
import type { Lexicon } from '#shared/rules/fraud/lib/lexicon.ts';

const LAW =
  '就业促进法 art. 41(1); 人社部等五部门《关于规范网络平台招聘类信息发布的通知》(2026): recruitment-service accounts must say so';

/** The poster's own name or profile says it is an intermediary. */
export const INTERMEDIARY: Lexicon = [
  {
    pattern:
      '劳务派遣|人才派遣|人力资源服务|职业介绍|职业中介|人才中介|招聘外包|委托招聘|人力资源(?:集团|有限公司|有限责任公司|公司)|劳务(?:有限公司|公司)',
    example: '本公司是一家从事劳务派遣和职业介绍的人力资源有限公司',
    alternative: '',
    note: 'the poster describes its business as labour dispatch, job agency or HR services',
    source: LAW,
  },
];

/** The ad claims the hiring company recruits directly, with no intermediary. */
export const DIRECT_HIRE_CLAIM: Lexicon = [
  {
    pattern: '(?<![非不没])(?:工厂|厂家|厂方|公司|企业|单位)?(?:直招|直聘|自招)|(?:不是|并非|非|无|没有)中介(?![费所])',
    example: '电子厂直招普工，不是中介',
    alternative: '写明“本公司为人力资源服务机构，受XX电子有限公司委托招聘”或“派遣制，用工单位为XX”',
    note: 'tells the job seeker the employer hires directly, which an intermediary posting it is not',
    source: LAW,
  },
];

/** The ad itself discloses the intermediary role, the client, or an agency hiring its own staff. */
export const DISCLOSURE: Lexicon = [
  {
    pattern:
      '派遣|外包|委托|代招|用工单位|人力资源(?:服务|公司)|劳务公司|职业介绍|中介机构|服务机构|内部(?:直招|招聘)|招聘(?:专员|顾问|主管|经理)|猎头顾问|驻厂',
    example: '本公司受某某电子有限公司委托招聘，派遣制',
    alternative: '',
    note: 'the agency role or the client employer is stated, or the agency is hiring its own staff',
    source: LAW,
  },
];
