/** A dynalite server on a free 127.0.0.1 port with the pipeline's table, for adapter and review tests. */
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { localDynamoClient } from '#shared/local/clients.ts';
import { startDynamoServer } from '#shared/local/dynamo-server.ts';
import { ensureTable } from '#shared/local/provision.ts';
import { TABLE } from '#shared/pipeline/resources.ts';

export interface TestTable {
  tableName: string;
  /** A document client as the functions build it (undefined values dropped). */
  client: DynamoDBDocumentClient;
  stop(): Promise<void>;
}

export async function startTestTable(tableName: string, region = 'ap-east-1'): Promise<TestTable> {
  const server = await startDynamoServer();
  const base = localDynamoClient(server.endpoint, region);
  await ensureTable(base, TABLE, tableName);
  const client = DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
  return { tableName, client, stop: () => server.stop() };
}
