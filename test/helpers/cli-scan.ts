/** Runs `recruitwatch scan` (the CLI's own entry, in-process) over ads and returns its verdict per ad. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '#shared/cli/main.ts';

export interface CliVerdict {
  flagged: boolean;
  rules: string[];
}

/** adId → verdict; "flagged" as the CLI's report counts it: at least one finding above `info`. */
export async function cliScan(ads: readonly unknown[]): Promise<Map<string, CliVerdict>> {
  const dir = mkdtempSync(join(tmpdir(), 'rw-scan-'));
  try {
    const file = join(dir, 'feed.jsonl');
    writeFileSync(file, `${ads.map((a) => JSON.stringify(a)).join('\n')}\n`);
    let out = '';
    const sink = new Writable({
      write(chunk, _enc, done) {
        out += String(chunk);
        done();
      },
    });
    const code = await main(['scan', file], { stdout: sink, stderr: sink, readStdin: () => '' });
    if (code !== 0) throw new Error(`recruitwatch scan exited ${code}: ${out.slice(0, 200)}`);
    const verdicts = new Map<string, CliVerdict>();
    for (const line of out.trim().split('\n')) {
      const r = JSON.parse(line) as { adId?: string; findings?: { rule: string; severity: string }[] };
      if (!r.adId || !r.findings) continue;
      const violations = r.findings.filter((f) => f.severity !== 'info');
      verdicts.set(r.adId, { flagged: violations.length > 0, rules: r.findings.map((f) => f.rule).sort() });
    }
    return verdicts;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
