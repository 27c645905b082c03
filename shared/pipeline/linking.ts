/**
 * Cross-ad signals reach the EARLIER ads too. When an ad screened now shares a contact with, or nearly
 * duplicates, ads of other employers stored in earlier batches, each earlier ad gets the finding with the
 * new ad as its link:
 *  - its case head gets a linked finding appended (created first when the ad was clean: status open,
 *    adVersion 0 — no screened version holds a finding, the ad's text was never stored), with the version
 *    bumped so a reviewer's decision made before the new evidence is stale;
 *  - its latest result gets the finding (one linked finding per signal rule, naming every later ad), its
 *    caseId and `flagged`.
 * An earlier ad whose result is not stored yet (screened at the same moment, e.g. posted in the same feed)
 * gets the link in its inbox (LinkInbox) and applies it right after storing its result.
 * Each write is one conditional single-item write keyed by (earlier ad, rule, later ad): the head holds the
 * key in `linkKeys` (`NOT contains` in the condition), the result checks its link count. A replay (SQS
 * redelivery, a worker crash before the new ad's result is stored) finds the key and changes nothing.
 * Bounded: at most `maxAds` earlier ads per new ad (20, most recently received first) and `maxPerCase`
 * links per case head and per result (100; both items stay far below 400 KB). Linked findings are medium and never
 * alert (an employer's open cases still count toward the repeat-offender alert of its next screened ad).
 */
import { riskScore } from '#shared/engine/engine.ts';
import { type Severity, severityRank } from '#shared/engine/types.ts';
import { StaleVersionError } from '#shared/pipeline/errors.ts';
import { caseIdOf } from '#shared/pipeline/keys.ts';
import type {
  CaseStore,
  CaseSummary,
  LinkInbox,
  ResultLinkWriter,
  ResultStore,
  StoredResult,
} from '#shared/pipeline/ports.ts';
import {
  isLinkedFinding,
  relatesTo,
  type LinkEntry,
  linkKeyOf,
  linkedFinding,
  withLinkedFindings,
} from '#shared/signals/findings.ts';
import type { SignalLink } from '#shared/signals/index.ts';
import { refKey } from '#shared/signals/types.ts';

export const MAX_LINKED_ADS = 20;
export const MAX_LINKS_PER_CASE = 100;
/** Earlier ads updated at once by one new ad. */
const LANES = 4;
/**
 * Tries per write before the message goes back to the queue: ads of one batch that share a contact all
 * link to the same earlier ads at once, so a lost race is common; each retry re-reads after a short
 * random pause (0–5 ms × attempt) so the racers spread out.
 */
const ATTEMPTS = 8;
const pause = (attempt: number) => new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));

export interface LinkerDeps {
  results: Pick<ResultStore, 'getResult'> & ResultLinkWriter;
  cases: CaseStore;
  /** Links for earlier ads whose result is not stored yet; without it such links are dropped. */
  inbox?: LinkInbox;
  maxAds?: number;
  maxPerCase?: number;
}

export interface LinkOutcome {
  /** Earlier ads whose result or case this call changed. */
  updated: number;
  /** Earlier ads left alone: already linked, no stored result yet, or beyond the cap. */
  skipped: number;
}

export class SignalLinker {
  private readonly deps: LinkerDeps;
  private readonly maxAds: number;
  private readonly maxPerCase: number;

  constructor(deps: LinkerDeps) {
    this.deps = deps;
    this.maxAds = deps.maxAds ?? MAX_LINKED_ADS;
    this.maxPerCase = deps.maxPerCase ?? MAX_LINKS_PER_CASE;
  }

  async propagate(links: readonly SignalLink[], now: string): Promise<LinkOutcome> {
    const byAd = new Map<string, SignalLink[]>();
    for (const l of links) {
      const k = refKey(l.earlier);
      byAd.set(k, [...(byAd.get(k) ?? []), l]);
    }
    // most recently received first; ties by id so every delivery picks the same ads
    const ads = [...byAd.entries()].sort(([ka, [a]], [kb, [b]]) => {
      const ta = a?.earlier.at ?? '';
      const tb = b?.earlier.at ?? '';
      return ta === tb ? (ka < kb ? -1 : ka > kb ? 1 : 0) : ta < tb ? 1 : -1;
    });
    const outcome: LinkOutcome = { updated: 0, skipped: Math.max(0, ads.length - this.maxAds) };
    // different earlier ads never contend with each other: a few at a time (round trips, not CPU, dominate)
    const queue = ads.slice(0, this.maxAds).map(([, group]) => group);
    const lane = async () => {
      for (let group = queue.shift(); group; group = queue.shift()) {
        let changed = false;
        for (const l of group) if (await this.linkOne(l, now)) changed = true;
        if (changed) outcome.updated++;
        else outcome.skipped++;
      }
    };
    await Promise.all(Array.from({ length: LANES }, lane));
    return outcome;
  }

  /**
   * Applies the links later ads left for this ad while its result was not stored yet. Call it right AFTER
   * the ad's result is stored (and on a redelivery of it): with the later ad leaving the link BEFORE it
   * looks for the result again, one of the two always sees the other.
   */
  async drainInbox(platform: string, adId: string, now: string): Promise<number> {
    if (!this.deps.inbox) return 0;
    let applied = 0;
    for (const entry of await this.deps.inbox.pending(platform, adId)) {
      if (await this.apply(platform, adId, entry, now, false)) applied++;
    }
    return applied;
  }

  /** Adds one link to one earlier ad; false when there was nothing to do (or it was left in its inbox). */
  private linkOne(link: SignalLink, now: string): Promise<boolean> {
    const entry: LinkEntry = { key: linkKeyOf(link.rule, link.by), rule: link.rule, by: refKey(link.by), at: now };
    if (link.contactKind) entry.contactKind = link.contactKind;
    if (link.similarity !== undefined) entry.similarity = link.similarity;
    if (link.earlier.ev) entry.evidence = link.earlier.ev;
    return this.apply(link.earlier.platform, link.earlier.adId, entry, now, true);
  }

  private async apply(platform: string, adId: string, entry: LinkEntry, now: string, leave: boolean) {
    let left = false;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      if (attempt > 1 && !left) await pause(attempt);
      const result = await this.deps.results.getResult(platform, adId);
      if (!result) {
        // the earlier ad is still being screened (often in this very batch): leave the link for it, then
        // look once more in case its result was stored meanwhile (it drains its inbox after storing)
        if (!leave || !this.deps.inbox || left) return false;
        await this.deps.inbox.leave(platform, adId, entry);
        left = true;
        continue;
      }
      left = false;
      if (alreadyKnows(result, entry) || (result.links?.length ?? 0) >= this.maxPerCase) return false;
      const head = await this.linkCase(result, entry, now);
      const links = [...(result.links ?? []), entry];
      const findings = withLinkedFindings(result.jurisdiction, result.findings, links);
      const change = {
        entry,
        findings,
        riskScore: riskScore(findings),
        caseId: caseIdOf(platform, adId),
        ...(head && head.adVersion > 0 ? { adVersion: head.adVersion } : {}),
      };
      const expect = { contentHash: result.contentHash, links: result.links?.length ?? 0 };
      if ((await this.deps.results.addLink(platform, adId, expect, change)) === 'written') return true;
    }
    throw new StaleVersionError(0);
  }

  /** The head after the linked finding is on it (created when absent); undefined when it cannot be placed. */
  private async linkCase(result: StoredResult, entry: LinkEntry, now: string): Promise<CaseSummary | undefined> {
    const caseId = caseIdOf(result.platform, result.adId);
    const finding = linkedFinding(result.jurisdiction, entry.rule, [entry]);
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      if (attempt > 1) await pause(attempt);
      const head = await this.deps.cases.getCaseHead(caseId);
      if (head?.linkKeys?.includes(entry.key) || (head?.linkKeys?.length ?? 0) >= this.maxPerCase) return head;
      if (!head) {
        if (!result.placement) return undefined; // a result stored before placements were kept
        const own = result.findings.filter((f) => !isLinkedFinding(f));
        const created: CaseSummary = {
          caseId,
          platform: result.platform,
          adId: result.adId,
          ...result.placement,
          status: 'open',
          maxSeverity: worst([...own.map((f) => f.severity), finding.severity]),
          categories: [...new Set([...own.map((f) => f.category), finding.category])],
          rules: [...new Set([...own.map((f) => f.rule), finding.rule])],
          version: 1,
          adVersion: 0,
          contentHash: result.contentHash,
          createdAt: now,
          updatedAt: now,
          linkKeys: [entry.key],
          linked: [{ ...entry, version: 1, finding }],
        };
        if ((await this.deps.cases.createCase(created)) === 'written') return created;
        continue;
      }
      const next: CaseSummary = {
        ...head,
        maxSeverity: worst([head.maxSeverity, finding.severity]),
        categories: [...new Set([...head.categories, finding.category])],
        rules: [...new Set([...head.rules, finding.rule])],
        version: head.version + 1,
        updatedAt: now > head.updatedAt ? now : head.updatedAt,
      };
      try {
        await this.deps.cases.appendLinked(next, head.version, { ...entry, version: next.version, finding });
        return next;
      } catch (err) {
        if (!(err instanceof StaleVersionError)) throw err;
      }
    }
    throw new StaleVersionError(0);
  }
}

/** The earlier ad already has this link, or found the later ad itself when it was screened. */
function alreadyKnows(result: StoredResult, entry: LinkEntry): boolean {
  if (result.links?.some((l) => l.key === entry.key)) return true;
  return result.findings.some((f) => f.rule === entry.rule && !isLinkedFinding(f) && relatesTo(f, entry.by));
}

function worst(severities: readonly Severity[]): Severity {
  let max: Severity = 'info';
  for (const s of severities) if (severityRank(s) > severityRank(max)) max = s;
  return max;
}
