/**
 * A deterministic corpus of mixed Chinese and English ads of about 1 KB, for the benchmark.
 * Built from job-ad building blocks (duties, requirements, benefits) with a seeded PRNG; about one
 * ad in four carries a violation so the rules' slow paths run too.
 */
import type { AdInput } from '#shared/feed/schema.ts';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZH_TITLES = [
  '仓库管理员',
  '电商客服专员',
  '数控车床操作工',
  '行政前台',
  '销售代表',
  '会计助理',
  '外卖配送员',
  '软件测试工程师',
  '物业维修工',
  '幼儿园保育员',
];
const ZH_DUTIES = [
  '负责仓库货物的收发、盘点和台账管理，配合物流部门完成出入库作业',
  '通过在线平台回复顾客咨询，处理订单问题与售后申请，记录并反馈客户意见',
  '按照图纸要求操作数控设备完成零件加工，做好设备日常保养与点检',
  '负责来访接待、电话转接、会议室预订及办公用品采购管理',
  '开拓区域市场，维护经销商关系，完成季度销售指标并提交市场分析报告',
  '协助处理凭证录入、费用报销审核、月末对账与税务申报资料整理',
];
const ZH_REQS = [
  '中专及以上学历，一年以上相关工作经验，熟练使用办公软件',
  '有责任心，沟通能力强，能适应倒班工作，男女不限',
  '持有叉车证者优先，身体健康，能吃苦耐劳',
  '大专以上学历，财务相关专业，持初级会计职称',
  '熟悉常用测试工具，能编写测试用例，有自动化测试经验者优先',
];
const ZH_BENEFITS = [
  '五险一金，带薪年假，节日福利，包住宿',
  '月薪6000-9000元，绩效奖金，免费工作餐',
  '双休，法定节假日，年度体检，员工旅游',
];
const ZH_BAD = [
  '限男性，35岁以下',
  '已婚已育者优先',
  '乙肝携带者勿扰',
  '入职需缴纳押金500元',
  '加薇信 abc123 详聊，日结800',
  '请提供身份证正反面照片及户口本复印件',
  '联系人张伟 身份证430102199003071234',
];
const EN_TITLES = [
  'Warehouse Associate',
  'Customer Support Specialist',
  'Software Engineer',
  'Registered Nurse',
  'Sales Representative',
  'Office Administrator',
  'Data Analyst',
  'Line Cook',
];
const EN_DUTIES = [
  'You will receive, stage and ship customer orders, keep inventory records accurate and follow our safety procedures on every shift.',
  'Answer customer questions by phone, chat and email, resolve billing issues and escalate technical problems to the right team.',
  'Design, build and maintain services in TypeScript, write tests, review code and take part in a shared on-call rotation.',
  'Provide patient care on a busy medical-surgical unit, document assessments and coordinate with physicians and families.',
  'Prospect new accounts, run product demonstrations, manage a pipeline in our CRM and meet quarterly revenue targets.',
];
const EN_REQS = [
  'At least two years of relevant experience; strong written and spoken communication; able to lift 50 lbs with or without reasonable accommodation.',
  'Bachelor degree or equivalent experience; familiarity with SQL and spreadsheets; attention to detail.',
  'Valid state license required; BLS certification; ability to work weekends and holidays.',
];
const EN_BENEFITS = [
  'Health, dental and vision insurance, 401(k) with match, paid time off.',
  'Competitive salary of $55,000-$70,000, hybrid schedule, learning budget.',
];
const EN_BAD = [
  'Looking for young and energetic recent graduates only.',
  'Native English speakers only.',
  'A $150 starter kit fee is required before training.',
  'Contact our recruiter on Telegram @jobsnow only.',
  'Candidate John Smith SSN 123-45-6789 was hired.',
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

export function makeCorpus(n: number, seed = 42): AdInput[] {
  const r = prng(seed);
  const ads: AdInput[] = [];
  for (let i = 0; i < n; i++) {
    const zh = r() < 0.6;
    const bad = r() < 0.25;
    const parts: string[] = [];
    const duties = zh ? ZH_DUTIES : EN_DUTIES;
    const reqs = zh ? ZH_REQS : EN_REQS;
    while (parts.join('').length < (zh ? 380 : 800)) parts.push(pick(r, r() < 0.5 ? duties : reqs));
    if (bad) parts.splice(Math.floor(r() * parts.length), 0, pick(r, zh ? ZH_BAD : EN_BAD));
    ads.push({
      platform: 'bench',
      adId: `bench-${i}`,
      title: pick(r, zh ? ZH_TITLES : EN_TITLES),
      description: parts.join(zh ? '；\n' : '\n'),
      benefits: pick(r, zh ? ZH_BENEFITS : EN_BENEFITS),
      employer: { name: zh ? '长沙示例科技有限公司' : 'Example Logistics LLC' },
      location: zh ? { country: 'CN', city: '长沙', regionCode: '430100' } : { country: 'US', city: 'Austin' },
      salary: zh
        ? { min: 6000, max: 9000, currency: 'CNY', period: 'month' }
        : { min: 55000, max: 70000, currency: 'USD', period: 'year' },
      contact: zh ? { name: '人事部', phone: '0731-88886666' } : { email: 'jobs@example.com' },
      language: zh ? 'zh' : 'en',
    });
  }
  return ads;
}
