/**
 * The pipeline's vocabulary and its ports: plain types and small interfaces that the services in
 * shared/pipeline depend on. Adapters (shared/adapters: DynamoDB, SQS, SNS) implement the ports;
 * tests and the local stack may pass in-memory or locally-pointed ones. No AWS SDK here.
 */
import type { Ad } from '#shared/feed/schema.ts';
import type { Category, Finding, Jurisdiction, Language, Severity } from '#shared/engine/types.ts';
import type { LinkEntry } from '#shared/signals/findings.ts';

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
  /** Present when the ad has a case (flagged now or in an earlier version, or linked to by a later ad). */
  caseId?: string;
  adVersion?: number;
  /** Where the ad's case sits (masked title, region, employer): lets a later ad's link open a case for it. */
  placement?: CasePlacement;
  /** Later ads that link to this one (cross-ad signals); their findings are in `findings`. */
  links?: LinkEntry[];
}

/** The case-head fields that come from the ad itself (not from its findings). */
export type CasePlacement = Pick<
  CaseSummary,
  'title' | 'regionCode' | 'city' | 'country' | 'employerName' | 'creditCode' | 'employerKey'
>;

/**
 * A finding appended to a case head AFTER screening, because a later ad links to this one (shared contact,
 * near-duplicate text). Appended once per (rule, later ad), never rewritten: the head's `linked` list.
 */
export interface LinkedCaseFinding extends LinkEntry {
  /** The head version (concurrency token) this entry made. */
  version: number;
  finding: Finding;
}

/**
 * The case head: one per (platform, adId). What queues and lists show. Field names match
 * shared/review/types.ts (CaseSummary) so the review store maps items without renaming.
 */
export interface CaseSummary {
  caseId: string;
  platform: string;
  adId: string;
  /** Ad title with identifiers masked. */
  title: string;
  /** The ad's region code (upper-cased), null when it gave none. Scope is matched against it. */
  regionCode: string | null;
  city: string | null;
  /** ISO country of the ad (`CN` when it gave none). */
  country: string;
  employerName: string | null;
  creditCode: string | null;
  /** Credit code when the ad gave one, else `name:<normalised employer name>`, else `unknown`. */
  employerKey: string;
  status: CaseStatus;
  /** Highest severity in the latest version (`info` when the latest version is clean). */
  maxSeverity: Severity;
  categories: Category[];
  rules: string[];
  /** Optimistic-concurrency token: bumped by every new ad version and every decision. */
  version: number;
  /** Number of the latest ad version (1-based). */
  adVersion: number;
  /** Content hash of the latest ad version. */
  contentHash: string;
  createdAt: string;
  updatedAt: string;
  /** Keys (`<rule>|<platform>:<adId>`) of the linked findings on the head: a replay finds its own. */
  linkKeys?: string[];
  /** Linked findings, oldest first (see LinkedCaseFinding). */
  linked?: LinkedCaseFinding[];
}

/** One screened version of an ad, kept forever (chain of custody). */
export interface CaseVersion {
  caseId: string;
  /** The ad this version belongs to (written by the worker; absent on items stored before it was added). */
  platform?: string;
  adId?: string;
  /** 1 for the first screening, +1 for each changed re-submission. */
  adVersion: number;
  contentHash: string;
  /** SHA-256 of the ad exactly as received (canonical JSON of the record). */
  adSha256: string;
  /**
   * Field path → text with identifiers masked (`title`, `description`, `contact.phone`, ...). Masking
   * keeps lengths, so evidence offsets still point at the right place.
   */
  ad: Record<string, string>;
  findings: Finding[];
  riskScore: number;
  jurisdiction: Jurisdiction;
  language: Language;
  rulesetVersion: string;
  engineVersion: string;
  feedId: string;
  receivedAt: string;
  scannedAt: string;
  /** Status of the case before and after this version arrived (a dismissed case flagged again reopens). */
  statusBefore?: CaseStatus;
  statusAfter: CaseStatus;
}

/**
 * A reviewer's decision. Kept in the case head's `audit` list, appended (list_append) in the same
 * conditional write that changes the status, so the two can never disagree; no API removes entries.
 */
export interface AuditEntry {
  at: string;
  /** Principal subject of the reviewer. */
  actor: string;
  decision: Decision;
  reason: string;
  /** The case version (concurrency token) the decision was made on. */
  version: number;
  statusBefore: CaseStatus;
  statusAfter: CaseStatus;
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

/**
 * Links left for an ad whose result was not stored yet when a later ad linked to it: the later ad leaves
 * the link, then looks for the result once more; the earlier ad reads its inbox right AFTER storing its
 * result. One of the two always sees the other, so no link is lost to a race.
 */
export interface LinkInbox {
  /** Leaves a link (idempotent per link key). */
  leave(platform: string, adId: string, entry: LinkEntry): Promise<void>;
  /** Every link left for the ad (applied ones included: the caller skips those). */
  pending(platform: string, adId: string): Promise<LinkEntry[]>;
}

/** The one write cross-ad links make to a stored result (shared/pipeline/linking.ts). */
export interface ResultLinkWriter {
  /**
   * Adds a later ad's link to a stored result: findings, riskScore, flagged, caseId set and `entry` appended
   * to `links`, only if the result still has `expect.contentHash` and exactly `expect.links` links (nobody
   * wrote in between). 'exists' when that condition failed: re-read and decide again.
   */
  addLink(platform: string, adId: string, expect: LinkExpectation, change: LinkChange): Promise<WriteOutcome>;
}

/** What the writer of a link read of the earlier ad's result: the write applies only while it still holds. */
export interface LinkExpectation {
  contentHash: string;
  links: number;
}

/** A link added to an earlier ad's result: the entry, the rewritten findings and what follows from them. */
export interface LinkChange {
  entry: LinkEntry;
  findings: Finding[];
  riskScore: number;
  caseId: string;
  adVersion?: number;
}

export interface CaseStore {
  getCaseHead(caseId: string): Promise<CaseSummary | undefined>;
  getVersion(caseId: string, adVersion: number): Promise<CaseVersion | undefined>;
  /** Conditional on the version not existing yet. */
  putVersion(version: CaseVersion): Promise<WriteOutcome>;
  /** Creates the head (with an empty audit trail); 'exists' when another delivery created it first. */
  createCase(head: CaseSummary): Promise<WriteOutcome>;
  /**
   * Sets the head's fields from `next` (never its audit trail) if its stored version is still
   * `expectedVersion`; throws StaleVersionError otherwise.
   */
  updateCase(next: CaseSummary, expectedVersion: number): Promise<void>;
  /**
   * Sets the head's fields from `next` (list fields only: maxSeverity, categories, rules, version, updatedAt
   * and the index keys) and appends `entry` to `linked` and its key to `linkKeys`, if the head is still at
   * `expectedVersion` and does not hold the key yet; throws StaleVersionError otherwise.
   */
  appendLinked(next: CaseSummary, expectedVersion: number, entry: LinkedCaseFinding): Promise<void>;
  /**
   * Open cases of one employer, counted on the employer index (eventually consistent) and only up to
   * `upTo`: the repeat-offender check needs to know "3 or more", not to read every case of a big employer.
   */
  countOpenCases(employerKey: string, upTo: number): Promise<number>;
}

// ── Alerts ────────────────────────────────────────────────────────────────────────────────────────

export interface Alert {
  /** Deterministic per case: subscribers may de-duplicate on it. */
  alertId: string;
  caseId: string;
  adVersion: number;
  platform: string;
  adId: string;
  /** The case's region code, else its country (SNS attribute `jurisdiction`). */
  jurisdiction: string;
  country: string;
  /** The category of the most severe alerting finding (also first in `categories`). */
  category: Category;
  /**
   * Every category the alert is about, most severe first (SNS attribute `category`, a String.Array, so a
   * team filtering on one category gets every alert that includes it).
   */
  categories: Category[];
  /** The highest severity among the alerting findings. */
  severity: Severity;
  /** Rule ids that triggered the alert, plus `repeat-offender` when that applies. */
  reasons: string[];
  employerKey: string;
  /** Open cases of the employer, counted up to the repeat-offender threshold. */
  openCasesForEmployer: number;
  createdAt: string;
}

export interface AlertPublisher {
  publish(alert: Alert): Promise<void>;
}

/** De-duplicates alerts per case with a conditional write (no transactions needed). */
export interface AlertLedger {
  /**
   * true when this case has no sent alert yet (claims it as pending); false when already sent. A pending
   * claim younger than the lease belongs to a delivery that may still publish: AlertClaimHeldError.
   */
  claim(caseId: string, alertId: string, at: string): Promise<boolean>;
  markSent(caseId: string, at: string): Promise<void>;
  /** Gives up the pending claim made at `claimedAt` (its publish failed), so a retry may claim at once. */
  release?(caseId: string, claimedAt: string): Promise<void>;
}
