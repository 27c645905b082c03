/**
 * Query-string parsing for the review routes: filters, paging and stats grouping, validated with zod.
 * Dates accept `YYYY-MM-DD` (a whole local day in the request's zone `tz`: `from` is its first instant,
 * `to` includes it) or a full ISO timestamp. `tz` is an IANA zone name; without one the caller's default
 * applies (local-day.ts: Asia/Shanghai for Chinese and national regulators).
 */
import { z } from 'zod';
import { SEVERITIES } from '#shared/engine/types.ts';
import { ReviewValidationError } from '#shared/review/errors.ts';
import { canonicalZone, nextDay, startOfLocalDay } from '#shared/review/local-day.ts';
import { CASE_STATUSES, type CaseFilter, STATS_GROUPS, type StatsGroup } from '#shared/review/types.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Date.parse rolls 2026-02-30 over to March: a real day survives the round trip. */
function isCalendarDay(s: string): boolean {
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}
const id = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[\p{L}\p{N}._:@~+=-]+$/u, 'may hold only letters, digits and . _ : @ ~ + = -');

const instant = z
  .string()
  .trim()
  .refine((s) => DAY.test(s) || !Number.isNaN(Date.parse(s)), 'must be YYYY-MM-DD or an ISO timestamp')
  .refine((s) => !DAY.test(s) || isCalendarDay(s), 'not a calendar day');

/** A day is its first local instant (`to`: the next day's); a timestamp is itself. As ISO in UTC. */
function instantIn(s: string, zone: string, end: boolean): string {
  if (!DAY.test(s)) return new Date(s).toISOString();
  return new Date(startOfLocalDay(end ? nextDay(s) : s, zone)).toISOString();
}

const zone = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const name = canonicalZone(s);
    if (name === undefined) {
      ctx.addIssue({ code: 'custom', message: 'must be an IANA time zone name such as Asia/Shanghai or UTC' });
      return z.NEVER;
    }
    return name;
  });

const FilterSchema = z.object({
  status: z.enum(CASE_STATUSES).optional(),
  category: z.enum(['fraud', 'discrimination', 'personal_data']).optional(),
  severity: z.enum(SEVERITIES).optional(),
  platform: id.optional(),
  regionCode: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{1,16}$/, 'must be a region code such as 430100')
    .optional(),
  creditCode: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{1,64}$/, 'must be a credit code')
    .optional(),
  from: instant.optional(),
  to: instant.optional(),
  tz: zone.optional(),
});

const ListSchema = FilterSchema.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2_000).optional(),
});

const StatsSchema = FilterSchema.extend({
  groupBy: z.enum(STATS_GROUPS).default('day'),
});

export interface ListQuery {
  filter: CaseFilter;
  limit: number;
  cursor: string | undefined;
  /** The zone dates were read in. */
  zone: string;
}

export type RawQuery = Record<string, string | undefined>;

/** Parses the query; dates are read in its `tz`, else in `defaultZone`. */
function parse<T extends typeof FilterSchema>(
  schema: T,
  raw: RawQuery,
  defaultZone: string,
): { data: Omit<z.output<T>, 'tz'>; zone: string } {
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const r = schema.safeParse(cleaned);
  if (!r.success) {
    const problems = r.error.issues.map((i) => ({
      path: i.path.map(String).join('.') || '(query)',
      message: i.message,
    }));
    throw new ReviewValidationError('invalid query parameters', problems);
  }
  const { tz, ...data } = r.data as z.output<T>;
  const zone = tz ?? defaultZone;
  const out = data as { from?: string; to?: string };
  if (out.from) out.from = instantIn(out.from, zone, false);
  if (out.to) out.to = instantIn(out.to, zone, true);
  if (out.from && out.to && out.from >= out.to) {
    throw new ReviewValidationError('invalid query parameters', [{ path: 'to', message: 'must be after from' }]);
  }
  return { data, zone };
}

function filterOf(d: Omit<z.output<typeof FilterSchema>, 'tz'>): CaseFilter {
  const f: CaseFilter = {};
  for (const [k, v] of Object.entries(d)) if (v !== undefined) (f as Record<string, unknown>)[k] = v;
  return f;
}

export function parseListQuery(raw: RawQuery, defaultZone = 'UTC'): ListQuery {
  const {
    data: { limit, cursor, ...rest },
    zone,
  } = parse(ListSchema, raw, defaultZone);
  return { filter: filterOf(rest), limit, cursor, zone };
}

export function parseFilter(raw: RawQuery, defaultZone = 'UTC'): { filter: CaseFilter; zone: string } {
  const { data, zone } = parse(FilterSchema, raw, defaultZone);
  return { filter: filterOf(data), zone };
}

export function parseStatsQuery(
  raw: RawQuery,
  defaultZone = 'UTC',
): { filter: CaseFilter; groupBy: StatsGroup; zone: string } {
  const {
    data: { groupBy, ...rest },
    zone,
  } = parse(StatsSchema, raw, defaultZone);
  return { filter: filterOf(rest), groupBy, zone };
}

/** Reason messages name what is wrong; the console shows the same wording before it sends. */
export const REASON_REQUIRED = 'required — say why you decide this (at least 2 characters)';
export const REASON_TOO_SHORT = 'too short — say why you decide this in at least 2 characters';

const DecisionSchema = z.object({
  decision: z.enum(['confirm', 'dismiss', 'escalate']),
  reason: z
    .string({ error: (iss) => (iss.input === undefined || iss.input === null ? REASON_REQUIRED : 'must be text') })
    .trim()
    .min(1, { error: REASON_REQUIRED, abort: true })
    .min(2, { error: REASON_TOO_SHORT })
    .max(2_000, { error: 'too long — at most 2,000 characters' }),
  expectedVersion: z.number().int().min(1),
});

export type DecisionInput = z.output<typeof DecisionSchema>;

export function parseDecision(body: unknown): DecisionInput {
  const r = DecisionSchema.safeParse(body);
  if (!r.success) {
    const problems = r.error.issues.map((i) => ({
      path: i.path.map(String).join('.') || '(body)',
      message: i.message,
    }));
    // `reason: required — …`: the message names each field, as `details.errors[]` does
    throw new ReviewValidationError(problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems);
  }
  return r.data;
}
