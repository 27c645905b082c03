import rule from '#shared/rules/cn/cn-region.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    '不限户籍，欢迎外地求职者',
    '户籍不限',
    '可解决北京户口',
    '熟悉本地路况，会说粤语优先',
    '工作地点：上海市浦东新区',
    '公司位于上海人民广场附近',
    '工作地点：广东省广州市天河区',
    '客户限本地的企业',
    '负责维护本地的客户资源',
    '我们欢迎来自全国各地的求职者',
    '全国包邮（新疆、西藏地区除外）',
    '姓名：王五　籍贯：河南（上一位录用人员资料）',
  ],
  invalid: [
    { ad: '限本地户籍', spans: [{ text: '限本地户籍' }] },
    { ad: '本地人优先', spans: [{ text: '本地人优先' }] },
    { ad: '户口：本市', spans: [{ text: '户口：本市' }] },
    { ad: '不招河南人', spans: [{ text: '不招河南人' }] },
    { ad: '外地人勿扰', spans: [{ text: '外地人勿扰' }] },
    { ad: '农村户口不要', spans: [{ text: '农村户口不要' }] },
    { ad: '河南籍优先', spans: [{ text: '河南籍优先' }] },
    { ad: '仅限湖南、湖北籍', spans: [{ text: '仅限湖南、湖北籍' }] },
    { ad: '限广东省内人员', spans: [{ text: '限广东省内人员' }] },
    { ad: '限 本 地 戶 籍', spans: [{ text: '限 本 地 戶 籍' }], name: 'spaces and traditional' },
  ],
});
