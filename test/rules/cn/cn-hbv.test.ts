import rule from '#shared/rules/cn/cn-hbv.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    '免费接种乙肝疫苗',
    '负责乙肝药物研发项目的临床数据管理',
    '负责HIV检测试剂的渠道销售',
    '持健康证上岗，身体健康',
    '患有甲型、戊型病毒性肝炎等有碍食品安全疾病者不得从事接触直接入口食品的工作',
    '入职体检由公司统一安排并承担费用',
  ],
  invalid: [
    { ad: '乙肝携带者勿扰', spans: [{ text: '乙肝携带者勿扰' }] },
    { ad: '大小三阳不要', spans: [{ text: '大小三阳不要' }] },
    { ad: '身体健康，无乙肝', spans: [{ text: '无乙肝' }] },
    { ad: '入职体检含乙肝五项', spans: [{ text: '入职体检含乙肝五项' }] },
    { ad: '需提供两对半报告', spans: [{ text: '提供两对半报告' }] },
    { ad: 'HIV阳性者不予录用', spans: [{ text: 'HIV阳性者不予录用' }] },
    { ad: '要求乙肝阴性', spans: [{ text: '要求乙肝阴性' }] },
    { ad: '3、有传染病或乙肝者，暂时不能录用', spans: [{ text: '乙肝者，暂时不能录用' }] },
    { ad: '乙 肝 攜 帶 者 勿 擾', spans: [{ text: '乙 肝 攜 帶 者 勿 擾' }], name: 'spaces and traditional' },
  ],
});
