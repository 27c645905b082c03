/**
 * Scope checks shared by the English rules: is a match inside an equal-opportunity statement, a
 * positive-action invitation, or a description of someone other than the applicant?
 * Everything here runs only after a rule's own regex matched, so it may cost a little more.
 */
import type { AdDocument, TextField } from '#shared/text/document.ts';

/** The sentence around a span, clipped to `radius` characters either side. */
export function sentenceText(doc: AdDocument, field: TextField, start: number, end: number, radius = 240): string {
  const s = doc.sentenceAt(field, start, end);
  const from = Math.max(s.start, start - radius);
  const to = Math.min(s.end, end + radius);
  return doc.text(field).slice(from, to);
}

/** Up to `n` characters of normalised text before a span (same field). */
export const textBefore = (doc: AdDocument, field: TextField, start: number, n: number): string =>
  doc.text(field).slice(Math.max(0, start - n), start);

/** Up to `n` characters of normalised text after a span (same field). */
export const textAfter = (doc: AdDocument, field: TextField, end: number, n: number): string =>
  doc.text(field).slice(end, end + n);

const EEO_MARKER =
  /equal (?:employment )?opportunit|\beoe\b|\beeo\b|affirmative action|\bm\/f\/d\/v\b|(?:does|do|will|shall|doesn['’]t|don['’]t) not discriminate|\bnon-?discriminat|without regard (?:to|for)|regardless of|irrespective of|discriminat\w* (?:on the basis|based on|because)|protected (?:by (?:federal |state |local |applicable )?law|characteristics?|status|veterans?|class)|all qualified (?:applicants|candidates|individuals)|equality (?:act|and diversity)|diversity (?:and|&) inclusion|equal treatment/;

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
