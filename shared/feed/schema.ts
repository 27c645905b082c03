/**
 * The feed format: the contract with platforms. `npm run docs` exports it as docs/feed.schema.json.
 */
import { z } from 'zod';

const text = (max: number) => z.string().max(max);
const trimmedId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\p{L}\p{N}._:@~+=-]+$/u, 'may hold only letters, digits and . _ : @ ~ + = -');

export const SALARY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;

export const EmployerSchema = z.object({
  name: text(500).optional(),
  creditCode: text(64).optional(),
  profile: text(20_000).optional(),
  website: text(2_000).optional(),
});

export const LocationSchema = z.object({
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166 alpha-2 code')
    .transform((c) => c.toUpperCase())
    .default('CN'),
  city: text(200).optional(),
  regionCode: z
    .string()
    .regex(/^[0-9A-Za-z-]{1,16}$/, 'must be a region code such as 430100')
    .optional(),
  address: text(1_000).optional(),
  remote: z.boolean().optional(),
});

export const SalarySchema = z.object({
  min: z.number().finite().nonnegative().optional(),
  max: z.number().finite().nonnegative().optional(),
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'must be an ISO 4217 code')
    .transform((c) => c.toUpperCase())
    .optional(),
  period: z.enum(SALARY_PERIODS).optional(),
  text: text(500).optional(),
});

export const ContactSchema = z.object({
  name: text(200).optional(),
  phone: text(100).optional(),
  email: text(320).optional(),
  im: text(200).optional(),
});

export const AdSchema = z.object({
  platform: trimmedId,
  adId: trimmedId,
  title: z.string().min(1).max(1_000),
  description: z.string().min(1).max(2_000_000),
  requirements: text(200_000).optional(),
  benefits: text(200_000).optional(),
  employer: EmployerSchema.optional(),
  location: LocationSchema.optional(),
  salary: SalarySchema.optional(),
  contact: ContactSchema.optional(),
  employmentType: text(100).optional(),
  headcount: z.number().int().nonnegative().max(1_000_000).optional(),
  postedAt: z.iso.datetime({ offset: true }).optional(),
  validThrough: z.iso.datetime({ offset: true }).optional(),
  url: text(2_000).optional(),
  language: z.enum(['zh', 'en']).optional(),
});

export type Ad = z.output<typeof AdSchema>;
export type AdInput = z.input<typeof AdSchema>;

export interface FieldIssue {
  path: string;
  message: string;
}

export type AdValidation =
  | { ok: true; ad: Ad; warnings: FieldIssue[] }
  | { ok: false; adId?: string; errors: FieldIssue[] };

const KNOWN: Record<string, Set<string>> = {
  '': new Set(Object.keys(AdSchema.shape)),
  employer: new Set(Object.keys(EmployerSchema.shape)),
  location: new Set(Object.keys(LocationSchema.shape)),
  salary: new Set(Object.keys(SalarySchema.shape)),
  contact: new Set(Object.keys(ContactSchema.shape)),
};

function unknownFields(input: Record<string, unknown>): FieldIssue[] {
  const warnings: FieldIssue[] = [];
  for (const [prefix, known] of Object.entries(KNOWN)) {
    const obj = prefix ? input[prefix] : input;
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) continue;
    for (const key of Object.keys(obj)) {
      if (!known.has(key)) {
        const path = prefix ? `${prefix}.${key}` : key;
        warnings.push({ path, message: 'unknown field, ignored' });
      }
    }
  }
  return warnings;
}

const pathOf = (path: readonly PropertyKey[]): string =>
  path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.') || '(ad)';

/** Validates one feed record. Unknown fields are warnings; wrong types and missing fields are errors naming the field. */
export function validateAd(input: unknown): AdValidation {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '(ad)', message: 'must be a JSON object' }] };
  }
  const record = input as Record<string, unknown>;
  const parsed = AdSchema.safeParse(record);
  if (!parsed.success) {
    const adId = typeof record.adId === 'string' ? record.adId : undefined;
    const errors = parsed.error.issues.map((i) => ({ path: pathOf(i.path), message: i.message }));
    return adId === undefined ? { ok: false, errors } : { ok: false, adId, errors };
  }
  return { ok: true, ad: parsed.data, warnings: unknownFields(record) };
}
