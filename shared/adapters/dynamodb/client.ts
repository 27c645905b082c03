/** The DynamoDB document client the table adapters share by default (one per cold start). */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StoreError } from '#shared/pipeline/errors.ts';

/** What every table adapter takes: the table name and, optionally, its client (default: one shared per cold start). */
export interface TableOptions {
  tableName: string;
  client?: DynamoDBDocumentClient;
}

let shared: DynamoDBDocumentClient | undefined;

export function defaultDocumentClient(): DynamoDBDocumentClient {
  shared ??= DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return shared;
}

export const isConditionFailure = (err: unknown): boolean =>
  err instanceof Error && err.name === 'ConditionalCheckFailedException';

/** Wraps an SDK error (after the SDK's own retries) in a StoreError, keeping the cause. */
export function storeError(operation: string, err: unknown): StoreError {
  const name = err instanceof Error ? err.name : 'Error';
  return new StoreError(`${operation} failed: ${name}`, { cause: err });
}

/** Removes the table's key and index attributes from an item before it leaves the adapter. */
export function stripKeys<T>(item: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (!/^(pk|sk|gsi\d(pk|sk)|itemType)$/.test(k)) out[k] = v;
  return out as T;
}
