/**
 * Every regular expression the engine can run is checked for super-linear backtracking with
 * `recheck` (a ReDoS checker with an automaton-based analysis). Literals are read from the sources
 * with the TypeScript parser; patterns built at run time (from word lists) are caught by observing
 * the RegExp constructor while the rule modules load.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
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

/**
 * Patterns recheck has already proven safe, by SHA-256 of flags and source: the analysis is
 * deterministic, so only new or changed patterns need it again (a full run takes minutes on this
 * machine). Refresh with RW_RECHECK_WRITE=1 npx vitest run test/rules/regex-safety.test.ts.
 */
const CACHE = fileURLToPath(new URL('./regex-safety.verdicts.json', import.meta.url));
const verdicts = new Set<string>(existsSync(CACHE) ? (JSON.parse(readFileSync(CACHE, 'utf8')) as string[]) : []);

describe('regex safety', () => {
  it('finds the patterns to check', () => {
    expect(patterns.size).toBeGreaterThan(10);
  });
  it('has no pattern with super-linear backtracking', () => {
    const unsafe: string[] = [];
    let checked = 0;
    for (const p of patterns.values()) {
      // only a repetition without an upper bound can make matching super-linear; patterns with none
      // (alternations of words, bounded gaps) are linear by construction, and skipping them keeps this fast
      if (!UNBOUNDED.test(p.source)) continue;
      const key = createHash('sha256').update(`${p.flags}/${p.source}`).digest('hex').slice(0, 24);
      if (verdicts.has(key)) continue;
      checked++;
      // recheck does not know the v flag; u has the same semantics for these checks
      const flags = p.flags.replace('v', 'u');
      const r = checkSync(p.source, flags, {
        timeout: 3_000,
        attackTimeout: 1_000,
        recallTimeout: 1_000,
        incubationTimeout: 500,
        maxAttackStringSize: 4_000,
      });
      if (r.status === 'safe') verdicts.add(key);
      if (r.status === 'vulnerable') unsafe.push(`${p.where} /${p.source}/${p.flags}: ${r.complexity.type}`);
    }
    console.log(
      `[reliability] regex safety: ${patterns.size} patterns; ${checked} with unbounded repetition checked by recheck now, the rest proven safe before`,
    );
    if (process.env.RW_RECHECK_WRITE) writeFileSync(CACHE, `${JSON.stringify([...verdicts].sort(), null, 0)}\n`);
    expect(unsafe).toEqual([]);
  }, 240_000);
});
