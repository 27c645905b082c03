/**
 * fraud-agency-as-employer: a job intermediary presents itself as the employer. The poster's own name
 * or profile says it does labour dispatch, job agency or HR-service work ("劳务派遣", "职业介绍",
 * "XX人力资源有限公司"), while the ad says the factory or company hires directly ("工厂直招",
 * "公司直聘", "不是中介") and never states the agency's role or the client. The job seeker is misled
 * about who the employer is (and so about dispatch status, fees and who answers for the pay): false
 * employment information from an agency (就业促进法 art. 41(1), cn.false-info). Lawful look-alikes left
 * alone: a factory or shop saying 直招 in its own name; an agency ad that names its role or its client
 * ("受XX电子委托招聘", "派遣制", "用工单位：XX"); an agency hiring its own staff ("内部招聘", "招聘专员").
 */
import { defineRule } from '#shared/engine/types.ts';
import { bodyHead } from '#shared/rules/fraud/lib/body.ts';
import { compileLexicon, test } from '#shared/rules/fraud/lib/lexicon.ts';
import { DIRECT_HIRE_CLAIM, DISCLOSURE, INTERMEDIARY } from '#shared/rules/fraud/lexicons/agency.ts';

const AGENCY = compileLexicon(INTERMEDIARY);
const CLAIM = compileLexicon(DIRECT_HIRE_CLAIM);
const DISCLOSED = compileLexicon(DISCLOSURE);
/** How much of the profile is read for the poster's self-description. */
const PROFILE_WINDOW = 4_000;

export default defineRule({
  meta: {
    id: 'fraud-agency-as-employer',
    category: 'fraud',
    tags: ['fraud.invalid-employer'],
    severity: 'medium',
    legalBasis: { CN: ['cn.false-info'] },
    message: {
      zh: '发布者自述为劳务派遣或职业中介机构，招聘信息却称“工厂直招”“公司直聘”“不是中介”，且未说明中介身份和用人单位，属于中介机构提供虚假就业信息。',
      en: 'The poster describes itself as a labour-dispatch or job agency, yet the ad claims the employer hires directly and never names the agency role or the client.',
    },
    suggestion: {
      zh: '写明“本公司为人力资源服务机构，受XX有限公司委托招聘”或“派遣制，用工单位为XX”，并展示人力资源服务许可证编号。',
      en: 'State the agency role and the client employer (or the dispatch arrangement) and show the HR service licence number.',
    },
    description:
      'Poster whose name or profile says labour dispatch / job agency / HR services, with an ad claiming direct hiring (直招, 直聘, 不是中介) and no disclosure of the agency role, the client or dispatch. Factories saying 直招 themselves, agency ads naming their client, and agencies hiring their own staff are left alone.',
  },
  check(doc) {
    const self = `${doc.text('employer.name')}\n${doc.text('employer.profile').slice(0, PROFILE_WINDOW)}`;
    if (!test(AGENCY, self)) return [];
    const body = bodyHead(doc);
    if (!test(CLAIM, body) || test(DISCLOSED, body)) return [];
    const first = doc.matches(CLAIM).next();
    if (first.done) return [];
    const m = first.value;
    return [{ field: m.field, start: m.start, end: m.end, confidence: 0.7 }];
  },
});
