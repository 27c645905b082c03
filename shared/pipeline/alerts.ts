/**
 * Alert decisions. A case alerts enforcement teams when its latest version has a high or critical
 * finding of an alerting kind (fees, overseas lures, task scams, published ID numbers or bank cards), or
 * when its employer has 3 or more open cases. One alert per case, ever (AlertLedger). The alert names every
 * alerting category of the case (a fee scam that also publishes an ID number is both fraud and personal
 * data) and the highest severity among them.
 */
import type { Finding, ScanResult } from '#shared/engine/types.ts';
import { severityRank } from '#shared/engine/types.ts';
import { ALL_RULES } from '#shared/rules/index.ts';
import type { Alert, AlertLedger, AlertPublisher, CaseStore, CaseSummary } from '#shared/pipeline/ports.ts';
import { jurisdictionOf } from '#shared/pipeline/scope.ts';

/** Violation tags regulators mark as alerting (shared/data/README.md tags). */
export const ALERTING_TAGS: ReadonlySet<string> = new Set([
  'fraud.fee',
  'fraud.overseas-lure',
  'fraud.task-scam',
  'pii.id-number',
  'pii.bank-card',
]);
export const REPEAT_OFFENDER_OPEN_CASES = 3;

const TAGS_BY_RULE: ReadonlyMap<string, readonly string[]> = new Map(ALL_RULES.map((r) => [r.meta.id, r.meta.tags]));

export function isAlerting(f: Finding, tagsOf: (rule: string) => readonly string[] = ruleTags): boolean {
  return severityRank(f.severity) >= severityRank('high') && tagsOf(f.rule).some((t) => ALERTING_TAGS.has(t));
}

export const ruleTags = (rule: string): readonly string[] => TAGS_BY_RULE.get(rule) ?? [];

/** Findings most severe first (stable: equal severities keep the engine's order). */
export const rankBySeverity = (findings: readonly Finding[]): Finding[] =>
  [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));

export const alertIdOf = (caseId: string): string => `a_${caseId.replace(/^c_/, '')}`;

export interface AlertServiceDeps {
  cases: Pick<CaseStore, 'countOpenCases'>;
  ledger: AlertLedger;
  publisher: AlertPublisher;
  tagsOf?: (rule: string) => readonly string[];
}

/** `sent-unrecorded`: published, but the ledger could not record it (its claim stays pending until the lease ends). */
export type AlertOutcome = 'not-alerting' | 'already-sent' | 'sent' | 'sent-unrecorded';

export class AlertService {
  private readonly deps: AlertServiceDeps;

  constructor(deps: AlertServiceDeps) {
    this.deps = deps;
  }

  async consider(head: CaseSummary, scan: ScanResult, now: string): Promise<AlertOutcome> {
    if (scan.findings.length === 0 || head.status !== 'open') return 'not-alerting';
    const tagsOf = this.deps.tagsOf ?? ruleTags;
    const alerting = scan.findings.filter((f) => isAlerting(f, tagsOf));
    const openCases =
      head.employerKey === 'unknown'
        ? 0
        : await this.deps.cases.countOpenCases(head.employerKey, REPEAT_OFFENDER_OPEN_CASES);
    const repeat = openCases >= REPEAT_OFFENDER_OPEN_CASES;
    if (alerting.length === 0 && !repeat) return 'not-alerting';

    const alertId = alertIdOf(head.caseId);
    // a repeat offender's alert without an alerting finding is about every finding of the case
    const about = rankBySeverity(alerting.length > 0 ? alerting : scan.findings);
    const top = about[0];
    if (!top) return 'not-alerting';
    if (!(await this.deps.ledger.claim(head.caseId, alertId, now))) return 'already-sent';
    const alert: Alert = {
      alertId,
      caseId: head.caseId,
      adVersion: head.adVersion,
      platform: head.platform,
      adId: head.adId,
      jurisdiction: jurisdictionOf(head),
      country: head.country,
      category: top.category,
      categories: [...new Set(about.map((f) => f.category))],
      severity: top.severity,
      reasons: [...new Set([...alerting.map((f) => f.rule), ...(repeat ? ['repeat-offender'] : [])])],
      employerKey: head.employerKey,
      openCasesForEmployer: openCases,
      createdAt: now,
    };
    try {
      await this.deps.publisher.publish(alert);
    } catch (err) {
      // nothing went out: give the claim back so the retry publishes at once, not after the lease
      await this.deps.ledger.release?.(head.caseId, now).catch(() => undefined);
      throw err;
    }
    try {
      await this.deps.ledger.markSent(head.caseId, now);
    } catch {
      // the alert went out: retrying the message would publish it again once the claim's lease ends
      return 'sent-unrecorded';
    }
    return 'sent';
  }
}
