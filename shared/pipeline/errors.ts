/** Typed errors of the pipeline services. Each carries `cause` through when it wraps another error. */

export class PipelineError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A conditional write lost a race (another delivery or a reviewer changed the item first). */
export class StaleVersionError extends PipelineError {
  readonly expected: number;
  constructor(expected: number, options?: ErrorOptions) {
    super(`stored version is not ${expected}`, options);
    this.expected = expected;
  }
}

/** A queue message that can never be processed (bad envelope or invalid ad): retries go to the DLQ. */
export class PoisonMessageError extends PipelineError {}

/** Storage failed for a reason other than a lost condition (throttling after retries, network). */
export class StoreError extends PipelineError {}

/** The queue kept refusing some entries after the retries. */
export class QueueError extends PipelineError {}

export class AlertError extends PipelineError {}

/** Another delivery of the same case holds a live claim on its alert: retry after the claim's lease. */
export class AlertClaimHeldError extends AlertError {}

/** Configuration missing or invalid at cold start. */
export class ConfigError extends PipelineError {}
