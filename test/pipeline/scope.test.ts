import { describe, expect, it } from 'vitest';
import { inScope, jurisdictionOf, regionPartition, regionPrefix, scopePartitions } from '#shared/pipeline/scope.ts';
import type { Principal } from '#shared/pipeline/ports.ts';

const reg = (regions: string[] | '*'): Principal => ({ kind: 'regulator', regions, subject: 't' });

describe('region scope', () => {
  it('reads Chinese administrative codes as prefixes', () => {
    expect(regionPrefix('430000')).toBe('43');
    expect(regionPrefix('430100')).toBe('4301');
    expect(regionPrefix('430102')).toBe('430102');
    expect(regionPrefix('us-ca')).toBe('US-CA');
  });
  it('lets a Changsha regulator see Changsha districts but not Suzhou or cases without a region', () => {
    const changsha = reg(['430100']);
    expect(inScope(changsha, '430102')).toBe(true);
    expect(inScope(changsha, '430100')).toBe(true);
    expect(inScope(changsha, '320500')).toBe(false);
    expect(inScope(changsha, '431000')).toBe(false);
    expect(inScope(changsha, null)).toBe(false);
    expect(inScope(reg('*'), null)).toBe(true);
    expect(inScope({ kind: 'platform', platform: 'p', subject: 'p' }, '430102')).toBe(false);
  });
  it('scopes a case without a region code by its country, and never into a narrower region', () => {
    expect(jurisdictionOf({ regionCode: '430102', country: 'CN' })).toBe('430102');
    expect(jurisdictionOf({ regionCode: null, country: 'gb' })).toBe('GB');
    expect(jurisdictionOf({ country: 'US' })).toBe('US');
    const gb = jurisdictionOf({ regionCode: null, country: 'GB' });
    expect(inScope(reg(['GB']), gb)).toBe(true);
    expect(inScope(reg(['GB-SCT']), gb)).toBe(false);
    expect(inScope(reg(['US']), gb)).toBe(false);
    expect(inScope(reg(['430100']), jurisdictionOf({ regionCode: null, country: 'CN' }))).toBe(false);
  });
  it('maps regions to index partitions', () => {
    expect(regionPartition('430102')).toBe('43');
    expect(regionPartition('US-CA')).toBe('US');
    expect(scopePartitions(reg(['430100', '430200', '320500']))).toEqual(['43', '32']);
    expect(scopePartitions(reg('*'))).toBeUndefined();
  });
});
