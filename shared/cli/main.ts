/**
 * The `recruitwatch` command line. Exit codes: 0 the command finished (with or without findings),
 * 1 unreadable input, 2 usage error.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Engine } from '#shared/engine/engine.ts';
import { parseFeedText } from '#shared/cli/input.ts';
import { scanRecords } from '#shared/cli/scan.ts';
import { formatTable } from '#shared/cli/table.ts';
import { formatRuleList } from '#shared/cli/rules.ts';
import { SUBMIT_USAGE, SubmitUsageError, submitCommand } from '#shared/cli/submit.ts';
import { REDRIVE_USAGE, RedriveUsageError, redriveCommand } from '#shared/cli/redrive.ts';

const USAGE = `usage:
  recruitwatch scan [FILE|-] [--format json|table] [--lang zh|en]
  recruitwatch rules [--format text|json]
${SUBMIT_USAGE}
${REDRIVE_USAGE}

scan reads JSON Lines (or one JSON array) of feed ads and writes one result per line to stdout.`;

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readStdin: () => string;
}

const defaultIo: Io = {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => readFileSync(0, 'utf8'),
};

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    switch (command) {
      case 'scan':
        return await scanCommand(rest, io);
      case 'submit':
        return await submitCommand(rest, io);
      case 'rules':
        return rulesCommand(rest, io);
      case 'redrive':
        return await redriveCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (err) {
    if (
      err instanceof UsageError ||
      err instanceof SubmitUsageError ||
      err instanceof RedriveUsageError ||
      (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr.write(`recruitwatch: ${(err as Error).message}\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
}

async function scanCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'json' }, lang: { type: 'string', default: 'zh' } },
  });
  if (values.format !== 'json' && values.format !== 'table')
    throw new UsageError(`--format must be json or table, not '${values.format}'`);
  if (values.lang !== 'zh' && values.lang !== 'en')
    throw new UsageError(`--lang must be zh or en, not '${values.lang}'`);
  if (positionals.length > 1) throw new UsageError('scan takes one FILE (or - for standard input)');
  const file = positionals[0] ?? '-';
  let text: string;
  try {
    text = file === '-' ? io.readStdin() : readFileSync(file, 'utf8');
  } catch (err) {
    io.stderr.write(`recruitwatch: cannot read ${file === '-' ? 'standard input' : file}: ${(err as Error).message}\n`);
    return 1;
  }
  const records = parseFeedText(text);
  const engine = new Engine();
  const progress = await progressBar(io, records.length);
  const lines = await scanRecords(engine, records, progress?.update);
  progress?.stop();
  if (values.format === 'table') {
    io.stdout.write(`${formatTable(lines, { color: Boolean(io.stdout.isTTY), lang: values.lang })}\n`);
  } else {
    for (const l of lines) io.stdout.write(`${JSON.stringify(l)}\n`);
  }
  return 0;
}

function rulesCommand(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: { format: { type: 'string', default: 'text' } } });
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json`);
  io.stdout.write(`${formatRuleList(values.format)}\n`);
  return 0;
}

async function progressBar(
  io: Io,
  total: number,
): Promise<{ update: (n: number) => void; stop: () => void } | undefined> {
  if (!io.stderr.isTTY || total < 2000) return undefined;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { stream: io.stderr, format: 'scanning [{bar}] {value}/{total} ads' },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (n) => bar.update(n), stop: () => bar.stop() };
}
