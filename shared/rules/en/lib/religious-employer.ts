/**
 * Religious organisations may hire co-religionists (Title VII §702; Equality Act 2010 Sch. 9 paras 2-3),
 * and ministerial roles carry a religious requirement by nature. We leave religious wording alone when
 * the employer or the role is religious; a business that only sells to churches is not.
 */
import type { AdDocument } from '#shared/text/document.ts';

const RELIGIOUS =
  /\b(?:church|churches|parish|diocese|archdiocese|synagogue|mosque|temple|gurdwara|congregation|ministr(?:y|ies)|seminary|bible (?:college|school|camp)|missionar(?:y|ies)|faith-based|religious (?:organi[sz]ation|order|institution|employer|school|charity|community)|christian (?:school|academy|college|university|charity|camp|organi[sz]ation|ministry|nonprofit|non-profit|foundation|mission)|catholic (?:school|academy|college|university|charities|diocese|parish)|jewish (?:day school|school|community cent(?:er|re)|federation)|islamic (?:school|cent(?:er|re)|society)|yeshiva|madrasa|pastor|chaplain|chaplaincy|clergy|imam|rabbi|priest|worship (?:leader|pastor)|youth (?:minister|pastor)|deacon|religious education|faith school)\b(?!\s+(?:furniture|supplies|supply|pews?|organs?|equipment|software|management|clients?|customers?|market|sector|buildings? (?:contractor|maintenance)|audio|sound|lighting|printing))/;

export function religiousEmployer(doc: AdDocument): boolean {
  const own = `${doc.text('employer.name')}\n${doc.text('title')}\n${doc.text('employer.profile')}`;
  if (RELIGIOUS.test(own)) return true;
  return /\b(?:we are|is) an?\s+(?:[a-z-]+\s+){0,3}(?:church|ministry|faith-based|congregation|parish|synagogue|mosque|religious (?:organi[sz]ation|charity)|christian (?:school|charity|ministry|organi[sz]ation|nonprofit))\b/.test(
    doc.text('description'),
  );
}
