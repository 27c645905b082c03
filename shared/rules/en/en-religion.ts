/**
 * en-religion: an English ad limits the job by religion, asks for proof of faith, or bans religious dress.
 * Unlawful (for secular employers): "Christians only", "must be a practicing Christian", "church
 * membership required", "pastor reference required", "must share our Christian values", "no
 * hijabs", "religious headwear is not permitted". Lawful look-alikes left alone: religious employers and
 * ministerial roles (Title VII §702; Equality Act 2010 Sch. 9), products and customers ("church furniture
 * supplier", "Islamic finance", "Christian Dior"), kosher or halal kitchen rules, and equal-opportunity
 * statements.
 */
import { applicantMatches, inclusiveSentence } from '#shared/rules/en/lib/applicant.ts';
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import type { AdDocument, Match } from '#shared/text/document.ts';
import { limit, sentenceText } from '#shared/rules/en/lib/context.ts';
import { groupPreference, hiringGroup, noGroup } from '#shared/rules/en/lib/group-patterns.ts';
import { dedupe, hitOf } from '#shared/rules/en/lib/hits.ts';
import { scan } from '#shared/rules/en/lib/scan.ts';
import { triggered } from '#shared/rules/en/lib/triggers.ts';
import { alternation } from '#shared/rules/en/lib/lexicon/pattern.ts';
import { RELIGIONS } from '#shared/rules/en/lib/lexicon/religions.ts';
import { religiousEmployer } from '#shared/rules/en/lib/religious-employer.ts';
import { OTHER_PEOPLE } from '#shared/rules/en/lib/vocab.ts';

const REL = alternation(RELIGIONS);
const PREFERENCE = groupPreference(REL);
const HIRING = hiringGroup(REL);
const EXCLUDED = noGroup(REL);
const REQUIRE =
  /must|required|require|requirement|mandatory|essential|only|should|need|expected|candidates?|applicants?|please provide|provide|submit|proof/;
const PROOF = new RegExp(
  [
    '\\b(?:church|parish|congregation|mosque|synagogue|temple)\\s+(?:membership|member|attendance|affiliation)\\b',
    '\\b(?:attend|attends|attending|attendance at)\\s+(?:church|mass|mosque|synagogue|temple|services)\\s+(?:regularly|weekly|every|each)\\b',
    "\\b(?:pastor|pastoral|clergy|priest|minister|faith|church|religious|spiritual)(?:['’]s)?\\s+(?:reference|recommendation|letter|referee)s?\\b",
    '\\bstatement of faith\\b',
    '\\battend\\w*\\s+(?:sunday\\s+|weekly\\s+|regular\\s+)?(?:church|mass|worship|bible study|sunday services?)\\b',
    '\\b(?:share|uphold|live by|embrace|align with|adhere to|commit to|committed to|profess|practi[cs]e)\\s+(?:our\\s+|the\\s+)?(?:christian|biblical|catholic|islamic|muslim|jewish|religious|faith|hindu|sikh)\\s+(?:values|faith|beliefs?|principles|worldview|lifestyle|teachings)\\b',
    '\\b(?:religion|religious (?:affiliation|denomination|beliefs?))\\s*:',
  ].join('|'),
  'g',
);
/** "Religion: Christian" as a requirement line. */
const RELIGION_FIELD = new RegExp(`\\breligion\\s*(?:requirement\\s*)?[:\\-–]\\s*(?:${REL})\\b`, 'g');
const DRESS_ITEM =
  'hijabs?|headscarf|headscarves|head scarves|turbans?|kippahs?|kippot|yarmulkes?|niqabs?|burqas?|burkas?|religious (?:dress|attire|symbols?|clothing|headwear|head ?coverings?|jewell?ery|items|garments)';
const DRESS = new RegExp(
  [
    `\\bno\\s+(?:${DRESS_ITEM})\\b`,
    `\\b(?:${DRESS_ITEM})\\s+(?:is\\s+|are\\s+)?(?:not (?:permitted|allowed|accepted)|prohibited|banned|forbidden)\\b`,
    `\\bmust not wear\\s+(?:an?\\s+)?(?:${DRESS_ITEM})\\b`,
    `\\b(?:${DRESS_ITEM})\\b[^.;\\n]{0,60}?\\b(?:cannot|can['’]t|may not|must not|are not to|is not to|are not allowed to|is not allowed to) be worn\\b`,
    `\\b(?:${DRESS_ITEM})\\b[^.;\\n]{0,40}?\\b(?:are|is) (?:not (?:permitted|allowed|accepted)|prohibited|banned|forbidden)\\b`,
    `\\b(?:do not|don['’]t) apply if you wear\\s+(?:an?\\s+|any\\s+)?(?:${DRESS_ITEM})\\b`,
    `\\b(?:wearers? of|those who wear|anyone (?:who wears|wearing)|people who wear|staff who wear)\\s+(?:an?\\s+)?(?:${DRESS_ITEM})\\b`,
  ].join('|'),
  'g',
);
const NOT_PERSON_AFTER = new RegExp(
  `^[- ]?(?:owned|community|communities|heritage|holidays?|festival|music|books?|bookstore|school|schools|charity|charities|organi[sz]ations?|hospital|health|finance|banking|dior|louboutin|calendar|market|products?|${OTHER_PEOPLE})\\b`,
);

const keep = (doc: AdDocument, m: Match): boolean => !inclusiveSentence(doc, m);

export default defineRule({
  meta: {
    id: 'en-religion',
    category: 'discrimination',
    tags: ['en.religion'],
    severity: 'high',
    legalBasis: {
      US: ['us.ad-title7', 'us.discrim'],
      GB: ['uk.recruitment', 'uk.direct', 'uk.ads-guidance'],
      EU: ['eu.framework'],
      CN: ['cn.religion', 'cn.equal'],
    },
    message: {
      zh: '招聘广告按宗教信仰限定应聘者、要求提供信仰证明或禁止宗教服饰。',
      en: 'The ad limits the job by religion, asks for proof of faith, or bans religious dress.',
    },
    suggestion: {
      zh: '删除宗教条件；宗教组织的神职岗位如确有需要，应说明依据。',
      en: 'Remove the religious condition; a religious organisation hiring for a role that genuinely requires the faith should say so and why.',
    },
    description:
      'Religious limits and tests in English ads from secular employers: "Christians only", "must be a practicing Christian", "church membership required", "pastor reference required", "must share our Christian values", and bans on hijabs, turbans or other religious dress. Left alone: religious employers and ministerial roles (Title VII §702, Equality Act 2010 Sch. 9), products and customers (church furniture, Islamic finance), kosher or halal kitchen rules, and equal-opportunity statements.',
  },
  check(doc) {
    const hits: RuleHit[] = [];
    if (!triggered(doc, 'religion')) return hits;
    const religious = religiousEmployer(doc);
    if (!religious) {
      for (const re of [PREFERENCE, HIRING, EXCLUDED]) {
        for (const m of applicantMatches(doc, re, 'religion', NOT_PERSON_AFTER))
          if (keep(doc, m)) hits.push(hitOf(m, 'high', 0.85));
      }
      for (const m of limit(scan(doc, RELIGION_FIELD, 'religion'))) if (keep(doc, m)) hits.push(hitOf(m, 'high', 0.85));
      for (const m of limit(scan(doc, PROOF, 'religion'))) {
        const sentence = sentenceText(doc, m.field, m.start, m.end);
        if (REQUIRE.test(sentence) && keep(doc, m))
          hits.push(hitOf(m, 'high', 0.8, 'religious test or proof of faith'));
      }
    }
    for (const m of limit(scan(doc, DRESS, 'religion'))) {
      const sentence = sentenceText(doc, m.field, m.start, m.end);
      if (/accommodat|welcome|except|exempt|allowed for religious|permitted for religious/.test(sentence)) continue;
      if (keep(doc, m)) hits.push(hitOf(m, 'high', 0.85, 'ban on religious dress'));
    }
    return dedupe(hits);
  },
});
