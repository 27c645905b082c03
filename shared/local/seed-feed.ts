/** Sends the sample feed through the running API, one POST per platform with that platform's token. */
import { readFileSync } from 'node:fs';
import { parseFeedText } from '#shared/cli/input.ts';
import type { LocalCredential } from '#shared/local/credentials.ts';

export interface SeedReport {
  platform: string;
  accepted: number;
  rejected: number;
}

export async function seedFeed(
  baseUrl: string,
  file: string,
  credentials: readonly LocalCredential[],
): Promise<SeedReport[]> {
  const byPlatform = new Map<string, unknown[]>();
  for (const rec of parseFeedText(readFileSync(file, 'utf8'))) {
    const platform = (rec.value as { platform?: unknown } | undefined)?.platform;
    if (typeof platform !== 'string') continue;
    const list = byPlatform.get(platform) ?? [];
    list.push(rec.value);
    byPlatform.set(platform, list);
  }
  const reports: SeedReport[] = [];
  for (const [platform, ads] of byPlatform) {
    const cred = credentials.find((c) => c.principal.kind === 'platform' && c.principal.platform === platform);
    if (!cred) continue;
    const res = await fetch(`${baseUrl}/v1/feeds`, {
      method: 'POST',
      headers: { authorization: `Bearer ${cred.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(ads),
    });
    if (res.status !== 202) throw new Error(`seeding ${platform}'s feed answered ${res.status}`);
    const receipt = (await res.json()) as { accepted: number; rejected: unknown[] };
    reports.push({ platform, accepted: receipt.accepted, rejected: receipt.rejected.length });
  }
  return reports;
}
