/**
 * `npm start` itself (scripts/start.ts) as a child process on the Node the tests run under: memory mode
 * on a free port, the banner (URL, routes, the four demo tokens), health, the console, and a clean
 * Ctrl-C that leaves no temporary folder behind.
 */
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '#shared/local/credentials.ts';
import { waitFor } from '#test/helpers/wait.ts';

const START_MS = 60_000;

let child: ChildProcessByStdio<null, Readable, Readable> | undefined;
let stdout = '';
let stderr = '';
afterAll(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['PORT', 'RW_DATA_DIR', 'RW_TOKENS', 'RW_TOKENS_FILE', 'RW_WEBHOOK_URL']) delete env[k];
  return env;
}

describe('npm start', { timeout: 2 * START_MS }, () => {
  it('starts in memory on a free port, prints the URL, routes and demo tokens, serves health and the console, and stops on SIGINT', async () => {
    const proc = spawn(process.execPath, ['scripts/start.ts', '--memory', '--port', '0'], {
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    proc.stdout.on('data', (d) => {
      stdout += String(d);
    });
    proc.stderr.on('data', (d) => {
      stderr += String(d);
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      proc.on('exit', (code, signal) => resolve({ code, signal })),
    );

    await waitFor(
      async () => {
        if (proc.exitCode !== null) throw new Error(`npm start exited ${proc.exitCode}: ${stderr}`);
        return stdout.includes('Ctrl-C stops');
      },
      START_MS,
      'the start banner',
    );
    const url = /RecruitWatch is running at (http:\/\/127\.0\.0\.1:(\d+))/.exec(stdout);
    expect(url, stdout).not.toBeNull();
    const base = url?.[1] ?? '';
    expect(Number(url?.[2])).toBeGreaterThan(0);
    for (const c of DEMO_CREDENTIALS) expect(stdout).toMatch(new RegExp(`^ {2}${c.token} +\\S`, 'm'));
    expect(stdout).toMatch(/rw_demo_regulator_changsha +regulator, region 430100 \(Changsha\) only/);
    for (const route of ['/v1/feeds', '/v1/check', '/v1/ads/{adId}/result', '/v1/cases', '/v1/stats', '/v1/alerts'])
      expect(stdout).toContain(route);
    expect(stdout).toContain(`console     ${base}/`);

    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toMatch(/<html/i);

    const alertLog = /alert log +(\S+)/.exec(stdout)?.[1];
    expect(alertLog && existsSync(dirname(alertLog))).toBe(true);

    proc.kill('SIGINT');
    const exit = await Promise.race([
      exited,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no exit within 30 s')), 30_000)),
    ]);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(stderr).toMatch(/"msg":"stopped"/);
    expect(alertLog && existsSync(dirname(alertLog))).toBe(false);
    // tokens are printed once in the banner, never in the logs
    for (const c of DEMO_CREDENTIALS) expect(stderr).not.toContain(c.token);
  });
});
