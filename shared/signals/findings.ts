/** The findings the cross-ad signals add to a result: one per signal kind per ad. */
import type { Evidence, Finding, Jurisdiction, RelatedAds } from '#shared/engine/types.ts';
import { legalBasisFor } from '#shared/legal/catalogue.ts';
import { maskIdentifiersInText } from '#shared/engine/mask.ts';
import type { Contact } from '#shared/signals/contacts.ts';

export const SHARED_CONTACT = 'signal-shared-contact';
export const NEAR_DUPLICATE = 'signal-near-duplicate';
export type SignalRule = typeof SHARED_CONTACT | typeof NEAR_DUPLICATE;
export const isSignalRule = (rule: string): rule is SignalRule => rule === SHARED_CONTACT || rule === NEAR_DUPLICATE;

const LEGAL: Record<Jurisdiction, string[]> = {
  CN: ['cn.false-info', 'cn.platform-verify'],
  US: ['us.fraud'],
  GB: ['uk.fraud'],
  EU: [],
};
/** Ids a note lists, and ids a finding keeps as data. */
const MAX_IDS = 10;
const MAX_RELATED = 50;

const related = (via: string, ads: readonly string[]): RelatedAds => ({
  via,
  ads: ads.slice(0, MAX_RELATED),
  count: ads.length,
});

/** The note for one audience: `show` turns each `platform:adId` into what that audience may see. */
export function relatedNote(f: Pick<Finding, 'related' | 'linked'>, show: (id: string) => string = (id) => id): string {
  const parts = (f.related ?? []).map((r) => {
    const ids = r.ads.slice(0, MAX_IDS).map(show).join(', ');
    const more = r.count - Math.min(r.ads.length, MAX_IDS);
    return `${r.via} ads of other employers: ${ids}${more > 0 ? ` and ${more} more` : ''}`;
  });
  return (f.linked ? LINKED_NOTE : '') + parts.join('; ');
}

export interface SharedContact {
  contact: Contact;
  /** `platform:adId` of the other ads with this contact under other employers. */
  others: string[];
  employers: number;
}

export function sharedContactFinding(j: Jurisdiction, shared: readonly SharedContact[]): Finding {
  const most = Math.max(...shared.map((s) => s.employers));
  return {
    category: 'fraud',
    rule: SHARED_CONTACT,
    severity: 'medium',
    confidence: Math.min(0.9, 0.6 + 0.1 * most),
    message: {
      zh: '同一联系方式出现在多个不同用人单位的招聘信息中，可能是冒用单位名义或中介虚假招聘，请核实。',
      en: 'The same contact appears in ads of several different employers: a sign of invented employers or an intermediary posing as them. Verify.',
    },
    suggestion: {
      zh: '核实联系方式的归属；用人单位应使用本单位的联系方式，中介机构应公示许可证并写明委托单位。',
      en: 'Check who the contact belongs to; employers should give their own contact details, and agencies should name their licence and the client employer.',
    },
    legalBasis: legalBasisFor(LEGAL[j]),
    evidence: shared.map((s) => ({
      field: s.contact.field,
      start: s.contact.start,
      end: s.contact.end,
      excerpt: s.contact.masked,
    })),
    ...withRelated(
      shared.map((s) => related(`${s.contact.kind} ${s.contact.masked} also in ${s.others.length}`, s.others)),
    ),
  };
}

const withRelated = (rel: RelatedAds[], linked = false): Pick<Finding, 'related' | 'note' | 'linked'> => ({
  related: rel,
  note: relatedNote({ related: rel, linked }),
  ...(linked ? { linked } : {}),
});

export interface Duplicate {
  other: string;
  similarity: number;
}

export function nearDuplicateFinding(
  j: Jurisdiction,
  title: string,
  dups: readonly Duplicate[],
  evidence?: Evidence,
): Finding {
  const sorted = [...dups].sort((a, b) => b.similarity - a.similarity || (a.other < b.other ? -1 : 1));
  const top = sorted[0]?.similarity ?? 0;
  return {
    category: 'fraud',
    rule: NEAR_DUPLICATE,
    severity: 'medium',
    confidence: Math.round(Math.min(0.9, 0.5 + 0.4 * top) * 100) / 100,
    message: {
      zh: '该招聘信息与其他用人单位发布的信息几乎相同，可能是批量发布的虚假招聘，请核实。',
      en: 'This ad is nearly identical to ads posted under other employers: a sign of mass-posted fake ads. Verify.',
    },
    suggestion: {
      zh: '核实发布主体是否真实招聘；同一岗位应由实际用人单位发布。',
      en: 'Verify that each employer is really hiring; one job should be posted by the employer who has it.',
    },
    legalBasis: legalBasisFor(LEGAL[j]),
    evidence: [
      evidence ?? { field: 'title', start: 0, end: title.length, excerpt: maskIdentifiersInText(title.slice(0, 300)) },
    ],
    ...withRelated([
      related(
        `text about ${Math.round(top * 100)}% alike (MinHash)`,
        sorted.map((d) => d.other),
      ),
    ]),
  };
}

// ── Findings added to an ad AFTER it was screened, by later ads that link to it ─────────────────────

/** The note of a linked finding starts with this, for its readers; `linked: true` is what code reads. */
export const LINKED_NOTE = 'linked after screening: ';

/** One later ad that links to an earlier one (stored with the earlier ad's result and case). */
export interface LinkEntry {
  /** `<rule>|<platform>:<adId>` of the later ad: the idempotency key of the link on the earlier ad. */
  key: string;
  rule: SignalRule;
  /** `platform:adId` of the later ad. */
  by: string;
  at: string;
  contactKind?: string;
  similarity?: number;
  /** Where the key shows in the EARLIER ad (masked). */
  evidence?: Evidence;
}

export const linkKeyOf = (rule: SignalRule, by: { platform: string; adId: string }): string =>
  `${rule}|${by.platform}:${by.adId}`;

export const isLinkedFinding = (f: Finding): boolean => f.linked === true;

/** The finding names this `platform:adId` among its related ads. */
export const relatesTo = (f: Finding, id: string): boolean => (f.related ?? []).some((r) => r.ads.includes(id));

/** The finding of one signal rule on an earlier ad, naming every later ad that links to it (ids only). */
export function linkedFinding(j: Jurisdiction, rule: SignalRule, entries: readonly LinkEntry[]): Finding {
  const mine = entries.filter((e) => e.rule === rule);
  if (rule === NEAR_DUPLICATE) {
    const dups = mine.map((e) => ({ other: e.by, similarity: e.similarity ?? 0 }));
    const f = nearDuplicateFinding(j, '', dups, mine.find((e) => e.evidence)?.evidence);
    return { ...f, evidence: f.evidence.filter((e) => e.end > e.start), ...withRelated(f.related ?? [], true) };
  }
  const groups = new Map<string, SharedContact>();
  for (const e of mine) {
    const ev = e.evidence ?? { field: 'contact', start: 0, end: 0, excerpt: '***' };
    const k = `${e.contactKind ?? 'contact'}|${ev.field}|${ev.start}|${ev.end}`;
    let g = groups.get(k);
    if (!g) {
      const kind = (e.contactKind ?? 'phone') as SharedContact['contact']['kind'];
      g = {
        contact: { kind, value: '', field: ev.field, start: ev.start, end: ev.end, masked: ev.excerpt },
        others: [],
        employers: 1,
      };
      groups.set(k, g);
    }
    if (!g.others.includes(e.by)) g.others.push(e.by);
    g.employers = g.others.length + 1;
  }
  const f = sharedContactFinding(j, [...groups.values()]);
  return { ...f, evidence: f.evidence.filter((e) => e.end > e.start), ...withRelated(f.related ?? [], true) };
}

/**
 * An earlier ad's findings with the linked findings rebuilt from all its link entries: its own findings
 * (from its screening) stay as they were; one linked finding per signal rule follows them.
 */
export function withLinkedFindings(
  j: Jurisdiction,
  findings: readonly Finding[],
  entries: readonly LinkEntry[],
): Finding[] {
  const own = findings.filter((f) => !isLinkedFinding(f));
  const rules = [...new Set(entries.map((e) => e.rule))].sort();
  return [...own, ...rules.map((r) => linkedFinding(j, r, entries))];
}
