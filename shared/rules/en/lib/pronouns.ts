/**
 * Gendered pronouns for the person to be hired ("the successful candidate … he will", "must have his
 * own car") signal a sex preference (EEOC, 29 C.F.R. §1604.5). A pronoun is taken to mean the
 * applicant only when the nearest person mentioned before it is the candidate, or when no one else is
 * mentioned at all and it opens a requirement. Pronouns about a named manager, a founder, a client or a
 * patient are left alone, as are "he or she", "he/she", "s/he" and "Her Majesty's".
 */
import type { RuleHit } from '#shared/engine/types.ts';
import type { AdDocument } from '#shared/text/document.ts';
import { OTHER_PEOPLE } from '#shared/rules/en/lib/vocab.ts';

const PRONOUN =
  /\b(?:(?:he|she)\s+(?:will|must|should|shall|would|needs?|has|is|can|may|['’]ll|['’]s)\b|(?:his|her)\s+(?:own|duties|responsibilities|role|work|job|tasks|skills|experience|knowledge|abilit(?:y|ies)|career|performance|cv|resume|application|qualifications|vehicle|car|tools|transport|licen[cs]e)\b)/g;
const PRE_CHECK = /\b(?:he|she|his|her)\b/;
const PAIRED_BEFORE = /(?:\b(?:he|she|him|his|her|hers|they|s)\s*(?:\/|\bor\b|\band\b)\s*|\(s\)\s*|\/\s*)$/;
const PAIRED_AFTER = /^\s*(?:\/|or\s+(?:she|he|her|his|him|they|them)\b|\(s\))/;
const APPLICANT =
  /\b(?:candidates?|applicants?|jobholder|job holder|incumbent|new hire|the hire|the person|this person|right person|ideal person|successful person|individual|employee|recruit|trainee|intern|appointee|post ?holder|role holder)\b/g;
const OTHER = new RegExp(
  `\\b(?:managers?|supervisors?|boss|owners?|founders?|ceo|cto|cfo|coo|director|president|chef|doctor|dentist|physician|principal|head|lead|mentor|partner|employer|landlord|husband|wife|son|daughter|mother|father|grand(?:mother|father|son|daughter)|mom|dad|mum|gentleman|lady|man|woman|boy|girl|he|she|him|her|${OTHER_PEOPLE})\\b`,
  'g',
);
const NAME =
  /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+[A-Z]|\b[A-Z][a-z]{2,}\s+[A-Z][a-z]{2,}\b|\b[A-Z][a-z]{2,}(?=\s+(?:is|was|has|had|will|who|joined|founded|leads|runs|manages|owns|started|built)\b|,\s+(?:our|the|who|a)\b)/;
const CLAUSE_START = /(?:^|[\n.;:!?•·*]|\s-)[^\S\n]{0,8}$/;

function lastIndex(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) last = m.index;
  return last;
}

export function pronounHits(doc: AdDocument): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const field of ['description', 'requirements'] as const) {
    const f = doc.field(field);
    if (!f || !PRE_CHECK.test(f.nt.text)) continue;
    const text = f.nt.text;
    PRONOUN.lastIndex = 0;
    let seen = 0;
    for (let m = PRONOUN.exec(text); m !== null && seen++ < 200 && hits.length < 12; m = PRONOUN.exec(text)) {
      const start = m.index;
      const pronounEnd = start + (m[0].indexOf(' ') > 0 ? m[0].indexOf(' ') : m[0].length);
      if (PAIRED_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
      if (PAIRED_AFTER.test(text.slice(pronounEnd, pronounEnd + 12))) continue;
      const from = Math.max(0, start - 260);
      const window = text.slice(from, start);
      const a = lastIndex(APPLICANT, window);
      const o = lastIndex(OTHER, window);
      const original = f.nt.original.slice(f.nt.starts[from] ?? 0, f.nt.starts[start] ?? 0);
      if (NAME.test(original)) continue;
      let confidence = 0;
      if (a >= 0 && a > o) confidence = 0.8;
      else if (a < 0 && o < 0 && /^(?:he|she)\b/.test(m[0]) && CLAUSE_START.test(window.slice(-6))) confidence = 0.7;
      if (confidence === 0) continue;
      hits.push({
        field,
        start,
        end: pronounEnd,
        severity: 'medium',
        confidence,
        note: 'gendered pronoun for the person to be hired',
      });
    }
  }
  return hits;
}
