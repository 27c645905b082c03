/** The review API client: bearer token from the session, JSON in and out, typed errors. */

const TOKEN_KEY = 'rw.token';
const base = document.querySelector('meta[name="rw-api"]')?.getAttribute('content')?.replace(/\/$/, '') ?? '';

export class ApiError extends Error {
  /** @param {number} status @param {string} code @param {string} message @param {any} body */
  constructor(status, code, message, body) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.body = body;
  }
}

export const getToken = () => sessionStorage.getItem(TOKEN_KEY);
/** @param {string} token */
export const setToken = (token) => sessionStorage.setItem(TOKEN_KEY, token);
export const clearToken = () => sessionStorage.removeItem(TOKEN_KEY);

/** @param {Record<string, string|number|undefined|null>} params */
export function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

/**
 * @param {string} path
 * @param {{ method?: string, body?: unknown, token?: string, raw?: boolean }} [opts]
 */
export async function api(path, opts = {}) {
  const token = opts.token ?? getToken();
  /** @type {Record<string, string>} */
  const headers = { accept: opts.raw ? 'text/csv' : 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(base + path, {
    method: opts.method ?? 'GET',
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  if (!res.ok) {
    let body = null;
    try {
      body = await res.json();
    } catch {
      body = null;
    }
    const err = body?.error ?? {};
    throw new ApiError(res.status, err.code ?? String(res.status), err.message ?? res.statusText, body);
  }
  return opts.raw ? res.blob() : res.json();
}
