/** The human-readable report of `recruitwatch scan --format table`. */
import type { ScanLine } from '#shared/cli/scan.ts';
import type { Severity } from '#shared/engine/types.ts';

const SEV_COLOR: Record<Severity, string> = { info: '2', low: '36', medium: '33', high: '31', critical: '1;31' };

export function formatTable(lines: readonly ScanLine[], opts: { color: boolean; lang: 'zh' | 'en' }): string {
  const c = (code: string, s: string) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  let flagged = 0;
  let invalid = 0;
  for (const r of lines) {
    if ('error' in r) {
      invalid++;
      out.push(c('35', `✗ line ${r.line}${r.adId ? ` (${r.adId})` : ''}: ${r.error}`));
      continue;
    }
    const violations = r.findings.filter((f) => f.severity !== 'info');
    if (violations.length) flagged++;
    const head = violations.length ? c('1', `● ${r.adId}`) : c('32', `✓ ${r.adId}`);
    out.push(`${head}  [${r.platform}] ${r.jurisdiction}/${r.language}  risk ${r.riskScore}`);
    for (const f of r.findings) {
      out.push(
        `   ${c(SEV_COLOR[f.severity], f.severity.toUpperCase().padEnd(8))} ${f.rule}  ${opts.lang === 'zh' ? f.message.zh : f.message.en}`,
      );
      for (const e of f.evidence.slice(0, 3))
        out.push(`            ${e.field}[${e.start}:${e.end}] ${c('4', e.excerpt)}`);
      const law = f.legalBasis[0];
      if (law) out.push(`            ${c('2', `${law.law} ${law.article}${law.verified ? '' : ' (unverified)'}`)}`);
    }
  }
  out.push('');
  out.push(
    `${lines.length} records: ${flagged} flagged, ${lines.length - flagged - invalid} clean, ${invalid} invalid`,
  );
  return out.join('\n');
}
