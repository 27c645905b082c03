/** The body of an ad (title, description, requirements, benefits; normalised, joined), built once per ad. */
import { type AdDocument, BODY_FIELDS } from '#shared/text/document.ts';

const BODY = new WeakMap<AdDocument, string>();

export function bodyText(doc: AdDocument): string {
  let body = BODY.get(doc);
  if (body === undefined) {
    body = BODY_FIELDS.map((p) => doc.text(p)).join('\n');
    BODY.set(doc, body);
  }
  return body;
}

/**
 * How much of a field the context signals (pay, role, market, employer) read. Real ads state pay and
 * employer near the top; the bound keeps hostile multi-megabyte inputs linear and cheap.
 */
export const SIGNAL_WINDOW = 20_000;

/** The first SIGNAL_WINDOW characters of the body. */
export const bodyHead = (doc: AdDocument): string => bodyText(doc).slice(0, SIGNAL_WINDOW);
