/** Types of highlight.js for the Node tests that import it. */
export interface Span {
  start: number;
  end: number;
  finding: number;
  severity: string;
}
export interface Segment {
  text: string;
  start: number;
  findings: number[];
  severity: string | null;
}
export function segments(text: string, spans: Span[]): Segment[];
