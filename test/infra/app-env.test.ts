/**
 * infra/app.ts takes the stack's account and region from `-c account=… -c region=…` or its dummy defaults,
 * never from CDK_DEFAULT_ACCOUNT/REGION (which the CDK CLI fills from whatever AWS credentials are around).
 * Runs the real app in a child process, as the CLI would (context in CDK_CONTEXT_JSON, output in
 * CDK_OUTDIR), without bundling, and reads the environment of the synthesized stack from the manifest.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function synthEnvironment(context: Record<string, unknown>): Promise<string | undefined> {
  const outdir = mkdtempSync(path.join(tmpdir(), 'rw-app-env-'));
  dirs.push(outdir);
  await promisify(execFile)(process.execPath, ['infra/app.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      CDK_DEFAULT_ACCOUNT: '999999999999',
      CDK_DEFAULT_REGION: 'us-west-2',
      CDK_OUTDIR: outdir,
      CDK_CONTEXT_JSON: JSON.stringify({ 'aws:cdk:bundling-stacks': [], ...context }),
      CDK_VALIDATION: 'false',
    },
    timeout: 120_000,
  });
  const manifest = JSON.parse(readFileSync(path.join(outdir, 'manifest.json'), 'utf8')) as {
    artifacts: Record<string, { type: string; environment?: string }>;
  };
  return manifest.artifacts.RecruitWatch?.environment;
}

describe('the CDK app environment', () => {
  it('ignores CDK_DEFAULT_ACCOUNT/REGION: the dummy defaults without context', async () => {
    expect(await synthEnvironment({})).toBe('aws://111111111111/ap-east-1');
  }, 120_000);

  it('uses the explicit -c account / -c region', async () => {
    expect(await synthEnvironment({ account: '123456789012', region: 'cn-northwest-1' })).toBe(
      'aws://123456789012/cn-northwest-1',
    );
  }, 120_000);
});
