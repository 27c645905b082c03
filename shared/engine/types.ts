/**
 * The engine's public vocabulary: findings, results and the rule contract.
 * Everything here is plain data; nothing imports the AWS SDK or reads the environment.
 */
import type { AdDocument } from '#shared/text/document.ts';

export type Category = 'fraud' | 'discrimination' | 'personal_data';
export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';
export const SEVERITIES: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];
export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

/** ISO 3166 alpha-2 codes of the jurisdictions we carry law for. */
export type Jurisdiction = 'CN' | 'US' | 'GB' | 'EU';
export type Language = 'zh' | 'en';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface LegalBasisRef {
  jurisdiction: Jurisdiction;
  law: string;
  article: string;
  /** true only when the article number and wording were checked against a primary or official text. */
  verified: boolean;
  note?: string;
}

export interface Evidence {
  /** Dotted path of the ad field, e.g. `description`, `contact.phone`. */
  field: string;
  /** UTF-16 offsets into the ORIGINAL field text. */
  start: number;
  end: number;
  /** The original text of the span, masked where it is personal data. */
  excerpt: string;
}

export interface Finding {
  category: Category;
  rule: string;
  severity: Severity;
  confidence: number;
  message: Bilingual;
  suggestion: Bilingual;
  legalBasis: LegalBasisRef[];
  evidence: Evidence[];
  /** Optional machine-readable detail (e.g. the features that drove a model finding). */
  note?: string;
  /** Cross-ad findings: the other ads behind them, as data (each audience's note is rendered from it). */
  related?: RelatedAds[];
  /** Added to an ad after its screening, by a later ad that links to it (cross-ad signals). */
  linked?: boolean;
}

/** Other ads tied to this one by one thing they share (a contact, a near-identical text). */
export interface RelatedAds {
  /** What ties them, masked: "phone 138****5678", "text about 93% alike (MinHash)". */
  via: string;
  /** `platform:adId` of the other ads, at most a few dozen. */
  ads: string[];
  /** How many other ads there are in all (more than `ads` holds when capped). */
  count: number;
}

export interface ScanResult {
  platform: string;
  adId: string;
  language: Language;
  jurisdiction: Jurisdiction;
  findings: Finding[];
  riskScore: number;
  rulesetVersion: string;
  engineVersion: string;
}

/** How a span is masked when it becomes evidence. */
export type MaskKind = 'id' | 'card' | 'phone' | 'email' | 'name' | 'ssn' | 'nino' | 'generic';

/** What a rule reports: a span in the NORMALISED text of one field. The engine maps it back. */
export interface RuleHit {
  field: string;
  start: number;
  end: number;
  /** Overrides the rule's default severity for this hit. */
  severity?: Severity;
  confidence?: number;
  mask?: MaskKind;
  /** Extra context for the reviewer, e.g. "check digit valid, born 1990-03-07". Never personal data. */
  note?: string;
}

export interface RuleMeta {
  /** Equal to the rule's file name without extension. */
  id: string;
  category: Category;
  /** Violation tags this rule detects (see shared/data README), e.g. `cn.gender`. */
  tags: string[];
  severity: Severity;
  /** Legal-basis catalogue ids per jurisdiction the rule applies in. The keys are the rule's jurisdictions. */
  legalBasis: Partial<Record<Jurisdiction, string[]>>;
  message: Bilingual;
  suggestion: Bilingual;
  /** One paragraph for the rule catalogue: what is unlawful, and the lawful look-alikes left alone. */
  description: string;
}

export interface RuleContext {
  jurisdiction: Jurisdiction;
  language: Language;
}

export interface Rule {
  meta: RuleMeta;
  check(doc: AdDocument, ctx: RuleContext): RuleHit[];
}

export const defineRule = (rule: Rule): Rule => rule;
