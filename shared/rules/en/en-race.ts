/**
 * en-race: an English ad limits the job to, or prefers, a race or colour.
 * Unlawful: "Caucasian preferred", "looking for Asian female staff", "white candidates only",
 * "fair-skinned", "no blacks", "Caucasian look". Title VII allows no occupational exception for race.
 * Lawful look-alikes left alone: customers, products and communities ("Asian cuisine", "Hispanic
 * market", "Black-owned business", "Black History Month"), colour words in dress codes and products
 * ("black trousers preferred", "white goods"), equal-opportunity statements, and invitations to
 * under-represented groups (positive action).
 */
import { applicantMatches, isInclusive } from '#shared/rules/en/lib/applicant.ts';
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import type { AdDocument, Match } from '#shared/text/document.ts';
import { isEeoStatement, limit, sentenceText, textBefore } from '#shared/rules/en/lib/context.ts';
import { groupPreference, hiringGroup, noGroup } from '#shared/rules/en/lib/group-patterns.ts';
import { dedupe, hitOf } from '#shared/rules/en/lib/hits.ts';
import { scan } from '#shared/rules/en/lib/scan.ts';
import { triggered } from '#shared/rules/en/lib/triggers.ts';
import { alternation, entryFor } from '#shared/rules/en/lib/lexicon/pattern.ts';
import { RACE_GROUPS } from '#shared/rules/en/lib/lexicon/race-groups.ts';
import { OTHER_PEOPLE } from '#shared/rules/en/lib/vocab.ts';

const RACE = alternation(RACE_GROUPS);
/** "white British", "black African": a race word with an origin qualifier. */
const RACE_Q = `${RACE}(?:[ -](?:british|american|european|english|irish|scottish|welsh|australian|canadian|african|caribbean|asian|latin american))?`;
const PREFERENCE = groupPreference(RACE_Q);
const HIRING = hiringGroup(RACE_Q);
const EXCLUDED = noGroup(RACE);
const SKIN = /\b(?:fair|light|white|pale|dark|brown|black)[- ]?(?:skin(?:ned)?|complexion(?:ed)?)\b/g;
const LOOK = new RegExp(
  `\\b(${RACE}|european|western|african|latin|nordic|scandinavian|oriental)\\s+(?:look|looks|looking|appearance|features|face)\\b`,
  'g',
);
const HAIR = /\bno\s+(?:afros?|dreadlocks|dreads|locs|cornrows|braids|box braids)\b/g;

const COLOUR_CONTEXT =
  /uniform|shirts?|blouses?|trousers|pants|shoes|boots|socks|dress code|dress|attire|clothing|clothes|outfits?|wear|apron|tie|suit|jacket|colou?rs?|ink|pen|paper|background|board|goods|belt|hat|collar|glove|label|tie|box|wine|tea|sesame|pepper|marble|granite|paint|finish|car|vehicle|tiles?|plates?|sheets?|linen/;
const NOT_PERSON_AFTER = new RegExp(
  `^[- ]?(?:owned|led|run|founded|focused|community|communities|heritage|history|culture|cuisine|food|market|markets|restaurants?|business(?:es)?|${OTHER_PEOPLE})\\b`,
);
const REQUIRE =
  /must|required|require|preferred|prefer|only|looking for|seeking|candidates?|applicants?|should|need|wanted|ideal/;
const PRODUCT =
  /cream|care|products?|shades?|foundation|make-?up|skincare|serum|treatment|clients?|customers?|patients?|cosmetic|tones? range/;
const CASTING =
  /\b(?:casting|auditions?|actors?|actress(?:es)?|to play the|role of|film|theatre|theater|stage production)\b/;

function keep(doc: AdDocument, m: Match, groupText: string | undefined): boolean {
  const sentence = sentenceText(doc, m.field, m.start, m.end);
  if (isInclusive(sentence) || CASTING.test(sentence)) return false;
  const entry = groupText ? entryFor(RACE_GROUPS, groupText) : undefined;
  if (entry?.colour) {
    if (COLOUR_CONTEXT.test(sentence)) return false;
    if (/(?:and|or|&|\/|,)\s*$/.test(textBefore(doc, m.field, m.start, 6))) return false;
  }
  return true;
}

export default defineRule({
  meta: {
    id: 'en-race',
    category: 'discrimination',
    tags: ['en.race'],
    severity: 'high',
    legalBasis: {
      US: ['us.ad-title7', 'us.discrim'],
      GB: ['uk.recruitment', 'uk.direct', 'uk.ads-guidance'],
      EU: ['eu.race'],
      CN: ['cn.race', 'cn.ethnicity', 'cn.equal'],
    },
    message: {
      zh: '招聘广告按种族或肤色限定或偏好应聘者。',
      en: 'The ad limits the job to, or prefers, people of a race or colour.',
    },
    suggestion: {
      zh: '删除种族、肤色条件，只写岗位职责和所需技能。',
      en: 'Remove the racial or colour condition; describe the duties and skills only. Race is never an occupational qualification under Title VII.',
    },
    description:
      'Racial and colour preferences or limits in English ads: "Caucasian preferred", "looking for Asian female staff", "white candidates only", "fair-skinned", "no blacks", "Caucasian look", and bans on afro hairstyles. Left alone: customers, products and communities (Asian cuisine, Hispanic market, Black-owned business), colour words in dress codes and products, equal-opportunity statements, positive-action invitations, and casting for a role.',
  },
  check(doc) {
    const hits: RuleHit[] = [];
    if (!triggered(doc, 'race')) return hits;
    for (const m of limit(scan(doc, PREFERENCE, 'race')))
      if (keep(doc, m, m.groups[1])) hits.push(hitOf(m, 'high', 0.9));
    for (const re of [HIRING, EXCLUDED]) {
      for (const m of applicantMatches(doc, re, 'race', NOT_PERSON_AFTER))
        if (keep(doc, m, m.groups[1])) hits.push(hitOf(m, 'high', 0.85));
    }
    for (const m of limit(scan(doc, LOOK, 'race'))) if (keep(doc, m, undefined)) hits.push(hitOf(m, 'high', 0.85));
    for (const m of limit(scan(doc, SKIN, 'race'))) {
      const sentence = sentenceText(doc, m.field, m.start, m.end);
      if (!REQUIRE.test(sentence) || PRODUCT.test(sentence) || isEeoStatement(sentence)) continue;
      hits.push(hitOf(m, 'high', 0.85, 'skin colour'));
    }
    for (const m of limit(scan(doc, HAIR, 'race'))) {
      if (!isEeoStatement(sentenceText(doc, m.field, m.start, m.end)))
        hits.push(hitOf(m, 'medium', 0.7, 'ban on hairstyles associated with race'));
    }
    return dedupe(hits);
  },
});
