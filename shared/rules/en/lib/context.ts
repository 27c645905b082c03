/**
 * Scope checks shared by the English rules: is a match inside an equal-opportunity statement, a
 * positive-action invitation, or a description of someone other than the applicant?
 * Everything here runs only after a rule's own regex matched, so it may cost a little more.
 */
import type { AdDocument, TextField } from '#shared/text/document.ts';

const SENTENCE_BREAK = /[.!?;。；！？\n\r]\s|[\n\r;。；！？]/g;
const CLAUSE_BREAK = /[.!?;。；！？,，:：\n\r•·|]\s|[\n\r;。；！？•·|]/g;

/**
 * The text between the nearest breaks around a span, looking at most `radius` characters either side.
 * Bounded on purpose: the engine's own sentenceAt scans from the start of the field, which costs
 * O(n) per call on a 2 MB description.
 */
function around(text: string, start: number, end: number, radius: number, breaks: RegExp): string {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  const before = text.slice(from, start);
  let s = 0;
  breaks.lastIndex = 0;
  for (let m = breaks.exec(before); m !== null; m = breaks.exec(before)) s = m.index + m[0].length;
  const after = text.slice(end, to);
  breaks.lastIndex = 0;
  const e = breaks.exec(after);
  return text.slice(from + s, e ? end + e.index : to);
}

/** The sentence around a span, clipped to `radius` characters either side. */
export function sentenceText(doc: AdDocument, field: TextField, start: number, end: number, radius = 240): string {
  return around(doc.text(field), start, end, radius, SENTENCE_BREAK);
}

/** The clause around a span (breaks at commas, colons and list markers too), clipped to 160 characters either side. */
export function clauseText(doc: AdDocument, field: TextField, start: number, end: number): string {
  return around(doc.text(field), start, end, 160, CLAUSE_BREAK);
}

/** Up to `n` characters of normalised text before a span (same field). */
export const textBefore = (doc: AdDocument, field: TextField, start: number, n: number): string =>
  doc.text(field).slice(Math.max(0, start - n), start);

/** Up to `n` characters of normalised text after a span (same field). */
export const textAfter = (doc: AdDocument, field: TextField, end: number, n: number): string =>
  doc.text(field).slice(end, end + n);

const EEO_MARKER =
  /equal (?:employment )?opportunit|\beoe\b|\beeo\b|affirmative action|\bm\/f\/d\/v\b|(?:does|do|will|shall|doesn['’]t|don['’]t) not discriminate|\bnon-?discriminat|without regard (?:to|for)|regardless of|irrespective of|discriminat[a-z]{0,8} (?:on the basis|based on|because)|protected (?:by (?:federal |state |local |applicable )?law|characteristics?|status|veterans?|class)|all qualified (?:applicants|candidates|individuals)|equality (?:act|and diversity)|diversity (?:and|&) inclusion|equal treatment/;

const GROUND =
  /\b(?:race|colou?r|religio|creed|sex\b|gender|national origin|ancestry|age\b|disabilit|marital|pregnan|sexual orientation|veteran|genetic|citizenship|belief|ethnic)/g;

/** An equal-opportunity or non-discrimination statement, or a list of protected grounds. */
export function isEeoStatement(sentence: string): boolean {
  if (EEO_MARKER.test(sentence)) return true;
  GROUND.lastIndex = 0;
  let n = 0;
  while (GROUND.exec(sentence) !== null) if (++n >= 3) return true;
  return false;
}

const ENCOURAGE =
  /encourag|\bwelcom|\binvite|\burge\b|\bwe (?:actively |especially |particularly )?seek applications|under-?represented|positive action|guaranteed interview|disability confident|\bdiverse\b|\bdiversity\b/;

/**
 * Encouraging a group to apply ("women and minorities are encouraged to apply") is lawful positive
 * action (EHRC; EEO statements under Title VII). It is no defence for age: deterring older workers is
 * what the ADEA forbids.
 */
export const isEncouragement = (sentence: string): boolean => ENCOURAGE.test(sentence);

/** Whether a country code or jurisdiction needs native-speaker wording for foreign language teachers' visas. */
export function isVisaNativeSpeakerCountry(doc: AdDocument): boolean {
  const c = doc.ad.location?.country ?? 'CN';
  return c !== 'US' && c !== 'GB' && c !== 'UK' && c !== 'IE';
}

/** At most `n` items of an iterator: a rule needs a few pieces of evidence, not every repeat in a 2 MB text. */
export function* limit<T>(items: Iterable<T>, n = 12): Generator<T> {
  let i = 0;
  for (const x of items) {
    if (i++ >= n) return;
    yield x;
  }
}
