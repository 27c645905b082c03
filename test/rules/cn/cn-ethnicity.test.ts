import rule from '#shared/rules/cn/cn-ethnicity.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    '民族不限',
    '少数民族优先',
    '会维吾尔语，能用维吾尔语与客户沟通',
    '销售民族服饰和特色工艺品',
    '负责服务清真餐厅客户',
    '我们欢迎不同民族、性别、宗教信仰的求职者',
    '维吾尔语翻译，民族不限',
    '全国包邮（宁夏回族自治区、新疆维吾尔自治区除外）',
    '姓名：李四　民族：汉族（上一位录用人员资料）',
  ],
  invalid: [
    { ad: '限汉族', spans: [{ text: '限汉族' }] },
    { ad: '汉族优先', spans: [{ text: '汉族优先' }] },
    { ad: '少数民族勿扰', spans: [{ text: '少数民族勿扰' }] },
    { ad: '不招维族', spans: [{ text: '不招维族' }] },
    { ad: '民族：汉族', spans: [{ text: '民族：汉族' }] },
    { ad: '招白人外教，教少儿英语', spans: [{ text: '招白人外教' }] },
    { ad: '黑人勿扰', spans: [{ text: '黑人勿扰' }] },
    { ad: '藏族、维吾尔族一律不招', spans: [{ text: '藏族、维吾尔族一律不招' }] },
    { ad: '限 漢 族', spans: [{ text: '限 漢 族' }], name: 'spaces and traditional' },
  ],
});
