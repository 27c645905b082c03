/** Typed errors of the review service; the HTTP layer maps each to one status code. */
export class ReviewError extends Error {
  override name = 'ReviewError';
  readonly status: number = 500;
  readonly code: string = 'internal';
}

/** The caller may not use review routes at all (platforms, unknown roles). */
export class ReviewForbiddenError extends ReviewError {
  override name = 'ReviewForbiddenError';
  override readonly status = 403;
  override readonly code = 'forbidden';
}

/** No such case in the caller's scope. Out-of-scope cases look exactly like missing ones. */
export class CaseNotFoundError extends ReviewError {
  override name = 'CaseNotFoundError';
  override readonly status = 404;
  override readonly code = 'not_found';
}

/** The case changed since the caller read it (expectedVersion is stale). */
export class VersionConflictError extends ReviewError {
  override name = 'VersionConflictError';
  override readonly status = 409;
  override readonly code = 'version_conflict';
  readonly currentVersion: number | undefined;
  constructor(message: string, currentVersion?: number, options?: ErrorOptions) {
    super(message, options);
    this.currentVersion = currentVersion;
  }
}

export interface FieldProblem {
  path: string;
  message: string;
}

/** Bad query parameters, body or cursor. */
export class ReviewValidationError extends ReviewError {
  override name = 'ReviewValidationError';
  override readonly status = 400;
  override readonly code = 'invalid_request';
  readonly problems: FieldProblem[];
  constructor(message: string, problems: FieldProblem[] = [], options?: ErrorOptions) {
    super(message, options);
    this.problems = problems;
  }
}
