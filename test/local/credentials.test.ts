/** What the start banner may say about a credential: who it is for, with region names, never the token. */
import { describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS, describePrincipal } from '#shared/local/credentials.ts';

const names: Record<string, string> = { '430100': 'Changsha' };
const namer = (code: string) => names[code] ?? null;

describe('describePrincipal', () => {
  it('describes the demo principals as the README table does', () => {
    expect(DEMO_CREDENTIALS.map((c) => describePrincipal(c.principal, namer))).toEqual([
      'platform demo-platform-a',
      'platform demo-platform-b',
      'regulator, all jurisdictions',
      'regulator, region 430100 (Changsha) only',
    ]);
  });

  it('names what it can and keeps the code of what it cannot', () => {
    const p = { kind: 'regulator', regions: ['430100', 'X-1'], subject: 's' } as const;
    expect(describePrincipal({ ...p, regions: [...p.regions] }, namer)).toBe(
      'regulator, regions 430100 (Changsha), X-1 only',
    );
    expect(describePrincipal({ ...p, regions: ['430100'] })).toBe('regulator, region 430100 only');
  });
});
