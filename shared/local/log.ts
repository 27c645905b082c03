/** Structured JSON log lines for the local stack: ids and counts only, never ad text. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | undefined>;

export interface LocalLogger {
  log(level: LogLevel, msg: string, fields?: LogFields): void;
}

const ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export function jsonLogger(
  stream: NodeJS.WritableStream,
  minLevel: LogLevel = 'info',
  component = 'local',
): LocalLogger {
  return {
    log(level, msg, fields = {}) {
      if (ORDER[level] < ORDER[minLevel]) return;
      stream.write(`${JSON.stringify({ time: new Date().toISOString(), level, component, msg, ...fields })}\n`);
    },
  };
}

export const silentLogger: LocalLogger = { log: () => {} };

/** The name of an error and its cause chain, for logs (messages may quote input, so they are left out). */
export function errorName(err: unknown): string {
  return err instanceof Error ? err.name : typeof err;
}
