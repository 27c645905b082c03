/**
 * Feed bodies: a JSON array, `{ "ads": [...] }`, or NDJSON (`application/x-ndjson`, one ad per line).
 * Invalid JSON in a JSON body is a 400; an NDJSON line that is not JSON rejects only that ad.
 */
import { BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from '#shared/pipeline/http/errors.ts';
import { FEED_LIMITS } from '#shared/pipeline/resources.ts';

export type FeedRecord = { index: number; value: unknown } | { index: number; error: string };

const NDJSON = /^application\/(x-ndjson|ndjson|jsonl|x-jsonlines|jsonlines)\b/i;
const JSON_TYPE = /^(application\/([\w.+-]+\+)?json|text\/json)\b/i;

export function parseFeedBody(body: string, bytes: number, contentType: string | undefined): FeedRecord[] {
  if (bytes > FEED_LIMITS.maxBytes) throw new PayloadTooLargeError(`feed exceeds ${FEED_LIMITS.maxBytes} bytes`);
  if (!body.trim()) throw new BadRequestError('empty body');
  const type = (contentType ?? 'application/json').trim();
  let records: FeedRecord[];
  if (NDJSON.test(type)) records = parseNdjson(body);
  else if (JSON_TYPE.test(type)) records = parseJson(body);
  else throw new UnsupportedMediaTypeError('send application/json or application/x-ndjson');
  if (records.length === 0) throw new BadRequestError('the feed holds no ads');
  if (records.length > FEED_LIMITS.maxAds) {
    throw new PayloadTooLargeError(`a feed holds at most ${FEED_LIMITS.maxAds} ads (got ${records.length})`);
  }
  return records;
}

function parseJson(body: string): FeedRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    throw new BadRequestError('body is not valid JSON', undefined, { cause: err });
  }
  const ads = Array.isArray(value) ? value : isObject(value) && Array.isArray(value.ads) ? value.ads : undefined;
  if (!ads) throw new BadRequestError('body must be a JSON array of ads or an object { "ads": [...] }');
  return ads.map((v, index) => ({ index, value: v }));
}

function parseNdjson(body: string): FeedRecord[] {
  const out: FeedRecord[] = [];
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const index = out.length;
    if (out.length > FEED_LIMITS.maxAds) break; // enough to know it is too many
    try {
      out.push({ index, value: JSON.parse(line) });
    } catch {
      out.push({ index, error: 'line is not valid JSON' });
    }
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
