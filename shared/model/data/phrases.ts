/**
 * Phrase banks for the project's own training ads (see generate.ts). Written for RecruitWatch;
 * released with the project. Each template builds one ad from alternatives so no two ads are alike.
 */
import type { AdInput } from '#shared/feed/schema.ts';
import type { Pick } from '#shared/model/data/generate.ts';

type AdBody = Omit<AdInput, 'platform' | 'adId'>;
export interface Template {
  name: string;
  fraud: boolean;
  build(p: Pick): { ad: AdBody; tags: string[] };
}

const CITIES: readonly [string, string][] = [
  ['北京', '110105'],
  ['上海', '310115'],
  ['广州', '440106'],
  ['深圳', '440305'],
  ['杭州', '330106'],
  ['成都', '510107'],
  ['武汉', '420106'],
  ['郑州', '410105'],
  ['长沙', '430104'],
  ['西安', '610113'],
  ['东莞', '441900'],
  ['苏州', '320505'],
  ['合肥', '340104'],
  ['南宁', '450103'],
];
const FIRMS = [
  '华信',
  '恒达',
  '瑞丰',
  '鼎盛',
  '佳和',
  '远航',
  '明德',
  '金桥',
  '晨光',
  '益康',
  '同创',
  '海纳',
  '安泰',
  '博源',
];
const TRADES = ['电子科技', '物流', '餐饮管理', '商贸', '机械制造', '物业服务', '医药连锁', '信息技术', '家居', '食品'];
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

function creditCode(p: Pick, region: string, valid: boolean): string {
  let body = `91${region}MA`;
  while (body.length < 17) body += ALPHABET[p.int(0, 30)];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(body[i] as string) * (WEIGHTS[i] as number);
  const check = (31 - (sum % 31)) % 31;
  return body + ALPHABET[valid ? check : (check + p.int(1, 30)) % 31];
}

const phone = (p: Pick) => `1${p.one(['38', '39', '58', '86', '77', '35'])}${String(p.int(10000000, 99999999))}`;
const landline = (p: Pick, city: string) =>
  `${city === '北京' ? '010' : city === '上海' ? '021' : `0${p.int(371, 799)}`}-${p.int(60000000, 89999999)}`;
const join = (xs: readonly (string | false | undefined)[], sep = '\n') => xs.filter(Boolean).join(sep);

function employerZh(p: Pick, region: string, opts: { name: number; code: number; badCode?: number }) {
  const e: AdBody['employer'] = {};
  const city = p.one(CITIES)[0];
  if (p.chance(opts.name)) e.name = `${city}${p.one(FIRMS)}${p.one(TRADES)}有限公司`;
  if (p.chance(opts.code)) e.creditCode = creditCode(p, region, !p.chance(opts.badCode ?? 0));
  return e;
}

function place(p: Pick) {
  const [city, regionCode] = p.one(CITIES);
  return { city, regionCode, location: { country: 'CN', city, regionCode } };
}

const monthPay = (lo: number, hi: number) => ({ min: lo, max: hi, currency: 'CNY', period: 'month' as const });

// ---------- Chinese: fraudulent ----------

const scamTask: Template = {
  name: 'task scam (刷单/点赞/打字)',
  fraud: true,
  build(p) {
    const { location } = place(p);
    const task = p.one([
      '帮商家刷单提升销量，垫付后立即返还本金和佣金',
      '给抖音视频点赞关注，一个赞一毛到五毛',
      '网络打字员，把图片内容录入文档，按字数结算',
      '淘宝店铺做任务，拍单不发货，返本金加佣金',
      '关注公众号领取任务，完成后截图给客服返现',
    ]);
    const pay = p.one(['日赚200-500元', '一单一结，日入300+', '多劳多得，月入过万不是梦', '每天1-2小时，日结150元起']);
    const contact = p.one(['有意者加微信 ', '详情咨询V信：', '加QQ了解：', '联系客服微信 ']);
    return {
      ad: {
        title: p.one([
          '手机兼职 在家可做',
          '宝妈学生兼职日结',
          '线上兼职打字员',
          '急招兼职 时间自由',
          '网络兼职 一单一结',
        ]),
        description: join([
          `${p.one(['【兼职招聘】', '诚招兼职人员', '', '长期招聘线上兼职，']) + task}。`,
          `${p.one(['只需一部手机，在家就能做，', '不限时间地点，', '无需经验，有手机就行，']) + pay}。`,
          p.one(['名额有限，先到先得！', '急招！！今天就能上手！', '限量招募，速来！', '']),
          contact + p.one(['kd', 'jz', 'zq', 'hao']) + p.int(1000, 99999),
        ]),
        ...(p.chance(0.3) ? { salary: { min: 150, max: 500, currency: 'CNY', period: 'day' as const } } : {}),
        location,
        ...(p.chance(0.5) ? { contact: { im: `wx${p.int(100000, 999999)}` } } : {}),
      },
      tags: ['fraud.task-scam', 'fraud.offplatform-contact'],
    };
  },
};

const scamFee: Template = {
  name: 'fee demanded of applicants',
  fraud: true,
  build(p) {
    const { location, regionCode } = place(p);
    const role = p.one(['普工', '保安', '仓库理货员', '酒店服务员', '快递分拣员', '物业保洁']);
    const fee = p.one([
      '入职需缴纳服装费260元，工作满三个月退还',
      '面试通过后交押金500元，办理工牌和宿舍',
      '须到公司指定医院体检，体检费180元自理',
      '上岗前统一培训，培训费和资料费共计398元',
      '报名费50元，保证金1000元，离职时退还',
    ]);
    return {
      ad: {
        title: p.one([`急招${role} 包吃住`, `${role} 月薪6000-8000`, `高薪诚聘${role}`, `${role}多名 当天入职`]),
        description: join([
          `${p.one(['工作轻松，', '环境好待遇高，', '长期稳定，'])}招聘${role}${p.int(10, 50)}名，男女不限。`,
          `${fee}。`,
          p.one(['当天面试当天上岗。', '名额有限，报名从速。', '随到随面。']),
        ]),
        employer: employerZh(p, regionCode, { name: 0.6, code: 0.3, badCode: 0.5 }),
        salary: monthPay(p.int(6, 8) * 1000, p.int(9, 12) * 1000),
        location,
        contact: { phone: phone(p), name: p.one(['王经理', '李主管', '张老师']) },
      },
      tags: ['fraud.fee'],
    };
  },
};

const scamLoan: Template = {
  name: 'training loan (培训贷)',
  fraud: true,
  build(p) {
    const { location, regionCode } = place(p);
    const field = p.one(['UI设计', '软件测试', '新媒体运营', '短视频剪辑', 'Java开发', '电商运营']);
    return {
      ad: {
        title: p.one([`${field}助理 零基础可`, `招聘${field}学员 包就业`, `${field}储备人才 月薪8K起`]),
        description: join([
          `招聘${field}岗位，零基础可应聘，${p.one(['公司提供带薪培训', '入职前参加岗前培训', '先培训后上岗'])}。`,
          p.one([
            '培训费用可申请分期，每月从工资中扣除。',
            '培训费19800元，可办理助学贷款，毕业推荐就业。',
            '学费支持分期付款，0首付入学，上岗后再还。',
            '需签订培训协议并办理分期，培训结束包分配工作。',
          ]),
          p.one(['学成后月薪8000-15000。', '保证就业，推荐名企。', '高薪就业不是梦！']),
        ]),
        employer: employerZh(p, regionCode, { name: 0.8, code: 0.5 }),
        salary: monthPay(8000, p.int(12, 20) * 1000),
        location,
        contact: { phone: phone(p), name: p.one(['招生老师', '刘老师', '陈顾问']) },
      },
      tags: ['fraud.training-loan', 'fraud.fee'],
    };
  },
};

const scamOverseas: Template = {
  name: 'overseas lure',
  fraud: true,
  build(p) {
    const { location } = place(p);
    const where = p.one(['柬埔寨', '缅甸', '迪拜', '菲律宾', '老挝', '泰国']);
    const job = p.one(['客服', '网络推广', '打字员', '后勤', '娱乐场荷官', '业务员']);
    return {
      ad: {
        title: p.one([`${where}高薪${job} 月薪3万`, `海外${job} 包机票`, `出国${job} 月入2-5万`]),
        description: join([
          `${where}招聘${job}，工作简单，会打字即可，月薪${p.int(2, 4)}万起，${p.one(['包吃包住', '包机票签证', '公司报销往返机票'])}。`,
          p.one([
            '护照到达后由公司统一保管。',
            '无需工作签证，旅游签即可出境。',
            '出发前需交办证费5000元。',
            '入职后护照和身份证交公司保管，合同期满退还。',
          ]),
          p.one(['名额有限，尽快联系！', '急缺人手，下周出发。', '有意者私聊。']),
          `${p.one(['飞机：', 'Telegram：', '微信：'])}@${p.one(['job', 'hr', 'work'])}${p.int(100, 9999)}`,
        ]),
        salary: monthPay(20000, p.int(35, 60) * 1000),
        location,
        ...(p.chance(0.6) ? { contact: { im: `telegram @hr${p.int(1000, 9999)}` } } : {}),
      },
      tags: ['fraud.overseas-lure', 'fraud.offplatform-contact'],
    };
  },
};

const scamMlm: Template = {
  name: 'pyramid recruiting (拉人头)',
  fraud: true,
  build(p) {
    const { location, regionCode } = place(p);
    return {
      ad: {
        title: p.one(['创业合伙人 月入十万', '招募事业伙伴', '团队长 躺赚被动收入', '招代理 零门槛']),
        description: join([
          p.one(['新零售项目招募合伙人，', '健康产品招代理，', '互联网创业项目，']) +
            p.one(['发展下线越多收入越高，', '团队计酬，拉人头有奖励，', '推荐一人奖励2000元，']) +
            p.one(['需购买入门产品套餐3980元。', '加盟费6800元，三个月回本。', '入会费998元即可成为代理。']),
          p.one(['收入无上限！', '实现财务自由！', '睡后收入，躺着赚钱！']),
        ]),
        employer: employerZh(p, regionCode, { name: 0.5, code: 0.2 }),
        location,
        contact: p.chance(0.5) ? { im: `vx: ${p.one(['cy', 'hh', 'tz'])}${p.int(1000, 99999)}` } : { phone: phone(p) },
      },
      tags: ['fraud.mlm', 'fraud.fee'],
    };
  },
};

const scamId: Template = {
  name: 'identity document retention',
  fraud: true,
  build(p) {
    const { location, regionCode } = place(p);
    const role = p.one(['普工', '装配工', '包装工', '质检员']);
    return {
      ad: {
        title: `${p.one(['电子厂', '工厂直招', '大厂'])}${role} 包吃住`,
        description: join([
          `招${role}${p.int(20, 100)}名，两班倒，月综合${p.int(5, 7)}000元左右。`,
          p.one([
            '入职需将身份证原件交由公司保管。',
            '报到时身份证押在人事处，离职时归还。',
            '毕业证、身份证原件需交公司统一保管。',
          ]),
          p.one(['工资押一个月。', '试用期不签合同。', '']),
        ]),
        employer: employerZh(p, regionCode, { name: 0.7, code: 0.4 }),
        salary: monthPay(5000, 7000),
        location,
        contact: { phone: phone(p) },
      },
      tags: ['fraud.id-retention'],
    };
  },
};

const scamVague: Template = {
  name: 'high-pay lure with no duties or employer',
  fraud: true,
  build(p) {
    const { location } = place(p);
    return {
      ad: {
        title: p.one(['高薪急聘 月入过万', '轻松工作 日结500', '不限学历 高收入', '招人啦 待遇优厚']),
        description: join([
          p.one(['工作轻松，', '不累不加班，', '坐着就能赚钱，']) +
            p.one(['月入过万，', '日结300-800，', '月薪2万起，']) +
            p.one(['男女不限，无需经验。', '有手就行。', '18岁以上即可。']),
          p.one(['具体工作面谈。', '详情电话咨询。', '来了就知道。']),
          p.one(['急招！名额有限！', '今天报名明天上班！', '']),
        ]),
        salary: monthPay(p.int(10, 20) * 1000, p.int(30, 50) * 1000),
        location,
        contact: p.chance(0.5) ? { phone: phone(p) } : { im: `微信${p.int(100000, 999999)}` },
      },
      tags: ['fraud.vague', 'fraud.unrealistic-pay', 'fraud.invalid-employer'],
    };
  },
};

const scamDisguised: Template = {
  name: 'disguised sales job (title does not match the work)',
  fraud: true,
  build(p) {
    const { location, regionCode } = place(p);
    const title = p.one(['行政文员', '储备干部', '人事助理', '前台接待', '总经理助理']);
    return {
      ad: {
        title: `${title} ${p.one(['双休无责底薪', '月入过万', '轻松高薪', '不加班'])}`,
        description: join([
          `招聘${title}，${p.one(['工作轻松', '坐班不出差', '朝九晚五'])}，${p.one(['无责任底薪3000', '底薪+高提成', '收入上不封顶'])}。`,
          p.one([
            '入职后需先做满三个月电话销售，开单后转岗。',
            '主要工作为理财产品推广，需完成个人业绩。',
            '工作内容：邀约客户到店体验，按成交提成。',
            '需自带客户资源，业绩达标方可转正。',
          ]),
          p.one(['一年买车，两年买房！', '年收入10-30万不是梦。', '晋升空间大，三个月升主管。']),
        ]),
        employer: employerZh(p, regionCode, { name: 0.6, code: 0.6 }),
        salary: monthPay(3000, p.int(15, 30) * 1000),
        location,
        contact: { phone: phone(p) },
      },
      tags: ['fraud.vague'],
    };
  },
};

const scamHandwork: Template = {
  name: 'home handicraft scam',
  fraud: true,
  build(p) {
    const { location } = place(p);
    return {
      ad: {
        title: p.one(['在家手工活 外发加工', '串珠手工 计件', '宝妈在家做手工']),
        description: join([
          `${p.one(['串珠', '绣十字绣', '组装圆珠笔', '折纸花', '缝制玩偶'])}手工活外发，在家就能做，计件工资，多劳多得，月入3000-6000。`,
          p.one(['首次领料需交材料押金300元。', '需先购买样品和材料包，成品回收。', '交198元加盟费即可发货。']),
          p.one(['全国包邮，长期合作。', '不限地区。', '']),
        ]),
        location,
        contact: { phone: phone(p) },
      },
      tags: ['fraud.task-scam', 'fraud.fee'],
    };
  },
};

export const SCAM_ZH: readonly Template[] = [
  scamTask,
  scamFee,
  scamLoan,
  scamOverseas,
  scamMlm,
  scamId,
  scamVague,
  scamDisguised,
  scamHandwork,
];

// ---------- Chinese: lawful (with hard negatives) ----------

interface Role {
  title: string;
  duties: readonly string[];
  reqs: readonly string[];
  pay: [number, number];
}
const ROLES: readonly Role[] = [
  {
    title: '仓库管理员',
    duties: ['负责货物出入库登记与盘点', '使用WMS系统维护库存数据', '配合物流安排发货'],
    reqs: ['中专以上学历', '会使用Excel', '有叉车证优先'],
    pay: [5000, 7000],
  },
  {
    title: '会计',
    duties: ['负责日常账务处理和凭证审核', '编制月度财务报表', '办理纳税申报'],
    reqs: ['会计相关专业大专以上', '持初级会计证', '两年以上工作经验'],
    pay: [6000, 9000],
  },
  {
    title: '前端开发工程师',
    duties: ['负责公司Web产品的前端开发', '与设计和后端协作完成需求', '优化页面性能'],
    reqs: ['熟悉Vue或React', '三年以上开发经验', '本科及以上学历'],
    pay: [15000, 25000],
  },
  {
    title: '门店店长',
    duties: ['负责门店日常运营和人员排班', '完成门店销售目标', '做好库存与陈列管理'],
    reqs: ['有零售管理经验两年以上', '沟通能力强', '能适应轮休'],
    pay: [7000, 11000],
  },
  {
    title: '客服专员',
    duties: ['通过电话和在线系统解答客户咨询', '记录并跟进客户问题', '维护客户档案'],
    reqs: ['普通话标准', '打字每分钟50字以上', '有客服经验优先'],
    pay: [4500, 6500],
  },
  {
    title: '数控车床操作工',
    duties: ['按图纸操作数控车床加工零件', '做好设备日常保养', '进行首件自检'],
    reqs: ['能看懂机械图纸', '有数控操作经验一年以上', '适应两班倒'],
    pay: [6500, 9000],
  },
  {
    title: '护士',
    duties: ['负责病区护理工作', '执行医嘱，做好护理记录', '参与健康宣教'],
    reqs: ['持护士执业资格证', '护理专业大专以上', '能适应倒班'],
    pay: [6000, 9000],
  },
  {
    title: '销售代表',
    duties: ['开发和维护区域客户', '完成季度销售目标', '收集市场信息并反馈'],
    reqs: ['大专以上学历', '有驾照', '一年以上销售经验'],
    pay: [5000, 12000],
  },
];

function lawfulBody(p: Pick, r: Role, numbered: boolean): string {
  const list = (xs: readonly string[]) =>
    xs.map((x, i) => (numbered ? `${i + 1}. ${x}` : x)).join(numbered ? '\n' : '；');
  return join([
    p.one(['岗位职责：', '工作内容：', '【岗位职责】']),
    list(r.duties),
    p.one(['任职要求：', '岗位要求：', '【任职资格】']),
    list(r.reqs),
    p.one([
      '待遇：五险一金，双休，带薪年假。',
      '福利：缴纳社保公积金，节日福利，年度体检。',
      '提供工作餐和员工宿舍，按时发薪。',
    ]),
  ]);
}

const legitStandard: Template = {
  name: 'lawful ad with duties, requirements and employer',
  fraud: false,
  build(p) {
    const r = p.one(ROLES);
    const { location, regionCode, city } = place(p);
    const hc = p.int(1, 8);
    return {
      ad: {
        title: r.title,
        description: join([
          p.chance(0.5) && `招聘${r.title}${hc}名。`,
          lawfulBody(p, r, p.chance(0.5)),
          p.chance(0.5) &&
            `工作地点：${city}${p.one(['高新区', '经开区', '市中心'])}${p.one(['科技路', '人民路', '创业大道'])}${p.int(1, 300)}号`,
        ]),
        employer: employerZh(p, regionCode, { name: 0.95, code: 0.6 }),
        salary: monthPay(r.pay[0], r.pay[1]),
        location,
        contact: p.chance(0.5)
          ? { phone: landline(p, city), name: '人力资源部' }
          : { email: `hr@${p.one(FIRMS.map((_, i) => `corp${i}`))}.com.cn`, name: '招聘专员' },
        ...(p.chance(0.3) ? { headcount: hc } : {}),
      },
      tags: [],
    };
  },
};

const legitNoFee: Template = {
  name: 'lawful factory ad that says it charges no fees',
  fraud: false,
  build(p) {
    const { location, regionCode, city } = place(p);
    const role = p.one(['普工', '操作工', '包装工', '品检员']);
    return {
      ad: {
        title: `${role} ${p.one(['包吃住', '长白班', '五险一金'])}`,
        description: join([
          `${p.one(['本厂直招', '公司直招'])}${role}${p.int(10, 40)}名，主要从事${p.one(['电子产品组装', '食品包装', '汽车零部件检验', '服装整烫'])}。`,
          p.one([
            '本公司招聘不收取任何费用，请勿相信任何中介收费。',
            '面试、入职、体检均不收取任何费用。',
            '入职体检由公司统一安排，费用公司承担。',
          ]),
          `要求：${p.one(['18-50周岁', '身体健康', '能适应站立工作'])}，${p.one(['男女不限', '无经验可培训'])}。`,
          `综合工资${p.int(5, 6)}000-${p.int(7, 8)}000元，按时足额发放，依法缴纳社保。`,
          `地址：${city}${p.one(['工业园', '开发区'])}${p.int(1, 50)}栋`,
        ]),
        employer: employerZh(p, regionCode, { name: 0.9, code: 0.7 }),
        salary: monthPay(5000, 8000),
        location,
        contact: { phone: landline(p, city), name: p.one(['人事部', '招聘办']) },
      },
      tags: [],
    };
  },
};

const legitDayLabour: Template = {
  name: 'lawful temporary work paid daily',
  fraud: false,
  build(p) {
    const { location, regionCode, city } = place(p);
    const job = p.one(['展会搭建临时工', '物流园装卸临时工', '活动现场协助', '超市促销员']);
    return {
      ad: {
        title: `${job}（${p.int(3, 10)}天）`,
        description: join([
          `${p.one(['国际会展中心', '物流园区', '大型商超'])}${p.int(10, 30)}日起需${job}${p.int(5, 20)}人，工作${p.int(3, 10)}天。`,
          `工作内容：${p.one(['搬运展具、布置展位', '货物装卸和分拣', '引导观众、发放资料', '商品陈列与讲解'])}。`,
          `日薪${p.int(180, 260)}元，当天结算，提供午餐和意外险。`,
          p.one(['不收取任何费用。', '签订劳务协议。', '由公司直接发放报酬。']),
        ]),
        employer: employerZh(p, regionCode, { name: 1, code: 0.8 }),
        salary: { min: 180, max: 260, currency: 'CNY', period: 'day' },
        location,
        contact: { phone: landline(p, city), name: '项目组' },
      },
      tags: [],
    };
  },
};

const legitOverseas: Template = {
  name: 'lawful overseas posting by a licensed employer',
  fraud: false,
  build(p) {
    const { location, regionCode } = place(p);
    const where = p.one(['沙特', '阿联酋', '印尼', '马来西亚', '哈萨克斯坦']);
    const job = p.one(['电气工程师', '土建施工员', '机械维修技师', '项目翻译']);
    return {
      ad: {
        title: `${where}项目${job}（外派）`,
        description: join([
          `公司承建${where}${p.one(['电站', '港口', '公路', '工业园'])}项目，招聘${job}${p.int(2, 6)}名，外派期${p.int(1, 2)}年。`,
          `要求：相关专业大专以上，${p.int(3, 5)}年以上工作经验，${p.one(['持有相应职业资格证书', '能用英语沟通'])}。`,
          '公司依法办理工作签证和境外保险，护照由本人保管，签订劳动合同。',
          `境外月薪${p.int(15, 25)}000元，国内缴纳五险一金，每年两次探亲假。`,
        ]),
        employer: employerZh(p, regionCode, { name: 1, code: 1 }),
        salary: monthPay(15000, 25000),
        location,
        contact: { email: `hr@${p.one(['crec', 'power', 'intl', 'build'])}${p.int(1, 9)}.com.cn`, name: '海外人力部' },
      },
      tags: [],
    };
  },
};

const legitSales: Template = {
  name: 'lawful commission sales with a stated base',
  fraud: false,
  build(p) {
    const { location, regionCode, city } = place(p);
    return {
      ad: {
        title: p.one(['房产经纪人', '汽车销售顾问', '保险代理人（明确为代理）', '电话销售']),
        description: join([
          `岗位职责：${p.one(['接待客户，介绍产品并促成成交', '跟进意向客户，维护客户关系', '通过电话向企业客户介绍服务'])}。`,
          `底薪${p.int(3, 5)}000元加提成，提成按公司制度计算，平均月收入${p.int(6, 9)}000元左右。`,
          `要求：${p.one(['沟通表达能力好', '有销售经验优先', '大专以上学历'])}，提供岗前培训（免费）。`,
          `工作时间：9:00-18:00，月休${p.int(4, 8)}天。地址：${city}${p.one(['中山路', '解放路'])}${p.int(1, 99)}号。`,
        ]),
        employer: employerZh(p, regionCode, { name: 1, code: 0.6 }),
        salary: monthPay(3000, 9000),
        location,
        contact: { phone: landline(p, city), name: '招聘负责人' },
      },
      tags: [],
    };
  },
};

const legitPartTime: Template = {
  name: 'lawful part-time job',
  fraud: false,
  build(p) {
    const { location, regionCode, city } = place(p);
    const job = p.one(['家教（初中数学）', '咖啡店兼职店员', '图书馆周末兼职', '校园快递站兼职']);
    return {
      ad: {
        title: job,
        description: join([
          `招聘${job}，每周${p.int(2, 4)}次，每次${p.int(3, 5)}小时，时间可协商。`,
          `工作内容：${p.one(['辅导作业，讲解知识点', '点单、制作饮品、清洁', '整理上架图书', '包裹分拣与出入库登记'])}。`,
          `时薪${p.int(22, 60)}元，按月结算。${p.one(['在校学生可申请。', '需能长期兼职。', '提供培训。'])}`,
          `地点：${city}${p.one(['大学城', '万达广场', '市图书馆'])}。`,
        ]),
        employer: employerZh(p, regionCode, { name: 0.9, code: 0.5 }),
        salary: { min: 22, max: 60, currency: 'CNY', period: 'hour' },
        location,
        contact: { phone: landline(p, city) },
      },
      tags: [],
    };
  },
};

const legitBrief: Template = {
  name: 'short but complete lawful ad',
  fraud: false,
  build(p) {
    const r = p.one(ROLES);
    const { location, regionCode, city } = place(p);
    return {
      ad: {
        title: r.title,
        description: `${p.one(r.duties)}。要求：${p.one(r.reqs)}。月薪${r.pay[0]}-${r.pay[1]}元，缴纳社保。地点：${city}。`,
        employer: employerZh(p, regionCode, { name: 1, code: 0.5 }),
        salary: monthPay(r.pay[0], r.pay[1]),
        location,
        contact: { phone: landline(p, city) },
      },
      tags: [],
    };
  },
};

const legitRemote: Template = {
  name: 'lawful remote job with an identifiable employer',
  fraud: false,
  build(p) {
    const { location, regionCode } = place(p);
    const job = p.one(['远程技术文档翻译', '在线英语外教助教', '远程客服（居家办公）', '远程UI设计师']);
    return {
      ad: {
        title: job,
        description: join([
          `公司招聘${job}，可居家办公，公司提供办公电脑和工作账号。`,
          `职责：${p.one(['翻译产品手册和技术文档', '协助主讲老师组织线上课堂', '处理在线工单和客户咨询', '完成产品界面设计'])}。`,
          `要求：${p.one(['英语六级以上', '两年以上相关经验', '普通话标准，打字熟练'])}；试用期一个月，签订劳动合同。`,
          `月薪${p.int(6, 12)}000元，缴纳社保。不收取任何费用。`,
        ]),
        employer: employerZh(p, regionCode, { name: 1, code: 0.7 }),
        salary: monthPay(6000, 12000),
        location,
        contact: { email: `jobs@${p.one(['lingo', 'design', 'service'])}${p.int(1, 9)}.cn`, name: '人力资源部' },
      },
      tags: [],
    };
  },
};

export const LEGIT_ZH: readonly Template[] = [
  legitStandard,
  legitStandard,
  legitNoFee,
  legitDayLabour,
  legitOverseas,
  legitSales,
  legitPartTime,
  legitBrief,
  legitRemote,
];

// ---------- English ----------

const US: readonly [string, string][] = [
  ['Austin', 'TX'],
  ['Denver', 'CO'],
  ['Columbus', 'OH'],
  ['Seattle', 'WA'],
  ['Atlanta', 'GA'],
  ['Leeds', 'GB'],
  ['Bristol', 'GB'],
];
const enLoc = (p: Pick) => {
  const [city, st] = p.one(US);
  return { country: st === 'GB' ? 'GB' : 'US', city };
};
const gmail = (p: Pick) =>
  `${p.one(['hr.dept', 'recruit', 'jobs.team', 'hiring.manager'])}${p.int(10, 999)}@${p.one(['gmail.com', 'outlook.com', 'yahoo.com'])}`;

const enReship: Template = {
  name: 'reshipping / check-cashing scam',
  fraud: true,
  build(p) {
    return {
      ad: {
        title: p.one([
          'Package Handling Assistant (Remote)',
          'Shipping Coordinator - Work From Home',
          'Mobile Payment Agent',
        ]),
        description: join([
          p.one([
            'Receive packages at your home address, inspect them and reship them with the prepaid labels we send.',
            'You will receive checks from our clients, deposit them in your personal account and wire the balance to our suppliers.',
            'Process customer payments through your own bank account and keep 10% as commission.',
          ]),
          p.one(['No experience needed.', 'Flexible hours, 2-3 hours a day.', 'Perfect for stay-at-home parents.']),
          p.one(['Earn $500-$900 weekly!', 'Weekly pay of $750 plus bonuses.', 'Earn up to $4,000 a month.']),
          p.one(['Apply today, positions are limited!', 'Start immediately.', 'Urgent hiring.']),
        ]),
        location: { ...enLoc(p), remote: true },
        salary: { min: 500, max: 900, currency: 'USD', period: 'week' },
        contact: { email: gmail(p) },
      },
      tags: ['fraud.task-scam'],
    };
  },
};

const enEquipment: Template = {
  name: 'fake-check equipment scam with off-platform interview',
  fraud: true,
  build(p) {
    const role = p.one([
      'Data Entry Clerk',
      'Customer Service Representative',
      'Administrative Assistant',
      'Virtual Assistant',
    ]);
    return {
      ad: {
        title: `${role} - Remote - $${p.int(28, 45)}/hr`,
        description: join([
          `We are hiring a ${role} to work from home. ${p.one(['Interviews are held on Telegram.', 'The interview will be conducted via Google Hangouts chat.', 'Text our hiring manager on WhatsApp to schedule.'])}`,
          p.one([
            'We will send you a check to purchase your home office equipment from our approved vendor.',
            'A starter kit fee of $89 is refundable after your first paycheck.',
            'You must buy the software license through our partner before training.',
          ]),
          p.one(['Fortune 500 company!', 'No experience required.', 'Immediate start.']),
        ]),
        location: { ...enLoc(p), remote: true },
        salary: { min: 28, max: 45, currency: 'USD', period: 'hour' },
        contact: p.chance(0.5)
          ? { email: gmail(p) }
          : { im: `Telegram @${p.one(['hr', 'talent', 'jobs'])}_${p.int(100, 999)}` },
      },
      tags: ['fraud.fee', 'fraud.offplatform-contact'],
    };
  },
};

const enMlm: Template = {
  name: 'pyramid recruiting / easy-money lure',
  fraud: true,
  build(p) {
    return {
      ad: {
        title: p.one([
          'Be Your Own Boss - Unlimited Income',
          'Brand Ambassador - Earn From Home',
          'Entrepreneurs Wanted',
        ]),
        description: join([
          p.one([
            'Join our team and earn commissions on every person you recruit.',
            'Build your own team and earn from their sales too.',
            'Get paid to share our products with friends and family.',
          ]),
          p.one([
            'A one-time starter pack of $299 gets you going.',
            'Purchase the business kit to activate your account.',
            'Membership fee applies.',
          ]),
          p.one([
            'Unlimited earning potential!!!',
            'Make $10,000 a month from your phone!',
            'Financial freedom awaits!',
          ]),
        ]),
        location: enLoc(p),
        contact: { email: gmail(p) },
      },
      tags: ['fraud.mlm', 'fraud.fee'],
    };
  },
};

export const SCAM_EN: readonly Template[] = [enReship, enEquipment, enMlm];

const EN_ROLES = [
  [
    'Warehouse Associate',
    'pick, pack and ship orders using handheld scanners',
    'able to lift 50 lbs; forklift certification a plus',
    [17, 21],
  ],
  [
    'Staff Accountant',
    'prepare journal entries, reconcile accounts and support month-end close',
    "bachelor's degree in accounting; 2+ years of experience",
    [55000, 70000],
  ],
  [
    'Registered Nurse',
    'provide patient care on a medical-surgical unit and document in Epic',
    'active RN licence; BLS certification',
    [34, 46],
  ],
  [
    'Software Engineer',
    'design, build and test services in TypeScript and Go',
    '3+ years of backend experience; familiarity with AWS',
    [110000, 145000],
  ],
  [
    'Customer Support Specialist',
    'answer customer tickets by email and chat and escalate issues',
    '1+ year of support experience; clear written English',
    [18, 23],
  ],
] as const;

const enLegit: Template = {
  name: 'lawful English ad',
  fraud: false,
  build(p) {
    const [title, duties, reqs, pay] = p.one(EN_ROLES);
    const hourly = pay[1] < 100;
    const firm = `${p.one(['Northwind', 'Bluestem', 'Harbor', 'Summit', 'Cedar'])} ${p.one(['Logistics', 'Health', 'Systems', 'Partners', 'Foods'])}`;
    return {
      ad: {
        title,
        description: join([
          `${firm} is hiring a ${title}. You will ${duties}.`,
          `Requirements: ${reqs}.`,
          p.one([
            'Benefits include health insurance, 401(k) match and paid time off.',
            'We offer medical, dental and vision coverage.',
            'Full-time, Monday to Friday.',
          ]),
          p.one(['We never ask candidates for payment.', 'Apply through our careers page.', '']),
        ]),
        employer: { name: `${firm} Inc.`, website: `https://www.${firm.toLowerCase().replace(' ', '')}.com` },
        location: enLoc(p),
        salary: { min: pay[0], max: pay[1], currency: 'USD', period: hourly ? 'hour' : 'year' },
        contact: { email: `careers@${firm.toLowerCase().replace(' ', '')}.com`, name: 'Talent Acquisition' },
      },
      tags: [],
    };
  },
};

const enLegitRemote: Template = {
  name: 'lawful remote English ad',
  fraud: false,
  build(p) {
    const firm = `${p.one(['Lumen', 'Arbor', 'Keystone'])} ${p.one(['Analytics', 'Software', 'Insurance'])}`;
    return {
      ad: {
        title: p.one(['Remote Technical Writer', 'Remote Data Analyst', 'Remote Claims Processor']),
        description: join([
          `${firm} is a fully remote company. In this role you will ${p.one(['write and maintain product documentation', 'build dashboards in SQL and Looker', 'review and process insurance claims'])}.`,
          `Requirements: ${p.one(['2+ years of relevant experience', "bachelor's degree or equivalent experience", 'strong attention to detail'])}. We provide a company laptop.`,
          'Interviews are by video call with the hiring team; we never ask for payment or bank details before an offer.',
        ]),
        employer: { name: `${firm} LLC` },
        location: { ...enLoc(p), remote: true },
        salary: { min: 60000, max: 85000, currency: 'USD', period: 'year' },
        contact: { email: `jobs@${firm.toLowerCase().replace(' ', '')}.com` },
      },
      tags: [],
    };
  },
};

export const LEGIT_EN: readonly Template[] = [enLegit, enLegit, enLegitRemote];
