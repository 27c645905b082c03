/**
 * Personal details in ad text and the person they belong to: mobile numbers (mainland, US, UK), home
 * addresses, identity numbers — each linked to the name written next to it, or to the name at the top
 * of a form-like block (姓名：… / Name: …).
 */
import type { MaskKind } from '#shared/engine/types.ts';
import type { NormalizedText } from '#shared/text/normalize.ts';
import { isCnMobile, isCnResidentId, isUsSsn } from '#shared/rules/pii/lib/identifiers.ts';
import { cnNameAt, cnNameEndingAt, enNamesIn, type NameSpan } from '#shared/rules/pii/lib/names.ts';
import type { NumberRun } from '#shared/rules/pii/lib/numbers.ts';
import { lineBefore } from '#shared/rules/pii/lib/fields.ts';

export type DetailKind = 'phone' | 'address' | 'id';
export interface Detail {
  kind: DetailKind;
  start: number;
  end: number;
  mask: MaskKind;
  /** Digits only, for comparing with the ad's own contact phone. */
  digits: string;
}

const US_PHONE = /(?<![\d-])(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}(?![\d-])/g;
const UK_MOBILE = /(?<!\d)(?:\+44 ?7\d{3}|07\d{3}) ?\d{3} ?\d{3}(?!\d)/g;
const ZH_ADDRESS =
  /(?:家住|家庭住址|住址|现住|住在|居住(?:地|在)|户籍地址?|老家|(?<![包吃居入食])住(?![宿房处]))[：:\s]{0,2}[\p{Script=Han}\d-]{2,30}?(?:村|号|室|组|栋|单元|小区|镇|乡|街道|屯|庄)(?:[\p{Script=Han}\d-]{0,12}?(?:村|号|室|组|栋|单元|小区|屯|庄))?/gu;
const EN_ADDRESS =
  /(?<![\w])\d{1,5} (?:[a-z0-9.'-]{1,20} ){0,4}(?:st|street|ave|avenue|rd|road|dr|drive|ln|lane|blvd|boulevard|ct|court|way|pl|place|terrace|close|crescent)\b\.?(?:,? [a-z .]{2,30},? [a-z]{2} \d{5})?/g;

/** No real ad names more people than this in one field; a longer list is not scanned further. */
export const MAX_DETAILS = 200;

export function findDetails(text: string, lang: 'zh' | 'en', runs: readonly NumberRun[]): Detail[] {
  const out: Detail[] = [];
  for (const run of runs) {
    if (out.length >= MAX_DETAILS) break;
    if (isCnMobile(run.compact))
      out.push({ kind: 'phone', start: run.start, end: run.end, mask: 'phone', digits: run.compact });
    else if (isCnResidentId(run.compact))
      out.push({ kind: 'id', start: run.start, end: run.end, mask: 'id', digits: run.compact });
    else if (run.raw.length === 11 && isUsSsn(run.raw))
      out.push({ kind: 'id', start: run.start, end: run.end, mask: 'ssn', digits: run.compact });
  }
  for (const re of lang === 'zh' ? [ZH_ADDRESS] : [US_PHONE, UK_MOBILE, EN_ADDRESS]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null && out.length < MAX_DETAILS * 2; m = re.exec(text)) {
      const kind: DetailKind = re === US_PHONE || re === UK_MOBILE ? 'phone' : 'address';
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(out, start, end)) continue;
      out.push({ kind, start, end, mask: kind === 'phone' ? 'phone' : 'name', digits: m[0].replace(/\D/g, '') });
    }
  }
  return out.sort((a, b) => a.start - b.start).slice(0, MAX_DETAILS);
}

function overlaps(list: readonly Detail[], start: number, end: number): boolean {
  for (const d of list) if (d.start < end && start < d.end) return true;
  return false;
}

const ZH_LABEL_TAIL =
  /(?:同学|同志)?[\s,，:：(（、\-—|/]{0,3}(?:电话|手机号?|手机号码|联系方式|tel|身份证号?码?|身份证|卡号|家住|住址|现住|住在)?[\s,，:：(（、\-—|/]{0,3}$/;
const EN_GAP = /^[\s,:;()\-–—|/.]{0,4}(?:cell|mobile|phone|tel|ph|ssn|address|c|m)?[\s,:;()\-–—|/.#]{0,4}$/;
const ZH_FORM_NAME = /姓名[：:\s]{0,3}/g;

/** The person a detail at `pos` belongs to, if a name is written right before it or heads its form block. */
export function personFor(nt: NormalizedText, pos: number, lang: 'zh' | 'en', nearRoles: RegExp): NameSpan | undefined {
  const text = nt.text;
  const line = lineBefore(text, pos, 30);
  if (lang === 'zh') {
    const tail = ZH_LABEL_TAIL.exec(line);
    const nameEnd = pos - line.length + (tail?.index ?? line.length);
    const n = cnNameEndingAt(text, nameEnd, nearRoles);
    if (n) return n;
    const from = Math.max(0, pos - 150);
    let found: NameSpan | undefined;
    ZH_FORM_NAME.lastIndex = 0;
    const block = text.slice(from, pos);
    for (let m = ZH_FORM_NAME.exec(block); m !== null; m = ZH_FORM_NAME.exec(block)) {
      const at = from + m.index + m[0].length;
      found = cnNameAt(text, at, () => true) ?? found;
    }
    return found;
  }
  const names = enNamesIn(nt, Math.max(0, pos - 60), pos);
  const last = names[names.length - 1];
  if (last && EN_GAP.test(text.slice(last.end, pos))) return last;
  // form block: a name alone at the start of a line (or after "Name:") up to 150 characters before
  const from = Math.max(0, pos - 150);
  const block = enNamesIn(nt, from, pos);
  for (let i = block.length - 1; i >= 0; i--) {
    const n = block[i] as NameSpan;
    const lineStart = text.lastIndexOf('\n', n.start - 1) + 1;
    const lead = text.slice(lineStart, n.start);
    if (/^(?:name[：:\s]{1,3})?$/.test(lead) || /^[-•*·]\s?$/.test(lead)) return n;
  }
  return undefined;
}
