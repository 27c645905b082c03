/** `npx cdk synth` must make no network call: the settings that guarantee it stay in place. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');

describe('offline synth settings', () => {
  it('cdk.json turns off notices and telemetry and runs the app on the pinned Node', () => {
    const cdk = JSON.parse(read('cdk.json')) as { app: string; notices: boolean; context: Record<string, unknown> };
    expect(cdk.notices).toBe(false);
    expect(cdk.context['cli-telemetry']).toBe(false);
    expect(cdk.app).toBe('node infra/app.ts');
  });

  it('.npmrc turns off the update notifier (npx and NodejsFunction would ask the registry)', () => {
    expect(read('.npmrc')).toMatch(/^update-notifier=false$/m);
  });

  it('the app gives the stack an explicit account and region and never looks anything up', () => {
    const app = read('infra/app.ts');
    expect(app).toMatch(/env: \{ account: String\(account\), region: String\(region\) \}/);
    for (const f of ['infra/app.ts', 'infra/stack.ts', 'infra/console-hosting.ts'])
      expect(read(f)).not.toContain('fromLookup');
  });
});
