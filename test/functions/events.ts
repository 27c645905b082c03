/** Events for handler tests, built from the JSON fixtures captured from API Gateway and SQS. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIGatewayProxyEventV2, SQSEvent } from 'aws-lambda';

const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8')) as T;

export interface ApiEventOptions {
  method?: string;
  path?: string;
  body?: string;
  token?: string;
  headers?: Record<string, string>;
  base64?: boolean;
  authorizerPrincipal?: unknown;
}

export function apiEvent(o: ApiEventOptions = {}): APIGatewayProxyEventV2 {
  const e = fixture<APIGatewayProxyEventV2>('api-post-feed.json');
  const method = o.method ?? 'POST';
  const p = o.path ?? '/v1/feeds';
  e.rawPath = p;
  e.requestContext.http.method = method;
  e.requestContext.http.path = p;
  e.headers = { ...e.headers, ...(o.headers ?? {}) };
  if (o.token) e.headers.authorization = `Bearer ${o.token}`;
  if (o.body === undefined) delete e.body;
  else e.body = o.base64 ? Buffer.from(o.body).toString('base64') : o.body;
  e.isBase64Encoded = o.base64 === true;
  if (o.authorizerPrincipal !== undefined) {
    Object.assign(e.requestContext, { authorizer: { lambda: { principal: JSON.stringify(o.authorizerPrincipal) } } });
  }
  return e;
}

export function sqsEvent(bodies: string[]): SQSEvent {
  const e = fixture<SQSEvent>('sqs-batch.json');
  const template = e.Records[0];
  if (!template) throw new Error('fixture has no record');
  e.Records = bodies.map((body, i) => ({ ...(e.Records[i] ?? template), messageId: `m-${i + 1}`, body }));
  return e;
}
