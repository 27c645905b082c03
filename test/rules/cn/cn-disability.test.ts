import rule from '#shared/rules/cn/cn-disability.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    '身体健康',
    '残疾人优先，持残疾证者优先',
    '欢迎残疾人朋友应聘，提供无障碍工作环境',
    '色觉正常（需辨别滴定终点颜色）',
    '能适应站立工作',
    '伤残军人优先',
    '协助上级建立健全公司招聘、培训制度',
    'A2驾驶员，无癫痫病史（驾驶证体检要求）',
  ],
  invalid: [
    { ad: '残疾人勿扰', spans: [{ text: '残疾人勿扰' }] },
    { ad: '不招聋哑人', spans: [{ text: '不招聋哑人' }] },
    { ad: '身体健康，无残疾', spans: [{ text: '无残疾' }] },
    { ad: '四肢健全', spans: [{ text: '四肢健全' }] },
    { ad: '身体健康，十指健全', spans: [{ text: '十指健全' }] },
    { ad: '文员，有精神病史者不予录用', spans: [{ text: '有精神病史者不予录用' }] },
    { ad: '残疾人不适合本岗位', spans: [{ text: '残疾人不适合' }] },
    { ad: '肢 體 健 全', spans: [{ text: '肢 體 健 全' }], name: 'spaces and traditional' },
  ],
});
