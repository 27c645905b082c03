/**
 * Word-level views of normalised text: English tokens with Porter stems (natural, imported by deep
 * path so the 77 MB entry point and its storage back-ends never load) and Chinese words from
 * Intl.Segmenter (full ICU ships with Node).
 */
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

export interface Token {
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  word: string;
  stem: string;
}

const EN_WORD = /[a-z][a-z'’-]*[a-z]|[a-z]/g;

export function englishStems(text: string): Token[] {
  const out: Token[] = [];
  EN_WORD.lastIndex = 0;
  for (let m = EN_WORD.exec(text); m !== null; m = EN_WORD.exec(text)) {
    const word = m[0];
    out.push({ start: m.index, end: m.index + word.length, word, stem: PorterStemmer.stem(word) });
  }
  return out;
}

export const stem = (word: string): string => PorterStemmer.stem(word.toLowerCase());

let segmenter: Intl.Segmenter | undefined;

export interface Word {
  start: number;
  end: number;
  word: string;
}

export function chineseWords(text: string): Word[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: Word[] = [];
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike) out.push({ start: s.index, end: s.index + s.segment.length, word: s.segment });
  }
  return out;
}
