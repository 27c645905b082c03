/**
 * Recognising a private person's name next to personal data. There is no NER here: a Chinese name is a
 * known surname plus one or two given-name characters, bounded by punctuation or a role word; an English
 * name is a known given name and a surname, both capitalised in the ORIGINAL text. Titles (王经理, 龙哥,
 * Mr Smith) are aliases: the way recruiters sign ads, not a private person's identity.
 */
import type { NormalizedText } from '#shared/text/normalize.ts';
import { CN_SURNAMES } from '#shared/rules/pii/lexicons/cn-surnames.ts';
import { EN_GIVEN_NAMES } from '#shared/rules/pii/lexicons/en-given-names.ts';

export interface NameSpan {
  start: number;
  end: number;
  /** A surname with a title (王经理, 刘女士, 龙哥): how a contact person signs, not a full name. */
  alias: boolean;
}

const SINGLE = new Set(CN_SURNAMES.names.filter((n) => n.length === 1));
const COMPOUND = new Set(CN_SURNAMES.names.filter((n) => n.length === 2));
const EN_GIVEN = new Set(EN_GIVEN_NAMES.names);

const isHan = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** Characters that rarely appear in given names but often in the ad words around them. */
const NOT_GIVEN = new Set([
  ...'的了是在和与及或等个们这那有无不没要请联系电话手机号码部门厂司公招聘工人员事处组班车间店面试入职报到',
  ...'资料身份证卡银行户名微信企业集团中心地址市区县镇村路街楼室层科技网络岗位工资待遇包吃住五险金元月日年',
  ...'某血压奖金险贴保薪补性别岁男女以上下内外已未被因确患住院诊治疗病症癌于从到至为将把让给对向上中后前时每各本该其此做当',
]);
const TITLES = [
  '经理',
  '主管',
  '老师',
  '先生',
  '女士',
  '小姐',
  '师傅',
  '阿姨',
  '总监',
  '经理',
  '总',
  '哥',
  '姐',
  '工',
  '生',
  '老板',
  '厂长',
  '店长',
  '组长',
  '主任',
  '队长',
  '专员',
];

function titleAt(text: string, i: number): number {
  for (const t of TITLES) if (text.startsWith(t, i)) return t.length;
  return 0;
}

function surnameAt(text: string, i: number): number {
  if (COMPOUND.has(text.slice(i, i + 2))) return 2;
  return SINGLE.has(text[i] ?? '') ? 1 : 0;
}

const givenOk = (text: string, from: number, len: number): boolean => {
  for (let k = from; k < from + len; k++) {
    const c = text.charCodeAt(k);
    if (!isHan(c) || NOT_GIVEN.has(text[k] ?? '')) return false;
  }
  return true;
};

/**
 * A Chinese name or alias starting exactly at `i`, whose end is followed by something in `after`
 * (or by a non-Han character).
 */
export function cnNameAt(text: string, i: number, after: (text: string, j: number) => boolean): NameSpan | undefined {
  const s = surnameAt(text, i);
  if (s === 0) return undefined;
  const g = i + s;
  const title = titleAt(text, g);
  if (title > 0) return { start: i, end: g + title, alias: true };
  for (const len of [2, 1]) {
    if (!givenOk(text, g, len)) continue;
    const j = g + len;
    if (j >= text.length || !isHan(text.charCodeAt(j)) || after(text, j)) return { start: i, end: j, alias: false };
  }
  return undefined;
}

/**
 * The name that ends right before `end` (only separators between). A name whose left edge is a
 * boundary (a non-Han character, or one of `roles` such as 员工, 推荐人) is preferred; otherwise the
 * longest plausible name is taken (恭喜王小明 → 王小明), since the identifier right after it anchors it.
 */
export function cnNameEndingAt(text: string, end: number, roles: RegExp): NameSpan | undefined {
  let fallback: NameSpan | undefined;
  for (const len of [3, 2, 4]) {
    const start = end - len;
    if (start < 0) continue;
    const n = cnNameAt(text, start, (_t, j) => j === end);
    if (!n || n.end !== end) continue;
    if (start === 0 || !isHan(text.charCodeAt(start - 1))) return n;
    roles.lastIndex = 0;
    if (roles.test(text.slice(Math.max(0, start - 6), start))) return n;
    fallback ??= n;
  }
  return fallback;
}

const EN_NAME = /(?<![a-z])([a-z]{2,12}) (?:[a-z]\.? )?([a-z][a-z'’-]{1,20})(?![a-z])/g;
const NOT_SURNAME = new Set(
  'and or the of to at in on for with from is was will has who our your street st avenue ave road rd drive dr lane ln hospital health medical clinic center centre institute university college foundation memorial county'.split(
    ' ',
  ),
);

/** Words that make "Henry Ford …", "Grace …", "Mary Bird Perkins …" an organisation, not a person. */
const ORG_AFTER =
  /^[\s,]{0,2}(?:[a-z'’-]{1,20} )?(?:hospital|health|healthcare|medical|clinic|cent(?:er|re)|institute|university|college|school|foundation|memorial|county|church|ministry|ministries|inc|llc|ltd|group|company|co|corp|associates)(?![a-z])|^ ?&/;

const upperAt = (nt: NormalizedText, i: number): boolean => {
  const c = nt.original.charCodeAt(nt.starts[i] ?? -1);
  return c >= 0x41 && c <= 0x5a;
};

/** A label that says the next words are a person's name, whatever the name. */
const NAME_LABEL = /(?:name|cardholder|card holder|employee|worker|driver|candidate|applicant)\s?[:：-]\s?$/;

/**
 * English person names in [from, to): a given name from the gazetteer, or any capitalised pair right
 * after a label such as "Name:" or "Cardholder:", followed by a capitalised surname.
 */
export function enNamesIn(nt: NormalizedText, from: number, to: number): NameSpan[] {
  const out: NameSpan[] = [];
  // scan a window (with a little left context for the lookbehind and labels), never the whole text
  const base = Math.max(0, from - 16);
  const text = nt.text.slice(base, to);
  EN_NAME.lastIndex = from - base;
  for (let m = EN_NAME.exec(text); m !== null; m = EN_NAME.exec(text)) {
    const given = m[1] ?? '';
    const surname = m[2] ?? '';
    const at = base + m.index;
    const sStart = at + m[0].length - surname.length;
    const known = EN_GIVEN.has(given) || NAME_LABEL.test(text.slice(Math.max(0, m.index - 14), m.index));
    const org = ORG_AFTER.test(nt.text.slice(at + m[0].length, at + m[0].length + 32));
    const person = known && !org && !NOT_SURNAME.has(surname) && !NOT_SURNAME.has(given);
    if (person && upperAt(nt, at) && upperAt(nt, sStart)) {
      out.push({ start: at, end: at + m[0].length, alias: false });
    } else {
      // the surname may start the next name
      EN_NAME.lastIndex = m.index + given.length + 1;
    }
  }
  return out;
}
