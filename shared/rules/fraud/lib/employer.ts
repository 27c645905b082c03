/**
 * Is anyone identifiable behind the ad: an employer name, a valid credit code, a profile, a
 * website, or an organisation named in the text ("XX有限公司", "Acme Inc.", "we are a …")?
 */
import { checkCreditCode } from '#shared/fraud/credit-code.ts';
import type { AdDocument } from '#shared/text/document.ts';

const ORG_ZH =
  /[\u4e00-\u9fff]{2,20}(?:有限公司|有限责任公司|股份公司|集团|公司|工厂|酒店|医院|学校|幼儿园|研究院|研究所|事务所|工作室|银行|超市|餐厅|门店)/u;
const ORG_EN =
  /\b(?:inc|llc|ltd|limited|corp|corporation|plc|gmbh|company|co\.|group|hospital|university|school|clinic|restaurant|hotel|bank)\b|\bwe are (?:a|an|the) /u;
const PROFILE_MIN = 20;

export function employerIdentified(doc: AdDocument, body: string): boolean {
  const e = doc.ad.employer;
  if (doc.text('employer.name') || e?.website) return true;
  if (e?.creditCode && checkCreditCode(e.creditCode) === 'valid') return true;
  if (doc.text('employer.profile').length >= PROFILE_MIN) return true;
  return ORG_ZH.test(body) || ORG_EN.test(body);
}
