import rule from '#shared/rules/cn/cn-school.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    '985/211优先',
    '本科及以上学历，计算机相关专业',
    '全日制本科及以上学历',
    '团队成员来自985高校和一线大厂',
    '211工程院校毕业优先',
    '公司地址：建设路211号',
    '年薪985万（含期权），联系电话0211',
    '面向在校大学生的暑期实习',
    '非全日制用工，每日不超过4小时',
    '可申请从大专到硕士的名校学历教育',
  ],
  invalid: [
    { ad: '限985/211院校', spans: [{ text: '限985/211' }] },
    { ad: '本科及以上学历，985/211院校毕业', spans: [{ text: '985/211' }] },
    { ad: '第一学历须为全日制统招本科', spans: [{ text: '第一学历须为全日制统招' }] },
    { ad: '自考/成教勿扰', spans: [{ text: '自考/成教勿扰' }] },
    { ad: '仅限QS前100', spans: [{ text: '仅限QS前100' }] },
    { ad: '自考、成教、专升本不考虑', spans: [{ text: '自考、成教、专升本不考虑' }] },
    { ad: '须全日制统招', spans: [{ text: '须全日制统招' }] },
    { ad: '限９８５院校', spans: [{ text: '限９８５' }], name: 'full-width digits' },
    {
      ad: '只招 ９ ８ ５ 、 ２ １ １ 院校毕业生',
      spans: [{ text: '只招 ９ ８ ５ 、 ２ １ １' }],
      name: 'spaced full-width digits',
    },
  ],
});
