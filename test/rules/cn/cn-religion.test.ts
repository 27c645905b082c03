import rule from '#shared/rules/cn/cn-religion.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    '宗教信仰不限',
    '公司设清真食堂',
    '负责服务清真餐厅客户',
    '尊重少数民族饮食习惯，食堂提供清真窗口',
    '我们欢迎不同民族、宗教信仰的求职者',
    '信息技术部招聘运维工程师',
    { title: '寺院义工协调员', description: '须为佛教徒，熟悉寺院日常', employer: { name: '某某寺' } },
  ],
  invalid: [
    { ad: '无宗教信仰', spans: [{ text: '无宗教信仰' }] },
    { ad: '要求不信教', spans: [{ text: '不信教' }] },
    { ad: '穆斯林勿扰', spans: [{ text: '穆斯林勿扰' }] },
    { ad: '3、穆斯林及佩戴宗教头巾者勿扰', spans: [{ text: '穆斯林及佩戴宗教头巾者勿扰' }] },
    { ad: '戴头巾者不予录用', spans: [{ text: '戴头巾者不予录用' }] },
    { ad: '基督徒优先', spans: [{ text: '基督徒优先' }] },
    { ad: '请在简历中注明宗教信仰', spans: [{ text: '注明宗教信仰' }] },
    { ad: '無宗教信仰', spans: [{ text: '無宗教信仰' }], name: 'traditional characters' },
  ],
});
