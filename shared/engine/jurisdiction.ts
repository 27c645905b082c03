import type { Ad } from '#shared/feed/schema.ts';
import type { Jurisdiction, Language } from '#shared/engine/types.ts';

const EU = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '));

/**
 * The law an ad is screened under. Mainland China, the US and the UK have their own packs; EU
 * member states the EU pack. Hong Kong, Macau and Taiwan ads (and any other country we carry no law
 * for) are screened with the pack of their language — zh → CN, en → US — so the wording is still
 * checked; the jurisdiction on the result says which law was cited.
 */
export function jurisdictionOf(ad: Ad, language: Language): Jurisdiction {
  const c = ad.location?.country ?? 'CN';
  if (c === 'CN' || c === 'US') return c;
  if (c === 'GB' || c === 'UK') return 'GB';
  if (EU.has(c)) return 'EU';
  return language === 'zh' ? 'CN' : 'US';
}
