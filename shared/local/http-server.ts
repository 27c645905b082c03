/**
 * The local HTTP front door on 127.0.0.1: `/healthz`, `GET /v1/alerts`, every other `/v1/...` request
 * through the API Gateway v2 bridge to the API handler, and the web console from console/ when it exists.
 * Bodies over 10 MB are refused with 413 before they reach the handler, as API Gateway does.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Principal } from '#shared/pipeline/ports.ts';
import { type ApiHandler, toApiGatewayEvent, writeApiGatewayResult } from '#shared/local/apigw-event.ts';
import { alertsRoute } from '#shared/local/alerts-route.ts';
import type { LocalAlert } from '#shared/local/alert-sinks.ts';
import { lambdaContext } from '#shared/local/lambda-context.ts';
import { closeServer, listenOnLoopback } from '#shared/local/listen.ts';
import { errorName, type LocalLogger } from '#shared/local/log.ts';
import { resolveStatic, sendFile } from '#shared/local/static-files.ts';

export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface HttpServerOptions {
  port: number;
  region: string;
  api: ApiHandler;
  resolvePrincipal: (token: string) => Promise<Principal | undefined>;
  alerts: () => readonly LocalAlert[];
  ready: () => boolean;
  consoleDir?: string;
  logger: LocalLogger;
  maxBodyBytes?: number;
}

export interface LocalHttpServer {
  readonly port: number;
  stop(): Promise<void>;
}

class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > max) return reject(new BodyTooLargeError());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  res
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...extra,
    })
    .end(JSON.stringify(body));
}

export async function startHttpServer(o: HttpServerOptions): Promise<LocalHttpServer> {
  const max = o.maxBodyBytes ?? MAX_BODY_BYTES;

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://local');
    const method = req.method ?? 'GET';
    if (url.pathname === '/healthz') {
      const up = o.ready();
      return sendJson(res, up ? 200 : 503, { status: up ? 'ok' : 'starting' });
    }
    if (url.pathname === '/v1/alerts' && method === 'GET') {
      const reply = await alertsRoute(req.headers.authorization, url.searchParams, o.resolvePrincipal, o.alerts());
      return sendJson(res, reply.status, reply.body);
    }
    if (url.pathname === '/v1' || url.pathname.startsWith('/v1/')) {
      if (!o.ready()) return sendJson(res, 503, { error: { code: 'unavailable', message: 'starting' } });
      let body: Buffer;
      try {
        body = await readBody(req, max);
      } catch (err) {
        if (err instanceof BodyTooLargeError)
          return sendJson(
            res,
            413,
            { error: { code: 'payload_too_large', message: 'request body over 10 MB' } },
            {
              connection: 'close',
            },
          );
        throw err;
      }
      const event = toApiGatewayEvent(req, body);
      const result = await o.api(event, lambdaContext('api', 29_000, o.region));
      return writeApiGatewayResult(res, result);
    }
    if (o.consoleDir && (method === 'GET' || method === 'HEAD')) {
      const file = resolveStatic(o.consoleDir, url.pathname);
      if (file) return sendFile(res, file, method === 'HEAD');
    }
    return sendJson(res, 404, { error: { code: 'not_found', message: 'not found' } });
  };

  const server: Server = createServer((req, res) => {
    const started = performance.now();
    res.on('finish', () =>
      o.logger.log('debug', 'request', {
        method: req.method,
        path: new URL(req.url ?? '/', 'http://local').pathname,
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
      }),
    );
    route(req, res).catch((err: unknown) => {
      o.logger.log('error', 'request failed', { error: errorName(err) });
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'internal', message: 'internal error' } });
      else res.destroy();
    });
  });
  server.requestTimeout = 60_000;
  const port = await listenOnLoopback(server, o.port, 'the HTTP server');
  return { port, stop: () => closeServer(server) };
}
