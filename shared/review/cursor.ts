/**
 * Opaque page cursors. The store's position (a queue key) is wrapped with the caller's scope and filter
 * and signed with HMAC-SHA256, so a cursor cannot be edited, or replayed by a caller with another scope
 * or other filters. Without a configured secret (REVIEW_CURSOR_SECRET unset) the MAC key is public: a
 * cursor is then only scope- and filter-checked on use — still safe, because a position is just a sort
 * key and every row is filtered by the caller's scope anyway, but a crafted cursor is not detected.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ReviewValidationError } from '#shared/review/errors.ts';
import type { CaseFilter } from '#shared/review/types.ts';

export class CursorCodec {
  private readonly secret: Buffer;

  constructor(secret: string | Buffer | undefined) {
    const key = secret ?? 'recruitwatch-review-cursor-unsigned';
    this.secret = typeof key === 'string' ? Buffer.from(key, 'utf8') : key;
    if (this.secret.length < 16) throw new RangeError('cursor secret must be at least 16 bytes');
  }

  private mac(payload: string): Buffer {
    return createHmac('sha256', this.secret).update(payload).digest();
  }

  encode(position: string, scopeKey: string, filter: CaseFilter): string {
    const payload = Buffer.from(JSON.stringify({ p: position, s: scopeKey, f: filterKey(filter) })).toString(
      'base64url',
    );
    return `${payload}.${this.mac(payload).toString('base64url')}`;
  }

  /** The store position, or a ReviewValidationError for a cursor that is not ours, or not for this caller. */
  decode(cursor: string, scopeKey: string, filter: CaseFilter): string {
    const bad = () => new ReviewValidationError('invalid cursor', [{ path: 'cursor', message: 'not a valid cursor' }]);
    const [payload, sig, extra] = cursor.split('.');
    if (!payload || !sig || extra !== undefined) throw bad();
    const given = Buffer.from(sig, 'base64url');
    const want = this.mac(payload);
    if (given.length !== want.length || !timingSafeEqual(given, want)) throw bad();
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch (err) {
      throw new ReviewValidationError('invalid cursor', [{ path: 'cursor', message: 'not a valid cursor' }], {
        cause: err,
      });
    }
    const c = parsed as { p?: unknown; s?: unknown; f?: unknown };
    if (typeof c.p !== 'string' || c.s !== scopeKey || c.f !== filterKey(filter)) throw bad();
    return c.p;
  }
}

/** A canonical string of the filter: same filters in any order give the same key. */
export function filterKey(filter: CaseFilter): string {
  const entries = Object.entries(filter)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}
