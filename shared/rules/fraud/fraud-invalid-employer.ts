/**
 * fraud-invalid-employer: the employer cannot be identified or verified — a 统一社会信用代码 whose
 * GB 32100-2015 check character is wrong; no employer named anywhere (no name, credit code, profile
 * or company name in the text); a well-known brand recruiting from free webmail or another
 * party's domain (impersonation); or a "Fortune 500 / 世界500强" claim with a personal mailbox. 人力资源市场暂行条例 art. 24 requires true employer information;
 * platforms must verify it (art. 26–29). Lawful look-alikes left alone: valid codes of every
 * organisation type (91… companies, 52… 民办非企业, 12… institutions), 15-digit pre-2015 registration
 * numbers, small firms with 163/qq mail, and brands recruiting from their own domain.
 */
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import { checkCreditCode, creditCodeCheckChar } from '#shared/fraud/credit-code.ts';
import { compileLexicon, test } from '#shared/rules/fraud/lib/lexicon.ts';
import { BRANDS } from '#shared/rules/fraud/lexicons/brands.ts';
import { FREE_MAIL } from '#shared/rules/fraud/lexicons/contact.ts';
import { type AdDocument, BODY_FIELDS, type TextField } from '#shared/text/document.ts';
import { bodyHead } from '#shared/rules/fraud/lib/body.ts';
import { hasDuties } from '#shared/rules/fraud/lib/duties.ts';
import { employerIdentified } from '#shared/rules/fraud/lib/employer.ts';

const BRAND = compileLexicon(BRANDS);
/** Claims to be a very large employer. */
const BIG_CLAIM = /fortune (?:500|100|global 500)|世界500强|中国500强|500强企业|全球500强/g;
/** Personal mailboxes common in China (small firms use them lawfully; a "500强" recruiter does not). */
const CN_PERSONAL_MAIL = /@(?:qq|163|126|sina|sohu|foxmail|yeah)\.(?:com|cn|net)/u;

function firstMatch(doc: AdDocument, re: RegExp): { field: TextField; start: number; end: number } | undefined {
  for (const fieldPath of [...BODY_FIELDS, 'employer.profile'] as const) {
    const text = doc.text(fieldPath);
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m) return { field: fieldPath, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}
/** An 18-character code in the text (normalised: lower-case). */
const CODE_IN_TEXT =
  /(?:信用代码|uscc|credit code)[^0-9a-z\n]{0,6}[0-9a-hj-np-rtuwy]{2}\d{6}[0-9a-hj-np-rtuwy]{10}(?![0-9a-z])/gu;

/** Below this many characters of body text an ad with duties still says too little to identify anyone. */
const SHORT = 160;

export default defineRule({
  meta: {
    id: 'fraud-invalid-employer',
    category: 'fraud',
    tags: ['fraud.invalid-employer'],
    severity: 'medium',
    legalBasis: { CN: ['cn.false-info', 'cn.platform-verify'], US: ['us.fraud'], GB: ['uk.fraud'] },
    message: {
      zh: '招聘主体无法识别或核实：统一社会信用代码校验位错误、未载明用人单位，或冒用知名企业名义。',
      en: 'The employer cannot be identified or verified: invalid registration code, no employer named, or a well-known brand recruiting from a personal or unrelated address.',
    },
    suggestion: {
      zh: '载明用人单位全称和有效的统一社会信用代码；平台应核验营业执照后再发布。',
      en: 'Name the employer and recruit from its own domain; platforms should verify the employer before publishing.',
    },
    description:
      'A 统一社会信用代码 failing the GB 32100-2015 check character (high), no identifiable employer at all (medium), or a brand name with a free-webmail or unrelated contact address (impersonation, high). Valid codes, pre-2015 numbers and brands using their own domain are left alone.',
  },
  check(doc) {
    const hits: RuleHit[] = [];
    const ad = doc.ad;
    const given = ad.employer?.creditCode?.trim();
    // 1. the check character of the credit code, as given and as written in the text
    let validCode = false;
    if (given) {
      const status = checkCreditCode(given);
      validCode = status === 'valid';
      if (status === 'bad-check') {
        const code = given.replace(/[\s-]/g, '').toLowerCase();
        const expected = creditCodeCheckChar(code.slice(0, 17).toUpperCase());
        const note = `统一社会信用代码 check character ${code.slice(17).toUpperCase()} should be ${expected} (GB 32100-2015)`;
        let found = false;
        for (const m of doc.matches(new RegExp(code, 'gu'), BODY_FIELDS)) {
          hits.push({ field: m.field, start: m.start, end: m.end, severity: 'high', confidence: 0.95, note });
          found = true;
        }
        if (!found) {
          const field = doc.text('employer.name') ? 'employer.name' : 'title';
          hits.push({ field, start: 0, end: doc.text(field).length, severity: 'high', confidence: 0.95, note });
        }
      }
    }
    for (const m of doc.matches(CODE_IN_TEXT, BODY_FIELDS)) {
      const code = m.text.slice(-18);
      const status = checkCreditCode(code);
      if (status === 'valid') validCode = true;
      if (status !== 'bad-check' || (given && code === given.toLowerCase())) continue;
      const start = m.end - 18;
      hits.push({
        field: m.field,
        start,
        end: m.end,
        severity: 'high',
        confidence: 0.9,
        note: 'credit code check character is wrong (GB 32100-2015)',
      });
    }
    // 2. a well-known brand recruiting from free webmail or another party's domain
    const name = doc.text('employer.name');
    const email = (ad.contact?.email ?? '').toLowerCase();
    const personalMail = FREE_MAIL.test(email) || CN_PERSONAL_MAIL.test(email);
    if (email && personalMail && !(name && test(BRAND, name))) {
      // "a Fortune 500 company" / "世界500强" recruiting from a personal mailbox
      const claim = firstMatch(doc, BIG_CLAIM);
      if (claim) {
        hits.push({
          ...claim,
          severity: 'medium',
          confidence: 0.7,
          note: 'large-company claim with a personal e-mail address',
        });
        hits.push({ field: 'contact.email', start: 0, end: doc.text('contact.email').length, confidence: 0.7 });
      }
    }
    if (name && email && test(BRAND, name)) {
      BRAND.lastIndex = 0;
      const brand = (BRAND.exec(name)?.[0] ?? '').replace(/[^a-z]/g, '');
      const domain = email.split('@')[1] ?? '';
      if (FREE_MAIL.test(email) || (brand && !domain.replace(/[^a-z]/g, '').includes(brand))) {
        hits.push({
          field: 'contact.email',
          start: 0,
          end: doc.text('contact.email').length,
          severity: 'high',
          confidence: 0.85,
          note: 'brand name with a personal or unrelated e-mail domain',
        });
      }
    }
    if (hits.length) return hits;
    // 3. no identifiable employer anywhere
    const body = bodyHead(doc);
    if (validCode || employerIdentified(doc, body)) return hits;
    // an unnamed employer describing real duties at length is a recruiter's ad, not a phantom one
    if (hasDuties(body) && body.length >= SHORT) return hits;
    hits.push({
      field: 'title',
      start: 0,
      end: doc.text('title').length,
      confidence: 0.6,
      note: 'no employer name, credit code, profile or company named in the ad',
    });
    return hits;
  },
});
