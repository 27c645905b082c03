/** Alerts to SNS, with the message attributes enforcement teams filter on. */
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { AlertError } from '#shared/pipeline/errors.ts';
import type { Alert, AlertPublisher } from '#shared/pipeline/ports.ts';

export interface SnsAlertPublisherOptions {
  topicArn: string;
  client?: SNSClient;
}

const str = (v: string) => ({ DataType: 'String', StringValue: v });

export class SnsAlertPublisher implements AlertPublisher {
  private readonly topicArn: string;
  private readonly client: SNSClient;

  constructor(options: SnsAlertPublisherOptions) {
    this.topicArn = options.topicArn;
    this.client = options.client ?? new SNSClient({});
  }

  async publish(alert: Alert): Promise<void> {
    try {
      await this.client.send(
        new PublishCommand({
          TopicArn: this.topicArn,
          Subject: `RecruitWatch ${alert.severity} ${alert.category} alert`,
          Message: JSON.stringify(alert),
          MessageAttributes: {
            jurisdiction: str(alert.jurisdiction),
            country: str(alert.country),
            category: str(alert.category),
            severity: str(alert.severity),
            alertId: str(alert.alertId),
          },
        }),
      );
    } catch (err) {
      throw new AlertError(`publish failed: ${err instanceof Error ? err.name : 'Error'}`, { cause: err });
    }
  }
}
