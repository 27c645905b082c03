/**
 * `npm start`: the whole RecruitWatch pipeline on this machine over real local SQS and DynamoDB
 * endpoints (fauxqs, dynalite). See README "Running locally". Ctrl-C shuts down cleanly.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadStartConfig, START_USAGE } from '#shared/local/config.ts';
import { describePrincipal, type RegionNamer } from '#shared/local/credentials.ts';
import { LocalConfigError } from '#shared/local/errors.ts';
import { jsonLogger } from '#shared/local/log.ts';
import { seedFeed } from '#shared/local/seed-feed.ts';
import { type LocalStack, startLocalStack } from '#shared/local/stack.ts';
import { vendorConsoleAssets } from '#shared/review/console-assets.ts';

const out = (line = '') => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  let config: ReturnType<typeof loadStartConfig>;
  try {
    config = loadStartConfig(process.argv.slice(2), process.env);
  } catch (err) {
    if (!(err instanceof LocalConfigError)) throw err;
    process.stderr.write(`npm start: ${err.message}\n${START_USAGE}\n`);
    return 2;
  }
  if (config.help) {
    out(START_USAGE);
    return 0;
  }
  if (config.verbose) process.env.POWERTOOLS_LOG_LEVEL ??= 'INFO';
  const started = performance.now();
  const logger = jsonLogger(process.stderr, config.verbose ? 'debug' : 'info');
  let stack: LocalStack;
  try {
    // the console loads Chart.js from console/vendor/, copied from node_modules (no CDN)
    if (existsSync('console')) vendorConsoleAssets('console');
    stack = await startLocalStack({
      port: config.port,
      credentials: config.credentials,
      consoleDir: 'console',
      logger,
      ...(config.dataDir ? { dataDir: config.dataDir } : {}),
      ...(config.webhookUrl ? { webhookUrl: config.webhookUrl } : {}),
    });
  } catch (err) {
    process.stderr.write(`npm start: could not start: ${err instanceof Error ? `${err.name}: ${err.message}` : err}\n`);
    if (err instanceof Error && err.cause instanceof Error) process.stderr.write(`  cause: ${err.cause.message}\n`);
    return 1;
  }

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) {
      process.stderr.write('second signal: exiting without waiting\n');
      process.exit(130);
    }
    shuttingDown = true;
    logger.log('info', 'shutting down; in-flight batches finish or return to the queue', { signal });
    await stack.stop();
    logger.log('info', 'stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const regionName = await consoleRegionNames();
  out();
  out(`RecruitWatch is running at ${stack.url}  (up in ${Math.round(performance.now() - started)} ms)`);
  if (existsSync('console')) out(`  console     ${stack.url}/   (sign in with a regulator token)`);
  out('  platforms   POST /v1/feeds · POST /v1/check · GET /v1/ads/{adId}/result');
  out('  regulators  GET /v1/cases · GET /v1/cases/{caseId} · POST /v1/cases/{caseId}/decisions');
  out('              GET /v1/stats · GET /v1/cases/export.csv · GET /v1/alerts');
  out('  health      GET /healthz');
  out(`  data        ${config.dataDir ?? '(memory only: gone on exit)'}`);
  out(`  alert log   ${stack.alertLog}`);
  out(`  DynamoDB    ${stack.endpoints.dynamo}   SQS/SNS ${stack.endpoints.sqs}`);
  if (config.demo) {
    out();
    out('Demo tokens (send as "Authorization: Bearer <token>"):');
    for (const c of config.credentials.slice(0, 4))
      out(`  ${c.token.padEnd(28)} ${describePrincipal(c.principal, regionName)}`);
  }
  const others = config.demo ? config.credentials.slice(4) : config.credentials;
  if (others.length) {
    out();
    out(`${others.length} credential(s) from the tokens file / RW_TOKENS (tokens not shown):`);
    for (const c of others) out(`  ${c.principal.subject.padEnd(28)} ${describePrincipal(c.principal, regionName)}`);
  } else if (!config.demo) {
    out('No credentials configured: pass --tokens FILE or RW_TOKENS (see README "Running locally").');
  }
  out();
  if (config.demo) {
    out(`Try:  npx recruitwatch submit samples/demo-feed.jsonl --endpoint ${stack.url} --token rw_demo_platform_a`);
    out("      (the ads of demo-platform-b in that file are rejected: a token sends only its own platform's ads)");
  }
  out('Ctrl-C stops (in-flight batches finish first).');
  out();

  if (config.demo && existsSync(config.sampleFeed)) {
    try {
      const reports = await seedFeed(stack.url, config.sampleFeed, config.credentials);
      for (const r of reports)
        logger.log('info', 'demo feed seeded', { platform: r.platform, accepted: r.accepted, rejected: r.rejected });
    } catch (err) {
      logger.log('warn', 'could not seed the demo feed', { error: err instanceof Error ? err.name : 'Error' });
    }
  }
  return -1; // keep running
}

/**
 * Region names for the banner, from the console's own table (console/js/regions.js, plain JS: its path
 * is kept out of the type checker, which has no declarations for it). No console, no names.
 */
async function consoleRegionNames(): Promise<RegionNamer> {
  const file = 'console/js/regions.js';
  if (!existsSync(file)) return () => null;
  const mod = (await import(pathToFileURL(file).href)) as { regionName?: (code: string, lang: 'en') => string | null };
  const lookup = mod.regionName;
  return lookup ? (code) => lookup(code, 'en') : () => null;
}

const code = await main();
if (code >= 0) process.exitCode = code;
