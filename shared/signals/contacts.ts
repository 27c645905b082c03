/**
 * The contacts an ad gives (phone, e-mail, IM handle), from the contact fields and from the job text,
 * in a canonical form for matching across ads, with where each shows (ORIGINAL offsets) and a masked
 * form for notes. Canonical values never leave the process: the store sees only their hash.
 */
import { createHash } from 'node:crypto';
import type { Ad } from '#shared/feed/schema.ts';
import { mask } from '#shared/engine/mask.ts';

export type ContactKind = 'phone' | 'email' | 'im';

export interface Contact {
  kind: ContactKind;
  value: string;
  field: string;
  start: number;
  end: number;
  masked: string;
}

const MOBILE = /(?<!\d)(?:\+?86[\s-]?)?(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?!\d)/g;
const EMAIL = /(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64}@(?:[a-z0-9-]{1,63}\.){1,5}[a-z]{2,24}/gi;
/**
 * An IM handle named in the job text. Latin channel names count only as whole words ("online marketing"
 * and "hotline" are not LINE), and LINE, an everyday English word, only with an id or a colon after it.
 */
const IM_IN_TEXT =
  /(?:(?:微信|v信|飞机)号?|(?<![a-z])(?:weixin|wechat|vx|qq|telegram|whatsapp|tg)(?![a-z])号?|(?<![a-z])line(?:\s?id|号)?(?=\s?[:：@]))[\s:：@]{0,3}([a-z0-9][a-z0-9_.-]{4,29})/gi;
const IM_PREFIX = /^(?:微信|weixin|wechat|vx|v信|qq|telegram|whatsapp|tg|飞机|line)号?[\s:：@]{0,3}/i;
const TEXT_FIELDS = ['title', 'description', 'requirements', 'benefits'] as const;

const digits = (s: string): string => s.replace(/\D/g, '');

function canonicalPhone(raw: string): string | undefined {
  let d = digits(raw);
  if (d.length === 13 && d.startsWith('86')) d = d.slice(2);
  return d.length >= 7 && d.length <= 15 ? d : undefined;
}

function canonicalIm(raw: string): string | undefined {
  const h = raw.trim().replace(IM_PREFIX, '').trim().toLowerCase();
  return h.length >= 4 && h.length <= 40 ? h : undefined;
}

const maskIm = (h: string): string => `${h.slice(0, 2)}${'*'.repeat(Math.max(3, h.length - 2))}`;

export function contactsOf(ad: Ad): Contact[] {
  const out: Contact[] = [];
  const seen = new Set<string>();
  const add = (
    kind: ContactKind,
    value: string | undefined,
    field: string,
    start: number,
    end: number,
    masked: string,
  ) => {
    if (!value || seen.has(`${kind}:${value}`)) return;
    seen.add(`${kind}:${value}`);
    out.push({ kind, value, field, start, end, masked });
  };
  const c = ad.contact;
  if (c?.phone) add('phone', canonicalPhone(c.phone), 'contact.phone', 0, c.phone.length, mask(c.phone, 'phone'));
  if (c?.email) add('email', c.email.trim().toLowerCase(), 'contact.email', 0, c.email.length, mask(c.email, 'email'));
  if (c?.im) {
    const h = canonicalIm(c.im);
    add('im', h, 'contact.im', 0, c.im.length, h ? maskIm(h) : '***');
  }
  for (const field of TEXT_FIELDS) {
    const text = ad[field];
    if (!text) continue;
    const head = text.slice(0, 20_000);
    for (const m of head.matchAll(MOBILE)) {
      const v = `${m[1]}${m[2]}${m[3]}`;
      add('phone', v, field, m.index, m.index + m[0].length, mask(m[0], 'phone'));
    }
    for (const m of head.matchAll(EMAIL))
      add('email', m[0].toLowerCase(), field, m.index, m.index + m[0].length, mask(m[0], 'email'));
    for (const m of head.matchAll(IM_IN_TEXT)) {
      const h = (m[1] ?? '').toLowerCase();
      add('im', h, field, m.index, m.index + m[0].length, maskIm(h));
    }
  }
  return out;
}

/** The store key of a contact: a hash, so the store never holds the phone number or address itself. */
export const contactKey = (c: Pick<Contact, 'kind' | 'value'>): string =>
  `contact:${c.kind}:${createHash('sha256').update(`recruitwatch-signal:${c.kind}:${c.value}`).digest('hex').slice(0, 32)}`;

const COMPANY_SUFFIX =
  /(?:有限责任公司|股份有限公司|有限公司|集团|公司|\b(?:inc|llc|ltd|limited|co|corp|corporation|company|plc|gmbh)\b\.?)/giu;

/** The employer behind an ad: its credit code, else its normalised name, else the ad itself (anonymous). */
export function employerOf(ad: Ad): string {
  const code = ad.employer?.creditCode?.trim().toUpperCase();
  if (code) return `code:${code}`;
  const name = ad.employer?.name
    ?.normalize('NFKC')
    .toLowerCase()
    .replace(/[(（][^)）]{0,20}[)）]/gu, '')
    .replace(COMPANY_SUFFIX, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
  if (name) return `name:${name}`;
  // no name: the same website, or the same company profile, is the same employer (a company posting
  // many ads with one profile is not a ring)
  const site = ad.employer?.website
    ?.trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .split(/[/?#]/)[0];
  if (site) return `site:${site}`;
  const profile = ad.employer?.profile?.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 500);
  if (profile && profile.length >= 40)
    return `profile:${createHash('sha256').update(profile).digest('hex').slice(0, 16)}`;
  return `anon:${ad.platform}:${ad.adId}`;
}
