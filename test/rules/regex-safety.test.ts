/**
 * Every regular expression the engine can run is checked for super-linear backtracking with
 * `recheck` (a ReDoS checker with an automaton-based analysis). Literals are read from the sources
 * with the TypeScript parser; patterns built at run time (from word lists) are caught by observing
 * the RegExp constructor while the rule modules load.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
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

describe('regex safety', () => {
  it('finds the patterns to check', () => {
    expect(patterns.size).toBeGreaterThan(10);
  });
  it('has no pattern with super-linear backtracking', () => {
    const unsafe: string[] = [];
    for (const p of patterns.values()) {
      // recheck does not know the v flag; u has the same semantics for these checks
      const flags = p.flags.replace('v', 'u');
      const r = checkSync(p.source, flags, { timeout: 5_000 });
      if (r.status === 'vulnerable') unsafe.push(`${p.where} /${p.source}/${p.flags}: ${r.complexity.type}`);
    }
    expect(unsafe).toEqual([]);
  }, 240_000);
});
