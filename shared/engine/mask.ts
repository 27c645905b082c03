/**
 * Masking of personal data in evidence and stored ad text.
 *
 * Guarantees (checked by property tests in test/engine/mask.test.ts):
 *  - the masked text has the same UTF-16 length as the input, so offsets stay valid;
 *  - separators and punctuation are kept; every other character is either kept in place or becomes `*`
 *    (an astral character becomes `**`);
 *  - at most the characters each kind's policy shows are revealed, counted over letters and digits:
 *    id — first 6 and last 4 of an 18-character resident ID (`430102********1234`: region and last
 *    four; the birth date is always hidden), else at most half; card — first 4 and last 4, at most half;
 *    phone — first 3 and last 2 of a mobile, at most half; ssn / nino — last 3, at most a third;
 *    name — the first character only (none of a one-character name); email — the first character of the
 *    local part (the domain is kept); generic — every digit hidden.
 */
import type { MaskKind } from '#shared/engine/types.ts';

interface Policy {
  head: number;
  tail: number;
  /** The most letters and digits that may show, given how many there are. */
  maxShown: (total: number) => number;
}

const half = (n: number) => Math.floor(n / 2);
const POLICIES: Record<'id' | 'card' | 'phone' | 'ssn' | 'nino', Policy> = {
  id: { head: 6, tail: 4, maxShown: (n) => (n >= 18 ? n - 8 : half(n)) },
  card: { head: 4, tail: 4, maxShown: half },
  phone: { head: 3, tail: 2, maxShown: half },
  ssn: { head: 0, tail: 3, maxShown: (n) => Math.floor(n / 3) },
  nino: { head: 0, tail: 3, maxShown: (n) => Math.floor(n / 3) },
};

const ALNUM = /[\p{L}\p{N}]/u;
const DIGIT = /\p{Nd}/u;
const star = (c: string) => (c.length === 2 ? '**' : '*');

/** Keeps the first `head` and last `tail` letters/digits (reduced to fit `maxShown`), stars the rest. */
function maskAlnum(s: string, p: Policy): string {
  const chars = [...s];
  let total = 0;
  for (const c of chars) if (ALNUM.test(c)) total++;
  let head = p.head;
  let tail = p.tail;
  const max = Math.max(0, p.maxShown(total));
  while (head + tail > max) {
    if (tail > 0 && (tail >= head || head === 0)) tail--;
    else head--;
  }
  let k = 0;
  let out = '';
  for (const c of chars) {
    if (!ALNUM.test(c)) {
      out += c;
      continue;
    }
    const pos = k++;
    out += pos < head || pos >= total - tail ? c : star(c);
  }
  return out;
}

function maskName(s: string): string {
  const chars = [...s];
  let total = 0;
  for (const c of chars) if (ALNUM.test(c)) total++;
  let shown = total > 1 ? 1 : 0;
  let out = '';
  for (const c of chars) {
    if (!ALNUM.test(c)) out += c;
    else if (shown > 0) {
      out += c;
      shown--;
    } else out += star(c);
  }
  return out;
}

function maskEmail(s: string): string {
  const at = s.lastIndexOf('@');
  if (at <= 0) return maskName(s);
  const local = [...s.slice(0, at)];
  let out = '';
  let first = true;
  for (const c of local) {
    if (first && ALNUM.test(c)) {
      out += c;
      first = false;
    } else out += ALNUM.test(c) || c === '.' || c === '_' || c === '-' || c === '+' ? star(c) : c;
  }
  return out + s.slice(at);
}

export function mask(text: string, kind: MaskKind): string {
  switch (kind) {
    case 'id':
    case 'card':
    case 'phone':
    case 'ssn':
    case 'nino':
      return maskAlnum(text, POLICIES[kind]);
    case 'email':
      return maskEmail(text);
    case 'name':
      return maskName(text);
    default:
      return [...text].map((c) => (DIGIT.test(c) ? star(c) : c)).join('');
  }
}

/**
 * Figures that are not identifiers. A fee or pay case's evidence is the figure promised
 * (`日赚500-800元`, `月薪3000-5000元`, `$40000-60000 a year`), so a run of digits that is one stays
 * visible. A figure is:
 *  - an amount or a range of amounts in a money context: a currency before it (`$ £ € ¥ RMB 人民币`), a
 *    pay word right before it (`薪 工资 收入 赚 salary pay …`), a multiplier or money unit after it
 *    (`万 千 k w 元 块 美元 dollars …`) or a period (`/月 每天 per hour a year …`); at most 7 integer digits
 *    per amount;
 *  - a count (`人 名 位 people staff …`), at most 6 digits; a measure (`岁 % cm kg 年 years …`), at most 4;
 *  - a date (`2026-11-27`, `2026-11`, with an optional time) unless it is a date of birth (`出生`, `DOB`,
 *    `born` next to it), or a range of years (`1990-2000`, as in an age requirement);
 * no amount has a leading zero, and a range goes up (its upper end at most 100 times its lower end).
 * The whole run of digits must lie inside one figure: a mobile written `138-1234-5678元` is one run of
 * 11 digits of which `1234-5678元` is only the tail, so it is masked like any identifier.
 */
const D = String.raw`\p{Nd}`;
const NUM = `${D}{1,3}(?:,${D}{3}){1,2}(?:[.．]${D}{1,2})?|${D}{1,7}(?:[.．]${D}{1,2})?`;
const CURRENCY = String.raw`(?:US\$|HK\$|RMB|CNY|USD|GBP|EUR|人民币|[$£€¥￥])\s?`;
const PAY_WORD = String.raw`(?:薪(?:资|水|酬)?|工资|收入|月入|日入|赚|日结|提成|佣金|奖金|补贴|报酬|salary|pay|wages?|earn(?:ings)?|income|compensation|bonus)[：:]?\s?`;
const MULTIPLIER = String.raw`\s?(?:[kw](?![a-z])|万|千|百|亿)`;
const RANGE_SEP = String.raw`\s?[-‐‑–—－~～〜至到]\s?`;
const MONEY_UNIT = String.raw`\s?(?:元|圆|块|美元|英镑|欧元|港币|人民币|rmb|cny|usd|gbp|eur|dollars?|pounds?|bucks)(?![a-z])`;
const COUNT_UNIT = String.raw`\s?(?:人|名|位|people|persons?|staff|employees|workers|vacancies|positions)(?![a-z])`;
const MEASURE_UNIT = String.raw`\s?(?:周岁|岁|%|％|cm|mm|kg|厘米|毫米|公斤|斤|年|个月|小时|天|years?|yrs?|hours?|hrs?|days?|months?|weeks?|lbs?)(?![a-z])`;
const PERIOD = String.raw`\s?(?:/|per\s|an?\s|每)\s?(?:月|天|日|小时|时|周|年|单|件|h|hr|hour|day|week|wk|month|mo|year|yr|annum)(?![a-z])`;
const FIGURE = new RegExp(
  String.raw`(?<![\p{Nd}a-z.,])(?<pay>${PAY_WORD})?(?<cur>${CURRENCY})?(?<a>${NUM})(?<am>${MULTIPLIER})?` +
    `(?:${RANGE_SEP}(?:${CURRENCY})?(?<b>${NUM})(?<bm>${MULTIPLIER})?)?` +
    `(?:(?<money>${MONEY_UNIT})|(?<count>${COUNT_UNIT})|(?<measure>${MEASURE_UNIT}))?(?<period>${PERIOD})?`,
  'giu',
);
const DATE =
  /(?<![\p{Nd}])(?:19|20)\d{2}[-‐‑–—－/.](?:0?[1-9]|1[0-2])(?:[-‐‑–—－/.](?:0?[1-9]|[12]\d|3[01]))?(?:[\sT]\d{1,2}:\d{2}(?::\d{2})?)?(?!\p{Nd})/gu;
const BIRTH_BEFORE = /(?:出生|生日|生于|dob|d\.o\.b\.|born|birth)\P{Nd}{0,8}$/iu;
const BIRTH_AFTER = /^\s?(?:出生|生(?![效产活]))/u;
const YEARS = /(?<![\p{Nd}])(?<a>(?:19|20)\d{2})\s?[-‐‑–—－~～〜至到]\s?(?<b>(?:19|20)\d{2})(?!\p{Nd})/gu;

const MULTIPLIERS: Record<string, number> = { k: 1e3, w: 1e4, 万: 1e4, 千: 1e3, 百: 1e2, 亿: 1e8 };
const multiplier = (m: string | undefined) => (m ? (MULTIPLIERS[m.trim().toLowerCase()] ?? 1) : undefined);

/** The value of an amount with at most `cap` integer digits and no leading zero, else undefined. */
function amount(text: string, cap: number): number | undefined {
  const ascii = text.normalize('NFKC').replaceAll(',', '');
  const [whole = '', fraction] = ascii.split('.');
  if (!/^\d{1,9}$/.test(whole) || (fraction !== undefined && !/^\d{1,2}$/.test(fraction))) return undefined;
  if (whole.length > cap || (whole.length > 1 && whole.startsWith('0'))) return undefined;
  return Number(ascii);
}

function isFigure(g: Record<string, string | undefined>): boolean {
  const money = g.pay ?? g.cur ?? g.money ?? g.period ?? g.am ?? g.bm;
  const cap = money ? 7 : g.count ? 6 : g.measure ? 4 : 0;
  const a = amount(g.a ?? '', cap);
  if (a === undefined) return false;
  if (g.b === undefined) return true;
  const b = amount(g.b, cap);
  if (b === undefined) return false;
  const high = b * (multiplier(g.bm) ?? 1);
  // `3-5万` is 3万 to 5万, `50000-10万` is 50,000 to 100,000
  const lows = [a * (multiplier(g.am) ?? multiplier(g.bm) ?? 1), a];
  return lows.some((low) => low > 0 && high >= low && high <= 100 * low);
}

/** Where the figures are, as [start, end) offsets. */
function figureSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(FIGURE))
    if (m.groups && isFigure(m.groups)) spans.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(DATE)) {
    const end = m.index + m[0].length;
    // a date of birth next to a name is personal data: it stays masked
    if (BIRTH_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) || BIRTH_AFTER.test(text.slice(end, end + 4)))
      continue;
    spans.push([m.index, end]);
  }
  for (const m of text.matchAll(YEARS)) {
    const a = Number(m.groups?.a);
    const b = Number(m.groups?.b);
    if (b >= a && b - a <= 100) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/**
 * Masks identifiers in free text (stored ad text, logs): every run of 6+ digits (any script, with
 * single space or hyphen separators) that is not a figure (above) keeps at most its last 4 digits and at
 * most a quarter of them; UK National Insurance numbers and e-mail addresses are masked too. Lengths are
 * kept.
 */
// separators: whitespace, hyphens and dashes, and the zero-width characters used to split numbers
const LONG_NUMBER = /(?<!\p{Nd})\p{Nd}(?:[\s\-‐‑–—－\u200b-\u200d\u2060\ufeff]?\p{Nd}){5,}(?:[\s-]?[xX])?/gu;
const NINO = /(?<![\p{L}\p{N}])[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d](?![\p{L}\p{N}])/gu;
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,255}\.\p{L}{2,24}/gu;
const FREE_TEXT: Policy = { head: 0, tail: 4, maxShown: (n) => Math.min(4, Math.floor(n / 4)) };

function maskLongNumbers(text: string): string {
  let figures: [number, number][] | undefined;
  // the runs come left to right: the furthest end of the figures starting at or before the run
  let next = 0;
  let reach = -1;
  return text.replace(LONG_NUMBER, (m: string, at: number) => {
    figures ??= figureSpans(text).sort((x, y) => x[0] - y[0]);
    for (let f = figures[next]; f && f[0] <= at; f = figures[++next]) reach = Math.max(reach, f[1]);
    return reach >= at + m.length ? m : maskAlnum(m, FREE_TEXT);
  });
}

/**
 * A date of birth written after its label in any common form — `1990/03/07`, `1990.3.7`, `1990年3月7日`,
 * `1990年3月`, `07/03/1990` — which no run of 6+ digits covers: every digit is hidden. (A birth-year range
 * in an age requirement, `1985-1995年出生`, has its label after it and no month: it stays.)
 */
const BIRTH_DATE =
  /(?<=(?:出生(?:日期|年月)?|生日|生于|dob|d\.o\.b\.|date of birth|birth ?date|born(?: on)?)[\s:：]{0,3})(?:(?:19|20)\d{2}\s?[-/.年]\s?\d{1,2}(?:\s?[-/.月]\s?\d{1,2}日?|月)?|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2})(?!\d)/giu;

export function maskIdentifiersInText(text: string): string {
  return maskLongNumbers(text.replace(NINO, (m) => mask(m, 'nino')))
    .replace(BIRTH_DATE, (m) => m.replace(/\p{Nd}/gu, '*'))
    .replace(EMAIL, (m) => mask(m, 'email'));
}
