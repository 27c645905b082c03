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

export const AuthorizerConfigSchema = z.object({ [ENV.tableName]: name });
export interface AuthorizerConfig {
  tableName: string;
}
export function loadAuthorizerConfig(env: Readonly<Record<string, string | undefined>>): AuthorizerConfig {
  const c = parse(AuthorizerConfigSchema, env);
  return { tableName: c[ENV.tableName] };
}
