import { describe, expect, it } from 'vitest';
import type { Finding } from '#shared/engine/types.ts';
import type { StoredResult } from '#shared/pipeline/ports.ts';
import { OTHER_PLATFORM, platformView } from '#shared/pipeline/result-view.ts';
import { linkedFinding, NEAR_DUPLICATE, nearDuplicateFinding, sharedContactFinding } from '#shared/signals/findings.ts';

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
  it('keeps its own ad ids and hides other platforms’ in signal notes and related ads', () => {
    const contact = (kind: 'phone' | 'email', masked: string) => ({
      kind,
      value: '',
      field: 'description',
      start: 0,
      end: 4,
      masked,
    });
    const stored = result([
      sharedContactFinding('CN', [
        { contact: contact('phone', '138****1234'), others: ['pa:a-2', 'pb:secret-1', 'pc:x.y'], employers: 4 },
        { contact: contact('email', 'a***@q.com'), others: ['pb:secret-2'], employers: 2 },
      ]),
      nearDuplicateFinding(
        'CN',
        'title',
        ['pb:s-3', 'pa:a-9', ...Array.from({ length: 12 }, (_, i) => `pb:hidden-${i}`)].map((other, i) => ({
          other,
          similarity: 0.93 - i / 100,
        })),
      ),
    ]);
    const view = platformView(stored, 'pa');
    const notes = view.findings.map((f) => f.note ?? '').join('\n');
    expect(notes).not.toMatch(/pb:|pc:|secret|x\.y|s-3|hidden/);
    expect(JSON.stringify(view.findings)).not.toMatch(/pb:|pc:|secret|x\.y|s-3|hidden/);
    expect(notes).toContain(`pa:a-2, ${OTHER_PLATFORM}, ${OTHER_PLATFORM}`);
    expect(notes).toMatch(new RegExp(`^text about 93% alike .*: ${OTHER_PLATFORM}, pa:a-9, .* and 4 more$`, 'm'));
    // the stored result is untouched (regulators and cases keep every id)
    expect(stored.findings[0]?.note).toContain('pb:secret-1');
    expect(stored.findings[1]?.related?.[0]?.ads).toContain('pb:hidden-11');
  });

  it('keeps a linked finding marked as linked in the platform’s view', () => {
    const f = linkedFinding('CN', NEAR_DUPLICATE, [
      { key: 'k', rule: NEAR_DUPLICATE, by: 'pb:later', at: 't', similarity: 0.9 },
    ]);
    const [view] = platformView(result([f]), 'pa').findings;
    expect(view?.linked).toBe(true);
    expect(view?.note).toMatch(new RegExp(`^linked after screening: .*${OTHER_PLATFORM}$`));
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
