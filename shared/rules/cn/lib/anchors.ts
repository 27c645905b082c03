/**
 * Cheap necessary conditions for the cn patterns. Every pattern names the characters it cannot match
 * without (e.g. 男/女 and one of 限只仅…). One pass over each field records which anchor characters
 * occur; a pattern whose anchors are missing is never run. This turns ~70 full regex scans per ad into
 * one character scan plus the few regexes that can match, and is shared by all cn rules of an ad.
 */
import type { AdDocument, TextField } from '#shared/text/document.ts';

const slot = new Int16Array(65536).fill(-1);
let slots = 0;

/** A set of characters of which at least one must occur: compiled to slot numbers. */
export type AnchorSet = readonly number[];

export function anchorSet(chars: string): AnchorSet {
  const out: number[] = [];
  for (const ch of chars) {
    const c = ch.charCodeAt(0);
    if (slot[c] === -1) slot[c] = slots++;
    out.push(slot[c] as number);
  }
  return out;
}

const cache = new WeakMap<AdDocument, Map<TextField, Uint8Array>>();

/** Which anchor characters occur in a field (computed once per ad and field). */
export function presence(doc: AdDocument, field: TextField, text: string): Uint8Array {
  let perDoc = cache.get(doc);
  if (!perDoc) {
    perDoc = new Map();
    cache.set(doc, perDoc);
  }
  let p = perDoc.get(field);
  if (!p) {
    p = new Uint8Array(slots);
    for (let i = 0; i < text.length; i++) {
      const k = slot[text.charCodeAt(i)] as number;
      if (k >= 0) p[k] = 1;
    }
    perDoc.set(field, p);
  }
  return p;
}

/** Every set has at least one character present (a slot added after the scan counts as present). */
export function satisfied(p: Uint8Array, sets: readonly AnchorSet[]): boolean {
  for (const set of sets) {
    let any = false;
    for (const k of set) {
      if (k >= p.length || p[k] === 1) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

/** Compiles anchor strings: `need('男女', '限只仅')` = (男 or 女) and (限 or 只 or 仅). */
export const need = (...sets: string[]): AnchorSet[] => sets.map(anchorSet);

/** Characters every marker of markers.ts contains at least one of. */
export const RESTRICT_CHARS = '限只仅求须需必务';
export const PREFER_CHARS = '优佳好';
export const EXCLUDE_CHARS = '勿免莫不除谢拒恕止绕慎婉排';
export const DIGITS = '0123456789一二两三四五六七八九十';
