/**
 * Is a mention of personal information a demand on applicants BEFORE any offer? Looks at a bounded
 * window around the mention: a demand verb, the nearest hiring-stage cue (apply/interview vs.
 * onboarding), a negation or fraud warning, and — for ID documents — whether copies are sent.
 */
import type { AdDocument, TextField } from '#shared/text/document.ts';
import { alternation } from '#shared/rules/pii/lexicons/types.ts';
import {
  DEMAND_VERBS,
  NOT_A_DEMAND,
  POST_OFFER,
  PRE_OFFER,
  SEND_COPIES,
  SERVED_PEOPLE,
} from '#shared/rules/pii/lexicons/stage-cues.ts';
import { has, sentenceAround } from '#shared/rules/pii/lib/fields.ts';

type Lang = 'zh' | 'en';
const compile = (entries: Parameters<typeof alternation>[0], flags = '') => ({
  zh: new RegExp(alternation(entries, 'zh'), flags),
  en: new RegExp(alternation(entries, 'en'), flags),
});
const PRE = compile(PRE_OFFER, 'g');
const POST = compile(POST_OFFER, 'g');
const SEND = compile(SEND_COPIES);
const NOT = compile(NOT_A_DEMAND);
const DEMAND = compile(DEMAND_VERBS);
const SERVED = compile(SERVED_PEOPLE);

const WINDOW = 160;
const IMAGE = { zh: /照片|扫描|拍照|图片|截图/, en: /photo|scan|picture|image|selfie|copy/ };

/** Offset (from the window's start) of the last match, or -1. */
function lastIn(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let at = -1;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) at = m.index + m[0].length;
  return at;
}
function firstIn(re: RegExp, s: string): number {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? m.index : -1;
}

export interface DemandOptions {
  /** Lawful to show in person: flag only when copies are sent. */
  inPerson: boolean;
  /** Skip when the sentence is about patients, clients, … (records the job handles). */
  aboutApplicant: boolean;
}

export function isPreOfferDemand(
  doc: AdDocument,
  field: TextField,
  start: number,
  end: number,
  lang: Lang,
  o: DemandOptions,
): boolean {
  const text = doc.text(field);
  const sentence = sentenceAround(text, start, end);
  if (has(NOT[lang], sentence)) return false;
  if (o.aboutApplicant && has(SERVED[lang], sentence)) return false;
  const from = Math.max(0, start - WINDOW);
  const before = text.slice(from, start);
  const after = text.slice(end, end + WINDOW);
  if (!has(DEMAND[lang], before) && !has(DEMAND[lang], sentence)) return false;
  const preBefore = lastIn(PRE[lang], before);
  const postBefore = lastIn(POST[lang], before);
  const preAfter = firstIn(PRE[lang], after);
  const postAfter = firstIn(POST[lang], after);
  const dist = (b: number, a: number) => Math.min(b < 0 ? Infinity : before.length - b, a < 0 ? Infinity : a);
  const pre = dist(preBefore, preAfter);
  const post = dist(postBefore, postAfter);
  if (pre === Infinity || post <= pre) return false;
  if (o.inPerson) {
    // a photo or scan OF the document, or copies sent online
    const near = text.slice(Math.max(0, start - 60), Math.min(text.length, end + 12));
    const own = text.slice(start, Math.min(text.length, end + 3));
    if (!has(SEND[lang], near) && !has(IMAGE[lang], own)) return false;
  }
  return true;
}
