/**
 * Third-party browser files the console loads from `console/vendor/`, copied from node_modules at serve or
 * build time (never fetched from a CDN, never committed): Chart.js's UMD build, which defines `Chart`.
 */
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** [file name in console/vendor, absolute source path]. */
export function vendorFiles(): [string, string][] {
  // chart.js's package exports do not list its UMD build; locate it next to the CommonJS entry.
  const dist = dirname(require.resolve('chart.js'));
  return [['chart.umd.min.js', join(dist, 'chart.umd.min.js')]];
}

/** Copies the vendor files into `<consoleDir>/vendor/` when missing or older than node_modules. Returns the paths written. */
export function vendorConsoleAssets(consoleDir: string): string[] {
  const out = join(consoleDir, 'vendor');
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  for (const [name, source] of vendorFiles()) {
    const target = join(out, name);
    if (existsSync(target) && statSync(target).mtimeMs >= statSync(source).mtimeMs) continue;
    copyFileSync(source, target);
    written.push(target);
  }
  return written;
}
