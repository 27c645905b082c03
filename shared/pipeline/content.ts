/**
 * Content identity and minimisation: the canonical hash that makes storage idempotent, and the
 * masked copy of an ad that is all we keep of its text.
 */
import { createHash } from 'node:crypto';
import type { Ad } from '#shared/feed/schema.ts';
import { mask, maskIdentifiersInText } from '#shared/engine/mask.ts';
import type { Finding, MaskKind } from '#shared/engine/types.ts';

/** JSON with object keys sorted at every level, so key order never changes a hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

export const sha256Hex = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

/** Hash of the validated ad: identical re-submissions (in any key order) have the same hash. */
export const contentHash = (ad: Ad): string => sha256Hex(canonicalJson(ad));

/** Fields kept verbatim: identifiers of the ad and the employer, codes and dates — no personal data. */
const VERBATIM = new Set([
  'platform',
  'adId',
  'employer.creditCode',
  'location.country',
  'location.regionCode',
  'salary.currency',
  'salary.period',
  'postedAt',
  'validThrough',
  'language',
]);

const CONTACT_MASK: Record<string, MaskKind> = {
  'contact.name': 'name',
  'contact.phone': 'phone',
  'contact.email': 'email',
  'contact.im': 'name',
};

/**
 * The ad as we keep it: field path → text, identifiers masked (ID and card numbers, phone numbers,
 * e-mail addresses, the contact person). Every mask keeps the text's length, so evidence offsets into
 * the original still point at the same place in the stored copy.
 */
export function maskedAdFields(ad: Ad): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (value: unknown, path: string) => {
    if (value === undefined || value === null) return;
    if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) visit(v, path ? `${path}.${k}` : k);
      return;
    }
    const text = String(value);
    if (typeof value !== 'string' || VERBATIM.has(path)) out[path] = text;
    else {
      const kind = CONTACT_MASK[path];
      out[path] = kind ? mask(text, kind) : maskIdentifiersInText(text);
    }
  };
  visit(ad, '');
  return out;
}

/**
 * Findings as stored: every evidence excerpt the engine did not already mask (a rule about fees may quote
 * a phone number) gets identifiers masked too. Lengths are kept, so offsets still match.
 */
export function maskFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => ({
    ...f,
    evidence: f.evidence.map((e) =>
      e.excerpt.includes('*') ? e : { ...e, excerpt: maskIdentifiersInText(e.excerpt) },
    ),
  }));
}
