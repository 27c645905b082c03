/**
 * Feature keys: a 32-bit FNV-1a hash of the feature's name, computed one UTF-16 unit at a time so the
 * scorer can hash a token straight from the ad's text without building its name as a string. `0` is
 * reserved (empty slot), so a hash of 0 becomes 1. Keys are int32 (what Math.imul returns).
 */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Feeds one UTF-16 unit into a running hash. */
export const step = (h: number, unit: number): number => Math.imul(h ^ unit, FNV_PRIME);

/** Feeds every unit of `s` into a running hash. */
export function stepString(h: number, s: string): number {
  let x = h;
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), FNV_PRIME);
  return x;
}

/** The running hash of a prefix, to continue with a token's units. */
export const prefixState = (prefix: string): number => stepString(FNV_OFFSET, prefix);

/** Ends a running hash as a key (never 0). */
export const finish = (h: number): number => (h === 0 ? 1 : h);

/** The key of a feature name: equal to what the scanner computes from the text for that feature. */
export const keyOf = (name: string): number => finish(stepString(FNV_OFFSET, name));

/** Spreads a key over a power-of-two table (murmur3 finaliser). */
export function slotOf(key: number, mask: number): number {
  let h = key ^ (key >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & mask;
}
