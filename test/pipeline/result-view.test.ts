import { describe, expect, it } from 'vitest';
import type { Finding } from '#shared/engine/types.ts';
import type { StoredResult } from '#shared/pipeline/ports.ts';
import { OTHER_PLATFORM, platformView } from '#shared/pipeline/result-view.ts';

const finding = (rule: string, note: string): Finding => ({
  category: 'fraud',
  rule,
  severity: 'medium',
  confidence: 0.8,
  message: { zh: 'x', en: 'x' },
  suggestion: { zh: 'x', en: 'x' },
  legalBasis: [],
  evidence: [],
  note,
});

const result = (findings: Finding[], links?: StoredResult['links']): StoredResult => ({
  platform: 'pa',
  adId: 'a-1',
  contentHash: 'h',
  feedId: 'f',
  receivedAt: '2026-11-26T00:00:00.000Z',
  scannedAt: '2026-11-26T00:00:01.000Z',
  flagged: true,
  riskScore: 40,
  jurisdiction: 'CN',
  language: 'zh',
  findings,
  rulesetVersion: 'rs',
  engineVersion: 'e',
  ...(links ? { links } : {}),
});

describe('a platform’s view of its result', () => {
  it('keeps its own ad ids and hides other platforms’ in signal notes', () => {
    const stored = result([
      finding(
        'signal-shared-contact',
        'phone 138****1234 also in 3 ad(s) of other employers: pa:a-2, pb:secret-1, pc:x.y; email a***@q.com also in 1 ad(s) of other employers: pb:secret-2',
      ),
      finding(
        'signal-near-duplicate',
        'text about 93% alike (MinHash) ads of other employers: pb:s-3, pa:a-9 and 4 more',
      ),
    ]);
    const view = platformView(stored, 'pa');
    const notes = view.findings.map((f) => f.note ?? '').join('\n');
    expect(notes).not.toMatch(/pb:|pc:|secret|x\.y|s-3/);
    expect(notes).toContain(`pa:a-2, ${OTHER_PLATFORM}, ${OTHER_PLATFORM}`);
    expect(notes).toContain(`${OTHER_PLATFORM}, pa:a-9 and 4 more`);
    // the stored result is untouched (regulators and cases keep every id)
    expect(stored.findings[0]?.note).toContain('pb:secret-1');
  });

  it('leaves other findings alone, notes included', () => {
    const f = finding('fraud-fee', 'note that mentions pb:whatever');
    expect(platformView(result([f]), 'pa').findings[0]).toBe(f);
  });

  it('hides the linking ad of another platform in links', () => {
    const view = platformView(
      result(
        [],
        [
          { key: 'signal-shared-contact|pb:b-1', rule: 'signal-shared-contact', by: 'pb:b-1', at: 't' },
          { key: 'signal-shared-contact|pa:a-3', rule: 'signal-shared-contact', by: 'pa:a-3', at: 't' },
        ],
      ),
      'pa',
    );
    expect(view.links?.map((l) => l.by)).toEqual([OTHER_PLATFORM, 'pa:a-3']);
    expect(JSON.stringify(view.links)).not.toContain('b-1');
  });
});
