import rule from '#shared/rules/cn/cn-marital.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    '婚否不限，男女不限',
    '已婚未婚均可，欢迎有经验者',
    '福利：婚假、产假、陪产假',
    '已婚员工可申请夫妻房',
    '提供单身公寓，拎包入住',
    '我们欢迎已婚、未婚等不同背景的求职者，一视同仁',
    '同事小王刚休完产假回来，团队氛围融洽',
    '姓名：张三　婚姻状况：已婚（上一位录用人员资料）',
  ],
  invalid: [
    { ad: '要求：限未婚，25岁以下', spans: [{ text: '限未婚' }] },
    { ad: '已婚已育优先', spans: [{ text: '已婚已育优先' }] },
    { ad: '任职要求：\n1、未婚\n2、大专以上学历', spans: [{ text: '未婚' }] },
    { ad: '三年内无生育计划', spans: [{ text: '三年内无生育计划' }] },
    { ad: '三年内不考虑生育', spans: [{ text: '三年内不考虑生育' }] },
    { ad: '入职两年内不得生育', spans: [{ text: '两年内不得生育' }] },
    { ad: '请在简历中注明婚育情况', spans: [{ text: '注明婚育情况' }] },
    { ad: '婚姻状况：未婚', spans: [{ text: '婚姻状况：未婚' }] },
    { ad: '離異者勿擾', spans: [{ text: '離異者勿擾' }], name: 'traditional characters' },
    { ad: '已 婚 已 育 優 先', spans: [{ text: '已 婚 已 育 優 先' }], name: 'inserted spaces' },
  ],
});
