import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { vendorConsoleAssets } from '#shared/review/console-assets.ts';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('vendorConsoleAssets', () => {
  it('copies Chart.js’s UMD build from node_modules once, and not again while it is current', () => {
    dir = mkdtempSync(join(tmpdir(), 'rw-console-'));
    const first = vendorConsoleAssets(dir);
    const file = join(dir, 'vendor', 'chart.umd.min.js');
    expect(first).toEqual([file]);
    expect(statSync(file).size).toBeGreaterThan(100_000);
    expect(readFileSync(file, 'utf8').slice(0, 400)).toMatch(/Chart\.js v4/);
    expect(vendorConsoleAssets(dir)).toEqual([]);
  });
});
