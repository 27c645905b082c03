/**
 * The screening engine: runs the rules of the ad's jurisdiction pack over a prepared AdDocument and
 * turns their hits into findings with evidence in the original text and the law they break.
 * Pure and synchronous: no I/O, no environment, no AWS.
 */
import type { Ad } from '#shared/feed/schema.ts';
import { AdDocument } from '#shared/text/document.ts';
import { toOriginalSpan } from '#shared/text/normalize.ts';
import { legalBasisFor } from '#shared/legal/catalogue.ts';
import { mask } from '#shared/engine/mask.ts';
import { jurisdictionOf } from '#shared/engine/jurisdiction.ts';
import { ENGINE_VERSION } from '#shared/engine/version.ts';
import { type Pack, PACKS, rulesetVersion } from '#shared/rules/packs.ts';
import {
  type Evidence,
  type Finding,
  type Jurisdiction,
  type Rule,
  type RuleHit,
  type ScanResult,
  type Severity,
  severityRank,
} from '#shared/engine/types.ts';

export interface EngineOptions {
  /** Packs per jurisdiction (default: the registered packs). */
  packs?: Readonly<Record<Jurisdiction, Pack>>;
  /** Wall-clock budget per ad; rules left when it runs out yield an `engine-time-budget` finding. */
  timeBudgetMs?: number;
  clock?: () => number;
  /** Screen a small ad per pack at construction (default true). */
  warmUp?: boolean;
}

const SEVERITY_WEIGHT: Record<Severity, number> = { info: 0, low: 0.25, medium: 0.5, high: 0.75, critical: 0.95 };
const EXCERPT_MAX = 300;

export class Engine {
  private readonly packs: Readonly<Record<Jurisdiction, Pack>>;
  private readonly timeBudgetMs: number;
  private readonly clock: () => number;
  readonly rulesetVersion: string;

  constructor(options: EngineOptions = {}) {
    this.packs = options.packs ?? PACKS;
    this.timeBudgetMs = options.timeBudgetMs ?? 1_000;
    this.clock = options.clock ?? (() => performance.now());
    this.rulesetVersion = rulesetVersion(this.packs);
    if (options.warmUp !== false) this.warmUp();
  }

  /** Runs every pack once on a small ad so lazily built tables and models load before the first real ad's budget starts. */
  private warmUp(): void {
    for (const [country, language] of [
      ['CN', 'zh'],
      ['US', 'en'],
      ['GB', 'en'],
    ] as const) {
      const description =
        language === 'zh'
          ? '岗位职责：负责仓库收发货（gè），月薪6000元。'
          : 'Duties: receive and ship orders. Pay $18/hour.';
      this.screen({
        platform: 'warm-up',
        adId: 'warm-up',
        title: 'warm-up',
        description,
        language,
        location: { country },
      });
    }
  }

  /** Screens one validated ad. */
  screen(ad: Ad): ScanResult {
    const doc = new AdDocument(ad);
    const jurisdiction = jurisdictionOf(ad, doc.language);
    const pack = this.packs[jurisdiction];
    const ctx = { jurisdiction, language: doc.language };
    const findings: Finding[] = [];
    const deadline = this.clock() + this.timeBudgetMs;
    for (const entry of pack.rules) {
      if (this.clock() > deadline) {
        findings.push(budgetFinding(entry.rule, jurisdiction));
        break;
      }
      let hits: RuleHit[];
      try {
        hits = entry.rule.check(doc, ctx);
      } catch (err) {
        findings.push(errorFinding(entry.rule, jurisdiction, err));
        continue;
      }
      if (hits.length === 0) continue;
      findings.push(this.toFinding(doc, entry.rule, entry.severity ?? entry.rule.meta.severity, jurisdiction, hits));
    }
    findings.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || b.confidence - a.confidence);
    return {
      platform: ad.platform,
      adId: ad.adId,
      language: doc.language,
      jurisdiction,
      findings,
      riskScore: riskScore(findings),
      rulesetVersion: this.rulesetVersion,
      engineVersion: ENGINE_VERSION,
    };
  }

  private toFinding(doc: AdDocument, rule: Rule, base: Severity, j: Jurisdiction, hits: RuleHit[]): Finding {
    const evidence: Evidence[] = [];
    let severity = base;
    let confidence = 0;
    const notes: string[] = [];
    const seen = new Set<string>();
    for (const h of hits) {
      const f = doc.field(h.field as never);
      if (!f) continue;
      const { start, end } = toOriginalSpan(f.nt, h.start, h.end);
      const key = `${h.field}:${start}:${end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let excerpt = f.nt.original.slice(start, end);
      if (h.mask) excerpt = mask(excerpt, h.mask);
      if (excerpt.length > EXCERPT_MAX) excerpt = `${excerpt.slice(0, EXCERPT_MAX)}…`;
      evidence.push({ field: h.field, start, end, excerpt });
      if (h.severity && severityRank(h.severity) > severityRank(severity)) severity = h.severity;
      confidence = Math.max(confidence, h.confidence ?? 0.9);
      if (h.note && !notes.includes(h.note)) notes.push(h.note);
    }
    const finding: Finding = {
      category: rule.meta.category,
      rule: rule.meta.id,
      severity,
      confidence: round(confidence),
      message: rule.meta.message,
      suggestion: rule.meta.suggestion,
      legalBasis: legalBasisFor(rule.meta.legalBasis[j] ?? []),
      evidence,
    };
    if (notes.length) finding.note = notes.join('; ');
    return finding;
  }
}

const round = (x: number) => Math.round(x * 100) / 100;

export function riskScore(findings: readonly Finding[]): number {
  let keep = 1;
  for (const f of findings) keep *= 1 - SEVERITY_WEIGHT[f.severity] * f.confidence;
  return Math.round((1 - keep) * 100);
}

function errorFinding(rule: Rule, j: Jurisdiction, err: unknown): Finding {
  const name = err instanceof Error ? err.name : 'Error';
  return {
    category: rule.meta.category,
    rule: rule.meta.id,
    severity: 'low',
    confidence: 0,
    message: {
      zh: `规则 ${rule.meta.id} 运行出错（${name}），该项未能自动判定，请人工复核。`,
      en: `Rule ${rule.meta.id} failed (${name}); this check could not be decided automatically — review by hand.`,
    },
    suggestion: rule.meta.suggestion,
    legalBasis: legalBasisFor(rule.meta.legalBasis[j] ?? []),
    evidence: [],
    note: 'rule-error',
  };
}

function budgetFinding(rule: Rule, j: Jurisdiction): Finding {
  return {
    ...errorFinding(rule, j, new Error('time budget')),
    message: {
      zh: '广告过长或过于复杂，部分规则未在时限内完成，请人工复核。',
      en: 'The ad was too long or complex to screen within the time budget; some rules did not run — review by hand.',
    },
    note: 'time-budget',
  };
}
