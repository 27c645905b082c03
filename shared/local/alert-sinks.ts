/**
 * Where alerts go locally. The worker publishes to the SNS topic exactly as on AWS; a local queue
 * subscribed to the topic (raw delivery) is polled like any Lambda subscriber and each alert goes to:
 * a JSON Lines log file, the in-memory list behind `GET /v1/alerts`, and a webhook URL if configured.
 * Alerts carry ids, region, category and severity — never ad text.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { z } from 'zod';
import { errorName, type LocalLogger } from '#shared/local/log.ts';

/** The fields of the pipeline's Alert the local sinks rely on (others are kept as they come). */
export const LocalAlertSchema = z
  .looseObject({
    alertId: z.string().min(1),
    caseId: z.string().min(1),
    /** The case's region code (the SNS attribute `jurisdiction`); older drafts call it regionCode. */
    jurisdiction: z.string().optional(),
    regionCode: z.string().optional(),
    severity: z.string(),
    category: z.string(),
    createdAt: z.string(),
  })
  .refine((a) => a.jurisdiction !== undefined || a.regionCode !== undefined, 'an alert names its region');
export type LocalAlert = z.output<typeof LocalAlertSchema>;

/** The region code an alert is scoped by. */
export const alertRegion = (a: LocalAlert): string => a.jurisdiction ?? a.regionCode ?? '';

export interface AlertSinkOptions {
  /** JSON Lines file every alert is appended to (and reloaded from on start). */
  logFile?: string;
  webhookUrl?: string;
  webhookTimeoutMs?: number;
  /** Alerts kept in memory for GET /v1/alerts. */
  capacity?: number;
  logger: LocalLogger;
  fetch?: typeof fetch;
}

export class AlertSinks {
  private readonly alerts: LocalAlert[] = [];
  private readonly seen = new Set<string>();
  private readonly delivered = new Set<string>();
  private readonly o: AlertSinkOptions & { capacity: number; webhookTimeoutMs: number; fetch: typeof fetch };

  constructor(options: AlertSinkOptions) {
    this.o = { capacity: 1_000, webhookTimeoutMs: 5_000, fetch: globalThis.fetch, ...options };
    if (this.o.logFile) this.reload(this.o.logFile);
  }

  /** Alerts, newest first. */
  list(): readonly LocalAlert[] {
    return [...this.alerts].reverse();
  }

  /** The SQS handler of the local alert subscriber: a failed webhook leaves its message for a retry. */
  readonly handle = async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      const alert = parseAlert(record.body);
      if (!alert) {
        this.o.logger.log('warn', 'dropped a malformed alert message', { messageId: record.messageId });
        continue;
      }
      this.record(alert);
      if (!(await this.deliver(alert))) batchItemFailures.push({ itemIdentifier: record.messageId });
    }
    return { batchItemFailures };
  };

  private record(alert: LocalAlert): void {
    if (this.seen.has(alert.alertId)) return;
    this.seen.add(alert.alertId);
    this.alerts.push(alert);
    if (this.alerts.length > this.o.capacity) this.alerts.shift();
    if (this.o.logFile) {
      mkdirSync(dirname(this.o.logFile), { recursive: true });
      appendFileSync(this.o.logFile, `${JSON.stringify(alert)}\n`);
    }
    this.o.logger.log('info', 'alert', {
      alertId: alert.alertId,
      caseId: alert.caseId,
      region: alertRegion(alert),
      category: alert.category,
      severity: alert.severity,
    });
  }

  private async deliver(alert: LocalAlert): Promise<boolean> {
    if (!this.o.webhookUrl || this.delivered.has(alert.alertId)) return true;
    try {
      const res = await this.o.fetch(this.o.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-recruitwatch-alert-id': alert.alertId },
        body: JSON.stringify(alert),
        signal: AbortSignal.timeout(this.o.webhookTimeoutMs),
      });
      if (!res.ok) throw new Error(`webhook answered ${res.status}`);
      this.delivered.add(alert.alertId);
      return true;
    } catch (err) {
      this.o.logger.log('warn', 'webhook delivery failed; will retry', {
        alertId: alert.alertId,
        error: errorName(err),
      });
      return false;
    }
  }

  private reload(file: string): void {
    if (!existsSync(file)) return;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const alert = line.trim() ? parseAlert(line) : undefined;
      if (!alert || this.seen.has(alert.alertId)) continue;
      this.seen.add(alert.alertId);
      this.delivered.add(alert.alertId); // delivered in an earlier run
      this.alerts.push(alert);
      if (this.alerts.length > this.o.capacity) this.alerts.shift();
    }
  }
}

/** Accepts a raw alert body or an SNS notification envelope around one. */
export function parseAlert(body: string): LocalAlert | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body);
    if (value && typeof value === 'object' && (value as { Type?: unknown }).Type === 'Notification') {
      value = JSON.parse(String((value as { Message?: unknown }).Message));
    }
  } catch {
    return undefined;
  }
  const parsed = LocalAlertSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
