/**
 * The review vocabulary: what regulators see and decide. Plain data, no AWS, no environment.
 * The storage port (store.ts) speaks these types; the pipeline's adapters map their items onto them.
 */
import type { Category, Finding, Severity } from '#shared/engine/types.ts';

export const CASE_STATUSES = ['open', 'confirmed', 'dismissed', 'escalated'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const DECISIONS = ['confirm', 'dismiss', 'escalate'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The status a decision moves a case to. */
export const STATUS_AFTER: Readonly<Record<Decision, CaseStatus>> = {
  confirm: 'confirmed',
  dismiss: 'dismissed',
  escalate: 'escalated',
};

/** Who is calling: only regulators may use review routes; their scope is a list of region-code prefixes. */
export type ReviewPrincipal =
  | { kind: 'regulator'; id: string; regions: readonly string[] | 'all' }
  | { kind: 'platform'; id: string; platform: string };

/** One row of the queue. */
export interface CaseSummary {
  caseId: string;
  platform: string;
  adId: string;
  title: string;
  regionCode: string | null;
  city: string | null;
  employerName: string | null;
  creditCode: string | null;
  status: CaseStatus;
  maxSeverity: Severity;
  categories: Category[];
  rules: string[];
  /** Bumped by every new ad version and every decision: the optimistic-concurrency token. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The ad as stored: identifiers masked, offsets unchanged (masking keeps lengths). */
export type StoredAdText = Record<string, string>;

export interface CaseVersion {
  /** 1 for the first screening, +1 for each changed re-submission. */
  adVersion: number;
  contentHash: string;
  receivedAt: string;
  /** Field path → masked text, e.g. `title`, `description`, `contact.phone`. */
  ad: StoredAdText;
  findings: Finding[];
  riskScore: number;
  rulesetVersion: string;
}

export interface AuditEntry {
  at: string;
  actor: string;
  decision: Decision;
  reason: string;
  /** The case version the decision was made on. */
  version: number;
  statusBefore: CaseStatus;
  statusAfter: CaseStatus;
}

export interface CaseRecord extends CaseSummary {
  versions: CaseVersion[];
  audit: AuditEntry[];
}

export interface CaseDetail extends CaseSummary {
  versions: CaseVersion[];
  audit: AuditEntry[];
  /** The same employer's other cases inside the caller's scope, newest first. */
  employerCases: CaseSummary[];
}

export interface CaseFilter {
  status?: CaseStatus | undefined;
  category?: Category | undefined;
  /** Minimum severity. */
  severity?: Severity | undefined;
  platform?: string | undefined;
  regionCode?: string | undefined;
  creditCode?: string | undefined;
  /** ISO timestamps, inclusive `from`, exclusive `to`, on createdAt. */
  from?: string | undefined;
  to?: string | undefined;
}

export const STATS_GROUPS = ['day', 'category', 'region', 'platform', 'status', 'severity'] as const;
export type StatsGroup = (typeof STATS_GROUPS)[number];

export interface StatsBucket {
  key: string;
  /** A readable name for the key where one is known (the city of a region code). */
  label?: string;
  count: number;
  /** Cases per category within the bucket (a case with two categories counts in both). */
  categories: Partial<Record<Category, number>>;
}

export interface Stats {
  groupBy: StatsGroup;
  from: string | null;
  to: string | null;
  total: number;
  groups: StatsBucket[];
}
