/**
 * Wording cues of the fraud model's structural features: a private IM handle in the text, urgency,
 * "no experience", easy money, work from home. Each family is a list of literal phrases (lower case:
 * texts are normalised) turned into one global pattern; Latin words count at a word start (`\b`).
 *
 * Most ads hold none of them, and running five alternations over every ad cost more than the rest of
 * the model. So the token scan (text-tokens.ts), which reads every character anyway, marks which
 * families can occur from "anchors": the first Han character pair of a Chinese phrase, the longest
 * word of a Latin phrase (seen as a prefix of a Latin run in Chinese ads, or of a word or hyphen/
 * apostrophe part of a word in English ads). Every place a pattern can match holds its family's
 * anchor, so only the flagged families run their pattern, and the features stay exactly those of the
 * full patterns (tested against them).
 */

export interface CueFamily {
  /** Structural feature name. */
  readonly name: string;
  /** Global pattern over normalised text; its first match is the feature's evidence. */
  readonly pattern: RegExp;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
/** A Han character of the BMP (after normalisation: compatibility ideographs are folded by NFKC). */
export const isHan = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
const alternation = (phrases: readonly string[]): string =>
  phrases.map((p) => (isHan(p.charCodeAt(0)) ? esc(p) : `\\b${esc(p)}`)).join('|');

const IM_NAMES = [
  '微信',
  'weixin',
  'wechat',
  'vx',
  'v信',
  '薇信',
  '威信',
  '加v',
  'qq',
  'qq号',
  '扣扣',
  'telegram',
  'whatsapp',
  'skype',
  'line id',
  'lineid',
  'kakao',
];
const IM_ALONE = ['telegram', 'whatsapp', 'wechat', '微信', 'qq'];

interface FamilySpec {
  name: string;
  phrases: readonly string[];
  /** Extra pattern source, with the phrases that anchor it. */
  extra?: { source: string; anchors: readonly string[] };
  /** Whole pattern source, when the phrases only anchor it. */
  source?: string;
}

const SPECS: readonly FamilySpec[] = [
  {
    name: 's:im-in-text',
    phrases: IM_NAMES,
    // an IM name followed by a handle, or one of the big IM names alone
    source: `(?:${alternation(IM_NAMES)})\\s?[:：号]?\\s?[a-z0-9_-]{4,30}|(?:${alternation(IM_ALONE)})`,
  },
  {
    name: 's:urgency',
    phrases: [
      ...[
        '急招',
        '急聘',
        '急需',
        '马上上岗',
        '当天上岗',
        '当天入职',
        '立即上岗',
        '名额有限',
        '速来',
        '先到先得',
        '随到随面',
      ],
      ...['urgent', 'immediate start', 'immediately start', 'start immediately', 'asap', 'apply now', 'hurry'],
      ...['limited slots', 'limited positions', 'limited spots'],
    ],
  },
  { name: 's:no-experience', phrases: ['无需经验', '无经验可', '零基础', '小白可', 'no experience'] },
  {
    name: 's:easy-money',
    phrases: [
      ...['日结', '轻松', '月入过万', '收入无上限', '上不封顶', '高薪', '躺赚', '兼职', '在家', '手机操作'],
      ...['easy money', 'earn up to', 'unlimited income', 'unlimited earning', 'be your own boss', 'extra income'],
      ...['weekly pay', 'paid daily'],
    ],
    extra: { source: '月入[0-9一二三四五六七八九十]+万', anchors: ['月入'] },
  },
  {
    name: 's:home-work',
    phrases: ['在家', '居家', '足不出户', 'work from home', 'work at home', 'home-based', 'home based', 'remote'],
  },
];

export const CUE_FAMILIES: readonly CueFamily[] = SPECS.map((s) => ({
  name: s.name,
  pattern: new RegExp(s.source ?? `(?:${alternation(s.phrases)}${s.extra ? `|${s.extra.source}` : ''})`, 'g'),
}));
/** Every phrase and anchor of every family (for tests). */
export const CUE_PHRASES: readonly string[] = SPECS.flatMap((s) => [...s.phrases, ...(s.extra?.anchors ?? [])]);
/** Every family: what a scan that cannot tell (an English ad with Han text) reports. */
export const ALL_CUES = (1 << CUE_FAMILIES.length) - 1;
export const IM_CUE = 1 << SPECS.findIndex((s) => s.name === 's:im-in-text');

// ---- anchors ----

/** Han pair (c1 * 65536 + c2) → families. */
const hanPairs = new Map<number, number>();
/** First Han character of an anchor pair (a cheap filter before the map). */
export const HAN_ANCHOR_FIRST = new Uint8Array(65536);
/**
 * Latin anchor words → families: for Latin runs of Chinese ads (all), and for words of English ads
 * (only phrases without Han: an English ad holding Han text runs every family, see text-tokens.ts).
 */
const zhLatin = new Map<string, number>();
const enLatin = new Map<string, number>();
/** First character of a Latin anchor (filter). */
export const LATIN_ANCHOR_FIRST = new Uint8Array(128);

function addLatin(word: string, bit: number, english: boolean): void {
  const lead = /^[a-z0-9]+/.exec(word)?.[0];
  if (!lead) return;
  zhLatin.set(lead, (zhLatin.get(lead) ?? 0) | bit);
  if (english) enLatin.set(lead, (enLatin.get(lead) ?? 0) | bit);
  LATIN_ANCHOR_FIRST[lead.charCodeAt(0)] = 1;
}

function addAnchor(phrase: string, bit: number): void {
  const c0 = phrase.charCodeAt(0);
  if (isHan(c0)) {
    const c1 = phrase.charCodeAt(1);
    if (isHan(c1)) {
      const k = c0 * 65536 + c1;
      hanPairs.set(k, (hanPairs.get(k) ?? 0) | bit);
      HAN_ANCHOR_FIRST[c0] = 1;
    } else addLatin(phrase.slice(1), bit, false); // 加v: the Latin run that follows
    return;
  }
  // a Latin phrase: its longest space-separated word (the last of equals) starts a Latin run or word
  // wherever the phrase matches
  const words = phrase.split(' ');
  const longest = words.reduce((a, b) => (b.length >= a.length ? b : a));
  addLatin(longest, bit, !/[^\x00-\x7f]/.test(phrase));
}

SPECS.forEach((s, i) => {
  for (const p of s.phrases) addAnchor(p, 1 << i);
  for (const a of s.extra?.anchors ?? []) addAnchor(a, 1 << i);
});

/** Families anchored by the Han pair (c1, c2). */
export const hanPairCues = (c1: number, c2: number): number => hanPairs.get(c1 * 65536 + c2) ?? 0;

const MAX_ANCHOR = Math.max(...[...zhLatin.keys()].map((k) => k.length));

function prefixCues(anchors: ReadonlyMap<string, number>, text: string, start: number, end: number): number {
  let bits = 0;
  const longest = Math.min(end - start, MAX_ANCHOR);
  for (let n = 1; n <= longest; n++) bits |= anchors.get(text.slice(start, start + n)) ?? 0;
  return bits;
}

/** Families anchored by a Latin run text[start, end) of a Chinese ad (an anchor is a prefix of it). */
export const latinRunCues = (text: string, start: number, end: number): number => prefixCues(zhLatin, text, start, end);

const isInner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d;

/** Families anchored in an English word: at its start and after each inner ' ’ - (where `\b` falls). */
export function englishWordCues(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((i === 0 || isInner(word.charCodeAt(i - 1))) && c < 128 && LATIN_ANCHOR_FIRST[c] === 1)
      bits |= prefixCues(enLatin, word, i, word.length);
  }
  return bits;
}
