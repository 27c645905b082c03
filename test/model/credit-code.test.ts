import { describe, expect, it } from 'vitest';
import { creditCodeState } from '#shared/model/credit-code.ts';

describe('creditCodeState (GB 32100-2015 check character)', () => {
  it('accepts codes whose check character is right', () => {
    // dev-set employers with well-formed codes
    expect(creditCodeState('91130108MA0FXA3W9U')).toBe('valid');
    expect(creditCodeState('91350206MA33C8RT1D')).toBe('valid');
  });
  it('rejects a changed check character, a bad shape and forbidden letters', () => {
    expect(creditCodeState('91130108MA0FXA3W9V')).toBe('invalid');
    expect(creditCodeState('91130108MA0FXA3W9')).toBe('invalid');
    expect(creditCodeState('91130108MA0FXA3WIU')).toBe('invalid');
  });
  it('reports an absent or blank code as absent', () => {
    expect(creditCodeState(undefined)).toBe('absent');
    expect(creditCodeState('  ')).toBe('absent');
  });
});
