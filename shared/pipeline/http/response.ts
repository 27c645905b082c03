/** JSON responses, built in one place. */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export type ApiResponse = APIGatewayProxyStructuredResultV2 & { statusCode: number };

const HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
  return { statusCode, headers: { ...HEADERS, ...headers }, body: JSON.stringify(body) };
}

export function errorBody(code: string, message: string, requestId: string, details?: unknown) {
  return details === undefined
    ? { error: { code, message }, requestId }
    : { error: { code, message, details }, requestId };
}
