/** Lambda entry of the API authorizer: configuration read once at cold start. */
import { createAuthorizer } from '#functions/authorizer/app.ts';
import { DynamoCredentialStore } from '#shared/adapters/dynamodb/credential-store.ts';
import { TokenAuthenticator } from '#shared/pipeline/auth.ts';
import { loadAuthorizerConfig } from '#shared/pipeline/config.ts';

const { tableName } = loadAuthorizerConfig(process.env);

export const handler = createAuthorizer(new TokenAuthenticator(new DynamoCredentialStore({ tableName })));
