/**
 * fraud-no-employer-info: the company profile is a placeholder that declares there is no description
 * ("暂未填写公司简介", "没空写公司介绍", "实力不用多介绍", "本职位用手机App发布") and nothing in the ad
 * describes the employer either. The 2026 five-department notice requires employer basics in every
 * posting (cn.false-info); fake and agency-run ads leave them out so the job seeker cannot check who is
 * hiring. A signal: low severity. Lawful look-alikes left alone: any real profile, however short
 * ("连锁火锅店，本市8家门店"); long profiles that merely contain "介绍"; a placeholder profile when the
 * ad itself describes the company ("我公司成立于2010年，主营…").
 */
import { defineRule } from '#shared/engine/types.ts';
import { bodyHead } from '#shared/rules/fraud/lib/body.ts';
import { compileLexicon } from '#shared/rules/fraud/lib/lexicon.ts';
import { PLACEHOLDER_PROFILE } from '#shared/rules/fraud/lexicons/profile.ts';

const PLACEHOLDER = compileLexicon(PLACEHOLDER_PROFILE);
/** A profile longer than this (normalised characters) says something about the employer. */
const PROFILE_MAX = 80;
/** The ad body describes the employer itself. */
const DESCRIBES_EMPLOYER =
  /公司简介|企业简介|公司介绍|企业介绍|(?:我|本)(?:公司|司|店|厂|单位)(?:是|成立|创立|位于|主营|专业|致力)|成立于|创立于|主营|专业从事|注册资金|注册资本/u;

export default defineRule({
  meta: {
    id: 'fraud-no-employer-info',
    category: 'fraud',
    tags: ['fraud.vague'],
    severity: 'low',
    legalBasis: { CN: ['cn.false-info'] },
    message: {
      zh: '企业简介为空白占位内容（如“暂未填写简介”“无需介绍”），招聘信息未载明用人单位基本情况，求职者无法核实招聘主体。',
      en: 'The company profile is a placeholder that says there is no description, and the ad gives no employer basics either.',
    },
    suggestion: {
      zh: '写明单位全称、所属行业、主营业务、规模和办公地址。',
      en: 'Describe the employer: full name, industry, business, size and address.',
    },
    description:
      'A short company profile that declares itself empty (暂未填写简介, 没空写介绍, 无需介绍, only "posted from an app"), when the ad body does not describe the employer either. Real profiles, however short, and ads that describe the company in the text are left alone.',
  },
  check(doc) {
    const profile = doc.text('employer.profile');
    if (!profile || profile.length > PROFILE_MAX) return [];
    PLACEHOLDER.lastIndex = 0;
    const m = PLACEHOLDER.exec(profile);
    PLACEHOLDER.lastIndex = 0;
    if (!m || DESCRIBES_EMPLOYER.test(bodyHead(doc))) return [];
    return [{ field: 'employer.profile', start: m.index, end: m.index + m[0].length, confidence: 0.6 }];
  },
});
