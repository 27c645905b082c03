/**
 * Regex alternations with hundreds of branches are slow in V8: at every word start it tries each
 * branch in turn. Grouping branches by their leading letters (a prefix trie) lets it reject most
 * branches on the first character. `trie` rewrites an alternation source into that shape; the
 * language it matches is unchanged.
 */

const QUANT = /^[?*+{]/;

/** Splits a regex source at its top-level `|`. */
export function splitTop(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

/** `(?:x|y)` wrapping the whole source, with no quantifier after it → `x|y`. */
function unwrap(src: string): string | undefined {
  if (!src.startsWith('(?:') || !src.endsWith(')')) return undefined;
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0 && i !== src.length - 1) return undefined;
    }
  }
  return src.slice(3, -1);
}

/** End index of the group opening at 0, or -1. */
function groupEnd(src: string): number {
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * `(?:x|y)tail` → `xtail`, `ytail` when the group has no quantifier, so each branch can join the trie.
 * Long tails are left alone: copying them into every branch makes the regex slow to compile.
 */
function distribute(alt: string): string[] | undefined {
  if (!alt.startsWith('(?:')) return undefined;
  const end = groupEnd(alt);
  if (end < 0 || QUANT.test(alt.slice(end + 1, end + 2))) return undefined;
  const tail = alt.slice(end + 1);
  if (tail.length > 40) return undefined;
  return splitTop(alt.slice(3, end)).map((x) => `${x.includes('|') ? `(?:${x})` : x}${tail}`);
}

function flatten(src: string, depth = 0): string[] {
  return splitTop(src).flatMap((alt) => {
    if (depth > 6) return [alt];
    const inner = unwrap(alt);
    if (inner !== undefined) return flatten(inner, depth + 1);
    const spread = distribute(alt);
    return spread === undefined ? [alt] : spread.flatMap((x) => flatten(x, depth + 1));
  });
}

function build(alts: string[], depth: number): string {
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const a of alts) {
    const c = a[0];
    if (c !== undefined && /[a-z0-9]/.test(c) && !QUANT.test(a.slice(1, 2))) {
      const g = groups.get(c) ?? [];
      g.push(a.slice(1));
      groups.set(c, g);
    } else if (a.length > 0) rest.push(a);
  }
  const parts: string[] = [];
  for (const [c, tails] of groups) {
    const hasEmpty = tails.includes('');
    const nonEmpty = tails.filter((t) => t !== '').sort((a, b) => b.length - a.length);
    if (nonEmpty.length === 0) {
      parts.push(c);
      continue;
    }
    const inner = depth < 3 && nonEmpty.length > 3 ? build(nonEmpty, depth + 1) : nonEmpty.join('|');
    parts.push(`${c}(?:${inner}${hasEmpty ? '|' : ''})`);
  }
  return [...parts, ...rest].join('|');
}

/** An equivalent alternation source grouped by leading characters. */
export function trie(src: string): string {
  return build(flatten(src), 0);
}

/** Longest alternatives first, so a longer phrase wins over its prefix at the same position. */
export function byLength(alts: string[]): string[] {
  return [...alts].sort((a, b) => b.length - a.length);
}
