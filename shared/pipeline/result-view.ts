/**
 * What a platform may see of its own ad's result. Cross-ad signals name the other ads behind a shared
 * contact or a near-duplicate text as `platform:adId`; regulators need every id, but a platform must not
 * learn another platform's ad ids (its competitors' listings). The platform view keeps its own ids and
 * replaces the others with "another platform" in the findings' related ads, and renders their notes from
 * that; the stored result, the case and alerts keep them all.
 */
import type { Finding } from '#shared/engine/types.ts';
import type { StoredResult } from '#shared/pipeline/ports.ts';
import { isSignalRule, relatedNote } from '#shared/signals/findings.ts';

export const OTHER_PLATFORM = 'another platform';

const own = (id: string, platform: string): boolean => id.startsWith(`${platform}:`);

function redactFinding(f: Finding, platform: string): Finding {
  if (!isSignalRule(f.rule)) return f;
  const show = (id: string) => (own(id, platform) ? id : OTHER_PLATFORM);
  const related = (f.related ?? []).map((r) => ({ ...r, ads: r.ads.map(show) }));
  return { ...f, related, note: relatedNote({ ...f, related }) };
}

/** The result as the platform that owns the ad sees it. */
export function platformView(result: StoredResult, platform: string): StoredResult {
  const view: StoredResult = { ...result, findings: result.findings.map((f) => redactFinding(f, platform)) };
  if (result.links)
    view.links = result.links.map((l) =>
      own(l.by, platform) ? l : { ...l, by: OTHER_PLATFORM, key: `${l.rule}|${OTHER_PLATFORM}` },
    );
  return view;
}
