/**
 * Capacity units of one DynamoDB call as `ReturnConsumedCapacity: 'TOTAL'` reports them, read from the
 * request and response the measure script's middleware sees. Two corrections to what dynalite returns:
 * - `ConsumedCapacity` is a list (one entry per table) for BatchWriteItem / BatchGetItem / Transact*, an
 *   object for the single-table calls; BatchWriteItem is a write (dynalite sums its items' units, each
 *   item rounded up to 1 KB as for PutItem).
 * - a Query or GetItem is billed at least one read unit of its consistency even when it finds nothing
 *   (0.5 eventually consistent, 1 strongly consistent); dynalite reports 0 for an empty Query.
 * Index writes are not in dynalite's figures at all; `indexWritesOf` counts the calls that write the
 * case head's index entries, so the report can derive them.
 */

export interface Units {
  read: number;
  write: number;
}

type Consumed = { CapacityUnits?: number } | { CapacityUnits?: number }[] | undefined;

const WRITES = /^(Put|Update|Delete|BatchWrite|TransactWrite)/;
const MIN_READ = /^(Query|Get)/;

/** The operation of an SDK command name: `PutItemCommand`, `PutCommand` and `Put` are all `Put`. */
export const operationOf = (command: string): string => command.replace(/Command$/, '').replace(/Item$/, '');

/** `command` is the SDK command name (`BatchWriteItemCommand`, `QueryCommand`, document-client or not). */
export function unitsOf(command: string, input: Record<string, unknown>, output: Record<string, unknown>): Units {
  const cc = output.ConsumedCapacity as Consumed;
  const list = cc === undefined ? [] : Array.isArray(cc) ? cc : [cc];
  let units = list.reduce((s, c) => s + (c.CapacityUnits ?? 0), 0);
  const name = operationOf(command);
  if (WRITES.test(name)) return { read: 0, write: units };
  if (MIN_READ.test(name)) units = Math.max(units, input.ConsistentRead === true ? 1 : 0.5);
  return { read: units, write: 0 };
}

/** Attribute that every case head carries and nothing else: the regional-queue index's partition key. */
const HEAD_INDEX_KEY = 'gsi1pk';

/**
 * Which case-head index writes a call makes: `created` for a PutItem of a head (one new entry in each
 * index), `updated` for an UpdateItem that sets the index keys (entries rewritten; a changed index key
 * costs a delete and a put).
 */
export function indexWritesOf(command: string, input: Record<string, unknown>): 'created' | 'updated' | undefined {
  const name = operationOf(command);
  if (name === 'Put')
    return (input.Item as Record<string, unknown> | undefined)?.[HEAD_INDEX_KEY] ? 'created' : undefined;
  if (name === 'Update') {
    const names = Object.values((input.ExpressionAttributeNames as Record<string, string> | undefined) ?? {});
    const expr = String(input.UpdateExpression ?? '');
    return names.includes(HEAD_INDEX_KEY) || expr.includes(HEAD_INDEX_KEY) ? 'updated' : undefined;
  }
  return undefined;
}

/** Cross-ad signal keys: near-duplicate MinHash bands (`dup:<band>:<hash>`) or a shared contact's hash. */
export type SignalKind = 'band' | 'contact';

export const signalKindOf = (pk: unknown): SignalKind | undefined =>
  typeof pk !== 'string' || !pk.startsWith('SIG#') ? undefined : pk.startsWith('SIG#dup:') ? 'band' : 'contact';

/** UTF-8 bytes of a DynamoDB item as billed: attribute names plus values (numbers and booleans taken as 8/1). */
export function itemBytes(item: Record<string, unknown>): number {
  const size = (v: unknown): number => {
    if (typeof v === 'string') return Buffer.byteLength(v);
    if (typeof v === 'number') return 8;
    if (typeof v === 'boolean' || v === null || v === undefined) return 1;
    if (Array.isArray(v)) return 3 + v.reduce((s: number, x) => s + 1 + size(x), 0);
    return (
      3 + Object.entries(v as Record<string, unknown>).reduce((s, [k, x]) => s + 1 + Buffer.byteLength(k) + size(x), 0)
    );
  };
  return Object.entries(item).reduce((s, [k, v]) => s + Buffer.byteLength(k) + size(v), 0);
}

/** Write units of one item put: its size rounded up to the next 1 KB. */
export const itemWriteUnits = (item: Record<string, unknown>): number => Math.max(1, Math.ceil(itemBytes(item) / 1024));
