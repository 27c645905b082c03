/**
 * Makes the stored credentials equal the configured set on every start of the local stack: each
 * configured token is stored (hashed, enabled), and every other stored credential is disabled. Without
 * this a data folder first used in demo mode kept the public demo tokens live after `--no-demo`, and a
 * token removed from the tokens file kept working. Disabled items stay (an audit trail of which hashes
 * existed); a token configured again is enabled again by its put.
 */
import { type DynamoDBDocumentClient, paginateScan, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoCredentialStore } from '#shared/adapters/dynamodb/credential-store.ts';
import { hashToken } from '#shared/pipeline/auth.ts';
import { credentialKey } from '#shared/pipeline/keys.ts';
import type { LocalCredential } from '#shared/local/credentials.ts';

export interface CredentialSyncReport {
  /** Credentials stored enabled (the configured set). */
  active: number;
  /** Stored credentials outside the configured set that this start disabled. */
  disabled: number;
}

export async function syncCredentials(
  table: { tableName: string; client: DynamoDBDocumentClient },
  credentials: readonly LocalCredential[],
  now = new Date(),
): Promise<CredentialSyncReport> {
  const store = new DynamoCredentialStore(table);
  const current = new Set<string>();
  for (const c of credentials) {
    const tokenSha256 = hashToken(c.token);
    current.add(tokenSha256);
    await store.put({ tokenSha256, principal: c.principal, createdAt: now.toISOString() });
  }
  let disabled = 0;
  for (const hash of await storedEnabledHashes(table)) {
    if (current.has(hash)) continue;
    await table.client.send(
      new UpdateCommand({
        TableName: table.tableName,
        Key: credentialKey(hash),
        UpdateExpression: 'SET #disabled = :t, disabledAt = :now',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#disabled': 'disabled' },
        ExpressionAttributeValues: { ':t': true, ':now': now.toISOString() },
      }),
    );
    disabled++;
  }
  return { active: current.size, disabled };
}

/** Token hashes of the enabled credential items (a scan: local tables only, never on AWS). */
async function storedEnabledHashes(table: { tableName: string; client: DynamoDBDocumentClient }): Promise<string[]> {
  const hashes: string[] = [];
  const pages = paginateScan(
    { client: table.client },
    {
      TableName: table.tableName,
      FilterExpression: 'sk = :sk AND begins_with(pk, :prefix) AND (attribute_not_exists(#disabled) OR #disabled = :f)',
      ExpressionAttributeNames: { '#disabled': 'disabled' },
      ExpressionAttributeValues: { ':sk': 'KEY', ':prefix': 'KEY#', ':f': false },
      ProjectionExpression: 'pk',
    },
  );
  for await (const page of pages) {
    for (const item of page.Items ?? []) {
      const pk = item.pk;
      if (typeof pk === 'string') hashes.push(pk.slice('KEY#'.length));
    }
  }
  return hashes;
}
