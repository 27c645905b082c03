import { describe, expect, it } from 'vitest';
import { bandKeys, decodeSignature, encodeSignature, signature, similarity } from '#shared/signals/minhash.ts';

const base =
  '招聘仓库管理员，负责货物出入库登记与盘点，使用系统维护库存数据，配合物流安排发货。要求中专以上学历，会使用电脑，有叉车证优先。待遇五险一金，双休，带薪年假，月薪五千到七千元。工作地点在郑州经济技术开发区第三大街，欢迎投递简历。';

describe('MinHash near-duplicate detection', () => {
  it('scores a lightly edited copy high and a different ad low', () => {
    const a = signature(base);
    const b = signature(base.replace('五千到七千', '六千到八千').replace('双休', '单休'));
    const c = signature(
      '诚聘前端开发工程师，负责公司网页产品开发，与设计和后端协作完成需求，优化页面性能。要求熟悉主流框架，三年以上经验，本科学历。提供有竞争力的薪酬和期权，办公地点在杭州西湖区文三路，弹性工作。',
    );
    if (!a || !b || !c) throw new Error('expected signatures');
    expect(similarity(a, b)).toBeGreaterThan(0.7);
    expect(similarity(a, c)).toBeLessThan(0.2);
    expect(bandKeys(a).filter((k) => bandKeys(b).includes(k)).length).toBeGreaterThan(0);
  });

  it('ignores spacing, punctuation and width when comparing', () => {
    const a = signature(base);
    const b = signature(base.replace(/，/g, ' , ').toUpperCase());
    if (!a || !b) throw new Error('expected signatures');
    expect(similarity(a, b)).toBe(1);
  });

  it('does not sign texts too short to call duplicates', () => {
    expect(signature('急招普工，包吃住')).toBeUndefined();
  });

  it('round-trips a signature through its base64 form', () => {
    const a = signature(base);
    if (!a) throw new Error('expected a signature');
    expect(decodeSignature(encodeSignature(a))).toEqual(a);
    expect(decodeSignature('AAAA')).toBeUndefined();
  });
});
