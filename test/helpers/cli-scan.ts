/** Runs the CLI in-process: `recruitwatch scan` (verdict per ad) and `recruitwatch submit`. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '#shared/cli/main.ts';

/** `recruitwatch <command> FILE ...args` with the ads written to a temporary JSON Lines FILE. */
async function runCli(
  command: string,
  ads: readonly unknown[],
  args: string[] = [],
): Promise<{ code: number; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'rw-cli-'));
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
    const code = await main([command, file, ...args], { stdout: sink, stderr: sink, readStdin: () => '' });
    return { code, out };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface CliVerdict {
  flagged: boolean;
  rules: string[];
}

/** adId → verdict; "flagged" as the CLI's report counts it: at least one finding above `info`. */
export async function cliScan(ads: readonly unknown[]): Promise<Map<string, CliVerdict>> {
  const { code, out } = await runCli('scan', ads);
  if (code !== 0) throw new Error(`recruitwatch scan exited ${code}: ${out.slice(0, 200)}`);
  const verdicts = new Map<string, CliVerdict>();
  for (const line of out.trim().split('\n')) {
    const r = JSON.parse(line) as { adId?: string; findings?: { rule: string; severity: string }[] };
    if (!r.adId || !r.findings) continue;
    const violations = r.findings.filter((f) => f.severity !== 'info');
    verdicts.set(r.adId, { flagged: violations.length > 0, rules: r.findings.map((f) => f.rule).sort() });
  }
  return verdicts;
}

/** `recruitwatch submit` of the ads with the given flags (--endpoint, --token, ...). */
export const cliSubmit = (ads: readonly unknown[], args: string[]) => runCli('submit', ads, args);
