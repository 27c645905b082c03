#!/usr/bin/env node
// The recruitwatch CLI. Runs the TypeScript sources directly on Node 24 (type stripping);
// `npx recruitwatch` picks the Node 24 the project pins in devDependencies.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `recruitwatch needs Node 24 (this is ${process.version}); run it with npx recruitwatch after npm ci\n`,
  );
  process.exit(2);
}
const { exitQuietlyOnEpipe } = await import('../shared/cli/epipe.ts');
exitQuietlyOnEpipe();
const { main } = await import('../shared/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
