import rule from '#shared/rules/cn/cn-gender.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    '岗位要求：男女不限，能吃苦耐劳',
    '主营女装、男鞋零售，招聘店员2名，男女不限',
    '性别不限；不论性别，欢迎有经验者',
    '性别：男、女均可，无性别要求',
    '专营男士护肤品牌，负责门店销售，服务女性顾客',
    '母婴用品店导购，有育儿经验更佳',
    '我们欢迎不同民族、性别、年龄的求职者加入',
    '女员工享受三八节福利和产假',
    '煤矿井下采掘工，限男性（女职工禁忌从事矿山井下作业）',
    '装卸工：需搬运50公斤货物，限男性',
    '女装试衣模特，限女性，身高165以上',
    '年满18周岁，男60周岁、女55周岁以下（法定退休年龄）',
    '男：5人，女：3人，分两班',
    '——以下为上一位录用人员的资料——\n姓名：李明　性别：男',
    { title: '女装店长', description: '负责女装门店运营，男女不限' },
  ],
  invalid: [
    { ad: '任职要求：限 男 性，18-40岁', spans: [{ text: '限 男 性' }] },
    { ad: '男士優先，有駕照', spans: [{ text: '男士優先' }], name: 'traditional characters' },
    { ad: '限(xiàn)男(nán)性(xìng)，能出差', spans: [{ text: '限(xiàn)男(nán)性' }], name: 'pinyin annotations' },
    { ad: '男女不限，但男士优先', spans: [{ text: '男士优先' }] },
    { ad: '性别：男，年龄不限', spans: [{ text: '性别：男' }] },
    { ad: '急招女服务员3名，包吃住', spans: [{ text: '急招女服务员' }] },
    { ad: '本岗位不招女性，经常出差', spans: [{ text: '不招女性' }] },
    { ad: '女士勿扰', spans: [{ text: '女士勿扰' }] },
    { ad: '要求：\n1、男性，25-40岁\n2、有C1驾照', spans: [{ text: '男性' }] },
    { ad: '宝妈优先，时间灵活', spans: [{ text: '宝妈优先' }] },
    { ad: '年龄：男45岁以下，女40岁以下', spans: [{ text: '男45岁以下，女40' }], name: 'different age limits' },
    { ad: '身高男175cm以上、女165cm以上', spans: [{ text: '男175cm以上、女165' }] },
    { ad: '保安员，限男性，持保安员证', spans: [{ text: '限男性' }], name: 'security guard is not barred to women' },
    {
      ad: { title: '招聘女前台', description: '负责来访接待，电话转接' },
      spans: [{ field: 'title', text: '招聘女前台' }],
    },
  ],
});
