/**
 * docs/deploy.md lists every function role's grants as the template has them: the table between the
 * `grants` markers is rendered from the synthesized IAM policies, and this test fails when the two differ.
 * `RW_DOCS_WRITE=1 npx vitest run test/infra/grants-doc.test.ts` rewrites the table.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { synthStack } from '#test/infra/synth.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DOC = path.join(ROOT, 'docs/deploy.md');
const BEGIN = '<!-- grants:begin (generated from the template by test/infra/grants-doc.test.ts) -->';
const END = '<!-- grants:end -->';

const { template } = synthStack();

type Statement = { Action: string | string[]; Resource: unknown };

/** A resource reference of the template, in words. */
function describeResource(r: unknown): string {
  if (r === '*') return '`*`';
  const json = JSON.stringify(r);
  const index = /"\/index\/([\w-]+)"/.exec(json);
  if (index) return `index \`${index[1]}\``;
  const ref = /"(?:Ref|Fn::GetAtt)":\[?"(\w+?)(?:[0-9A-F]{8})?"/.exec(json)?.[1] ?? json;
  const names: [RegExp, string][] = [
    [/^RecruitWatchTable$/, 'table'],
    [/^IngestQueue$/, 'ingest queue'],
    [/^IngestDlq$/, 'dead-letter queue'],
    [/^AlertTopic$/, 'alert topic'],
    [/^MessagesKey$/, 'messages KMS key'],
    [/^ReviewCursorSecret$/, 'review cursor secret'],
    [/^\w+FunctionLogs$/, 'its own log group'],
  ];
  return names.find(([re]) => re.test(ref))?.[1] ?? `\`${ref}\``;
}

/** One row per function and statement: the actions and the resources they apply to. */
function renderGrants(): string {
  const rows: string[] = ['| function | actions | on |', '|---|---|---|'];
  const policies = Object.entries(template.findResources('AWS::IAM::Policy'))
    .filter(([id]) => /^(Authorizer|Api|Worker)Function/.test(id))
    .sort(([a], [b]) => ORDER.indexOf(a.replace(/Function.*/, '')) - ORDER.indexOf(b.replace(/Function.*/, '')));
  for (const [id, policy] of policies) {
    const fn = id.replace(/Function.*/, '').toLowerCase();
    for (const st of policy.Properties.PolicyDocument.Statement as Statement[]) {
      const actions = (Array.isArray(st.Action) ? st.Action : [st.Action]).map((a) => `\`${a}\``).join(', ');
      const resources = (Array.isArray(st.Resource) ? st.Resource : [st.Resource]).map(describeResource);
      const indexes = resources.filter((r) => r.startsWith('index '));
      const on =
        indexes.length > 1
          ? `the ${indexes.length} indexes by name (${indexes.map((r) => r.replace('index ', '')).join(', ')})`
          : resources.join(', ');
      rows.push(`| ${fn} | ${actions} | ${on} |`);
    }
  }
  return rows.join('\n');
}
const ORDER = ['Authorizer', 'Api', 'Worker'];

describe('docs/deploy.md least-privilege table', () => {
  it('lists exactly the grants of the template', () => {
    const doc = readFileSync(DOC, 'utf8');
    const start = doc.indexOf(BEGIN);
    const end = doc.indexOf(END);
    expect(start, 'grants markers in docs/deploy.md').toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const expected = `${BEGIN}\n${renderGrants()}\n${END}`;
    if (process.env.RW_DOCS_WRITE === '1') {
      writeFileSync(DOC, doc.slice(0, start) + expected + doc.slice(end + END.length));
      return;
    }
    expect(doc.slice(start, end + END.length)).toBe(expected);
  });

  it('names every resource (no bare logical id in the table)', () => {
    const table = renderGrants();
    expect(table).toContain('| worker | `dynamodb:BatchWriteItem`');
    expect(table).not.toMatch(/`[A-Z]\w+`/);
  });
});
