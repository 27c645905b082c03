/**
 * Alerts to SNS, with the message attributes enforcement teams filter on. `category` is a String.Array of
 * every alerting category of the case: an SNS filter policy `{"category": ["fraud"]}` matches an array
 * that contains "fraud", so a fee scam that also publishes an ID number reaches the fraud team and the
 * personal-data team.
 */
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { AlertError } from '#shared/pipeline/errors.ts';
import type { Alert, AlertPublisher } from '#shared/pipeline/ports.ts';

export interface SnsAlertPublisherOptions {
  topicArn: string;
  client?: SNSClient;
}

const str = (v: string) => ({ DataType: 'String', StringValue: v });
const strArray = (v: readonly string[]) => ({ DataType: 'String.Array', StringValue: JSON.stringify(v) });

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
          Subject: `RecruitWatch ${alert.severity} ${alert.categories.join(' + ')} alert`,
          Message: JSON.stringify(alert),
          MessageAttributes: {
            jurisdiction: str(alert.jurisdiction),
            country: str(alert.country),
            category: strArray(alert.categories.length > 0 ? alert.categories : [alert.category]),
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
