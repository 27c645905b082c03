/**
 * Structural features of an ad for the fraud model: who the employer is, how pay is stated, how to
 * apply, and which items the 2026 notice on platform recruitment information requires (employer,
 * headcount, duties, requirements, location, base pay, validity) are missing. Each feature is a
 * named flag (value 1) with a short English label for the finding's note. Presence is judged from
 * the content as well as the feed fields, because platforms fill fields unevenly.
 */
import type { AdDocument, TextField } from '#shared/text/document.ts';
import { creditCodeState } from '#shared/model/credit-code.ts';
import { ALL_CUES, CUE_FAMILIES, IM_CUE } from '#shared/model/cues.ts';

export interface StructuralFeature {
  name: string;
  /** Where the feature shows in the ad, when it has a place (normalised offsets). */
  span?: { field: TextField; start: number; end: number };
}

/** Human labels for the note of a model finding. */
export const STRUCTURAL_LABELS: Readonly<Record<string, string>> = {
  's:no-employer': 'no identifiable employer',
  's:no-employer-name': 'no employer name',
  's:no-credit-code': 'no credit code',
  's:credit-code-invalid': 'credit code fails its check',
  's:no-profile': 'no employer profile',
  's:no-pay': 'no pay stated',
  's:pay-high': 'pay well above the usual range',
  's:pay-very-high': 'pay far above the usual range',
  's:pay-wide': 'very wide pay range',
  's:im-only': 'private IM is the only contact',
  's:free-mail': 'personal webmail contact',
  's:im-in-text': 'private IM handle in the text',
  's:missing-duties': 'no duties described',
  's:missing-requirements': 'no requirements stated',
  's:missing-location': 'no work location',
  's:missing-headcount': 'no headcount',
  's:urgency': 'urgency wording',
  's:no-experience': 'no experience needed',
  's:easy-money': 'easy-money wording',
  's:home-work': 'work from home',
  's:short': 'very short ad',
  's:exclaim': 'many exclamation marks',
  's:money-title': 'pay in the title',
};

const COMPANY =
  /(?:有限公司|有限责任公司|股份公司|集团|工厂|\b(?:inc|llc|ltd|limited|corp|corporation|company|gmbh|plc)\b)/i;
const FREE_MAIL =
  /@(?:gmail|yahoo|hotmail|outlook|live|aol|icloud|protonmail|qq|163|126|sina|sohu|foxmail|yeah|139)\.(?:com|cn|net)\b/i;
const DUTY_CUE =
  /(?:岗位职责|工作职责|工作内容|职位描述|主要职责|负责|duties|responsibilit|you will|your role|the role|key tasks|what you.ll do)/i;
const REQ_CUE =
  /(?:要求|资格|条件|能力|熟悉|熟练|优先|学历|经验|以上|证书|requirement|qualification|must|experience|skill|degree|licen[cs]e|certif|ability|able to|knowledge|proficien|years|you have|we.re looking for|ideal candidate)/i;
const LOC_CUE = /(?:地址|地点|工作地|上班地|location|address|located|office in|based in|区|路|街)/i;
const HEADCOUNT_CUE =
  /(?:招聘?\s?\d{1,5}\s?[名人位个]|\d{1,5}\s?[名人]|若干|headcount|\d{1,5} (?:positions|openings|vacancies))/i;
const MONEY_TITLE = /(?:\d{1,7}\s?(?:元|块|k|千|万|w)|[$¥￥]\s?\d|\d{1,7}\s?(?:\/|per )\s?(?:hour|hr|day|week))/i;
const PAY_TEXT = /(?:薪|工资|元|月薪|底薪|待遇|salary|pay|wage|\$\s*\d|per hour|per year|compensation)/i;

/** Rough monthly pay in the ad's currency unit, and the usual upper end for that market. */
const MONTHLY_FACTOR: Record<string, number> = { hour: 173, day: 21.75, week: 4.33, month: 1, year: 1 / 12 };
const MARKET_TOP: Record<string, number> = { CNY: 15_000, USD: 7_000, GBP: 5_000, EUR: 5_500 };

function monthly(ad: AdDocument['ad']): { min?: number; max?: number; currency: string } | undefined {
  const s = ad.salary;
  if (!s || (s.min === undefined && s.max === undefined)) return undefined;
  const currency = s.currency ?? (ad.location?.country === 'CN' ? 'CNY' : 'USD');
  const top = s.max ?? s.min ?? 0;
  let period: string | undefined = s.period;
  if (!period) {
    if (currency === 'CNY') period = top < 1_000 ? 'day' : top > 100_000 ? 'year' : 'month';
    else period = top < 200 ? 'hour' : top < 20_000 ? 'month' : 'year';
  }
  const f = MONTHLY_FACTOR[period] ?? 1;
  const out: { min?: number; max?: number; currency: string } = { currency };
  if (s.min !== undefined) out.min = s.min * f;
  if (s.max !== undefined) out.max = s.max * f;
  return out;
}

function firstMatch(doc: AdDocument, re: RegExp, fields?: readonly TextField[]): StructuralFeature['span'] | undefined {
  for (const m of doc.matches(re, fields)) return { field: m.field, start: m.start, end: m.end };
  return undefined;
}

/** How many ! or ！ the text holds, counting up to `max`. */
function exclamations(text: string, max: number): number {
  let n = 0;
  for (let i = text.indexOf('!'); i >= 0 && n < max; i = text.indexOf('!', i + 1)) n++;
  for (let i = text.indexOf('！'); i >= 0 && n < max; i = text.indexOf('！', i + 1)) n++;
  return n;
}

const IM_FAMILY = CUE_FAMILIES.find((f) => f.name === 's:im-in-text');

/** Structural checks read the head of each field only (bounded time on megabyte inputs). */
const MAX_FIELD = 20_000;
const BODY_AND_CONTACT: readonly TextField[] = ['title', 'description', 'requirements', 'benefits', 'contact.im'];

/**
 * `cues`: the wording-cue families whose anchors the token scan found (TokenBuffer.cues); only those
 * run their pattern. ALL_CUES runs every family (same features, slower).
 */
export function structuralFeatures(doc: AdDocument, cues: number = ALL_CUES): StructuralFeature[] {
  const ad = doc.ad;
  const out: StructuralFeature[] = [];
  const add = (name: string, span?: StructuralFeature['span']) => out.push(span ? { name, span } : { name });
  const head = (f: TextField) => doc.text(f).slice(0, MAX_FIELD);
  const body = `${head('title')}\n${head('description')}\n${head('requirements')}\n${head('benefits')}`;

  const name = ad.employer?.name?.trim();
  const code = creditCodeState(ad.employer?.creditCode);
  const profile = ad.employer?.profile?.trim() ?? '';
  if (!name && code === 'absent' && profile.length < 20) add('s:no-employer');
  if (!name && !COMPANY.test(profile) && !COMPANY.test(doc.text('description'))) add('s:no-employer-name');
  if (doc.language === 'zh' && code === 'absent') add('s:no-credit-code');
  if (code === 'invalid') add('s:credit-code-invalid');
  if (!name && profile.length < 20) add('s:no-profile');

  const pay = monthly(ad);
  if (!pay && !PAY_TEXT.test(body)) add('s:no-pay');
  if (pay) {
    const top = MARKET_TOP[pay.currency];
    const hi = pay.max ?? pay.min ?? 0;
    if (top !== undefined && hi > top * 2.5) add('s:pay-very-high');
    else if (top !== undefined && hi > top * 1.5) add('s:pay-high');
    if (pay.min !== undefined && pay.max !== undefined && pay.min > 0 && pay.max / pay.min >= 3) add('s:pay-wide');
  }

  const c = ad.contact;
  const hasPhone = Boolean(c?.phone?.trim());
  const hasEmail = Boolean(c?.email?.trim());
  const hasIm = Boolean(c?.im?.trim());
  if (hasIm && !hasPhone && !hasEmail) add('s:im-only');
  if (hasEmail && FREE_MAIL.test(c?.email ?? '')) add('s:free-mail');
  if (!DUTY_CUE.test(body)) add('s:missing-duties');
  if (!REQ_CUE.test(body)) add('s:missing-requirements');
  if (!ad.location?.city && !ad.location?.address && !LOC_CUE.test(body)) add('s:missing-location');
  if (ad.headcount === undefined && !HEADCOUNT_CUE.test(body)) add('s:missing-headcount');

  let families = cues;
  if (hasIm && IM_FAMILY && firstMatch(doc, IM_FAMILY.pattern, ['contact.im'])) families |= IM_CUE;
  let home = false;
  for (let i = 0; i < CUE_FAMILIES.length; i++) {
    if ((families & (1 << i)) === 0) continue;
    const cue = CUE_FAMILIES[i] as (typeof CUE_FAMILIES)[number];
    const span = firstMatch(doc, cue.pattern, cue.name === 's:im-in-text' ? BODY_AND_CONTACT : undefined);
    if (!span) continue;
    add(cue.name, span);
    if (cue.name === 's:home-work') home = true;
  }
  if (ad.location?.remote && !home) add('s:home-work');
  if (doc.text('description').length < 120) add('s:short');
  if (exclamations(body, 3) >= 3) add('s:exclaim');
  if (MONEY_TITLE.test(doc.text('title')))
    add('s:money-title', { field: 'title', start: 0, end: doc.text('title').length });
  return out;
}
