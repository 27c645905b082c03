/** npm start options and credentials: validation, precedence, and no token in any message. */
import { describe, expect, it } from 'vitest';
import { loadStartConfig } from '#shared/local/config.ts';
import { DEMO_CREDENTIALS, parseTokens } from '#shared/local/credentials.ts';
import { LocalConfigError } from '#shared/local/errors.ts';

describe('loadStartConfig', () => {
  it('defaults to demo mode on port 3000 with data in .data', () => {
    const c = loadStartConfig([], {});
    expect(c).toMatchObject({ port: 3000, dataDir: '.data', demo: true, verbose: false });
    expect(c.credentials.map((x) => x.token)).toEqual(DEMO_CREDENTIALS.map((x) => x.token));
  });

  it('takes flags over environment variables', () => {
    const c = loadStartConfig(['--port', '0', '--memory', '--no-demo'], { PORT: '8080', RW_DATA_DIR: '/x' });
    expect(c.port).toBe(0);
    expect(c.dataDir).toBeUndefined();
    expect(c.demo).toBe(false);
    expect(c.credentials).toEqual([]);
    expect(loadStartConfig([], { PORT: '8080', RW_DATA_DIR: '/x' })).toMatchObject({ port: 8080, dataDir: '/x' });
  });

  it('rejects bad ports, webhooks and unknown flags', () => {
    expect(() => loadStartConfig(['--port', '70000'], {})).toThrow(LocalConfigError);
    expect(() => loadStartConfig([], { RW_WEBHOOK_URL: 'ftp://x' })).toThrow(LocalConfigError);
    expect(() => loadStartConfig(['--bogus'], {})).toThrow(LocalConfigError);
  });

  it('reads tokens from RW_TOKENS, and never echoes a token in an error', () => {
    const c = loadStartConfig(['--no-demo'], {
      RW_TOKENS: JSON.stringify([
        { kind: 'platform', platform: 'acme', token: 'secret-token-1' },
        { kind: 'regulator', subject: 'hunan', regions: ['430000'], token: 'secret-token-2' },
      ]),
    });
    expect(c.credentials.map((x) => x.principal)).toEqual([
      { kind: 'platform', platform: 'acme', subject: 'acme' },
      { kind: 'regulator', regions: ['430000'], subject: 'hunan' },
    ]);
    const bad = JSON.stringify([{ kind: 'platform', platform: 'acme', token: 'short' }]);
    expect(() => parseTokens(bad, 'RW_TOKENS')).toThrow(/token/);
    try {
      parseTokens(bad, 'RW_TOKENS');
    } catch (err) {
      expect((err as Error).message).not.toContain('short');
    }
  });
});
