/**
 * Splits a field's text into segments at evidence boundaries, so overlapping evidence of several findings
 * can be highlighted at once. Pure: also used by unit tests.
 */

const RANK = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

/**
 * @typedef {{ start: number, end: number, finding: number, severity: string }} Span
 * @typedef {{ text: string, start: number, findings: number[], severity: string|null }} Segment
 */

/**
 * @param {string} text
 * @param {Span[]} spans offsets in UTF-16 code units, as the engine reports them
 * @returns {Segment[]}
 */
export function segments(text, spans) {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const cuts = new Set([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  /** @type {Segment[]} */
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = /** @type {number} */ (points[i]);
    const b = /** @type {number} */ (points[i + 1]);
    const covering = valid.filter((s) => s.start <= a && s.end >= b);
    let severity = null;
    for (const s of covering) {
      if (
        severity === null ||
        (RANK[/** @type {keyof RANK} */ (s.severity)] ?? 0) > (RANK[/** @type {keyof RANK} */ (severity)] ?? 0)
      ) {
        severity = s.severity;
      }
    }
    out.push({ text: text.slice(a, b), start: a, findings: [...new Set(covering.map((s) => s.finding))], severity });
  }
  return out;
}
