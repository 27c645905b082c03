/** SDK clients for adapter tests: a fixed region and fake credentials; every call is mocked. */
import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  ProvisionedThroughputExceededException,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const config = { region: 'ap-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } };

export const documentClient = () => DynamoDBDocumentClient.from(new DynamoDBClient(config));
export const sdkConfig = config;

export const conditionFailed = () =>
  new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });
export const throttled = () =>
  new ProvisionedThroughputExceededException({
    message: 'Rate of requests exceeds the allowed throughput',
    $metadata: {},
  });
