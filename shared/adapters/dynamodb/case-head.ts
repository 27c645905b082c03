/**
 * The case head's versioned write, shared by the worker (a new ad version) and the review API (a decision):
 * ONE UpdateItem on `CASE#<id>`/`CASE`, applied only when the head exists and is still at the version the
 * caller read (`attribute_exists(pk) AND #version = :expected`). No transactions: dynalite has none, and a
 * single conditional write is atomic on its own. A lost condition is handed to the caller, which knows what
 * it means (a stale worker retries its message; a reviewer gets a 409).
 */
import { type DynamoDBDocumentClient, UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, storeError } from '#shared/adapters/dynamodb/client.ts';
import { caseKey } from '#shared/pipeline/keys.ts';

/** What a head write changes. */
export interface HeadChange {
  /** Attributes set to these values; `undefined` leaves an attribute as stored. */
  set: Readonly<Record<string, unknown>>;
  /** `version = version + 1` in the same write (decisions); otherwise `set` carries the next version. */
  bumpVersion?: boolean;
  /** Entries appended to the audit trail (decisions only: the worker never touches `audit`). */
  appendAudit?: readonly unknown[];
  /** Attributes removed (a field the latest ad version no longer gives). */
  remove?: readonly string[];
  /** Lists appended to (`list_append`, created when absent): the worker's linked findings and their keys. */
  appendLists?: Readonly<Record<string, readonly unknown[]>>;
  /** Extra condition: the list attribute does not hold this value yet (a replayed append changes nothing). */
  unlessListHolds?: { attribute: string; value: string };
}

export interface HeadWrite {
  client: DynamoDBDocumentClient;
  tableName: string;
  caseId: string;
  /** The head version the caller read: the write applies only if it is still current. */
  expectedVersion: number;
  change: HeadChange;
  /** Names the operation in a StoreError. */
  operation: string;
  /** The error to throw when the condition failed (stale version, or no head at all). */
  onStale: (cause: unknown) => Error | Promise<Error>;
}

/** Placeholders of the write itself; attribute names must not take them. */
const RESERVED = new Set(['expected', 'one', 'entry', 'empty', 'audit', 'absent']);
const APPEND_PLACEHOLDER = /^app\d+$/;
const PLAIN = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Thrown for a change this helper cannot express safely (a programming error, never data). */
export class HeadChangeError extends Error {
  override name = 'HeadChangeError';
}

/** The UpdateItem input for a versioned head write (exported for tests). */
export function headUpdateInput(
  tableName: string,
  caseId: string,
  expectedVersion: number,
  change: HeadChange,
): UpdateCommandInput {
  const names: Record<string, string> = { '#version': 'version' };
  const values: Record<string, unknown> = { ':expected': expectedVersion };
  const sets: string[] = [];
  for (const [k, v] of Object.entries(change.set)) {
    if (v === undefined) continue;
    if (!PLAIN.test(k) || RESERVED.has(k) || APPEND_PLACEHOLDER.test(k))
      throw new HeadChangeError(`attribute name not allowed in a head write: ${k}`);
    if (k === 'version' && change.bumpVersion) throw new HeadChangeError('version is either set or bumped, not both');
    names[`#${k}`] = k;
    values[`:${k}`] = v;
    sets.push(`#${k} = :${k}`);
  }
  if (change.bumpVersion) {
    values[':one'] = 1;
    sets.push('#version = #version + :one');
  }
  if (change.appendAudit?.length) {
    names['#audit'] = 'audit';
    values[':entry'] = [...change.appendAudit];
    values[':empty'] = [];
    sets.push('#audit = list_append(if_not_exists(#audit, :empty), :entry)');
  }
  Object.entries(change.appendLists ?? {}).forEach(([k, list], i) => {
    if (!PLAIN.test(k) || RESERVED.has(k) || k === 'version' || k in change.set) {
      throw new HeadChangeError(`attribute cannot be appended to in this head write: ${k}`);
    }
    names[`#app${i}`] = k;
    values[`:app${i}`] = [...list];
    values[':empty'] = [];
    sets.push(`#app${i} = list_append(if_not_exists(#app${i}, :empty), :app${i})`);
  });
  let condition = 'attribute_exists(pk) AND #version = :expected';
  if (change.unlessListHolds) {
    const k = change.unlessListHolds.attribute;
    if (!PLAIN.test(k)) throw new HeadChangeError(`attribute name not allowed in a head condition: ${k}`);
    names['#absentIn'] = k;
    values[':absent'] = change.unlessListHolds.value;
    condition += ' AND NOT contains(#absentIn, :absent)';
  }
  const removes: string[] = [];
  for (const k of change.remove ?? []) {
    if (!PLAIN.test(k) || RESERVED.has(k) || k === 'version' || k in change.set) {
      throw new HeadChangeError(`attribute cannot be removed in this head write: ${k}`);
    }
    names[`#${k}`] = k;
    removes.push(`#${k}`);
  }
  if (!sets.length) throw new HeadChangeError('a head write must set something');
  return {
    TableName: tableName,
    Key: caseKey(caseId),
    UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
    ConditionExpression: condition,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/** Writes the head if it is still at `expectedVersion`; `onStale`'s error otherwise; StoreError for the rest. */
export async function updateCaseHead(w: HeadWrite): Promise<void> {
  const input = headUpdateInput(w.tableName, w.caseId, w.expectedVersion, w.change);
  try {
    await w.client.send(new UpdateCommand(input));
  } catch (err) {
    if (isConditionFailure(err)) throw await w.onStale(err);
    throw storeError(w.operation, err);
  }
}
