// Deep-path modules of `natural` (its entry point loads 77 MB and storage drivers; we import parts).
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(word: string): string; tokenizeAndStem(text: string): string[] };
  export default PorterStemmer;
}
declare module 'opencc-js/t2cn' {
  export function Converter(opts: { from: string; to: string }): (s: string) => string;
}
