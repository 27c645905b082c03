/**
 * An ad prepared for screening: every text field normalised once, with helpers rules share
 * (matching with offsets, clause scope, Chinese words, English stems).
 */
import type { Ad } from '#shared/feed/schema.ts';
import type { Language } from '#shared/engine/types.ts';
import { type NormalizedText, normalize } from '#shared/text/normalize.ts';

/** Ad fields screened for wording, in the order evidence is reported. */
export const TEXT_FIELDS = [
  'title',
  'description',
  'requirements',
  'benefits',
  'employer.profile',
  'employer.name',
  'salary.text',
  'location.address',
  'contact.name',
  'contact.phone',
  'contact.email',
  'contact.im',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** The fields where the employer states the job (not who they are or how to reach them). */
export const BODY_FIELDS: readonly TextField[] = ['title', 'description', 'requirements', 'benefits'];

export interface FieldText {
  readonly path: TextField;
  readonly nt: NormalizedText;
}

export interface Match {
  field: TextField;
  /** Offsets in the NORMALISED text of the field. */
  start: number;
  end: number;
  text: string;
  groups: RegExpExecArray;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Enough evidence for any finding: matching stops after this many hits in one field (bounds hostile input). */
export const MAX_MATCHES_PER_FIELD = 64;

const CLAUSE_BREAK = /[。；;！!？?\n\r|•·●▪◆■★☆]|(?:^|\s)\d{1,2}[.、)）]\s*|[，,](?=\s*\d{1,2}[.、)）])/gu;
const SENTENCE_BREAK = /[。；;！!？?\n\r]|\.(?=\s|$)/gu;

function getPath(ad: Ad, path: TextField): string | undefined {
  const [a, b] = path.split('.') as [string, string | undefined];
  const top = (ad as unknown as Record<string, unknown>)[a];
  if (b === undefined) return typeof top === 'string' ? top : undefined;
  if (!top || typeof top !== 'object') return undefined;
  const v = (top as Record<string, unknown>)[b];
  return typeof v === 'string' ? v : undefined;
}

const CJK = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]{2,}/g;

export function detectLanguage(ad: Ad): Language {
  if (ad.language) return ad.language;
  const sample = `${ad.title}\n${ad.description}`.slice(0, 4000);
  const han = sample.match(CJK)?.length ?? 0;
  const latin = sample.match(LATIN_WORD)?.length ?? 0;
  return han >= latin ? 'zh' : 'en';
}

export class AdDocument {
  readonly ad: Ad;
  readonly language: Language;
  readonly fields: readonly FieldText[];
  private readonly byPath = new Map<TextField, FieldText>();

  constructor(ad: Ad) {
    this.ad = ad;
    this.language = detectLanguage(ad);
    const fields: FieldText[] = [];
    for (const path of TEXT_FIELDS) {
      const raw = getPath(ad, path);
      if (raw === undefined || raw.length === 0) continue;
      const f = { path, nt: normalize(raw) };
      fields.push(f);
      this.byPath.set(path, f);
    }
    this.fields = fields;
  }

  field(path: TextField): FieldText | undefined {
    return this.byPath.get(path);
  }

  /** Normalised text of a field, or ''. */
  text(path: TextField): string {
    return this.byPath.get(path)?.nt.text ?? '';
  }

  /** Every match of a global regex in the given fields (default: body fields), with normalised offsets. */
  *matches(re: RegExp, fields: readonly TextField[] = BODY_FIELDS): Generator<Match> {
    if (!re.global) throw new TypeError(`regex ${re} must have the g flag`);
    for (const path of fields) {
      const f = this.byPath.get(path);
      if (!f) continue;
      re.lastIndex = 0;
      let count = 0;
      for (let m = re.exec(f.nt.text); m !== null; m = re.exec(f.nt.text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        yield { field: path, start: m.index, end: m.index + m[0].length, text: m[0], groups: m };
        if (++count >= MAX_MATCHES_PER_FIELD) break;
      }
    }
  }

  /** The clause (between list markers, semicolons, full stops, line breaks) around a span. */
  clauseAt(field: TextField, start: number, end: number): Span {
    return boundedSpan(this.text(field), start, end, CLAUSE_BREAK);
  }

  /** The sentence around a span (breaks at 。；！？ line ends and full stops). */
  sentenceAt(field: TextField, start: number, end: number): Span {
    return boundedSpan(this.text(field), start, end, SENTENCE_BREAK);
  }
}

/** How far a clause or sentence may reach on each side of a span: bounds the work per call. */
const SCOPE_WINDOW = 300;

function boundedSpan(text: string, start: number, end: number, breaks: RegExp): Span {
  const from = Math.max(0, start - SCOPE_WINDOW);
  const to = Math.min(text.length, end + SCOPE_WINDOW);
  const window = text.slice(from, to);
  let s = from;
  let e = to;
  const re = new RegExp(breaks.source, breaks.flags);
  for (let m = re.exec(window); m !== null; m = re.exec(window)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const mStart = from + m.index;
    const mEnd = mStart + m[0].length;
    if (mEnd <= start) s = mEnd;
    else if (mStart >= end) {
      e = mStart;
      break;
    }
  }
  return { start: s, end: e, text: text.slice(s, e) };
}
