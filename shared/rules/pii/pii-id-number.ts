/**
 * pii-id-number: an ad publishes a national identity number — a mainland resident ID (GB 11643),
 * a US Social Security number or a UK National Insurance number.
 * Unlawful: the number of a worker, candidate or anyone else in a public ad (blacklists, onboarding
 * lists, "sample" forms filled with a real person's data). Lawful look-alikes left alone: order,
 * invoice and credit-code numbers, phone numbers, masked numbers (430102********1234), specimen numbers
 * printed in standards, and 18-digit strings whose check character or birth date is wrong.
 */
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import { IDENTIFIER_FIELDS, has, lineBefore } from '#shared/rules/pii/lib/fields.ts';
import { isCnResidentId, isHkId, isTwId, isUkNino, isUsSsn } from '#shared/rules/pii/lib/identifiers.ts';
import { runsIn } from '#shared/rules/pii/lib/runs.ts';

/** Numbers that are the company's, not a person's. */
const NOT_PERSONAL = /信用代码|税号|营业执照|注册号|订单|单号|order|invoice|tracking|ref(?:erence)?\b/;
const SSN_CONTEXT = /ssn|social security|soc\.? ?sec|ss ?#/;
const NINO = /(?<![a-z0-9])[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d](?![a-z0-9])/g;
const CHEAP = /\d{3}/;
const SIX_DIGITS = /\d\d ?\d\d ?\d\d/;
/** Hong Kong and Taiwan ID numbers are short enough to collide with codes: they need their label. */
const HK_TW = /(?<![a-z0-9])(?:[a-z]{1,2}\d{6} ?[(（]?[\da][)）]?|[a-z][12]\d{8})(?![a-z0-9])/g;
const HK_TW_LABEL = /身份证|身分证|hkid|id card|identity card|證|证号/;

export default defineRule({
  meta: {
    id: 'pii-id-number',
    category: 'personal_data',
    tags: ['pii.id-number'],
    severity: 'critical',
    legalBasis: {
      CN: ['cn.pii-disclosure', 'cn.pii-sensitive'],
      US: ['us.fraud'],
      GB: ['uk.pii-principles'],
      EU: ['eu.pii-principles'],
    },
    message: {
      zh: '招聘信息公开了他人的身份证号等身份证件号码，属于泄露个人信息。',
      en: "The ad publishes a person's national identity number (resident ID, SSN or National Insurance number).",
    },
    suggestion: {
      zh: '立即删除证件号码；如需核对信息，请通过一对一的私密渠道联系本人。',
      en: 'Remove the number at once; contact the person privately if details need checking.',
    },
    description:
      'Valid identity numbers published in an ad: mainland resident IDs (GB 11643 region, birth date and check character), US SSNs (SSA area/group/serial rules) and UK NINOs (HMRC prefix rules), split by spaces, hyphens or full-width digits. Order and credit-code numbers, phones, masked or specimen numbers are left alone.',
  },
  check(doc) {
    const hits: RuleHit[] = [];
    for (const path of IDENTIFIER_FIELDS) {
      const text = doc.text(path);
      if (text.length < 9) continue;
      if (CHEAP.test(text)) {
        for (const run of runsIn(doc, path)) {
          const ctx = lineBefore(text, run.start, 16);
          if (has(NOT_PERSONAL, ctx)) continue;
          if (run.compact.length === 18 && isCnResidentId(run.compact)) {
            hits.push({
              field: path,
              start: run.start,
              end: run.end,
              mask: 'id',
              note: 'resident ID: region, birth date and check character valid (GB 11643)',
            });
          } else if (run.compact.length === 9 && isUsSsn(run.raw)) {
            const formatted = run.raw.length === 11;
            if (formatted || has(SSN_CONTEXT, lineBefore(text, run.start, 30))) {
              hits.push({
                field: path,
                start: run.start,
                end: run.end,
                mask: 'ssn',
                confidence: formatted ? 0.9 : 0.95,
                note: 'SSN: area, group and serial valid',
              });
            }
          }
        }
      }
      // NINO, Hong Kong and Taiwan numbers all hold six digits in a row (spaces allowed)
      if (!SIX_DIGITS.test(text)) continue;
      HK_TW.lastIndex = 0;
      for (let m = HK_TW.exec(text); m !== null; m = HK_TW.exec(text)) {
        const hk = isHkId(m[0]);
        if (!hk && !isTwId(m[0])) continue;
        if (!has(HK_TW_LABEL, lineBefore(text, m.index, 14))) continue;
        hits.push({
          field: path,
          start: m.index,
          end: m.index + m[0].length,
          mask: 'id',
          note: hk ? 'Hong Kong identity card: check character valid' : 'Taiwan ID number: check digit valid',
        });
      }
      NINO.lastIndex = 0;
      for (let m = NINO.exec(text); m !== null; m = NINO.exec(text)) {
        if (isUkNino(m[0])) {
          hits.push({
            field: path,
            start: m.index,
            end: m.index + m[0].length,
            mask: 'nino',
            note: 'National Insurance number: HMRC prefix and suffix rules valid',
          });
        }
      }
    }
    return hits;
  },
});
