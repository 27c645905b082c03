import rule from '#shared/rules/cn/cn-other.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    '负责血型鉴定和交叉配血',
    '星座运势内容编辑',
    '龙年春节福利：年终奖加两个月',
    '中型车驾驶员',
    'B型超声检查医师',
    '老同志优先照顾，返聘退休技术人员',
  ],
  invalid: [
    { ad: '属狗的不要', spans: [{ text: '属狗的不要' }] },
    { ad: '限属龙', spans: [{ text: '限属龙' }] },
    { ad: '处女座勿扰', spans: [{ text: '处女座勿扰' }] },
    { ad: '狮子座优先', spans: [{ text: '狮子座优先' }] },
    { ad: 'A型血优先', spans: [{ text: 'A型血优先' }] },
    { ad: '血型要求：O型', spans: [{ text: '血型要求：O型' }] },
    { ad: '同性恋勿扰', spans: [{ text: '同性恋勿扰' }] },
    { ad: 'ＡＢ型血除外', spans: [{ text: 'ＡＢ型血除外' }], name: 'full-width letters' },
  ],
});
