/**
 * cn-gender: an ad restricts the job to one sex or states a preference for one.
 * Unlawful: 限男性, 男士优先, 仅招女生, 宝妈优先. Lawful look-alikes: 男女不限, 女装/男鞋 (products),
 * posts the state bars to women (矿山井下) stated as such.
 */
import { defineRule } from '#shared/engine/types.ts';

const RESTRICT = /(?:限|仅限|只限|只招|仅招)(?:男|女)(?:性|生|士)?|(?:男|女)(?:性|生|士)?优先/g;

export default defineRule({
  meta: {
    id: 'cn-gender',
    category: 'discrimination',
    tags: ['cn.gender'],
    severity: 'high',
    legalBasis: { CN: ['cn.gender', 'cn.equal'] },
    message: {
      zh: '招聘信息限定或优先某一性别，构成性别歧视。',
      en: 'The ad restricts the job to, or prefers, one sex.',
    },
    suggestion: {
      zh: '删除性别条件，改为“男女不限”。',
      en: 'Remove the sex condition; describe the job, not the person.',
    },
    description:
      'Sex restrictions and preferences in Chinese ads (限男性, 男士优先). 男女不限 and product names are left alone.',
  },
  check(doc) {
    return [...doc.matches(RESTRICT)].map((m) => ({ field: m.field, start: m.start, end: m.end }));
  },
});
