/**
 * Regex sources for ages stated as limits in English ads. A minimum age alone ("18+", "must be 21 or
 * older to serve alcohol", "no one under 18") is lawful and never matched; an upper limit or a band
 * is ("aged 25-35", "under 30", "no one over 40", "35 or younger", "born after 1995").
 */
const N = '(1[4-9]|[2-7]\\d)';
const DASH = '\\s*(?:-|–|—|to|~|and)\\s*';
/** "years old", "years of age", "yrs", "y/o". */
export const AGE_UNIT = '(?:years?|yrs?)\\.?(?:\\s*old|\\s+of\\s+age)|y\\.?/?o\\b';

/** "aged 25-35", "age: 20 to 30", "between the ages of 18 and 30". */
export const RANGE_AFTER_MARKER = new RegExp(
  `\\b(?:age[sd]?|between the ages of|age (?:range|group|bracket|limit|requirement|preference)(?:\\s*(?:is|of))?)\\s*(?::\\s*)?(?:between\\s+|from\\s+)?${N}${DASH}${N}\\b(?!\\s*(?:years?|yrs?)\\s+(?:of\\s+)?(?:experience|exp)\\b)`,
  'g',
);
/** "25-35 years old", "between 20 and 30 years of age". */
export const RANGE_BEFORE_UNIT = new RegExp(`\\b(?:between\\s+)?${N}${DASH}${N}\\s*(?:${AGE_UNIT})`, 'g');

/** "must be between 18 and 30" (checked for units after). */
export const RANGE_BE = new RegExp(
  `\\b(?:must|should|need to|needs to|have to|has to|to)\\s+be\\s+(?:aged\\s+)?(?:between\\s+)?${N}${DASH}${N}\\b`,
  'g',
);

/** Keywords that mark an age limit by themselves: "younger than 35", "maximum age 40". */
export const UPPER_STRONG = new RegExp(
  `\\b(?:younger than|no older than|not (?:be )?older than|under the age of|below the age of|max(?:imum|\\.)? age(?: limit)?(?: of| is)?|age limit(?: of| is)?|upper age limit(?: of| is)?|age cap(?: of)?|not (?:be )?over the age of)\\s*(?::\\s*)?${N}\\b`,
  'g',
);
/** Keywords that mark an age limit only with an age unit or an age context: "under 30 years old", "age: under 30". */
export const UPPER_WEAK = new RegExp(
  `\\b(under|below|less than|not over|not above|max(?:imum|\\.)?|up to|at most|no more than|not more than)\\s*(?::\\s*)?${N}(s\\b|\\s*(?:${AGE_UNIT}))?`,
  'g',
);
/** "35 or under", "30 years old or younger". */
export const OR_UNDER = new RegExp(`\\b${N}(?:\\s*(${AGE_UNIT}))?\\s*(?:or|and|&)\\s*(?:under|younger|below)\\b`, 'g');
/** "no one over 40", "not over 35". */
export const OVER_EXCLUDED = new RegExp(
  `\\b(?:no one|nobody|no applicants?|no candidates?|not(?: be)?|none)\\s+(?:(?:aged|who (?:is|are))\\s+)?(?:over|above|older than|past|beyond)\\s+(?:the age of\\s+)?${N}\\b`,
  'g',
);
/** "over 40s need not apply", "applicants older than 45 will not be considered". */
export const OVER_REJECT = new RegExp(
  `\\b(?:over|above|older than)[ -](?:the age of\\s+)?${N}(?:s|\\s*(?:${AGE_UNIT}))?\\s+(?:need not|needn['’]t|should not|shouldn['’]t|cannot|can['’]t|may not|will not|won['’]t|are not|aren['’]t|not)\\b`,
  'g',
);
/** "aged 40 and above need not apply". */
export const PLUS_REJECT = new RegExp(
  `\\b${N}\\s*(?:\\+|and above|and over|or above|or over|or older)\\s+(?:(?:years?|yrs?)\\s+(?:old\\s+)?)?(?:need not|needn['’]t|should not|shouldn['’]t|cannot|can['’]t|may not|will not|won['’]t|are not|aren['’]t|not)\\b`,
  'g',
);
/** "born after 1995", "born between 1990 and 2000". */
export const BORN =
  /\bborn\s+(?:after|in or after|from|between|since|no earlier than|later than)\s+(?:the\s+)?(?:19[4-9]\d|20[0-2]\d)/g;
/** "graduated in the last 2 years", "class of 2025 only", "graduated in 2024 or later". */
export const GRAD_YEAR =
  /\bgraduat\w*\s+(?:with)?in\s+the\s+(?:last|past)\s+(?:\d{1,2}|one|two|three|four|five|six|twelve|eighteen)\s+(?:years?|months)|\bgraduat\w*\s+(?:in|from|after|since)\s+20[1-3]\d\s+(?:or later|or after|onwards|or newer|only|and after)|\bclass of 20[1-3]\d(?:\s*(?:or|and|\/|-)\s*20[1-3]\d)?\s+(?:only|graduates only)|\bno more than (?:\d|one|two|three|four|five) years? (?:since|after|out of|from) (?:graduation|college|university|school)/g;

/** "early to mid 20s", "in their twenties", "late 20s to early 30s". */
export const DECADE =
  /\b(?:(?:early|mid|late)(?:[- ](?:to|or)[- ](?:early|mid|late))?[- ]|in (?:your|their|his|her) (?:early |mid |late )?)(?:20s|30s|twenties|thirties)\b/g;

/** Units that show a number after "under"/"up to" is not an age. */
export const NON_AGE_UNIT =
  /^\s*(?:%|percent|per|minutes?|mins?|hours?|hrs?|h\b|days?|weeks?|months?|years? (?:of )?(?:experience|exp)|lbs?|pounds?|kgs?|kilos?|miles?|km|kilometers?|kilometres?|feet|ft|metres?|meters?|m\b|employees|people|staff|students|children|kids|patients|clients|customers|units|cases|calls|k\b|dollars|usd|gbp|\$|£)/;
