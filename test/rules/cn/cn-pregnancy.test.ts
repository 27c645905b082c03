import rule from '#shared/rules/cn/cn-pregnancy.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    '孕期女职工不安排夜班和加班',
    '孕期员工不用上夜班，哺乳期每天一小时哺乳时间',
    '享受孕检假、产假、哺乳假',
    '销售孕妇装、母婴用品',
    '服务孕产妇客户，提供产后康复咨询',
    '孕期不要搬重物，公司会调整岗位',
    '孕期员工享受产检假，公司不收取任何费用',
    '孕期不宜从事重体力劳动，公司将调岗',
  ],
  invalid: [
    { ad: '孕妇勿扰', spans: [{ text: '孕妇勿扰' }] },
    { ad: '孕妇和哺乳期女性不适宜本岗位，恕不录用', spans: [{ text: '孕妇和哺乳期女性不适宜本岗位，恕不录用' }] },
    { ad: '2. 孕期、哺乳期女性暂不考虑；', spans: [{ text: '孕期、哺乳期女性暂不考虑' }] },
    { ad: '要求非孕期', spans: [{ text: '要求非孕期' }] },
    { ad: '怀孕者不予录用', spans: [{ text: '怀孕者不予录用' }] },
    { ad: '入职体检含妊娠测试', spans: [{ text: '入职体检含妊娠测试' }] },
    { ad: '承诺一年内不怀孕', spans: [{ text: '承诺一年内不怀孕' }] },
    { ad: '怀孕视为自动离职', spans: [{ text: '怀孕视为自动离职' }] },
    { ad: '不招孕婦', spans: [{ text: '不招孕婦' }], name: 'traditional characters' },
    { ad: '孕 妇 勿 扰', spans: [{ text: '孕 妇 勿 扰' }], name: 'inserted spaces' },
  ],
});
