/**
 * The pipeline's vocabulary and its ports: plain types and small interfaces that the services in
 * shared/pipeline depend on. Adapters (shared/adapters: DynamoDB, SQS, SNS) implement the ports;
 * tests and the local stack may pass in-memory or locally-pointed ones. No AWS SDK here.
 */
import type { Ad } from '#shared/feed/schema.ts';
import type { Category, Finding, Jurisdiction, Language, Severity } from '#shared/engine/types.ts';

// ── Principals ────────────────────────────────────────────────────────────────────────────────────

/**
 * Who is calling. `subject` names the credential (e.g. `regulator-changsha-01`) and is what the audit
 * trail records as the actor.
 *
 * Regulator `regions` are region-code PREFIXES (see shared/pipeline/scope.ts): `'*'` is national; a
 * Chinese administrative code is given in full and means itself and everything under it —
 * `430000` Hunan (prefix `43`), `430100` Changsha (prefix `4301`), `430102` one district.
 * Non-numeric codes (`US`, `US-CA`, `GB`) match by plain prefix.
 */
export type Principal =
  | { kind: 'platform'; platform: string; subject: string }
  | { kind: 'regulator'; regions: readonly string[] | '*'; subject: string };

export type PrincipalKind = Principal['kind'];

/** A credential as stored: the SHA-256 (hex) of the API token, never the token itself. */
export interface StoredCredential {
  tokenSha256: string;
  principal: Principal;
  createdAt: string;
  disabled?: boolean;
}

export interface CredentialStore {
  /** The principal for a token hash, or undefined when unknown or disabled. */
  findByTokenHash(tokenSha256: string): Promise<Principal | undefined>;
  put(credential: StoredCredential): Promise<void>;
}

// ── Queue ─────────────────────────────────────────────────────────────────────────────────────────

/** One ad on the ingest queue. `receivedAt` orders re-submissions of the same ad. */
export interface IngestMessage {
  v: 1;
  feedId: string;
  /** Index of the ad in its feed. */
  index: number;
  receivedAt: string;
  /** SHA-256 (hex) of the canonical JSON of the record exactly as the platform sent it. */
  adSha256: string;
  ad: Ad;
}

export interface SendFailure {
  /** Position in the array passed to sendAll. */
  position: number;
  code: string;
  message: string;
}

export interface IngestQueue {
  /** Sends every message (batching and retrying failed entries); resolves with those that still failed. */
  sendAll(messages: readonly IngestMessage[]): Promise<SendFailure[]>;
}

// ── Results and cases ─────────────────────────────────────────────────────────────────────────────

export type CaseStatus = 'open' | 'confirmed' | 'dismissed' | 'escalated';
export const CASE_STATUSES: readonly CaseStatus[] = ['open', 'confirmed', 'dismissed', 'escalated'];
export type Decision = 'confirm' | 'dismiss' | 'escalate';

/** The latest screening result of one ad (clean or not), as GET /v1/ads/{adId}/result returns it. */
export interface StoredResult {
  platform: string;
  adId: string;
  /** SHA-256 of the canonical JSON of the validated ad: identical re-submissions have the same hash. */
  contentHash: string;
  feedId: string;
  receivedAt: string;
  scannedAt: string;
  flagged: boolean;
  riskScore: number;
  jurisdiction: Jurisdiction;
  language: Language;
  findings: Finding[];
  rulesetVersion: string;
  engineVersion: string;
  /** Present when the ad has a case (flagged now or in an earlier version). */
  caseId?: string;
  caseVersion?: number;
}

/** The case head: one per (platform, adId). What queues and lists show. */
export interface CaseSummary {
  caseId: string;
  platform: string;
  adId: string;
  /** The ad's region code, else its country code (`CN`, `US`, ...). Scope is matched against it. */
  regionCode: string;
  country: string;
  status: CaseStatus;
  /** Highest severity in the latest version (`info` when the latest version is clean). */
  maxSeverity: Severity;
  categories: Category[];
  rules: string[];
  /** Latest version number (1-based); decisions name it as expectedVersion. */
  version: number;
  /** Content hash of the latest version. */
  contentHash: string;
  createdAt: string;
  updatedAt: string;
  /** Credit code when the ad gave one, else `name:<normalised employer name>`, else `unknown`. */
  employerKey: string;
  employerName?: string;
  creditCode?: string;
  /** Ad title with identifiers masked. */
  title: string;
}

/** One screened version of an ad, kept forever (chain of custody). */
export interface CaseVersion {
  caseId: string;
  version: number;
  contentHash: string;
  /** SHA-256 of the ad exactly as received (canonical JSON before masking). */
  adSha256: string;
  /** The ad with identifiers masked in every text field (shared/engine/mask.ts). */
  ad: Ad;
  findings: Finding[];
  riskScore: number;
  jurisdiction: Jurisdiction;
  language: Language;
  rulesetVersion: string;
  engineVersion: string;
  feedId: string;
  receivedAt: string;
  scannedAt: string;
}

/** Append-only: written with attribute_not_exists and never updated or deleted by any API. */
export interface AuditEntry {
  caseId: string;
  at: string;
  /** Principal subject, or `system` for pipeline events. */
  actor: string;
  decision: Decision | 'opened' | 'new-version' | 'reopened';
  reason: string;
  version: number;
  fromStatus?: CaseStatus;
  toStatus: CaseStatus;
}

export interface Case extends CaseSummary {
  versions: CaseVersion[];
  audit: AuditEntry[];
}

export type WriteOutcome = 'written' | 'exists';

export interface ResultStore {
  getResult(platform: string, adId: string): Promise<StoredResult | undefined>;
  /** Writes unless a result received later is already stored; 'exists' when that was the case. */
  putResult(result: StoredResult): Promise<WriteOutcome>;
}

export interface CaseStore {
  getCaseHead(caseId: string): Promise<CaseSummary | undefined>;
  getVersion(caseId: string, version: number): Promise<CaseVersion | undefined>;
  /** Conditional on the version not existing yet. */
  putVersion(version: CaseVersion): Promise<WriteOutcome>;
  /** Creates the head; 'exists' when another delivery created it first. */
  createCase(head: CaseSummary): Promise<WriteOutcome>;
  /**
   * Replaces the head if it is still exactly `previous` (same version and updatedAt: optimistic
   * concurrency with reviewers' decisions); throws StaleVersionError otherwise.
   */
  updateCase(head: CaseSummary, previous: CaseSummary): Promise<void>;
  /** Appends an audit entry (conditional put; 'exists' when this exact entry was already written). */
  appendAudit(entry: AuditEntry): Promise<WriteOutcome>;
  /** Open cases of one employer, counted on the employer index (eventually consistent). */
  countOpenCases(employerKey: string): Promise<number>;
}

// ── Alerts ────────────────────────────────────────────────────────────────────────────────────────

export interface Alert {
  /** Deterministic per case: subscribers may de-duplicate on it. */
  alertId: string;
  caseId: string;
  caseVersion: number;
  platform: string;
  adId: string;
  /** The case's region code (SNS attribute `jurisdiction`). */
  regionCode: string;
  country: string;
  category: Category;
  severity: Severity;
  /** Rule ids that triggered the alert, plus `repeat-offender` when that applies. */
  reasons: string[];
  employerKey: string;
  openCasesForEmployer: number;
  createdAt: string;
}

export interface AlertPublisher {
  publish(alert: Alert): Promise<void>;
}

/** De-duplicates alerts per case with a conditional write (no transactions needed). */
export interface AlertLedger {
  /** true when this case has no sent alert yet (claims it as pending); false when already sent. */
  claim(caseId: string, alertId: string, at: string): Promise<boolean>;
  markSent(caseId: string, at: string): Promise<void>;
}
