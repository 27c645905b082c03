/**
 * The console deployed to S3 includes Chart.js (`vendor/chart.umd.min.js`), even from a fresh checkout where
 * console/vendor/ does not exist (it is gitignored; only `npm start` and the browser test used to copy it).
 * Synthesizes the stack over a copy of console/ without vendor/ and opens the staged asset the
 * BucketDeployment uploads.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { RecruitWatchStack } from '#infra/stack.ts';
import { vendorFiles } from '#shared/review/console-assets.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'rw-console-asset-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh checkout's console/: everything but vendor/. */
function freshConsole(): string {
  const dir = path.join(work, 'console');
  cpSync(path.join(ROOT, 'console'), dir, {
    recursive: true,
    filter: (src) => !src.split(path.sep).includes('vendor'),
  });
  return dir;
}

describe('console asset', () => {
  it('uploads vendor/chart.umd.min.js with the console files', () => {
    const consoleDir = freshConsole();
    expect(existsSync(path.join(consoleDir, 'index.html'))).toBe(true);
    expect(existsSync(path.join(consoleDir, 'vendor'))).toBe(false);

    process.env.CDK_VALIDATION = 'false';
    const cdkJson = JSON.parse(readFileSync(path.join(ROOT, 'cdk.json'), 'utf8')) as {
      context: Record<string, unknown>;
    };
    const app = new App({
      outdir: path.join(work, 'cdk.out'),
      context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] },
    });
    const stack = new RecruitWatchStack(app, 'RecruitWatch', {
      env: { account: '111111111111', region: 'ap-east-1' },
      consoleDir,
    });
    const template = Template.fromStack(stack);
    const deployments = Object.values(template.findResources('Custom::CDKBucketDeployment'));
    expect(deployments).toHaveLength(1);
    const keys = deployments[0]?.Properties.SourceObjectKeys as string[];
    // each source is a zip of a staged folder `asset.<hash>` in the cloud assembly
    const staged = keys
      .map((k) => path.join(app.outdir, `asset.${k.replace(/\.zip$/, '')}`))
      .filter((d) => existsSync(path.join(d, 'index.html')));
    expect(staged).toHaveLength(1);
    const [dir] = staged;
    for (const [name, source] of vendorFiles()) {
      const file = path.join(dir ?? '', 'vendor', name);
      expect(existsSync(file), `${name} in the console asset`).toBe(true);
      expect(statSync(file).size).toBe(statSync(source).size);
    }
    expect(existsSync(path.join(dir ?? '', 'vendor', 'chart.umd.min.js'))).toBe(true);
  });
});
