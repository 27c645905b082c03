/**
 * A small router: method + path pattern (`/v1/ads/{adId}/result`) → route. Authentication happens once
 * here (Bearer token → principal), then the route's allowed principal kinds are checked (401 / 403).
 * Every error becomes a JSON body; unexpected ones are logged with ids only and answered 500.
 */
import type { ApiResponse } from '#shared/pipeline/http/response.ts';
import { errorBody, json } from '#shared/pipeline/http/response.ts';
import type { ApiRequest, RouteRequest } from '#shared/pipeline/http/request.ts';
import {
  ForbiddenError,
  HttpError,
  MethodNotAllowedError,
  NotFoundError,
  UnauthorizedError,
} from '#shared/pipeline/http/errors.ts';
import { bearerToken } from '#shared/pipeline/auth.ts';
import type { Principal, PrincipalKind } from '#shared/pipeline/ports.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Route<D> {
  method: Method;
  /** Path pattern; `{name}` matches one non-empty segment. */
  path: string;
  /** Principal kinds allowed to call this route. */
  allow: readonly PrincipalKind[];
  handle(req: RouteRequest, deps: D): Promise<ApiResponse>;
}

export interface Authenticator {
  /** The principal for a bearer token, or undefined when unknown. */
  resolve(token: string): Promise<Principal | undefined>;
}

export interface RouterLogger {
  error(message: string, extra: Record<string, unknown>): void;
}

interface Compiled<D> {
  route: Route<D>;
  regex: RegExp;
  names: string[];
}

function compile<D>(route: Route<D>): Compiled<D> {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((seg) => {
      const m = /^\{(\w+)\}$/.exec(seg);
      if (!m?.[1]) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1]);
      return '([^/]+)';
    })
    .join('/');
  return { route, regex: new RegExp(`^${source}/?$`), names };
}

export class Router<D> {
  private readonly compiled: Compiled<D>[];
  private readonly deps: D;
  private readonly auth: Authenticator;
  private readonly logger: RouterLogger;

  constructor(routes: readonly Route<D>[], deps: D, auth: Authenticator, logger: RouterLogger) {
    this.compiled = routes.map(compile);
    this.deps = deps;
    this.auth = auth;
    this.logger = logger;
  }

  async handle(req: ApiRequest): Promise<ApiResponse> {
    try {
      const { route, params } = this.match(req);
      const principal = await this.authenticate(req);
      if (!route.allow.includes(principal.kind)) throw new ForbiddenError();
      const { authorizerPrincipal: _a, viaAuthorizer: _v, ...rest } = req;
      return await route.handle({ ...rest, params, principal }, this.deps);
    } catch (err) {
      if (err instanceof HttpError) {
        const headers: Record<string, string> = {};
        if (err instanceof MethodNotAllowedError) headers.allow = err.allow.join(', ');
        if (err instanceof UnauthorizedError) headers['www-authenticate'] = 'Bearer';
        return json(err.status, errorBody(err.code, err.message, req.requestId, err.details), headers);
      }
      this.logger.error('unhandled error', {
        requestId: req.requestId,
        method: req.method,
        path: req.path,
        errorName: err instanceof Error ? err.name : typeof err,
        errorMessage: err instanceof Error ? err.message : undefined,
      });
      return json(500, errorBody('internal', 'internal error', req.requestId));
    }
  }

  private match(req: ApiRequest): { route: Route<D>; params: Record<string, string> } {
    const allow: string[] = [];
    for (const c of this.compiled) {
      const m = c.regex.exec(req.path);
      if (!m) continue;
      if (c.route.method !== req.method) {
        allow.push(c.route.method);
        continue;
      }
      const params: Record<string, string> = {};
      c.names.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1] ?? '');
      });
      return { route: c.route, params };
    }
    if (allow.length) throw new MethodNotAllowedError(allow);
    throw new NotFoundError(`no route for ${req.method} ${req.path}`);
  }

  /**
   * The authorizer's principal when API Gateway ran one (on AWS it passes unknown or missing credentials
   * through without a principal, so they get this 401 rather than API Gateway's bare 403); otherwise (the
   * local stack) the Bearer token is resolved here.
   */
  private async authenticate(req: ApiRequest): Promise<Principal> {
    if (req.authorizerPrincipal) return req.authorizerPrincipal;
    if (req.viaAuthorizer) throw new UnauthorizedError();
    const token = bearerToken(req.headers.authorization);
    if (!token) throw new UnauthorizedError();
    const principal = await this.auth.resolve(token);
    if (!principal) throw new UnauthorizedError();
    return principal;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new NotFoundError('malformed path');
  }
}
