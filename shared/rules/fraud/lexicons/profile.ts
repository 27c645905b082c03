/**
 * Placeholder company profiles: the employer's own description says there is none ("暂未填写公司简介"),
 * that nobody had time to write one, that the firm "needs no introduction", or only that the post was
 * sent from an app. The 2026 five-department notice requires every posting to carry the employer's
 * basic information; a profile that declares itself empty gives the job seeker none. Matched only in
 * short profiles (see fraud-no-employer-info): a real profile that happens to say "介绍" is left alone.
 */
import type { Lexicon } from '#shared/rules/fraud/lib/lexicon.ts';

const NOTICE = '人社部等五部门《关于规范网络平台招聘类信息发布的通知》(2026): postings must include employer basics';
const ALTERNATIVE = '写明单位全称、所属行业、主营业务、规模和办公地址，例如“本公司为连锁餐饮企业，在本市有12家门店”';

export const PLACEHOLDER_PROFILE: Lexicon = [
  {
    pattern: '(?:暂无|暂未|尚未|未|没有|没)(?:填写|提供|编写|添加|写)?(?:公司|企业|单位)?(?:简介|介绍)(?![费人所])',
    example: '该企业暂未填写公司简介',
    alternative: ALTERNATIVE,
    note: 'the profile states that no company description was given',
    source: NOTICE,
  },
  {
    pattern:
      '(?:写|填)(?:公司|企业)?(?:简介|介绍)的?(?:时间|工夫|功夫|空)(?:都|也)?没有|(?:没|没有)(?:时间|空)(?:写|填)(?:公司|企业)?(?:简介|介绍)',
    example: '负责人太忙，没空写公司介绍，欢迎来电',
    alternative: ALTERNATIVE,
    note: 'the profile says nobody had time to describe the company',
    source: NOTICE,
  },
  {
    pattern: '(?:无需|不用|不必)多?(?:描述|介绍)(?![费人所])',
    example: '我们的实力不用多介绍，来了就知道',
    alternative: ALTERNATIVE,
    note: 'the company "needs no introduction": a claim in place of the basics',
    source: NOTICE,
  },
  {
    pattern: '(?:通过|使用|用)[^。，,！!\\n]{0,20}app[】\\]」]?(?:发布|发)',
    example: '本职位由店长用手机招聘App发布',
    alternative: ALTERNATIVE,
    note: 'the profile only says which app posted the job: platform filler, not employer information',
    source: NOTICE,
  },
];
