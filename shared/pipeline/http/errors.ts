/** HTTP errors the API maps to JSON error bodies. Thrown by routes and services; caught once in the router. */

export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  constructor(status: number, code: string, message: string, details?: unknown, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export class BadRequestError extends HttpError {
  constructor(message: string, details?: unknown, options?: ErrorOptions) {
    super(400, 'bad_request', message, details, options);
  }
}
export class UnauthorizedError extends HttpError {
  constructor(message = 'missing or invalid credentials') {
    super(401, 'unauthorized', message);
  }
}
export class ForbiddenError extends HttpError {
  constructor(message = 'this credential may not use this route') {
    super(403, 'forbidden', message);
  }
}
export class NotFoundError extends HttpError {
  constructor(message = 'not found') {
    super(404, 'not_found', message);
  }
}
export class MethodNotAllowedError extends HttpError {
  readonly allow: string[];
  constructor(allow: string[]) {
    super(405, 'method_not_allowed', `allowed: ${allow.join(', ')}`);
    this.allow = allow;
  }
}
export class ConflictError extends HttpError {
  constructor(message: string, details?: unknown) {
    super(409, 'conflict', message, details);
  }
}
export class PayloadTooLargeError extends HttpError {
  constructor(message: string) {
    super(413, 'payload_too_large', message);
  }
}
export class UnsupportedMediaTypeError extends HttpError {
  constructor(message: string) {
    super(415, 'unsupported_media_type', message);
  }
}
export class ServiceUnavailableError extends HttpError {
  constructor(message: string, options?: ErrorOptions) {
    super(503, 'unavailable', message, undefined, options);
  }
}
