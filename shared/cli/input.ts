/** Reads feed records from JSON Lines or one JSON array, keeping each record's line number. */
export interface InputRecord {
  line: number;
  value?: unknown;
  error?: string;
}

export function parseFeedText(text: string): InputRecord[] {
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trimStart();
  if (trimmed.startsWith('[')) {
    try {
      const arr = JSON.parse(trimmed) as unknown;
      if (Array.isArray(arr)) return arr.map((value, i) => ({ line: i + 1, value }));
    } catch {
      // fall through: maybe JSON Lines whose first record is an array
    }
  }
  const out: InputRecord[] = [];
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (raw.trim() === '') continue;
    try {
      out.push({ line: i + 1, value: JSON.parse(raw) as unknown });
    } catch (err) {
      out.push({ line: i + 1, error: `invalid JSON: ${(err as Error).message}` });
    }
  }
  return out;
}
