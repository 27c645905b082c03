/**
 * The screening worker's service: one queue message in, the ad screened and its result stored exactly
 * once per content version. Idempotent under at-least-once delivery:
 *  1. same content hash as the stored result → nothing to do;
 *  2. a flagged ad (or an ad that already has a case) gets a case version (conditional put on the
 *     version number; a re-delivery finds its own version and carries on), then the case head
 *     (create-if-absent, or update-if-version-unchanged, which also makes a reviewer's pending decision
 *     on the old version stale);
 *  3. alerts (at most one per case);
 *  4. cross-ad signals reach the earlier ads this one links to (shared/pipeline/linking.ts: one conditional
 *     write per (earlier ad, rule, this ad), so a replay changes nothing);
 *  5. the result item last: it is the marker that makes step 1 skip re-deliveries; then the links later
 *     ads left for this ad while its result was not stored yet (also on a re-delivery).
 * Cross-ad signals (when configured) run right after the engine: they record this ad's hashed contacts and
 * text signature and append their findings to its result, before anything is stored.
 * A crash between steps leaves the message to be re-delivered, and every step re-runs safely.
 */
import type { ScanResult, Severity } from '#shared/engine/types.ts';
import { severityRank } from '#shared/engine/types.ts';
import type { AlertOutcome, AlertService } from '#shared/pipeline/alerts.ts';
import { contentHash, maskedAdFields, maskFindings } from '#shared/pipeline/content.ts';
import { StaleVersionError } from '#shared/pipeline/errors.ts';
import { caseIdOf } from '#shared/pipeline/keys.ts';
import type { LinkOutcome, SignalLinker } from '#shared/pipeline/linking.ts';
import { placementOf } from '#shared/pipeline/placement.ts';
import type {
  CaseStatus,
  CaseStore,
  CaseSummary,
  CaseVersion,
  IngestMessage,
  ResultStore,
  StoredResult,
} from '#shared/pipeline/ports.ts';
import type { Screened, SignalLink } from '#shared/signals/index.ts';

const RECORD_ATTEMPTS = 3;

export interface Screener {
  screen(ad: IngestMessage['ad']): ScanResult;
}

/** Cross-ad signals over a batch (CrossAdSignals): appends findings to the results, returns links to earlier ads. */
export interface SignalCheck {
  apply(batch: readonly Screened[]): Promise<{ links: SignalLink[] }>;
}

export interface ScreeningDeps {
  engine: Screener;
  results: ResultStore;
  cases: CaseStore;
  alerts: Pick<AlertService, 'consider'>;
  /** Cross-ad signals; without them the worker screens each ad on its own. */
  signals?: SignalCheck;
  /** Attaches this ad's links to the earlier ads' results and cases, and applies links left for this ad. */
  linker?: Pick<SignalLinker, 'propagate' | 'drainInbox'>;
  clock?: () => Date;
}

export type ScreeningOutcome = {
  adId: string;
  platform: string;
  status: 'duplicate' | 'stale' | 'clean' | 'opened' | 'new-version';
  caseId?: string;
  adVersion?: number;
  alert?: AlertOutcome;
  findings: number;
  /** Earlier ads this one links to, and how many of them got the finding now. */
  linked?: LinkOutcome;
};

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
    if (prev?.contentHash === hash) {
      // a crash may have fallen between storing the result and reading the inbox
      await this.deps.linker?.drainInbox(ad.platform, ad.adId, this.clock().toISOString());
      return { ...base, status: 'duplicate', findings: prev.findings.length };
    }
    if (prev && prev.receivedAt > msg.receivedAt) return { ...base, status: 'stale', findings: 0 };

    const screened = this.deps.engine.screen(ad);
    const links = this.deps.signals
      ? (await this.deps.signals.apply([{ ad, result: screened, at: msg.receivedAt }])).links
      : [];
    const scan = { ...screened, findings: maskFindings(screened.findings) };
    const now = this.clock().toISOString();
    const flagged = scan.findings.length > 0;
    const caseId = caseIdOf(ad.platform, ad.adId);

    let outcome: ScreeningOutcome = { ...base, status: 'clean', findings: scan.findings.length };
    const storedHead = flagged || prev?.caseId ? await this.recordCase(msg, hash, scan, now) : undefined;
    if (storedHead) {
      outcome = {
        ...outcome,
        status: storedHead.adVersion === 1 ? 'opened' : 'new-version',
        caseId,
        adVersion: storedHead.adVersion,
      };
      if (flagged) outcome.alert = await this.deps.alerts.consider(storedHead, scan, now);
    }
    if (links.length && this.deps.linker) outcome.linked = await this.deps.linker.propagate(links, now);

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
      placement: placementOf(ad),
    };
    if (storedHead) {
      result.caseId = storedHead.caseId;
      result.adVersion = storedHead.adVersion;
    }
    await this.deps.results.putResult(result);
    // links later ads left while this result was not stored yet: read only now that it is
    await this.deps.linker?.drainInbox(ad.platform, ad.adId, now);
    return outcome;
  }

  /**
   * Reads the head and records the version; a lost race (a reviewer's decision or another delivery moved
   * the head) is retried at once with a fresh head, a few times, before the message goes back to the queue.
   * Undefined when the ad is clean and has no case.
   */
  private async recordCase(msg: IngestMessage, hash: string, scan: ScanResult, now: string) {
    const caseId = caseIdOf(msg.ad.platform, msg.ad.adId);
    for (let attempt = 1; ; attempt++) {
      const head = await this.deps.cases.getCaseHead(caseId);
      if (!head && scan.findings.length === 0) return undefined;
      try {
        return await this.recordVersion(msg, hash, scan, head, now);
      } catch (err) {
        if (!(err instanceof StaleVersionError) || attempt >= RECORD_ATTEMPTS) throw err;
      }
    }
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
    if (head?.contentHash === hash) return head; // an earlier delivery got this far

    const flagged = scan.findings.length > 0;
    const status: CaseStatus = !head ? 'open' : head.status === 'dismissed' && flagged ? 'open' : head.status;
    const adVersion = (head?.adVersion ?? 0) + 1;
    const record: CaseVersion = {
      caseId,
      platform: ad.platform,
      adId: ad.adId,
      adVersion,
      contentHash: hash,
      adSha256: msg.adSha256,
      ad: maskedAdFields(ad),
      findings: scan.findings,
      riskScore: scan.riskScore,
      jurisdiction: scan.jurisdiction,
      language: scan.language,
      rulesetVersion: scan.rulesetVersion,
      engineVersion: scan.engineVersion,
      feedId: msg.feedId,
      receivedAt: msg.receivedAt,
      scannedAt: now,
      statusAfter: status,
    };
    if (head) record.statusBefore = head.status;
    if ((await this.deps.cases.putVersion(record)) === 'exists') {
      const existing = await this.deps.cases.getVersion(caseId, adVersion);
      // another content won this version number: retry the message once the head has moved on
      if (existing?.contentHash !== hash) throw new StaleVersionError(head?.version ?? 0);
    }

    const next: CaseSummary = {
      caseId,
      platform: ad.platform,
      adId: ad.adId,
      ...placementOf(ad),
      status,
      maxSeverity: maxSeverity(scan),
      categories: [...new Set(scan.findings.map((f) => f.category))],
      rules: [...new Set(scan.findings.map((f) => f.rule))],
      version: (head?.version ?? 0) + 1,
      adVersion,
      contentHash: hash,
      createdAt: head?.createdAt ?? now,
      updatedAt: now,
    };
    if (head) await this.deps.cases.updateCase(next, head.version);
    else if ((await this.deps.cases.createCase(next)) === 'exists') throw new StaleVersionError(0);
    return next;
  }
}

function maxSeverity(scan: ScanResult): Severity {
  let max: Severity = 'info';
  for (const f of scan.findings) if (severityRank(f.severity) > severityRank(max)) max = f.severity;
  return max;
}
