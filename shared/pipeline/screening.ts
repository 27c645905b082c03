/**
 * The screening worker's service: one queue message in, the ad screened and its result stored exactly
 * once per content version. Idempotent under at-least-once delivery:
 *  1. same content hash as the stored result → nothing to do;
 *  2. a flagged ad (or an ad that already has a case) gets a case version (conditional put on the
 *     version number; a re-delivery finds its own version and carries on), then the case head
 *     (create-if-absent, or replace-if-unchanged);
 *  3. alerts (at most one per case);
 *  4. the result item last: it is the marker that makes step 1 skip re-deliveries.
 * A crash between steps leaves the message to be re-delivered, and every step re-runs safely.
 */
import { z } from 'zod';
import type { ScanResult } from '#shared/engine/types.ts';
import { SEVERITIES, severityRank } from '#shared/engine/types.ts';
import { validateAd } from '#shared/feed/schema.ts';
import type { AlertOutcome, AlertService } from '#shared/pipeline/alerts.ts';
import { contentHash, maskAd } from '#shared/pipeline/content.ts';
import { PoisonMessageError, StaleVersionError } from '#shared/pipeline/errors.ts';
import { caseIdOf, employerKeyOf } from '#shared/pipeline/keys.ts';
import type {
  AuditEntry,
  CaseStatus,
  CaseStore,
  CaseSummary,
  CaseVersion,
  IngestMessage,
  ResultStore,
  StoredResult,
} from '#shared/pipeline/ports.ts';

export interface Screener {
  screen(ad: IngestMessage['ad']): ScanResult;
}

export interface ScreeningDeps {
  engine: Screener;
  results: ResultStore;
  cases: CaseStore;
  alerts: Pick<AlertService, 'consider'>;
  clock?: () => Date;
}

export type ScreeningOutcome = {
  adId: string;
  platform: string;
  status: 'duplicate' | 'stale' | 'clean' | 'opened' | 'new-version';
  caseId?: string;
  caseVersion?: number;
  alert?: AlertOutcome;
  findings: number;
};

const Envelope = z.object({
  v: z.literal(1),
  feedId: z.string().min(1),
  index: z.number().int().nonnegative(),
  receivedAt: z.iso.datetime({ offset: true }),
  adSha256: z.string().regex(/^[0-9a-f]{64}$/),
  ad: z.unknown(),
});

/** Parses a queue message body; anything malformed is a PoisonMessageError (it would fail every time). */
export function parseMessage(body: string): IngestMessage {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    throw new PoisonMessageError('message body is not JSON', { cause: err });
  }
  const env = Envelope.safeParse(raw);
  if (!env.success) throw new PoisonMessageError('message is not an ingest envelope', { cause: env.error });
  const ad = validateAd(env.data.ad);
  if (!ad.ok) throw new PoisonMessageError(`invalid ad: ${ad.errors.map((e) => e.path).join(', ')}`);
  return { ...env.data, v: 1, ad: ad.ad };
}

export class ScreeningService {
  private readonly deps: ScreeningDeps;
  private readonly clock: () => Date;

  constructor(deps: ScreeningDeps) {
    this.deps = deps;
    this.clock = deps.clock ?? (() => new Date());
  }

  async process(msg: IngestMessage): Promise<ScreeningOutcome> {
    const { ad } = msg;
    const base = { adId: ad.adId, platform: ad.platform };
    const hash = contentHash(ad);
    const prev = await this.deps.results.getResult(ad.platform, ad.adId);
    if (prev?.contentHash === hash) return { ...base, status: 'duplicate', findings: prev.findings.length };
    if (prev && prev.receivedAt > msg.receivedAt) return { ...base, status: 'stale', findings: 0 };

    const scan = this.deps.engine.screen(ad);
    const now = this.clock().toISOString();
    const flagged = scan.findings.length > 0;
    const caseId = caseIdOf(ad.platform, ad.adId);
    const head = flagged || prev?.caseId ? await this.deps.cases.getCaseHead(caseId) : undefined;

    let outcome: ScreeningOutcome = { ...base, status: 'clean', findings: scan.findings.length };
    let storedHead: CaseSummary | undefined;
    if (flagged || head) {
      storedHead = await this.recordVersion(msg, hash, scan, head, now);
      outcome = {
        ...outcome,
        status: head ? 'new-version' : 'opened',
        caseId,
        caseVersion: storedHead.version,
      };
      if (flagged) outcome.alert = await this.deps.alerts.consider(storedHead, scan, now);
    }

    const result: StoredResult = {
      platform: ad.platform,
      adId: ad.adId,
      contentHash: hash,
      feedId: msg.feedId,
      receivedAt: msg.receivedAt,
      scannedAt: now,
      flagged,
      riskScore: scan.riskScore,
      jurisdiction: scan.jurisdiction,
      language: scan.language,
      findings: scan.findings,
      rulesetVersion: scan.rulesetVersion,
      engineVersion: scan.engineVersion,
    };
    if (storedHead) {
      result.caseId = storedHead.caseId;
      result.caseVersion = storedHead.version;
    }
    await this.deps.results.putResult(result);
    return outcome;
  }

  /** Writes the version and the head; returns the head as stored. */
  private async recordVersion(
    msg: IngestMessage,
    hash: string,
    scan: ScanResult,
    head: CaseSummary | undefined,
    now: string,
  ): Promise<CaseSummary> {
    const { ad } = msg;
    const caseId = caseIdOf(ad.platform, ad.adId);
    if (head?.contentHash === hash) {
      // an earlier delivery got this far: make sure its audit entry exists too (same key, so no duplicate)
      await this.deps.cases.appendAudit({
        caseId,
        at: msg.receivedAt,
        actor: 'system',
        decision: head.version === 1 ? 'opened' : 'new-version',
        reason: `screened: ${head.rules.join(', ') || 'clean'}`,
        version: head.version,
        toStatus: head.status,
      });
      return head;
    }

    const version = (head?.version ?? 0) + 1;
    const record: CaseVersion = {
      caseId,
      version,
      contentHash: hash,
      adSha256: msg.adSha256,
      ad: maskAd(ad),
      findings: scan.findings,
      riskScore: scan.riskScore,
      jurisdiction: scan.jurisdiction,
      language: scan.language,
      rulesetVersion: scan.rulesetVersion,
      engineVersion: scan.engineVersion,
      feedId: msg.feedId,
      receivedAt: msg.receivedAt,
      scannedAt: now,
    };
    if ((await this.deps.cases.putVersion(record)) === 'exists') {
      const existing = await this.deps.cases.getVersion(caseId, version);
      // another content won this version number: retry the message once the head has moved on
      if (existing?.contentHash !== hash) throw new StaleVersionError(version - 1);
    }

    const flagged = scan.findings.length > 0;
    const status: CaseStatus = !head ? 'open' : head.status === 'dismissed' && flagged ? 'open' : head.status;
    const maxSeverity = scan.findings.reduce(
      (m, f) => (severityRank(f.severity) > severityRank(m) ? f.severity : m),
      SEVERITIES[0] ?? 'info',
    );
    const next: CaseSummary = {
      caseId,
      platform: ad.platform,
      adId: ad.adId,
      regionCode: (ad.location?.regionCode ?? ad.location?.country ?? 'CN').toUpperCase(),
      country: ad.location?.country ?? 'CN',
      status,
      maxSeverity,
      categories: [...new Set(scan.findings.map((f) => f.category))],
      rules: [...new Set(scan.findings.map((f) => f.rule))],
      version,
      contentHash: hash,
      createdAt: head?.createdAt ?? now,
      updatedAt: now,
      employerKey: employerKeyOf(ad.employer),
      title: record.ad.title,
    };
    if (ad.employer?.name !== undefined) next.employerName = ad.employer.name;
    if (ad.employer?.creditCode !== undefined) next.creditCode = ad.employer.creditCode;

    if (head) await this.deps.cases.updateCase(next, head);
    else if ((await this.deps.cases.createCase(next)) === 'exists') throw new StaleVersionError(0);

    const audit: AuditEntry = {
      caseId,
      at: msg.receivedAt,
      actor: 'system',
      decision: !head ? 'opened' : status !== head.status ? 'reopened' : 'new-version',
      reason: !head
        ? `screened: ${next.rules.join(', ')}`
        : flagged
          ? `re-submitted ad screened: ${next.rules.join(', ')}`
          : 're-submitted ad screened clean',
      version,
      toStatus: status,
    };
    if (head) audit.fromStatus = head.status;
    await this.deps.cases.appendAudit(audit);
    return next;
  }
}
