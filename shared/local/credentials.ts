/**
 * API credentials for the local stack: the demo principals, or tokens from a file / environment
 * variable. Stored through the pipeline's credential store, hashed; tokens are never printed or logged.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Principal } from '#shared/pipeline/ports.ts';
import { LocalConfigError } from '#shared/local/errors.ts';

export interface LocalCredential {
  token: string;
  principal: Principal;
}

export const DEMO_CREDENTIALS: readonly LocalCredential[] = [
  {
    token: 'rw_demo_platform_a',
    principal: { kind: 'platform', platform: 'demo-platform-a', subject: 'demo-platform-a' },
  },
  {
    token: 'rw_demo_platform_b',
    principal: { kind: 'platform', platform: 'demo-platform-b', subject: 'demo-platform-b' },
  },
  { token: 'rw_demo_regulator', principal: { kind: 'regulator', regions: '*', subject: 'demo-regulator' } },
  {
    token: 'rw_demo_regulator_changsha',
    principal: { kind: 'regulator', regions: ['430100'], subject: 'demo-regulator-changsha' },
  },
];

const id = z.string().regex(/^[\w.:@~+=-]{1,200}$/);
const token = z.string().regex(/^\S{8,512}$/, 'a token is 8–512 characters without spaces');

/** The tokens file / RW_TOKENS format: a JSON array of credentials. */
export const TokensFileSchema = z.array(
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('platform'), token, platform: id, subject: id.optional() }),
    z.object({
      kind: z.literal('regulator'),
      token,
      regions: z.union([z.literal('*'), z.array(z.string().regex(/^[0-9A-Za-z-]{1,16}$/)).min(1)]),
      subject: id,
    }),
  ]),
);

export function parseTokens(text: string, source: string): LocalCredential[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new LocalConfigError(`${source} is not JSON`, { cause: err });
  }
  const parsed = TokensFileSchema.safeParse(json);
  if (!parsed.success) {
    // issues name paths and rules, never the token values
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new LocalConfigError(`${source} is invalid: ${detail}`);
  }
  return parsed.data.map((c) =>
    c.kind === 'platform'
      ? { token: c.token, principal: { kind: 'platform', platform: c.platform, subject: c.subject ?? c.platform } }
      : { token: c.token, principal: { kind: 'regulator', regions: c.regions, subject: c.subject } },
  );
}

export function readTokensFile(path: string): LocalCredential[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new LocalConfigError(`cannot read the tokens file ${path}`, { cause: err });
  }
  return parseTokens(text, path);
}

/** Names a region code for people (e.g. 430100 → Changsha), or null when it has no known name. */
export type RegionNamer = (code: string) => string | null;

/** What may be shown about a credential: who it is for, never the secret. */
export function describePrincipal(p: Principal, regionName: RegionNamer = () => null): string {
  if (p.kind === 'platform') return `platform ${p.platform}`;
  if (p.regions === '*') return 'regulator, all jurisdictions';
  const regions = p.regions.map((code) => {
    const name = regionName(code);
    return name ? `${code} (${name})` : code;
  });
  return `regulator, region${regions.length > 1 ? 's' : ''} ${regions.join(', ')} only`;
}
