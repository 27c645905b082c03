/**
 * pii-third-party: an ad publishes a named private person's contact or personal details — a hire's
 * mobile number, a former employee's home address, a referrer's phone and village, a "sample" form
 * filled with a real worker's data.
 * Lawful look-alikes left alone: the employer's hotline and office phone, the recruiter's work phone
 * or e-mail (王经理 138…, "contact Jennifer Smith at …"), the ad's own contact block, the company
 * address, and a single unlabelled name-and-number that reads as the ad's contact.
 */
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import type { TextField } from '#shared/text/document.ts';
import { type Detail, findDetails, personFor } from '#shared/rules/pii/lib/details.ts';
import { STATEMENT_FIELDS, has, lineBefore } from '#shared/rules/pii/lib/fields.ts';
import { runsIn } from '#shared/rules/pii/lib/runs.ts';
import type { NameSpan } from '#shared/rules/pii/lib/names.ts';
import { CONTACT_CUES, LIST_CUES, NEAR_ROLES } from '#shared/rules/pii/lexicons/person-roles.ts';
import { alternation } from '#shared/rules/pii/lexicons/types.ts';

const NEAR = {
  zh: new RegExp(`(?:${alternation(NEAR_ROLES, 'zh')})[：:\\s]{0,2}$`),
  en: new RegExp(`(?:${alternation(NEAR_ROLES, 'en')})[：:\\s]{0,2}$`),
};
const LIST = {
  zh: new RegExp(alternation(LIST_CUES, 'zh')),
  en: new RegExp(alternation(LIST_CUES, 'en')),
};
const CONTACT = {
  zh: new RegExp(alternation(CONTACT_CUES, 'zh')),
  en: new RegExp(alternation(CONTACT_CUES, 'en')),
};
/** Cheap gate: an ad without 9+ digits in a row (separators allowed) or an address word has nothing to leak. */
const CHEAP = /\d[\d\s()-]{8}|家住|住址|现住|住在|address|lives at/;

interface Person {
  name: NameSpan;
  details: Detail[];
}

export default defineRule({
  meta: {
    id: 'pii-third-party',
    category: 'personal_data',
    tags: ['pii.third-party'],
    severity: 'high',
    legalBasis: {
      CN: ['cn.pii-disclosure'],
      US: ['us.fraud'],
      GB: ['uk.pii-principles'],
      EU: ['eu.pii-principles'],
    },
    message: {
      zh: '招聘信息公开了求职者、员工或其他个人的姓名及电话、住址等个人信息。',
      en: "The ad publishes a named private person's phone number, home address or other personal details.",
    },
    suggestion: {
      zh: '删除个人的姓名和联系方式；只保留企业的招聘电话或招聘人员的工作联系方式。',
      en: "Remove the person's name and details; publish only the employer's or recruiter's work contact.",
    },
    description:
      "A named candidate, hire, worker, former employee or referrer published with their mobile number, home address or ID: in lists (名单, 'welcome our new…'), blacklists, pay lists and sample forms filled with real data. The employer's hotline, a recruiter's work phone or e-mail, the ad's contact block and the company address are left alone.",
  },
  check(doc) {
    const hits: RuleHit[] = [];
    const contactPhone = (doc.text('contact.phone') + doc.text('contact.im')).replace(/\D/g, '');
    const contactName = doc.text('contact.name');
    for (const path of STATEMENT_FIELDS) {
      const f = doc.field(path);
      if (!f || !CHEAP.test(f.nt.text)) continue;
      const text = f.nt.text;
      const lang = doc.language;
      const details = findDetails(text, lang, runsIn(doc, path));
      if (details.length === 0) continue;
      const people = new Map<number, Person>();
      let lastPerson: Person | undefined;
      for (const d of details) {
        let name = personFor(f.nt, d.start, lang, NEAR[lang]);
        // an address later on the same line belongs to the person named before it
        if (!name && d.kind === 'address' && lastPerson && !text.slice(lastPerson.name.end, d.start).includes('\n')) {
          name = lastPerson.name;
        }
        if (!name) continue;
        const p = people.get(name.start) ?? { name, details: [] };
        p.details.push(d);
        people.set(name.start, p);
        lastPerson = p;
      }
      for (const p of people.values()) {
        if (isLeak(text, p, lang, contactName, contactPhone)) hits.push(...toHits(path, p));
      }
    }
    return hits;
  },
});

function isLeak(text: string, p: Person, lang: 'zh' | 'en', contactName: string, contactPhone: string): boolean {
  const { name, details } = p;
  if (name.alias) return false;
  const nameText = text.slice(name.start, name.end);
  if (contactName.includes(nameText)) return false;
  if (details.every((d) => d.kind === 'phone' && d.digits.length >= 7 && contactPhone.includes(d.digits))) return false;
  const first = details[0] as Detail;
  // "联系人：张伟 138…", "contact Jennifer Smith at …", "Jennifer Smith, HR Manager, …"
  const lead = lineBefore(text, name.start, 16);
  const between = text.slice(name.end, first.start);
  if (has(CONTACT[lang], lead) || has(CONTACT[lang], between)) return false;
  if (has(NEAR[lang], lineBefore(text, name.start, 10))) return true;
  if (has(LIST[lang], text.slice(Math.max(0, name.start - 200), name.start))) return true;
  // a home address or an ID with the name is never a contact point; a bare list of names and mobiles
  // without any cue may be branch recruiters, so it is not judged a leak
  return details.some((d) => d.kind !== 'phone');
}

function toHits(field: TextField, p: Person): RuleHit[] {
  const hits: RuleHit[] = [
    { field, start: p.name.start, end: p.name.end, mask: 'name', note: 'named private person with personal details' },
  ];
  for (const d of p.details) hits.push({ field, start: d.start, end: d.end, mask: d.mask });
  return hits;
}
