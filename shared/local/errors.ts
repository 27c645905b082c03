/** Typed errors of the local stack. */

export class LocalStackError extends Error {
  override name = 'LocalStackError';
}

/** An emulator (dynalite, fauxqs) or the HTTP server could not start. */
export class EndpointStartError extends LocalStackError {
  override name = 'EndpointStartError';
}

/** The options or environment given to `npm start` are invalid. */
export class LocalConfigError extends LocalStackError {
  override name = 'LocalConfigError';
}
