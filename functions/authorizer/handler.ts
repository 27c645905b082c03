/** Lambda entry of the API authorizer: configuration read once at cold start. */
import { createAuthorizer } from '#functions/authorizer/app.ts';
import { createLogger } from '#functions/common/observability.ts';
import { CognitoIdTokenVerifier } from '#shared/adapters/cognito/id-token-verifier.ts';
import { DynamoCredentialStore } from '#shared/adapters/dynamodb/credential-store.ts';
import { TokenAuthenticator } from '#shared/pipeline/auth.ts';
import { loadAuthorizerConfig } from '#shared/pipeline/config.ts';
import { CredentialAuthenticator, IdTokenAuthenticator } from '#shared/pipeline/id-token-auth.ts';

const logger = createLogger('recruitwatch-authorizer');
const { tableName, userPool } = loadAuthorizerConfig(process.env);

const apiTokens = new TokenAuthenticator(new DynamoCredentialStore({ tableName }));
const idTokens = userPool ? new IdTokenAuthenticator(new CognitoIdTokenVerifier(userPool)) : undefined;

export const handler = createAuthorizer(new CredentialAuthenticator(apiTokens, idTokens), logger);
