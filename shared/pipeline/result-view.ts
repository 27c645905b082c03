/**
 * What a platform may see of its own ad's result. Cross-ad signals name the other ads behind a shared
 * contact or a near-duplicate text as `platform:adId`; regulators need every id, but a platform must not
 * learn another platform's ad ids (its competitors' listings). The platform view keeps its own ids and
 * replaces the others with "another platform"; the stored result, the case and alerts keep them all.
 */
import type { Finding } from '#shared/engine/types.ts';
import type { StoredResult } from '#shared/pipeline/ports.ts';
import { isSignalRule } from '#shared/signals/findings.ts';

export const OTHER_PLATFORM = 'another platform';

/** Ad ids in signal notes follow this phrase, separated by ", " (ids never hold a comma or a space). */
const ID_LIST = /(of other employers: )([^;]*)/g;

const own = (id: string, platform: string): boolean => id.startsWith(`${platform}:`);

function redactList(list: string, platform: string): string {
  const more = / and \d+ more$/.exec(list);
  const ids = (more ? list.slice(0, more.index) : list).split(', ');
  return ids.map((id) => (own(id, platform) ? id : OTHER_PLATFORM)).join(', ') + (more?.[0] ?? '');
}

function redactFinding(f: Finding, platform: string): Finding {
  if (!isSignalRule(f.rule) || !f.note) return f;
  return { ...f, note: f.note.replace(ID_LIST, (_, lead: string, list: string) => lead + redactList(list, platform)) };
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
