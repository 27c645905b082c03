import { describe, expect, it } from 'vitest';
import { scanRecords } from '#shared/cli/scan.ts';
import { Engine } from '#shared/engine/engine.ts';
import type { ScanResult } from '#shared/engine/types.ts';

describe('recruitwatch scan applies the cross-ad signals within one run', () => {
  it('links two employers sharing one IM handle, and keeps input order and error lines', async () => {
    const ad = (adId: string, name: string) => ({
      platform: 'feed',
      adId,
      title: '客服专员',
      description: '负责在线回复顾客咨询，有意者加微信 hr_job2024 详谈',
      employer: { name },
      location: { country: 'CN' },
    });
    const lines = await scanRecords(new Engine(), [
      { line: 1, value: ad('x1', '甲公司') },
      { line: 2, error: 'invalid JSON' },
      { line: 3, value: ad('x2', '乙公司') },
    ]);
    expect(lines.map((l) => ('error' in l ? 'error' : l.adId))).toEqual(['x1', 'error', 'x2']);
    for (const [i, other] of [
      [0, 'feed:x2'],
      [2, 'feed:x1'],
    ] as const) {
      const f = (lines[i] as ScanResult).findings.find((x) => x.rule === 'signal-shared-contact');
      expect(f?.note).toContain(other);
      expect(f?.note).not.toContain('hr_job2024');
    }
  });
});
