/**
 * Where an ad's case sits and how lists show it: the case-head fields that come from the ad itself.
 * Computed once per screening; the worker keeps it on every result (clean ones too), so a later ad that
 * links to this one can open its case in the ad's OWN jurisdiction without the ad's text.
 */
import { maskIdentifiersInText } from '#shared/engine/mask.ts';
import type { Ad } from '#shared/feed/schema.ts';
import { employerKeyOf } from '#shared/pipeline/keys.ts';
import type { CasePlacement } from '#shared/pipeline/ports.ts';

export function placementOf(ad: Ad): CasePlacement {
  return {
    title: maskIdentifiersInText(ad.title),
    regionCode: ad.location?.regionCode?.toUpperCase() ?? null,
    city: ad.location?.city ?? null,
    country: ad.location?.country ?? 'CN',
    employerName: ad.employer?.name ?? null,
    creditCode: ad.employer?.creditCode?.trim().toUpperCase() || null,
    employerKey: employerKeyOf(ad.employer),
  };
}
