/**
 * Every regular expression the engine can run is checked for super-linear backtracking with
 * `recheck` (a ReDoS checker: an automaton-based proof where the pattern's automaton is small enough,
 * seeded fuzzing otherwise). Literals are read from the sources with the TypeScript parser; patterns
 * built at run time (from word lists) are caught by observing the RegExp constructor while the rule
 * modules load.
 *
 * A pattern recheck flags fails if its own attack string, grown to 200,000 characters, is slow and
 * grows super-linearly (see `superLinear`): fuzzing reports bounded gaps such as `[^.;\n]{0,60}?` as
 * polynomial because it measures steps on short strings, while the real cost stays linear. A pattern recheck cannot
 * decide within its time limit fails too; nothing is passed on an "unknown".
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DIRS = ['shared/rules', 'shared/text', 'shared/engine', 'shared/fraud', 'shared/model', 'shared/signals'];

function walk(dir: string): string[] {
  let out: string[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out = out.concat(walk(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

interface Pattern {
  source: string;
  flags: string;
  where: string;
}

function literalPatterns(file: string): Pattern[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Pattern[] = [];
  const visit = (n: ts.Node) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = n.getText(sf);
      const last = text.lastIndexOf('/');
      const { line } = sf.getLineAndCharacterOfPosition(n.getStart(sf));
      out.push({
        source: text.slice(1, last),
        flags: text.slice(last + 1),
        where: `${file.slice(root.length)}:${line + 1}`,
      });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

const files = DIRS.flatMap((d) => walk(join(root, d)));
const patterns = new Map<string, Pattern>();
for (const f of files) for (const p of literalPatterns(f)) patterns.set(`${p.flags}/${p.source}`, p);

// patterns built at run time
const Native = RegExp;
globalThis.RegExp = new Proxy(Native, {
  construct(target, args: [string | RegExp, string?]) {
    const re = Reflect.construct(target, args) as RegExp;
    if (re.source.length > 3)
      patterns.set(`${re.flags}/${re.source}`, { source: re.source, flags: re.flags, where: 'runtime' });
    return re;
  },
}) as RegExpConstructor;
try {
  const { ALL_RULES } = await import('#shared/rules/index.ts');
  expect(ALL_RULES.length).toBeGreaterThan(0);
} finally {
  globalThis.RegExp = Native;
}

/** `*`, `+` or `{n,}` that is not escaped. */
const UNBOUNDED = /(?<!\\)(?:[*+]|\{\d+,\})/;

/** What recheck found for one pattern: safe, or the attack it built (kept so the measure reruns cheaply). */
type Verdict = 'safe' | { prefix: string[]; pump: string[]; suffix: string };

/**
 * Verdicts by SHA-256 of flags and source. recheck is seeded here, so a verdict is reproducible and
 * only new or changed patterns need it again (the whole set takes minutes). Refresh with
 * RW_RECHECK_WRITE=1 npx vitest run test/rules/regex-safety.test.ts.
 */
const CACHE = fileURLToPath(new URL('./regex-safety.verdicts.json', import.meta.url));
const verdicts: Record<string, Verdict> = existsSync(CACHE)
  ? (JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, Verdict>)
  : {};

const ATTACK_LENGTH = 200_000;
const ATTACK_BUDGET_MS = 250;

/** Milliseconds to run every match of `p` over its attack string grown to about `length` characters. */
function attackMs(p: Pattern, attack: Exclude<Verdict, 'safe'>, length: number): number {
  const pumped = attack.pump.reduce((n, pump) => n + pump.length, 0) || 1;
  const times = Math.ceil(length / pumped);
  const input =
    attack.prefix.map((prefix, i) => prefix + (attack.pump[i] ?? '').repeat(times)).join('') + attack.suffix;
  const re = new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`);
  const t0 = performance.now();
  // every match, as the engine's scan takes them (Array.from drains the iterator)
  Array.from(input.matchAll(re));
  return performance.now() - t0;
}

/**
 * A flagged pattern is super-linear in practice when its attack is both slow at full length and grows
 * faster than the input: four times the input costing more than eight times the time (linear ≈ 4,
 * quadratic ≈ 16). Requiring both keeps a busy machine from failing a linear pattern.
 */
function superLinear(p: Pattern, attack: Exclude<Verdict, 'safe'>): { ms: number; ratio: number; slow: boolean } {
  const small = attackMs(p, attack, ATTACK_LENGTH / 4);
  const ms = attackMs(p, attack, ATTACK_LENGTH);
  const ratio = ms / Math.max(small, 0.5);
  return { ms, ratio, slow: ms > ATTACK_BUDGET_MS && ratio > 8 };
}

describe('regex safety', () => {
  it('finds the patterns to check', () => {
    expect(patterns.size).toBeGreaterThan(10);
  });
  it('has no pattern with super-linear backtracking', async () => {
    const unsafe: string[] = [];
    let checked = 0;
    let flagged = 0;
    let worst = 0;
    const used: Record<string, Verdict> = {};
    for (const p of patterns.values()) {
      // only a repetition without an upper bound can make matching super-linear; patterns with none
      // (alternations of words, bounded gaps) are linear by construction, and skipping them keeps this fast
      if (!UNBOUNDED.test(p.source)) continue;
      const key = createHash('sha256').update(`${p.flags}/${p.source}`).digest('hex').slice(0, 24);
      let verdict = verdicts[key];
      if (verdict === undefined) {
        checked++;
        // recheck does not know the v flag; u has the same semantics for these checks
        const r = await check(p.source, p.flags.replace('v', 'u'), { timeout: 120_000, randomSeed: 20261126 });
        if (r.status === 'unknown') {
          unsafe.push(`${p.where} /${p.source}/${p.flags}: recheck could not decide (${r.error.kind})`);
          continue;
        }
        verdict =
          r.status === 'safe'
            ? 'safe'
            : {
                prefix: r.attack.pumps.map((x) => x.prefix),
                pump: r.attack.pumps.map((x) => x.pump),
                suffix: r.attack.suffix,
              };
      }
      if (verdict !== 'safe') {
        flagged++;
        const { ms, ratio, slow } = superLinear(p, verdict);
        worst = Math.max(worst, ms);
        if (slow) {
          unsafe.push(
            `${p.where} /${p.source}/${p.flags}: ${Math.round(ms)} ms on its attack string, ${ratio.toFixed(1)}× for 4× the input`,
          );
          continue;
        }
      }
      used[key] = verdict;
    }
    console.log(
      `[reliability] regex safety: ${patterns.size} patterns; ${Object.keys(used).length + unsafe.length} with unbounded repetition, each with a recheck verdict (${checked} new now); ${flagged} flagged by fuzzing measured linear (worst ${worst.toFixed(1)} ms on a ${ATTACK_LENGTH.toLocaleString('en')}-character attack)`,
    );
    if (process.env.RW_RECHECK_WRITE) {
      const sorted = Object.fromEntries(Object.entries(used).sort(([a], [b]) => a.localeCompare(b)));
      writeFileSync(CACHE, `${JSON.stringify(sorted, null, 1)}\n`);
    }
    expect(unsafe).toEqual([]);
  }, 900_000);
});
