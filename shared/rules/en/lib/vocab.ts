/**
 * Scope vocabularies shared by the English rules: who a sentence is about. These are not flagged
 * words (they carry no alternative wording) but decide whether a flagged word is about the applicant.
 */
import { trie } from '#shared/rules/en/lib/trie.ts';

/** Words for the sexes when used about people. */
export const SEX_WORDS = trie(
  'males?|females?|men|women|man|woman|lady|ladies|gentlem[ae]n|guys?|girls?|boys?|gals?|lads?',
);

/** Nouns for the person hired, used after a group word ("female candidates", "Asian staff"). */
export const APPLICANT_NOUNS = trie(
  'candidates?|applicants?|staff|workers?|employees?|persons?|people|individuals?|hires?|talent|personnel|team members?|members of staff',
);

/** Job nouns that can follow a group adjective in a hiring phrase ("female receptionist"). */
export const JOB_NOUNS = trie(
  [
    'nurses?|drivers?|receptionists?|assistants?|secretar(?:y|ies)|cashiers?|servers?|bartenders?|cooks?|chefs?|cleaners?',
    'housekeepers?|nann(?:y|ies)|caregivers?|carers?|teachers?|tutors?|guards?|security|officers?|agents?|reps?',
    'representatives?|associates?|sales\\w*|models?|attendants?|helpers?|labou?rers?|technicians?|engineers?|managers?',
    'supervisors?|operators?|clerks?|hosts?|promoters?|therapists?|stylists?|hairdressers?|trainers?|instructors?',
    'coaches|dancers?|singers?|interpreters?|translators?|doctors?|physicians?|pharmacists?|accountants?|developers?',
    'programmers?|designers?|writers?|marketers?|interns?|trainees?|apprentices?|graduates?|volunteers?|crew',
    'pickers?|packers?|loaders?|movers?|porters?|waiters?|baristas?|dishwashers?|janitors?|maids?|cooks?',
    'telemarketers?|ambassadors?|hostess(?:es)?|nurse aides?|aides?|companions?|personal assistants?|pas?|executives?',
    'analysts?|consultants?|specialists?|coordinators?|administrators?|admins?|bookkeepers?|tellers?|couriers?',
  ].join('|'),
);

/** People an ad may describe who are not the applicant: customers, patients, pupils, bosses. */
export const OTHER_PEOPLE = trie(
  'clients?|customers?|patients?|residents?|guests?|students?|pupils?|children|child|kids?|youths?|teens?|teenagers?|adolescents?|infants?|toddlers?|babies|baby|learners?|participants?|players?|members?|users?|consumers?|shoppers?|audiences?|visitors?|campers?|athletes?|seniors?|elders?|adults?|service users?|population|community|communities|families|family|parents?|inmates?|offenders?|tenants?|passengers?|travell?ers?|readers?|viewers?|followers?|fans?|market',
);

/** Words that cannot be the person noun in "<group> <noun> preferred". */
export const NOT_NOUN =
  '(?!(?:is|are|was|were|will|be|been|need|needs|needn|should|shouldn|cannot|can|may|must|not|only|preferably|preferred|strongly|given|a|an|and|or|who|to)\\b)';

let personRe: RegExp | undefined;
/**
 * Whether a single word names the person hired ("candidates", "receptionist"). Rules capture one word
 * with `[a-z]+` and check it here, instead of embedding the long noun lists in every pattern (which
 * makes each pattern slow to compile).
 */
export function isPersonNoun(word: string): boolean {
  personRe ??= new RegExp(`^(?:${APPLICANT_NOUNS}|${JOB_NOUNS})$`);
  return personRe.test(word);
}
