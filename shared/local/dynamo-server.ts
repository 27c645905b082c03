/**
 * dynalite (the DynamoDB API, pure JS) in-process on 127.0.0.1: in memory, or in a LevelDB folder
 * that survives restarts. Tables are ACTIVE at once (no CREATING delay) so start-up stays fast.
 */
import { mkdirSync } from 'node:fs';
import dynalite from 'dynalite';
import { closeServer, httpUrl, listenOnLoopback } from '#shared/local/listen.ts';

export interface DynamoServerOptions {
  /** LevelDB folder; `undefined` keeps everything in memory. */
  dataDir?: string;
  /** 0 (default) picks a free port. */
  port?: number;
}

export interface LocalEndpoint {
  readonly endpoint: string;
  readonly port: number;
  stop(): Promise<void>;
}

export async function startDynamoServer(options: DynamoServerOptions = {}): Promise<LocalEndpoint> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const server = dynalite({
    ...(options.dataDir ? { path: options.dataDir } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  const port = await listenOnLoopback(server, options.port ?? 0, 'dynalite');
  return { endpoint: httpUrl(port), port, stop: () => closeServer(server) };
}
