/**
 * Traditional → simplified Chinese, one character at a time, with OpenCC's tables (opencc-js).
 * Character-level conversion keeps normalised offsets 1:1 with the original; phrase-level
 * variants (軟體 → 软件) do not matter for screening because our lexicons are written on characters.
 */
import * as OpenCC from 'opencc-js/t2cn';

let convert: ((s: string) => string) | undefined;
const cache = new Map<string, string>();

export function toSimplifiedChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  convert ??= OpenCC.Converter({ from: 't', to: 'cn' });
  let out = convert(ch);
  // keep the mapping 1:1 in code units: a conversion that changes length is not used
  if (out.length !== ch.length) out = ch;
  cache.set(ch, out);
  return out;
}
