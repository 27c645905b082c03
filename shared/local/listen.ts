/** Binding servers to loopback: port 0 asks the OS for a free port, so tests never collide. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EndpointStartError } from '#shared/local/errors.ts';

export const LOOPBACK = '127.0.0.1';

/** Listens on 127.0.0.1 (never every interface) and resolves with the bound port. */
export function listenOnLoopback(server: Server, port: number, what: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) =>
      reject(new EndpointStartError(`${what} could not listen on ${LOOPBACK}:${port}`, { cause: err }));
    server.once('error', onError);
    server.listen(port, LOOPBACK, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Closes a server, dropping idle keep-alive connections so close() does not wait for them. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!server.listening) return resolve();
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeIdleConnections();
  });
}

export const httpUrl = (port: number): string => `http://${LOOPBACK}:${port}`;
