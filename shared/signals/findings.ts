/** The findings the cross-ad signals add to a result: one per signal kind per ad. */
import type { Finding, Jurisdiction } from '#shared/engine/types.ts';
import { legalBasisFor } from '#shared/legal/catalogue.ts';
import { maskIdentifiersInText } from '#shared/engine/mask.ts';
import type { Contact } from '#shared/signals/contacts.ts';

export const SHARED_CONTACT = 'signal-shared-contact';
export const NEAR_DUPLICATE = 'signal-near-duplicate';

const LEGAL: Record<Jurisdiction, string[]> = {
  CN: ['cn.false-info', 'cn.platform-verify'],
  US: ['us.fraud'],
  GB: ['uk.fraud'],
  EU: [],
};
const MAX_IDS = 10;

const idList = (ids: readonly string[]): string =>
  ids.length > MAX_IDS ? `${ids.slice(0, MAX_IDS).join(', ')} and ${ids.length - MAX_IDS} more` : ids.join(', ');

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
    note: shared
      .map(
        (s) =>
          `${s.contact.kind} ${s.contact.masked} also in ${s.others.length} ad(s) of other employers: ${idList(s.others)}`,
      )
      .join('; '),
  };
}

export interface Duplicate {
  other: string;
  similarity: number;
}

export function nearDuplicateFinding(j: Jurisdiction, title: string, dups: readonly Duplicate[]): Finding {
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
    evidence: [{ field: 'title', start: 0, end: title.length, excerpt: maskIdentifiersInText(title.slice(0, 300)) }],
    note: `text about ${Math.round(top * 100)}% alike (MinHash) ads of other employers: ${idList(sorted.map((d) => d.other))}`,
  };
}
