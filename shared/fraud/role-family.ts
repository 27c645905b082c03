/**
 * The role family of a job, read from its title, for the pay baseline. Families are checked from
 * the most to the least senior, so "销售经理" is sales-or-above and "高级工程师" is professional.
 * An ad that asks for no experience and no qualification is judged as an entry-level job whatever
 * it calls itself (a 储备干部 with 无需经验 is a trainee), unless it is a licensed trade, driving, sales
 * (commission) or senior job.
 */
import type { RoleFamily } from '#shared/fraud/pay-baseline.ts';

export interface FamilyWords {
  family: RoleFamily;
  /** Title wording (normalised text). */
  pattern: RegExp;
  note: string;
}

export const ROLE_FAMILIES: readonly FamilyWords[] = [
  {
    family: 'senior',
    pattern:
      /总监|首席|总经理|副总|合伙人|总工|\bcto\b|\bceo\b|\bcfo\b|\bvp\b|vice president|director|head of|chief|principal|staff (?:software )?engineer/u,
    note: 'executives and principal-level staff: very high pay is normal',
  },
  {
    family: 'professional',
    pattern:
      /工程师|开发|程序员|算法|架构|设计师|会计|律师|医生|医师|护士|药师|研究员|分析师|科学家|教师|老师|翻译|经理|模特|演员|摄影|家教|教练|engineer|developer|programmer|architect|scientist|analyst|accountant|attorney|lawyer|physician|nurse|pharmacist|therapist|manager|consultant|teacher|designer|translator|counsel|model|actor|actress|photographer|tutor|instructor|coach/u,
    note: 'graduate professions and managers',
  },
  {
    family: 'sales',
    pattern:
      /销售|业务员|业务代表|客户经理|招商|顾问|经纪人|保险|车险|理财|信贷|贷款|投资|招生|主播|美容|美体|美发|按摩|sales|account executive|business development|broker|agent/u,
    note: 'commission pay has a long upper tail',
  },
  {
    family: 'trade',
    pattern:
      /电工|焊工|技工|钳工|技师|维修|机修|厨师|叉车|数控|cnc|模具|井下|矿工|采煤|综采|高空|海员|船员|electrician|welder|mechanic|technician|plumber|carpenter|machinist|\bchef\b|\bcook\b|hvac/u,
    note: 'skilled and licensed trades',
  },
  {
    family: 'driver',
    pattern: /司机|骑手|快递|配送|驾驶员|driver|courier/u,
    note: 'drivers and couriers: piece rates and long hours',
  },
  {
    family: 'clerical',
    pattern:
      /文员|行政|前台|助理|客服|录入|打字|出纳|专员|clerk|receptionist|assistant|customer service|customer support|data entry|admin|typist|coordinator|representative|bookkeeper/u,
    note: 'office, support and data-entry roles',
  },
  {
    family: 'service',
    pattern:
      /服务员|保洁|保安|店员|导购|收银|营业员|传菜|洗碗|帮厨|家政|保姆|housekeep|waiter|waitress|server|cashier|barista|cleaner|security|host|caregiver|\bcare\b|attendant/u,
    note: 'hospitality, retail, care and security',
  },
  {
    family: 'entry',
    pattern:
      /普工|操作工|装卸|搬运|打包|包装|分拣|杂工|小时工|临时工|学徒|储备干部|兼职|点赞|worker|operative|packer|picker|labou?rer|warehouse|associate|crew|helper|trainee/u,
    note: 'general labour and trainee roles',
  },
];

/** Asks for no experience, no education, no language: an entry-level job whatever its title. */
const NO_SKILL =
  /无需经验|不需要经验|不要求经验|无经验可|零基础|会打字即可|会电脑打字即可|no experience(?: (?:needed|necessary|required))?|no (?:degree|qualifications?) (?:needed|required)|only requirement/u;

export function roleFamily(title: string, body: string): RoleFamily {
  let family: RoleFamily = 'clerical';
  for (const f of ROLE_FAMILIES) {
    if (f.pattern.test(title)) {
      family = f.family;
      break;
    }
  }
  // trades and driving are licensed skills; sales and senior pay is commission- or seniority-driven
  if (family === 'trade' || family === 'driver' || family === 'senior' || family === 'sales') return family;
  return NO_SKILL.test(body) ? 'entry' : family;
}
