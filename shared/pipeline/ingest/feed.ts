/**
 * Feed ingestion: validates each ad of a platform's feed, queues the valid ones, and reports the rest.
 * The platform comes from the credential: an ad without `platform` gets it, an ad naming another
 * platform is rejected.
 */
import { randomUUID } from 'node:crypto';
import { type FieldIssue, validateAd } from '#shared/feed/schema.ts';
import { canonicalJson, sha256Hex } from '#shared/pipeline/content.ts';
import { ServiceUnavailableError } from '#shared/pipeline/http/errors.ts';
import type { FeedRecord } from '#shared/pipeline/ingest/parse.ts';
import type { IngestMessage, IngestQueue } from '#shared/pipeline/ports.ts';
import { FEED_LIMITS } from '#shared/pipeline/resources.ts';

export interface Rejection {
  index: number;
  adId?: string;
  errors: FieldIssue[];
}

export interface Warning {
  index: number;
  adId: string;
  path: string;
  message: string;
}

export interface FeedReceipt {
  feedId: string;
  accepted: number;
  rejected: Rejection[];
  warnings: Warning[];
}

export interface FeedIngestorOptions {
  queue: IngestQueue;
  clock?: () => Date;
  newId?: () => string;
}

export class FeedIngestor {
  private readonly queue: IngestQueue;
  private readonly clock: () => Date;
  private readonly newId: () => string;

  constructor(options: FeedIngestorOptions) {
    this.queue = options.queue;
    this.clock = options.clock ?? (() => new Date());
    this.newId = options.newId ?? (() => `f_${randomUUID()}`);
  }

  async ingest(platform: string, records: readonly FeedRecord[]): Promise<FeedReceipt> {
    const feedId = this.newId();
    const receivedAt = this.clock().toISOString();
    const rejected: Rejection[] = [];
    const warnings: Warning[] = [];
    const messages: IngestMessage[] = [];
    const seen = new Set<string>();

    for (const rec of records) {
      if ('error' in rec) {
        rejected.push({ index: rec.index, errors: [{ path: '(line)', message: rec.error }] });
        continue;
      }
      const checked = checkRecord(platform, rec.value);
      if (!checked.ok) {
        rejected.push(withAdId({ index: rec.index, errors: checked.errors }, checked.adId));
        continue;
      }
      const { ad } = checked;
      if (seen.has(ad.adId)) {
        rejected.push({
          index: rec.index,
          adId: ad.adId,
          errors: [{ path: 'adId', message: 'repeated in this feed' }],
        });
        continue;
      }
      const message: IngestMessage = {
        v: 1,
        feedId,
        index: rec.index,
        receivedAt,
        adSha256: sha256Hex(canonicalJson(rec.value)),
        ad,
      };
      if (Buffer.byteLength(JSON.stringify(message), 'utf8') > FEED_LIMITS.maxMessageBytes) {
        rejected.push({
          index: rec.index,
          adId: ad.adId,
          errors: [{ path: '(ad)', message: `an ad may hold at most ${FEED_LIMITS.maxMessageBytes} bytes` }],
        });
        continue;
      }
      seen.add(ad.adId);
      messages.push(message);
      for (const w of checked.warnings) warnings.push({ index: rec.index, adId: ad.adId, ...w });
    }

    const failures = messages.length ? await this.queue.sendAll(messages) : [];
    if (messages.length > 0 && failures.length === messages.length) {
      throw new ServiceUnavailableError('the ingest queue is unavailable; resend the feed');
    }
    for (const f of failures) {
      const m = messages[f.position];
      if (!m) continue;
      rejected.push({
        index: m.index,
        adId: m.ad.adId,
        errors: [{ path: '(queue)', message: `not queued (${f.code}); resend this ad` }],
      });
    }
    rejected.sort((a, b) => a.index - b.index);
    return { feedId, accepted: messages.length - failures.length, rejected, warnings };
  }
}

const withAdId = (r: Rejection, adId: string | undefined): Rejection => (adId === undefined ? r : { ...r, adId });

type Checked =
  | { ok: true; ad: IngestMessage['ad']; warnings: FieldIssue[] }
  | { ok: false; adId?: string; errors: FieldIssue[] };

/** Validates one record for a platform (shared by the feed and check routes). */
export function checkRecord(platform: string, value: unknown): Checked {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const rec = value as Record<string, unknown>;
    if (rec.platform !== undefined && rec.platform !== platform) {
      const adId = typeof rec.adId === 'string' ? rec.adId : undefined;
      const errors = [{ path: 'platform', message: `must be your own platform (${platform})` }];
      return adId === undefined ? { ok: false, errors } : { ok: false, adId, errors };
    }
    const v = validateAd({ ...rec, platform });
    return v;
  }
  return validateAd(value);
}
