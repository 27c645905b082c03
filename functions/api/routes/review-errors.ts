/** Maps the review service's typed errors onto the router's HTTP errors (status + JSON body). */
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  HttpError,
  NotFoundError,
} from '#shared/pipeline/http/errors.ts';
import {
  CaseNotFoundError,
  ReviewForbiddenError,
  ReviewValidationError,
  VersionConflictError,
} from '#shared/review/errors.ts';

export function asHttpError(err: unknown): unknown {
  if (err instanceof HttpError) return err;
  if (err instanceof ReviewValidationError) return new BadRequestError(err.message, { errors: err.problems });
  if (err instanceof CaseNotFoundError) return new NotFoundError('no such case');
  if (err instanceof VersionConflictError) {
    return new ConflictError('the case changed since it was read; reload it', { currentVersion: err.currentVersion });
  }
  if (err instanceof ReviewForbiddenError) return new ForbiddenError(err.message);
  return err;
}
