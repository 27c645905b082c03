/** Small helpers for building rule hits. */
import { type RuleHit, type Severity, severityRank } from '#shared/engine/types.ts';
import type { Match } from '#shared/text/document.ts';

export function hitOf(
  m: Match,
  severity: Severity,
  confidence: number,
  note?: string,
  offset = 0,
  length?: number,
): RuleHit {
  const start = m.start + offset;
  const end = length === undefined ? m.end : start + length;
  const h: RuleHit = { field: m.field, start, end, severity, confidence };
  if (note) h.note = note;
  return h;
}

/** Offset of capture group `n` inside the match, when the regex has the `d` flag. */
export function groupSpan(m: Match, n: number): { offset: number; length: number } | undefined {
  const idx = (m.groups as RegExpExecArray & { indices?: [number, number][] }).indices?.[n];
  if (!idx) return undefined;
  return { offset: idx[0] - m.start, length: idx[1] - idx[0] };
}

/** Drops hits whose span lies inside another hit's span in the same field (keeps the longer one). */
export function dedupe(hits: RuleHit[]): RuleHit[] {
  hits.sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : a.start - b.start || b.end - a.end));
  const out: RuleHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && last.field === h.field && h.start >= last.start && h.end <= last.end) {
      if (h.severity && severityRank(h.severity) > severityRank(last.severity ?? 'info')) last.severity = h.severity;
      last.confidence = Math.max(last.confidence ?? 0, h.confidence ?? 0);
      continue;
    }
    out.push(h);
  }
  return out;
}
