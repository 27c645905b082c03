/** In-memory ports for service tests: same contracts as the DynamoDB adapters, with a failure switch. */
import { StaleVersionError } from '#shared/pipeline/errors.ts';
import type {
  Alert,
  AlertLedger,
  AlertPublisher,
  CaseStore,
  CaseSummary,
  CaseVersion,
  IngestMessage,
  LinkedCaseFinding,
  LinkChange,
  LinkExpectation,
  LinkInbox,
  IngestQueue,
  ResultLinkWriter,
  ResultStore,
  SendFailure,
  StoredResult,
  WriteOutcome,
} from '#shared/pipeline/ports.ts';
import type { Finding, ScanResult } from '#shared/engine/types.ts';
import type { Ad } from '#shared/feed/schema.ts';
import type { LinkEntry } from '#shared/signals/findings.ts';
import { canonicalJson, sha256Hex } from '#shared/pipeline/content.ts';

const clone = <T>(v: T): T => structuredClone(v);

export class MemoryResults implements ResultStore, ResultLinkWriter {
  readonly items = new Map<string, StoredResult>();
  failNext = 0;
  async getResult(platform: string, adId: string) {
    const r = this.items.get(`${platform}#${adId}`);
    return r && clone(r);
  }
  async putResult(result: StoredResult): Promise<WriteOutcome> {
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('injected putResult failure');
    }
    const key = `${result.platform}#${result.adId}`;
    const prev = this.items.get(key);
    if (prev && prev.receivedAt > result.receivedAt) return 'exists';
    this.items.set(key, clone(result));
    return 'written';
  }
  async addLink(platform: string, adId: string, expect: LinkExpectation, change: LinkChange): Promise<WriteOutcome> {
    const cur = this.items.get(`${platform}#${adId}`);
    if (!cur || cur.contentHash !== expect.contentHash || (cur.links?.length ?? 0) !== expect.links) return 'exists';
    const { entry, ...rest } = change;
    this.items.set(
      `${platform}#${adId}`,
      clone({ ...cur, ...rest, flagged: true, links: [...(cur.links ?? []), entry] }),
    );
    return 'written';
  }
}

export class MemoryCases implements CaseStore {
  readonly heads = new Map<string, CaseSummary>();
  readonly versions = new Map<string, CaseVersion>();
  async getCaseHead(caseId: string) {
    const h = this.heads.get(caseId);
    return h && clone(h);
  }
  async getVersion(caseId: string, adVersion: number) {
    const v = this.versions.get(`${caseId}#${adVersion}`);
    return v && clone(v);
  }
  async putVersion(v: CaseVersion): Promise<WriteOutcome> {
    const key = `${v.caseId}#${v.adVersion}`;
    if (this.versions.has(key)) return 'exists';
    this.versions.set(key, clone(v));
    return 'written';
  }
  async createCase(head: CaseSummary): Promise<WriteOutcome> {
    if (this.heads.has(head.caseId)) return 'exists';
    this.heads.set(head.caseId, clone(head));
    return 'written';
  }
  async updateCase(next: CaseSummary, expectedVersion: number) {
    const cur = this.heads.get(next.caseId);
    if (!cur || cur.version !== expectedVersion) throw new StaleVersionError(expectedVersion);
    // like the adapter: the worker's head write never touches the linked findings
    const { linked: _l, linkKeys: _k, ...fields } = next;
    this.heads.set(
      next.caseId,
      clone({ ...fields, ...(cur.linked ? { linked: cur.linked, linkKeys: cur.linkKeys } : {}) }),
    );
  }
  async appendLinked(next: CaseSummary, expectedVersion: number, entry: LinkedCaseFinding) {
    const cur = this.heads.get(next.caseId);
    if (!cur || cur.version !== expectedVersion || cur.linkKeys?.includes(entry.key)) {
      throw new StaleVersionError(expectedVersion);
    }
    this.heads.set(
      next.caseId,
      clone({
        ...cur,
        maxSeverity: next.maxSeverity,
        categories: next.categories,
        rules: next.rules,
        version: next.version,
        updatedAt: next.updatedAt,
        linkKeys: [...(cur.linkKeys ?? []), entry.key],
        linked: [...(cur.linked ?? []), entry],
      }),
    );
  }
  async countOpenCases(employerKey: string, upTo: number) {
    const n = [...this.heads.values()].filter((h) => h.employerKey === employerKey && h.status === 'open').length;
    return Math.min(n, upTo);
  }
}

export class MemoryLedger implements AlertLedger {
  readonly state = new Map<string, 'pending' | 'sent'>();
  async claim(caseId: string) {
    if (this.state.get(caseId) === 'sent') return false;
    this.state.set(caseId, 'pending');
    return true;
  }
  async markSent(caseId: string) {
    this.state.set(caseId, 'sent');
  }
}

export class MemoryPublisher implements AlertPublisher {
  readonly alerts: Alert[] = [];
  failNext = 0;
  async publish(alert: Alert) {
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('injected publish failure');
    }
    this.alerts.push(clone(alert));
  }
}

export class MemoryQueue implements IngestQueue {
  readonly sent: IngestMessage[] = [];
  /** Positions (in the call) that fail. */
  failPositions = new Set<number>();
  async sendAll(messages: readonly IngestMessage[]): Promise<SendFailure[]> {
    const failures: SendFailure[] = [];
    messages.forEach((m, position) => {
      if (this.failPositions.has(position)) failures.push({ position, code: 'InternalError', message: 'x' });
      else this.sent.push(clone(m));
    });
    return failures;
  }
}

export const finding = (rule: string, severity: Finding['severity'], category: Finding['category']): Finding => ({
  category,
  rule,
  severity,
  confidence: 0.9,
  message: { zh: rule, en: rule },
  suggestion: { zh: '', en: '' },
  legalBasis: [],
  evidence: [{ field: 'description', start: 0, end: 2, excerpt: 'xx' }],
});

/** A screener whose findings per adId+title are set by the test. */
export class FakeScreener {
  readonly findings = new Map<string, Finding[]>();
  calls = 0;
  screen(ad: Ad): ScanResult {
    this.calls++;
    const findings = this.findings.get(`${ad.adId}:${ad.title}`) ?? [];
    return {
      platform: ad.platform,
      adId: ad.adId,
      language: 'zh',
      jurisdiction: 'CN',
      findings,
      riskScore: findings.length ? 80 : 0,
      rulesetVersion: 'rs-test',
      engineVersion: '0.0.0',
    };
  }
}

export function makeAd(over: Partial<Ad> = {}): Ad {
  return {
    platform: 'demo-platform-a',
    adId: 'ad-1',
    title: '销售专员',
    description: '负责客户拜访，联系电话 13800138000，身份证 430102199003071234。',
    employer: { name: '长沙某某科技有限公司', creditCode: '91430100MA4L00000X' },
    location: { country: 'CN', city: '长沙', regionCode: '430102' },
    contact: { name: '张三', phone: '13800138000' },
    ...over,
  };
}

export function message(ad: Ad, receivedAt = '2026-11-26T06:00:00.000Z', feedId = 'f_test'): IngestMessage {
  return { v: 1, feedId, index: 0, receivedAt, adSha256: sha256Hex(canonicalJson(ad)), ad };
}

export class MemoryInbox implements LinkInbox {
  readonly items = new Map<string, Map<string, LinkEntry>>();
  async leave(platform: string, adId: string, entry: LinkEntry) {
    const k = `${platform}#${adId}`;
    const box = this.items.get(k) ?? new Map<string, LinkEntry>();
    if (!box.has(entry.key)) box.set(entry.key, clone(entry));
    this.items.set(k, box);
  }
  async pending(platform: string, adId: string) {
    return [...(this.items.get(`${platform}#${adId}`)?.values() ?? [])].map(clone);
  }
}
