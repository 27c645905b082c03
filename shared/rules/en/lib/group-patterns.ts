/**
 * Regex builders shared by the group rules (race, national origin, religion): a group word that
 * limits or states a preference for the person wanted.
 */
import { APPLICANT_NOUNS, SEX_WORDS } from '#shared/rules/en/lib/vocab.ts';

export const PREF =
  'preferred|preferably|strongly preferred|a plus|an advantage|advantageous|desired|desirable|favou?red|wanted|needed|required|prioriti[sz]ed|given (?:priority|preference)|only';
export const REJECT =
  "need not apply|needn['’]t apply|should not apply|shouldn['’]t apply|cannot apply|can['’]t apply|may not apply|will not be considered|won['’]t be considered|(?:are|is) not (?:eligible|accepted|considered|suitable|welcome)|not accepted|not welcome|not suitable";
export const HIRE_VERB =
  'seeking|looking for|hiring|recruiting|searching for|we need|need|needs|we want|want|wants|require|requires|prefer|prefers|preferably|preference (?:for|given to|will be given to|is given to)|ideal(?:ly)?(?: candidate)?(?: is| would be| will be)|must be|should be|has to be|only (?:hire|hiring|accept|accepting|consider|considering|employ|employing|recruit|recruiting|interview|interviewing|take|taking)|(?:hire|accept|consider|employ|recruit|interview) only|only|exclusively';
export const MOD =
  'an?|one|two|three|\\d{1,2}|some|young|attractive|pretty|beautiful|good[- ]looking|strong|fit|energetic|hard[- ]?working|reliable|experienced|mature|single|married|local|presentable|friendly|outgoing|tall|slim|practi[cs]ing|devout|committed|born[- ]again|male|female';

/** "<group> candidates only", "<group> preferred", "<group> need not apply". */
export function groupPreference(group: string, person = `${APPLICANT_NOUNS}|${SEX_WORDS}`): RegExp {
  return new RegExp(
    `\\b(${group})(?:[ -](?:${person}))?(?:\\s+|-)(?:(?:is|are|will be)\\s+)?(?:${PREF}|${REJECT})\\b`,
    'g',
  );
}

/** "looking for <group> staff", "must be <group>", "only hire <group>". */
export function hiringGroup(group: string): RegExp {
  return new RegExp(`\\b(?:${HIRE_VERB})\\s+(?:(?:${MOD})(?:\\s*,\\s*|\\s+and\\s+|\\s+)){0,3}(${group})\\b`, 'g');
}

/** Verbs that state an outright refusal: "we do not hire <group>". */
export const REFUSE =
  "(?:do not|don['’]t|does not|doesn['’]t|will not|won['’]t|cannot|can['’]t|never|not)\\s+(?:hire|hiring|employ|employing|accept|accepting|consider|considering|recruit|recruiting|take|taking|interview|interviewing|want|wanting)";

/** "no <group>", "we do not hire <group>" as an exclusion. */
export function noGroup(group: string): RegExp {
  return new RegExp(`\\b(?:no|${REFUSE}(?:\\s+any)?)\\s+(${group})\\b`, 'g');
}

/** "looking for Chinese staff": a hiring verb, the group word and a required person noun. */
export function hiringGroupPerson(group: string, person: string): RegExp {
  return new RegExp(
    `\\b(?:${HIRE_VERB})\\s+(?:(?:${MOD})(?:\\s*,\\s*|\\s+and\\s+|\\s+)){0,3}(${group})[ -](?:${person})\\b`,
    'g',
  );
}

/** "the only Australian vendor": "only" after an article or possessive is not a hiring limit. */
export const ARTICLE_BEFORE = /\b(?:the|an?|our|their|its|his|her|your|my|this|that)\s+$/;

/** "<group> <person> preferred", with the person noun required (for words that also name a language). */
export function groupPersonPreference(group: string, person: string): RegExp {
  return new RegExp(`\\b(${group})[ -](?:${person})(?:\\s+|-)(?:(?:is|are|will be)\\s+)?(?:${PREF}|${REJECT})\\b`, 'g');
}
