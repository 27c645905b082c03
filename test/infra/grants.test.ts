/**
 * Every AWS call a function's code can make is granted to that function's role. The commands are read
 * from the project files esbuild puts in each bundle (test/infra/bundles.ts, built as NodejsFunction
 * builds it), so a new `BatchWriteCommand` in an adapter fails here, not as AccessDenied in production.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRIES } from '#infra/bundling.ts';
import { bundle, ROOT } from '#test/infra/bundles.ts';
import { synthStack } from '#test/infra/synth.ts';

/** SDK package → (command class name → IAM action). */
const SERVICES: Record<string, (command: string) => string | undefined> = {
  '@aws-sdk/lib-dynamodb': (c) => DYNAMO[c],
  '@aws-sdk/client-dynamodb': (c) => DYNAMO[c.replace(/Item$/, '')] ?? DYNAMO[c],
  '@aws-sdk/client-sns': (c) => (c === 'Publish' ? 'sns:Publish' : `sns:${c}`),
  '@aws-sdk/client-sqs': (c) => (c === 'SendMessageBatch' ? 'sqs:SendMessage' : `sqs:${c}`),
  '@aws-sdk/client-secrets-manager': (c) => `secretsmanager:${c}`,
};
const DYNAMO: Record<string, string> = {
  Get: 'dynamodb:GetItem',
  Put: 'dynamodb:PutItem',
  Update: 'dynamodb:UpdateItem',
  Delete: 'dynamodb:DeleteItem',
  Query: 'dynamodb:Query',
  Scan: 'dynamodb:Scan',
  BatchWrite: 'dynamodb:BatchWriteItem',
  BatchGet: 'dynamodb:BatchGetItem',
  TransactWrite: 'dynamodb:TransactWriteItems',
  TransactGet: 'dynamodb:TransactGetItems',
};

/** The IAM actions the project files of one bundle need, as `action|file` pairs. */
async function neededActions(entry: string): Promise<Set<string>> {
  const { inputs } = await bundle(entry);
  const needed = new Set<string>();
  for (const file of inputs) {
    if (file.includes('node_modules') || !file.endsWith('.ts')) continue;
    const src = readFileSync(path.join(ROOT, file), 'utf8');
    for (const m of src.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'(@aws-sdk\/[a-z-]+)'/g)) {
      const toAction = SERVICES[m[2] ?? ''];
      if (!toAction || /^import\s*type/.test(m[0])) continue;
      for (const name of (m[1] ?? '').split(',')) {
        // a command class, or a paginator that sends it (`paginateQuery` sends QueryCommand)
        const command = /^\s*(?:(\w+)Command|paginate(\w+))\s*$/.exec(name);
        const operation = command?.[1] ?? command?.[2];
        if (!operation) continue;
        const action = toAction(operation);
        if (action) needed.add(`${action}|${file}`);
      }
    }
  }
  return needed;
}

/**
 * Commands a bundle contains but its function never sends (file-level reading over-approximates), each
 * with the reason; the test fails when an entry is no longer needed, so the list cannot rot.
 */
const NEVER_SENT: Partial<Record<keyof typeof ENTRIES, Record<string, string>>> = {
  api: {
    'dynamodb:PutItem|shared/adapters/dynamodb/case-store.ts':
      'the API reads cases and results through the case store; only the worker writes them',
    'dynamodb:PutItem|shared/adapters/dynamodb/result-store.ts':
      'the API reads results (GET /v1/ads/{adId}/result); only the worker stores them',
    'dynamodb:PutItem|shared/adapters/dynamodb/credential-store.ts':
      'the API looks credentials up; credentials are written by the operator tooling',
  },
  authorizer: {
    'dynamodb:PutItem|shared/adapters/dynamodb/credential-store.ts':
      'the authorizer only looks tokens up; credentials are written by the operator tooling',
  },
};

const { template } = synthStack();

/** Actions granted to one function's role (its default policy), by the function's logical-id prefix. */
function granted(prefix: string): Set<string> {
  const policies = Object.entries(template.findResources('AWS::IAM::Policy')).filter(([id]) =>
    id.startsWith(`${prefix}Function`),
  );
  expect(policies.length).toBe(1);
  const statements = policies.flatMap(
    ([, p]) => p.Properties.PolicyDocument.Statement as { Action: string | string[] }[],
  );
  return new Set(statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])));
}

describe('IAM grants cover the code', () => {
  const roles = { api: 'Api', authorizer: 'Authorizer', worker: 'Worker' } as const;
  for (const [name, entry] of Object.entries(ENTRIES) as [keyof typeof ENTRIES, string][]) {
    it(`${name}: every AWS command its bundle sends is granted`, async () => {
      const needed = await neededActions(entry);
      if (name !== 'authorizer') expect(needed.size).toBeGreaterThan(0);
      const have = granted(roles[name]);
      const exempt = NEVER_SENT[name] ?? {};
      for (const key of Object.keys(exempt)) expect([...needed]).toContain(key);
      const missing = [...needed].filter((pair) => !have.has(pair.split('|')[0] ?? '') && !exempt[pair]);
      expect(missing).toEqual([]);
    }, 60_000);
  }
});
