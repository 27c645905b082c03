import rule from '#shared/rules/cn/cn-gender.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: ['岗位要求：男女不限，能吃苦耐劳', '主营女装、男鞋零售'],
  invalid: [
    { ad: '任职要求：限 男 性，18-40岁', spans: [{ text: '限 男 性' }] },
    { ad: '男士優先，有駕照', spans: [{ text: '男士優先' }] },
  ],
});
