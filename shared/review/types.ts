/**
 * The review vocabulary. Cases, versions, audit entries and principals are the pipeline's
 * (shared/pipeline/ports.ts); this file adds what only review needs: filters, statistics, the detail view.
 */
import type { Category } from '#shared/engine/types.ts';
import type { Case, CaseStatus, CaseSummary, Decision, Principal } from '#shared/pipeline/ports.ts';

export type {
  AuditEntry,
  Case,
  CaseStatus,
  CaseSummary,
  CaseVersion,
  Decision,
  Principal,
} from '#shared/pipeline/ports.ts';
export { CASE_STATUSES } from '#shared/pipeline/ports.ts';

export const DECISIONS: readonly Decision[] = ['confirm', 'dismiss', 'escalate'];

/** The status a decision moves a case to. */
export const STATUS_AFTER: Readonly<Record<Decision, CaseStatus>> = {
  confirm: 'confirmed',
  dismiss: 'dismissed',
  escalate: 'escalated',
};

export type RegulatorPrincipal = Extract<Principal, { kind: 'regulator' }>;

/** A case as the review API returns it: versions, audit trail, and the employer's other cases in scope. */
export interface CaseDetail extends Case {
  employerCases: CaseSummary[];
}

export interface CaseFilter {
  status?: CaseStatus | undefined;
  category?: Category | undefined;
  /** Minimum severity. */
  severity?: CaseSummary['maxSeverity'] | undefined;
  platform?: string | undefined;
  /** Region-code prefix rule as for scopes: 430100 means Changsha and its districts. */
  regionCode?: string | undefined;
  creditCode?: string | undefined;
  /** ISO timestamps on createdAt: inclusive `from`, exclusive `to`. */
  from?: string | undefined;
  to?: string | undefined;
}

/** `region` is the case's own code (a district); `city` rolls Chinese district codes up to their city (430102 → 430100). */
export const STATS_GROUPS = ['day', 'category', 'region', 'city', 'platform', 'status', 'severity'] as const;
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
  /** The IANA zone of the `day` buckets and of date-only `from`/`to`. */
  tz: string;
  from: string | null;
  to: string | null;
  total: number;
  groups: StatsBucket[];
  /** true when more cases matched than one request reads (maxRows): the counts are a lower bound. */
  truncated: boolean;
}
