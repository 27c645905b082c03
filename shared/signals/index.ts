/**
 * Cross-ad signals: findings that only show across ads.
 *  - signal-shared-contact: the same phone, e-mail or IM handle behind ads of different employers;
 *  - signal-near-duplicate: near-identical ad text (MinHash, estimated Jaccard ≥ 0.7 over character
 *    5-grams) posted under different employers.
 * Each becomes a `fraud` finding (medium) on every ad involved, naming the other ads by id only; the
 * contact shows masked. The engine stays synchronous per ad: signals run after it, over a batch, and
 * append findings (riskScore recomputed).
 *
 * Use:
 *   CLI / tests:  const signals = new CrossAdSignals(new MemorySignalStore());
 *                 const { outside } = await signals.apply([{ ad, result }, ...]);   // one scan run
 *   Pipeline:     const signals = new CrossAdSignals(new DynamoSignalStore(documentClient, tableName));
 *                 built once per cold start; call `apply` with the batch of ads the worker screened
 *                 (a batch of one is fine), BEFORE the results are stored. Items: pk `SIG#<key>`,
 *                 sk `AD#<platform>#<adId>` in the given table (single-item conditional puts, one Query
 *                 per key; keys are hashes, no personal data). `outside` lists ads from EARLIER batches
 *                 that the new ads now link to, and `links` says how (rule, the new ad, where the key
 *                 shows in the earlier ad): the pipeline attaches the finding to the earlier ads'
 *                 stored results and cases (shared/pipeline/linking.ts).
 */
import type { Ad } from '#shared/feed/schema.ts';
import { riskScore } from '#shared/engine/engine.ts';
import { maskIdentifiersInText } from '#shared/engine/mask.ts';
import { type ScanResult, severityRank } from '#shared/engine/types.ts';
import { type Contact, type ContactKind, contactKey, contactsOf, employerOf } from '#shared/signals/contacts.ts';
import {
  type Duplicate,
  NEAR_DUPLICATE,
  nearDuplicateFinding,
  SHARED_CONTACT,
  type SharedContact,
  type SignalRule,
  sharedContactFinding,
} from '#shared/signals/findings.ts';
import { bandKeys, decodeSignature, encodeSignature, signature, similarity } from '#shared/signals/minhash.ts';
import { type AdRef, refKey, type SignalStore } from '#shared/signals/types.ts';

export { MemorySignalStore } from '#shared/signals/memory-store.ts';
export type { AdRef, SignalStore } from '#shared/signals/types.ts';
export {
  isLinkedFinding,
  type LinkEntry,
  linkKeyOf,
  NEAR_DUPLICATE,
  SHARED_CONTACT,
  type SignalRule,
  withLinkedFindings,
} from '#shared/signals/findings.ts';

export interface Screened {
  ad: Ad;
  result: ScanResult;
  /** When the ad was received (ISO, UTC); orders the store's answers, most recent first. */
  at?: string;
}

/** A link from an ad of this batch to an ad of an EARLIER batch, for the earlier ad's finding. */
export interface SignalLink {
  rule: SignalRule;
  /** The earlier ad, with when it was received and where the key shows in its own text (masked). */
  earlier: AdRef;
  /** The ad of this batch that links to it. */
  by: { platform: string; adId: string };
  contactKind?: ContactKind;
  similarity?: number;
}

export interface SignalOptions {
  /** Other ads read back per key (bounds work on a contact shared by thousands). */
  maxOthers?: number;
  /** Estimated Jaccard at or above which two texts are near-duplicates. */
  nearDuplicate?: number;
}

interface Links {
  contacts: Map<string, { contact: Contact; others: Set<string>; employers: Set<string> }>;
  dups: Map<string, number>;
}

export class CrossAdSignals {
  private readonly store: SignalStore;
  private readonly maxOthers: number;
  private readonly threshold: number;

  constructor(store: SignalStore, options: SignalOptions = {}) {
    this.store = store;
    this.maxOthers = options.maxOthers ?? 50;
    this.threshold = options.nearDuplicate ?? 0.7;
  }

  /** Records the batch in the store, links ads across employers, and appends findings to the results. */
  async apply(batch: readonly Screened[]): Promise<{ outside: AdRef[]; links: SignalLink[] }> {
    const inBatch = new Map<string, { item: Screened; contacts: Map<string, Contact>; links: Links }>();
    const outside = new Map<string, AdRef>();
    const links = new Map<string, SignalLink>();
    const addLink = (l: SignalLink) => {
      const k = `${l.rule}|${refKey(l.earlier)}|${refKey(l.by)}`;
      if (!links.has(k)) links.set(k, l);
    };
    for (const item of batch) {
      const ref: AdRef = { platform: item.ad.platform, adId: item.ad.adId, employer: employerOf(item.ad) };
      if (item.at) ref.at = item.at;
      const self = refKey(ref);
      const by = { platform: ref.platform, adId: ref.adId };
      const contacts = new Map(contactsOf(item.ad).map((c) => [contactKey(c), c]));
      const entry = { item, contacts, links: { contacts: new Map(), dups: new Map() } as Links };
      inBatch.set(self, entry);

      // every key of the ad is recorded in one write and looked up at once; links are made in order
      const sig = signature(`${item.ad.title}\n${item.ad.description}`);
      const title = item.ad.title;
      const withSig: AdRef | undefined = sig && {
        ...ref,
        sig: encodeSignature(sig),
        ev: { field: 'title', start: 0, end: title.length, excerpt: maskIdentifiersInText(title.slice(0, 300)) },
      };
      const contactList = [...contacts];
      const bands = sig ? bandKeys(sig) : [];
      const answers = await this.store.recordAndFindAll(
        [
          ...contactList.map(([key, c]) => ({
            key,
            ad: { ...ref, ev: { field: c.field, start: c.start, end: c.end, excerpt: c.masked } },
          })),
          ...(withSig ? bands.map((key) => ({ key, ad: withSig })) : []),
        ],
        this.maxOthers,
      );
      const contactAnswers = answers.slice(0, contactList.length);
      const bandAnswers = answers.slice(contactList.length);

      contactList.forEach(([key, contact], i) => {
        for (const o of contactAnswers[i] ?? []) {
          if (o.employer === ref.employer) continue;
          const other = refKey(o);
          link(entry.links, key, contact, other, o.employer);
          const peer = inBatch.get(other);
          const peerContact = peer?.contacts.get(key);
          if (peer && peerContact) link(peer.links, key, peerContact, self, ref.employer);
          else if (!peer) {
            outside.set(other, withoutDetail(o));
            addLink({ rule: SHARED_CONTACT, earlier: o, by, contactKind: contact.kind });
          }
        }
      });

      if (!sig) continue;
      const checked = new Set<string>();
      for (const others of bandAnswers) {
        for (const o of others) {
          const other = refKey(o);
          if (o.employer === ref.employer || checked.has(other) || !o.sig) continue;
          checked.add(other);
          const theirs = decodeSignature(o.sig);
          const sim = theirs ? similarity(sig, theirs) : 0;
          if (sim < this.threshold) continue;
          entry.links.dups.set(other, Math.max(sim, entry.links.dups.get(other) ?? 0));
          const peer = inBatch.get(other);
          if (peer) peer.links.dups.set(self, Math.max(sim, peer.links.dups.get(self) ?? 0));
          else {
            outside.set(other, withoutDetail(o));
            const { sig: _sig, ...earlier } = o;
            addLink({ rule: NEAR_DUPLICATE, earlier, by, similarity: sim });
          }
        }
      }
    }
    for (const { item, links } of inBatch.values()) addFindings(item, links);
    return { outside: [...outside.values()], links: [...links.values()] };
  }
}

const withoutDetail = (o: AdRef): AdRef => ({ platform: o.platform, adId: o.adId, employer: o.employer });

function link(links: Links, key: string, contact: Contact, other: string, employer: string): void {
  let l = links.contacts.get(key);
  if (!l) {
    l = { contact, others: new Set(), employers: new Set() };
    links.contacts.set(key, l);
  }
  l.others.add(other);
  l.employers.add(employer);
}

function addFindings({ ad, result }: Screened, links: Links): void {
  const shared: SharedContact[] = [...links.contacts.values()].map((l) => ({
    contact: l.contact,
    others: [...l.others].sort(),
    employers: l.employers.size + 1,
  }));
  const dups: Duplicate[] = [...links.dups].map(([other, sim]) => ({ other, similarity: sim }));
  if (shared.length === 0 && dups.length === 0) return;
  if (shared.length) result.findings.push(sharedContactFinding(result.jurisdiction, shared));
  if (dups.length) result.findings.push(nearDuplicateFinding(result.jurisdiction, ad.title, dups));
  result.findings.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || b.confidence - a.confidence);
  result.riskScore = riskScore(result.findings);
}
