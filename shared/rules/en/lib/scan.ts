/**
 * Matching for the English rules. Ordinary fields are scanned whole. A field longer than LONG (a 1 MB
 * description is an attack or an accident, not an ad) is scanned only in windows around the first
 * anchors of the rule's trigger, so a rule's cost stays bounded however the text is padded.
 */
import { BODY_FIELDS, type AdDocument, type Match, type TextField } from '#shared/text/document.ts';
import { ANCHOR_RES, type Trigger } from '#shared/rules/en/lib/triggers.ts';

const LONG = 20_000;
const RADIUS = 200;
const MAX_ANCHORS = 64;

function windows(text: string, trigger: Trigger): [number, number][] {
  const re = ANCHOR_RES[trigger];
  const out: [number, number][] = [];
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m !== null && n < MAX_ANCHORS; m = re.exec(text), n++) {
    const from = Math.max(0, m.index - RADIUS);
    const to = Math.min(text.length, m.index + m[0].length + RADIUS);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** Every match of a global regex in the given fields, windowed around `trigger` anchors in long fields. */
export function* scan(
  doc: AdDocument,
  re: RegExp,
  trigger: Trigger,
  fields: readonly TextField[] = BODY_FIELDS,
): Generator<Match> {
  for (const field of fields) {
    const text = doc.text(field);
    if (text.length === 0) continue;
    if (text.length <= LONG) {
      yield* doc.matches(re, [field]);
      continue;
    }
    for (const [from, to] of windows(text, trigger)) {
      const slice = text.slice(from, to);
      re.lastIndex = 0;
      for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        yield { field, start: from + m.index, end: from + m.index + m[0].length, text: m[0], groups: m };
      }
    }
  }
}
