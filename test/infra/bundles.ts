/** Function bundles built as NodejsFunction builds them (same esbuild options), once per entry per test file. */
import path from 'node:path';
import { build } from 'esbuild';
import { ESM_REQUIRE_BANNER, EXTERNAL_MODULES } from '#infra/bundling.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export type Bundle = { bytes: number; inputs: string[]; code: string };
const built = new Map<string, Promise<Bundle>>();
export const bundle = (entry: string): Promise<Bundle> => {
  let b = built.get(entry);
  if (!b) {
    b = bundleOnce(entry);
    built.set(entry, b);
  }
  return b;
};

async function bundleOnce(entry: string): Promise<Bundle> {
  const out = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    minify: true,
    mainFields: ['module', 'main'],
    banner: { js: ESM_REQUIRE_BANNER },
    external: EXTERNAL_MODULES,
    metafile: true,
    write: false,
    outfile: 'out/index.mjs',
    logLevel: 'silent',
  });
  const js = out.outputFiles.find((f) => f.path.endsWith('.mjs'));
  return { bytes: js?.contents.byteLength ?? 0, inputs: Object.keys(out.metafile.inputs), code: js?.text ?? '' };
}
