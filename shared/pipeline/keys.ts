/**
 * Item keys of the single table (docs/data-model.md). Every key builder lives here so the worker, the
 * review API and the local stack agree on them.
 */
import { createHash } from 'node:crypto';
import { type Severity, severityRank } from '#shared/engine/types.ts';
import type { CaseStatus } from '#shared/pipeline/ports.ts';
import { jurisdictionOf, regionPartition } from '#shared/pipeline/scope.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** One case per (platform, adId): the id is derived, so every delivery names the same case. */
export const caseIdOf = (platform: string, adId: string): string => `c_${sha(`${platform}\u0000${adId}`).slice(0, 26)}`;

export const adKey = (platform: string, adId: string) => ({ pk: `AD#${platform}#${adId}`, sk: 'RESULT' });
/** A link left for an ad whose result was not stored yet (shared/pipeline/linking.ts), in the ad's partition. */
export const linkInboxKey = (platform: string, adId: string, linkKey: string) => ({
  pk: `AD#${platform}#${adId}`,
  sk: `LINK#${linkKey}`,
});
export const caseKey = (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'CASE' });
export const versionKey = (caseId: string, adVersion: number) => ({
  pk: `CASE#${caseId}`,
  sk: `V#${String(adVersion).padStart(6, '0')}`,
});
export const alertKey = (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'ALERT' });
export const credentialKey = (tokenSha256: string) => ({ pk: `KEY#${tokenSha256}`, sk: 'KEY' });

/** Severity as a sortable digit: 4 = critical … 0 = info. Query with ScanIndexForward=false for worst first. */
export const severityDigit = (s: Severity): string => String(severityRank(s));

/** Index keys a case head carries (recomputed on every head write, so status changes move it). */
export function caseIndexKeys(c: {
  caseId: string;
  platform: string;
  regionCode: string | null;
  country: string;
  status: CaseStatus;
  maxSeverity: Severity;
  createdAt: string;
  updatedAt: string;
  employerKey: string;
}): Record<string, string> {
  const queueSort = `${severityDigit(c.maxSeverity)}#${c.updatedAt}#${c.caseId}`;
  const region = jurisdictionOf(c);
  return {
    gsi1pk: `RQ#${regionPartition(region)}#${c.status}`,
    gsi1sk: queueSort,
    gsi2pk: `NQ#${c.status}`,
    gsi2sk: queueSort,
    gsi3pk: `PL#${c.platform}`,
    gsi3sk: `${c.createdAt}#${c.caseId}`,
    gsi4pk: `EM#${c.employerKey}`,
    gsi4sk: `${c.status}#${c.createdAt}#${c.caseId}`,
    gsi5pk: `DAY#${c.createdAt.slice(0, 10)}`,
    gsi5sk: `${region}#${c.caseId}`,
  };
}

/** Employer identity for repeat-offender counts: credit code, else the normalised name. */
export function employerKeyOf(employer: { name?: string; creditCode?: string } | undefined): string {
  const code = employer?.creditCode?.trim().toUpperCase();
  if (code) return code;
  const name = employer?.name?.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return name ? `name:${name}` : 'unknown';
}
