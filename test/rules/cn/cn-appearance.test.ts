import rule from '#shared/rules/cn/cn-appearance.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    '身高不限，不看颜值',
    '维护品牌形象好评',
    '着装整洁，仪容仪表得体',
    '身体健康，持健康证',
    '女装试衣模特，身高165-172cm',
    '仓储理货员，身高170以上（需取放高处货架）',
    '负责Logo设计，提升产品视觉形象',
    '维护公司形象良好',
  ],
  invalid: [
    { ad: '身高160cm以上', spans: [{ text: '身高160cm以上' }] },
    { ad: '体重110斤以下', spans: [{ text: '体重110斤以下' }] },
    { ad: '五官端正', spans: [{ text: '五官端正' }] },
    { ad: '形象气质佳', spans: [{ text: '形象气质佳' }] },
    { ad: '颜值高，身材苗条', spans: [{ text: '颜值高' }, { text: '身材苗条' }] },
    { ad: '因工作需要，身高165以上', spans: [{ text: '身高165以上' }], name: 'a bare "work needs" is no reason' },
    { ad: '招美女前台', spans: [{ text: '招美女' }] },
    { ad: '形象良好，善于沟通', spans: [{ text: '形象良好' }] },
    { ad: '身高１６５ｃｍ以上', spans: [{ text: '身高１６５ｃｍ以上' }], name: 'full-width' },
    { ad: '五 官 端 正', spans: [{ text: '五 官 端 正' }], name: 'inserted spaces' },
    { ad: '身 高 １ ６ ５ c m 以 上', spans: [{ text: '身 高 １ ６ ５ c m 以 上' }], name: 'spaced height' },
  ],
});
