/**
 * Is anyone identifiable behind the ad: an employer name, a valid credit code, a profile, a
 * website, or an organisation named in the text ("XX有限公司", "Acme Inc.", "we are a …")?
 */
import { checkCreditCode } from '#shared/fraud/credit-code.ts';
import type { AdDocument } from '#shared/text/document.ts';

/** Organisation suffixes; a name is at least two Han characters right before one. */
const ORG_SUFFIX_ZH =
  /有限公司|有限责任公司|股份公司|集团|公司|工厂|酒店|医院|学校|幼儿园|研究院|研究所|事务所|工作室|银行|超市|餐厅|门店/g;
const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

function namesOrganisation(text: string): boolean {
  ORG_SUFFIX_ZH.lastIndex = 0;
  for (let m = ORG_SUFFIX_ZH.exec(text); m !== null; m = ORG_SUFFIX_ZH.exec(text)) {
    if (m.index >= 2 && isHan(text.charCodeAt(m.index - 1)) && isHan(text.charCodeAt(m.index - 2))) {
      ORG_SUFFIX_ZH.lastIndex = 0;
      return true;
    }
  }
  return false;
}
const ORG_EN =
  /\b(?:inc|llc|ltd|limited|corp|corporation|plc|gmbh|company|co\.|group|hospital|university|school|clinic|restaurant|hotel|bank)\b|\bwe are (?:a|an|the) /;
const PROFILE_MIN = 20;

export function employerIdentified(doc: AdDocument, body: string): boolean {
  const e = doc.ad.employer;
  if (doc.text('employer.name') || e?.website) return true;
  if (e?.creditCode && checkCreditCode(e.creditCode) === 'valid') return true;
  if (doc.text('employer.profile').length >= PROFILE_MIN) return true;
  return namesOrganisation(body) || ORG_EN.test(body);
}
