/** What the worker depends on, built once per cold start (or from fakes / local clients). */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SNSClient } from '@aws-sdk/client-sns';
import { Engine } from '#shared/engine/engine.ts';
import { DynamoAlertLedger } from '#shared/adapters/dynamodb/alert-ledger.ts';
import { DynamoCaseStore } from '#shared/adapters/dynamodb/case-store.ts';
import { defaultDocumentClient } from '#shared/adapters/dynamodb/client.ts';
import { DynamoLinkInbox } from '#shared/adapters/dynamodb/link-inbox.ts';
import { DynamoResultStore } from '#shared/adapters/dynamodb/result-store.ts';
import { SnsAlertPublisher } from '#shared/adapters/sns/alert-publisher.ts';
import { AlertService } from '#shared/pipeline/alerts.ts';
import type { WorkerConfig } from '#shared/pipeline/config.ts';
import type { AlertPublisher } from '#shared/pipeline/ports.ts';
import { SignalLinker } from '#shared/pipeline/linking.ts';
import { ScreeningService } from '#shared/pipeline/screening.ts';
import { DynamoSignalStore } from '#shared/signals/dynamodb-store.ts';
import { CrossAdSignals } from '#shared/signals/index.ts';

export interface WorkerClients {
  dynamo?: DynamoDBDocumentClient;
  sns?: SNSClient;
  /** Replaces SNS entirely (the local stack logs alerts instead). */
  publisher?: AlertPublisher;
}

export function buildScreeningService(config: WorkerConfig, clients: WorkerClients = {}): ScreeningService {
  const table = clients.dynamo
    ? { tableName: config.tableName, client: clients.dynamo }
    : { tableName: config.tableName };
  const cases = new DynamoCaseStore(table);
  const results = new DynamoResultStore(table);
  const signalStore = new DynamoSignalStore(clients.dynamo ?? defaultDocumentClient(), config.tableName);
  const publisher =
    clients.publisher ??
    new SnsAlertPublisher(
      clients.sns ? { topicArn: config.topicArn, client: clients.sns } : { topicArn: config.topicArn },
    );
  return new ScreeningService({
    engine: new Engine(),
    results,
    cases,
    alerts: new AlertService({ cases, ledger: new DynamoAlertLedger(table), publisher }),
    signals: new CrossAdSignals(signalStore),
    linker: new SignalLinker({ results, cases, inbox: new DynamoLinkInbox(table) }),
  });
}
