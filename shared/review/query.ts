/**
 * Query-string parsing for the review routes: filters, paging and stats grouping, validated with zod.
 * Dates accept `YYYY-MM-DD` (a whole UTC day: `to` is inclusive of that day) or a full ISO timestamp.
 */
import { z } from 'zod';
import { SEVERITIES } from '#shared/engine/types.ts';
import { ReviewValidationError } from '#shared/review/errors.ts';
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

const instant = (end: boolean) =>
  z
    .string()
    .trim()
    .refine((s) => DAY.test(s) || !Number.isNaN(Date.parse(s)), 'must be YYYY-MM-DD or an ISO timestamp')
    .refine((s) => !DAY.test(s) || isCalendarDay(s), 'not a calendar day')
    .transform((s) => {
      if (!DAY.test(s)) return new Date(s).toISOString();
      const d = new Date(`${s}T00:00:00Z`);
      if (end) d.setUTCDate(d.getUTCDate() + 1);
      return d.toISOString();
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
  from: instant(false).optional(),
  to: instant(true).optional(),
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
}

export type RawQuery = Record<string, string | undefined>;

function parse<T extends z.ZodType>(schema: T, raw: RawQuery): z.output<T> {
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const r = schema.safeParse(cleaned);
  if (!r.success) {
    const problems = r.error.issues.map((i) => ({
      path: i.path.map(String).join('.') || '(query)',
      message: i.message,
    }));
    throw new ReviewValidationError('invalid query parameters', problems);
  }
  const out = r.data as { from?: string; to?: string };
  if (out.from && out.to && out.from >= out.to) {
    throw new ReviewValidationError('invalid query parameters', [{ path: 'to', message: 'must be after from' }]);
  }
  return r.data;
}

function filterOf(d: z.output<typeof FilterSchema>): CaseFilter {
  const f: CaseFilter = {};
  for (const [k, v] of Object.entries(d)) if (v !== undefined) (f as Record<string, unknown>)[k] = v;
  return f;
}

export function parseListQuery(raw: RawQuery): ListQuery {
  const { limit, cursor, ...rest } = parse(ListSchema, raw);
  return { filter: filterOf(rest), limit, cursor };
}

export function parseFilter(raw: RawQuery): CaseFilter {
  return filterOf(parse(FilterSchema, raw));
}

export function parseStatsQuery(raw: RawQuery): { filter: CaseFilter; groupBy: StatsGroup } {
  const { groupBy, ...rest } = parse(StatsSchema, raw);
  return { filter: filterOf(rest), groupBy };
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
