/** SDK clients pointed at the local endpoints, with dummy credentials (the emulators ignore them). */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';

export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

export function localSqsClient(endpoint: string, region: string): SQSClient {
  // fauxqs' queue URLs name a host that does not resolve here; always use the endpoint we give.
  return new SQSClient({ endpoint, region, credentials: LOCAL_CREDENTIALS, useQueueUrlAsEndpoint: false });
}

export function localSnsClient(endpoint: string, region: string): SNSClient {
  return new SNSClient({ endpoint, region, credentials: LOCAL_CREDENTIALS });
}

export function localDynamoClient(endpoint: string, region: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region, credentials: LOCAL_CREDENTIALS });
}
