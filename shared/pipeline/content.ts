/**
 * Content identity and minimisation: the canonical hash that makes storage idempotent, and the
 * masked copy of an ad that is all we keep of its text.
 */
import { createHash } from 'node:crypto';
import type { Ad } from '#shared/feed/schema.ts';
import { mask, maskIdentifiersInText } from '#shared/engine/mask.ts';

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

const maskOpt = (s: string | undefined, f: (t: string) => string) => (s === undefined ? undefined : f(s));

/** The ad with identifiers masked in every free-text field and the contact person minimised. */
export function maskAd(ad: Ad): Ad {
  const m = maskIdentifiersInText;
  const out: Ad = {
    ...ad,
    title: m(ad.title),
    description: m(ad.description),
  };
  if (ad.requirements !== undefined) out.requirements = m(ad.requirements);
  if (ad.benefits !== undefined) out.benefits = m(ad.benefits);
  if (ad.employer) {
    out.employer = { ...ad.employer };
    if (ad.employer.profile !== undefined) out.employer.profile = m(ad.employer.profile);
  }
  if (ad.salary?.text !== undefined) out.salary = { ...ad.salary, text: m(ad.salary.text) };
  if (ad.location?.address !== undefined) out.location = { ...ad.location, address: m(ad.location.address) };
  if (ad.contact) {
    const c = ad.contact;
    const contact: NonNullable<Ad['contact']> = {};
    const name = maskOpt(c.name, (t) => mask(t, 'name'));
    const phone = maskOpt(c.phone, (t) => mask(t, 'phone'));
    const email = maskOpt(c.email, (t) => mask(t, 'email'));
    const im = maskOpt(c.im, (t) => mask(t, 'name'));
    if (name !== undefined) contact.name = name;
    if (phone !== undefined) contact.phone = phone;
    if (email !== undefined) contact.email = email;
    if (im !== undefined) contact.im = im;
    out.contact = contact;
  }
  return out;
}
