/**
 * `npm start` options: command-line flags over environment variables over defaults, read once and
 * validated with zod. Tokens come from the demo set, a file (`--tokens`, RW_TOKENS_FILE) or RW_TOKENS.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEMO_CREDENTIALS, type LocalCredential, parseTokens, readTokensFile } from '#shared/local/credentials.ts';
import { LocalConfigError } from '#shared/local/errors.ts';

export const START_USAGE = `usage: npm start -- [options]
  --port N          HTTP port on 127.0.0.1 (env PORT, default 3000; 0 = any free port)
  --data DIR        keep data in DIR (env RW_DATA_DIR, default .data)
  --memory          keep everything in memory (a throwaway run)
  --no-demo         no demo tokens or sample feed; tokens from --tokens / RW_TOKENS_FILE / RW_TOKENS
  --tokens FILE     JSON array of credentials (env RW_TOKENS_FILE)
  --webhook URL     also POST every alert to URL (env RW_WEBHOOK_URL)
  --sample FILE     the demo feed (default samples/demo-feed.jsonl)
  --verbose         log every request and batch`;

export interface StartConfig {
  port: number;
  dataDir?: string;
  demo: boolean;
  credentials: LocalCredential[];
  webhookUrl?: string;
  sampleFeed: string;
  verbose: boolean;
  help: boolean;
}

const Port = z.coerce.number().int().min(0).max(65_535);

export function loadStartConfig(argv: string[], env: Readonly<Record<string, string | undefined>>): StartConfig {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (err) {
    throw new LocalConfigError((err as Error).message, { cause: err });
  }
  const port = Port.safeParse(values.port ?? env.PORT ?? '3000');
  if (!port.success) throw new LocalConfigError('--port / PORT must be a port number (0–65535)');
  const webhook = values.webhook ?? env.RW_WEBHOOK_URL;
  if (webhook !== undefined && !z.url({ protocol: /^https?$/ }).safeParse(webhook).success)
    throw new LocalConfigError('--webhook / RW_WEBHOOK_URL must be an http(s) URL');
  const demo = values.demo ?? true;
  const credentials: LocalCredential[] = demo ? [...DEMO_CREDENTIALS] : [];
  const tokensFile = values.tokens ?? env.RW_TOKENS_FILE;
  if (tokensFile) credentials.push(...readTokensFile(tokensFile));
  if (env.RW_TOKENS) credentials.push(...parseTokens(env.RW_TOKENS, 'RW_TOKENS'));
  const config: StartConfig = {
    port: port.data,
    demo,
    credentials,
    sampleFeed: values.sample ?? 'samples/demo-feed.jsonl',
    verbose: values.verbose ?? false,
    help: values.help ?? false,
  };
  if (!values.memory) config.dataDir = values.data ?? env.RW_DATA_DIR ?? '.data';
  if (webhook !== undefined) config.webhookUrl = webhook;
  return config;
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowNegative: true,
    strict: true,
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      memory: { type: 'boolean' },
      demo: { type: 'boolean' },
      tokens: { type: 'string' },
      webhook: { type: 'string' },
      sample: { type: 'string' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
