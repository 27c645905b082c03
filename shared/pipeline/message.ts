/** The ingest queue's message: the envelope the feed API writes and the worker reads. */
import { z } from 'zod';
import { validateAd } from '#shared/feed/schema.ts';
import { PoisonMessageError } from '#shared/pipeline/errors.ts';
import type { IngestMessage } from '#shared/pipeline/ports.ts';

const Envelope = z.object({
  v: z.literal(1),
  feedId: z.string().min(1),
  index: z.number().int().nonnegative(),
  // UTC only (`…Z`, as the API writes it): receivedAt values are compared as strings
  receivedAt: z.iso.datetime(),
  adSha256: z.string().regex(/^[0-9a-f]{64}$/),
  ad: z.unknown(),
});

/** Parses a queue message body; anything malformed is a PoisonMessageError (it would fail every time). */
export function parseMessage(body: string): IngestMessage {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    throw new PoisonMessageError('message body is not JSON', { cause: err });
  }
  const env = Envelope.safeParse(raw);
  if (!env.success) throw new PoisonMessageError('message is not an ingest envelope', { cause: env.error });
  const ad = validateAd(env.data.ad);
  if (!ad.ok) throw new PoisonMessageError(`invalid ad: ${ad.errors.map((e) => e.path).join(', ')}`);
  return { ...env.data, v: 1, ad: ad.ad };
}
