/** API credentials: item `KEY#<sha256(token)>` / `KEY`. The token itself is never stored. */
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { PrincipalSchema } from '#shared/pipeline/auth.ts';
import { credentialKey } from '#shared/pipeline/keys.ts';
import type { CredentialStore, Principal, StoredCredential } from '#shared/pipeline/ports.ts';
import { defaultDocumentClient, storeError, type TableOptions } from '#shared/adapters/dynamodb/client.ts';

export class DynamoCredentialStore implements CredentialStore {
  private readonly tableName: string;
  private readonly client: DynamoDBDocumentClient;

  constructor(options: TableOptions) {
    this.tableName = options.tableName;
    this.client = options.client ?? defaultDocumentClient();
  }

  async findByTokenHash(tokenSha256: string): Promise<Principal | undefined> {
    try {
      const out = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: credentialKey(tokenSha256) }),
      );
      const item = out.Item as Partial<StoredCredential> | undefined;
      if (!item || item.disabled) return undefined;
      const parsed = PrincipalSchema.safeParse(item.principal);
      return parsed.success ? parsed.data : undefined;
    } catch (err) {
      throw storeError('findByTokenHash', err);
    }
  }

  async put(credential: StoredCredential): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...credentialKey(credential.tokenSha256), itemType: 'credential', ...credential },
        }),
      );
    } catch (err) {
      throw storeError('putCredential', err);
    }
  }
}
