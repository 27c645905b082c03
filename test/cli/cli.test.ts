import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '#shared/cli/main.ts';

function run(args: string[], stdin = '') {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d) => {
    stdout += String(d);
  });
  err.on('data', (d) => {
    stderr += String(d);
  });
  return main(args, { stdout: out, stderr: err, readStdin: () => stdin }).then((code) => ({ code, stdout, stderr }));
}

// a complete, ordinary ad around the sentence under test, so only that sentence can make it a violation
const ad = (adId: string, description: string) =>
  JSON.stringify({
    platform: 'p',
    adId,
    title: '仓库理货员',
    description: `岗位职责：负责仓库货物收发、盘点和出入库记录。任职要求：一年以上仓储经验，${description}。`,
    employer: { name: '长沙示例物流有限公司' },
    location: { country: 'CN', city: '长沙', regionCode: '430104' },
    salary: { min: 5000, max: 7000, currency: 'CNY', period: 'month' },
    contact: { name: '人事部', phone: '0731-88886666' },
    headcount: 5,
    language: 'zh',
  });

describe('recruitwatch scan', () => {
  it('writes one result per record in input order, with errors in place', async () => {
    const input = [
      ad('a1', '限男性'),
      '{not json',
      JSON.stringify({ platform: 'p', adId: 'a3' }),
      ad('a4', '男女不限'),
    ].join('\n');
    const { code, stdout } = await run(['scan', '-'], input);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ adId: 'a1' });
    expect(lines[0].findings.length).toBeGreaterThan(0);
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringContaining('invalid JSON') });
    expect(lines[2]).toMatchObject({ line: 3, adId: 'a3', error: expect.stringContaining('title') });
    expect(lines[3]).toMatchObject({ adId: 'a4', findings: [] });
  });

  it('reads one JSON array too', async () => {
    const { code, stdout } = await run(['scan'], `[${ad('x1', '工作')},${ad('x2', '工作')}]`);
    expect(code).toBe(0);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).adId),
    ).toEqual(['x1', 'x2']);
  });

  it('prints a readable table', async () => {
    const { stdout } = await run(['scan', '--format', 'table', '--lang', 'en'], ad('t1', '限男性'));
    expect(stdout).toContain('t1');
    expect(stdout).toMatch(/1 records: 1 flagged/);
  });

  it('exits 2 on usage errors and 1 on unreadable input', async () => {
    expect((await run(['scan', '--format', 'xml'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    const missing = await run(['scan', '/nonexistent/feed.jsonl']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read');
  });

  it('lists rules with their legal basis', async () => {
    const { code, stdout } = await run(['rules']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/cn-gender/);
    expect(stdout).toMatch(/妇女权益保障法/);
  });

  it('runs as the npx bin on the pinned Node', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rw-cli-'));
    const file = join(dir, 'feed.jsonl');
    writeFileSync(file, `${ad('b1', '限男性')}\n`);
    const r = spawnSync('node', ['bin/recruitwatch.js', 'scan', file], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ adId: 'b1', engineVersion: expect.any(String) });
  });

  it('exits quietly when the reader closes the pipe (scan | head)', async () => {
    const child = spawn(process.execPath, ['bin/recruitwatch.js', 'scan', 'samples/demo-feed.jsonl'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy(); // the reader is gone before the first line is written: every write fails with EPIPE
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });
});
