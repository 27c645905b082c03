/**
 * Regenerates shared/legal/catalogue.json from the research note ../shared/reference/legal-basis.md
 * (its six-column tables: ID | Violation | Law | Article | Paraphrase | Verified + source).
 * Run: node scripts/gen-legal-catalogue.ts [path-to-legal-basis.md]
 */
import { readFileSync, writeFileSync } from 'node:fs';

const src = process.argv[2] ?? '../shared/reference/legal-basis.md';
const md = readFileSync(src, 'utf8');
const JUR: Record<string, string> = { cn: 'CN', us: 'US', uk: 'GB', eu: 'EU' };

interface Entry {
  id: string;
  jurisdiction: string;
  violation: string;
  law: string;
  article: string;
  summary: string;
  verified: boolean;
  verification: string;
}
const entries: Entry[] = [];
let lastLaw = '';
let lastViolation = '';
const clean = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
for (const line of md.split('\n')) {
  const m = /^\|\s*((?:cn|us|uk|eu)\.[a-z0-9-]+(?:\s*\/\s*(?:uk)\.[a-z-]+)?)\s*\|(.*)\|\s*$/.exec(line);
  if (!m) continue;
  const cells = (m[2] as string).split('|').map(clean);
  if (cells.length < 5) continue;
  const [violation, law, article, summary, verification] = cells as [string, string, string, string, string];
  const ids = (m[1] as string).split('/').map((s) => s.trim());
  const lawName = law === '〃' || law === '' ? lastLaw : law;
  const viol = violation.startsWith('〃') ? `${lastViolation}${violation.slice(1)}` : violation;
  lastLaw = lawName;
  if (!violation.startsWith('〃')) lastViolation = violation;
  for (const id of ids) {
    entries.push({
      id,
      jurisdiction: JUR[id.split('.')[0] as string] as string,
      violation: viol.trim(),
      law: lawName,
      article,
      summary,
      verified: /^yes/i.test(verification),
      verification,
    });
  }
}
writeFileSync('shared/legal/catalogue.json', `${JSON.stringify(entries, null, 1)}\n`);
console.log(`${entries.length} entries, ${new Set(entries.map((e) => e.id)).size} ids`);
