import rule from '#shared/rules/cn/cn-age.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    '年龄不限，男女不限',
    '年满18周岁，身体健康',
    '16岁以上即可（不招收童工）',
    '年龄18岁以上，退休人员亦可',
    '年满18周岁，不超过法定退休年龄（特种作业操作证要求）',
    '18-60岁',
    '男60周岁、女50周岁以下（法定退休年龄）',
    '负责3-6岁幼儿的日常照护',
    '产品面向18-35岁年轻用户',
    '团队氛围年轻，我们是一支90后团队',
    '工作经验3-5年',
    '35岁以下员工可申请人才公寓',
  ],
  invalid: [
    { ad: '35岁以下', spans: [{ text: '35岁以下' }] },
    { ad: '年龄18-35岁，男女不限', spans: [{ text: '18-35岁' }] },
    { ad: '18至35周岁', spans: [{ text: '18至35周岁' }] },
    { ad: '年龄25～40', spans: [{ text: '年龄25～40' }] },
    { ad: '35周岁以内', spans: [{ text: '35周岁以内' }] },
    { ad: '不超过35岁', spans: [{ text: '不超过35岁' }] },
    { ad: '90后优先', spans: [{ text: '90后优先' }] },
    { ad: '95后、00后优先', spans: [{ text: '95后、00后优先' }] },
    { ad: '年龄在35岁以下', spans: [{ text: '35岁以下' }] },
    { ad: '三十五岁以下', spans: [{ text: '三十五岁以下' }], name: 'Chinese numerals' },
    { ad: '限25岁内', spans: [{ text: '25岁内' }] },
    { ad: '1990年以后出生', spans: [{ text: '1990年以后出生' }] },
    { ad: '35岁以上勿扰', spans: [{ text: '35岁以上勿扰' }] },
    { ad: '年龄：男45岁以下，女40岁以下', spans: [{ text: '45岁以下' }] },
    { ad: '１８～３５歲', spans: [{ text: '１８～３５歲' }], name: 'full-width digits and traditional' },
    { ad: '年龄 3 5 岁以下', spans: [{ text: '3 5 岁以下' }], name: 'inserted spaces' },
  ],
});
