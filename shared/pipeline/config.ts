/**
 * Function configuration, read once at cold start and validated with zod: a missing or malformed
 * variable is a ConfigError at start-up, never a silent default.
 */
import { z } from 'zod';
import { ConfigError } from '#shared/pipeline/errors.ts';
import { ENV } from '#shared/pipeline/resources.ts';

const name = z.string().min(3);

export const ApiConfigSchema = z.object({
  [ENV.tableName]: name,
  [ENV.queueUrl]: z.url(),
});

export const WorkerConfigSchema = z.object({
  [ENV.tableName]: name,
  [ENV.topicArn]: z.string().regex(/^arn:aws[\w-]*:sns:[\w-]+:\d{12}:[\w-]+$/, 'must be an SNS topic ARN'),
});

export interface ApiConfig {
  tableName: string;
  queueUrl: string;
}
export interface WorkerConfig {
  tableName: string;
  topicArn: string;
}

function parse<S extends z.ZodType>(schema: S, env: Readonly<Record<string, string | undefined>>): z.output<S> {
  const r = schema.safeParse(env);
  if (!r.success) {
    const detail = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${detail}`);
  }
  return r.data;
}

export function loadApiConfig(env: Readonly<Record<string, string | undefined>>): ApiConfig {
  const c = parse(ApiConfigSchema, env);
  return { tableName: c[ENV.tableName], queueUrl: c[ENV.queueUrl] };
}

export function loadWorkerConfig(env: Readonly<Record<string, string | undefined>>): WorkerConfig {
  const c = parse(WorkerConfigSchema, env);
  return { tableName: c[ENV.tableName], topicArn: c[ENV.topicArn] };
}

/** Environment of the authorizer's Cognito user pool (regulators' ID tokens); both set, or neither. */
export const AUTH_ENV = { userPoolId: 'USER_POOL_ID', userPoolClientId: 'USER_POOL_CLIENT_ID' } as const;

export const AuthorizerConfigSchema = z
  .object({
    [ENV.tableName]: name,
    [AUTH_ENV.userPoolId]: z
      .string()
      .regex(/^[\w-]+_[0-9a-zA-Z]+$/, 'must be a user pool id')
      .optional(),
    [AUTH_ENV.userPoolClientId]: z
      .string()
      .regex(/^[\w+]{1,128}$/, 'must be an app client id')
      .optional(),
  })
  .refine((c) => (c[AUTH_ENV.userPoolId] === undefined) === (c[AUTH_ENV.userPoolClientId] === undefined), {
    message: `${AUTH_ENV.userPoolId} and ${AUTH_ENV.userPoolClientId} go together`,
  });
export interface AuthorizerConfig {
  tableName: string;
  /** The regulators' user pool and the console's app client; absent: API tokens only. */
  userPool?: { userPoolId: string; clientId: string };
}
export function loadAuthorizerConfig(env: Readonly<Record<string, string | undefined>>): AuthorizerConfig {
  const c = parse(AuthorizerConfigSchema, env);
  const userPoolId = c[AUTH_ENV.userPoolId];
  const clientId = c[AUTH_ENV.userPoolClientId];
  return {
    tableName: c[ENV.tableName],
    ...(userPoolId && clientId ? { userPool: { userPoolId, clientId } } : {}),
  };
}
