/**
 * pii-sensitive: an ad publishes sensitive facts about a NAMED person — a colleague's cancer or
 * depression, a rejected applicant's HBV status, a care recipient's dementia and incontinence, a
 * former worker's criminal record, someone's religion or sexual orientation.
 * Lawful look-alikes left alone: the same words without a person (照顾失智老人经验, "support for
 * employees living with cancer", oncology nursing duties), leave types (产假代岗, maternity cover),
 * job requirements (discrimination rules judge those), and aliases such as 王先生.
 */
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import type { NormalizedText } from '#shared/text/normalize.ts';
import { STATEMENT_FIELDS } from '#shared/rules/pii/lib/fields.ts';
import { cnNameAt, enNamesIn, type NameSpan } from '#shared/rules/pii/lib/names.ts';
import { SENSITIVE_FACTS } from '#shared/rules/pii/lexicons/sensitive-facts.ts';
import { AnchoredMatcher } from '#shared/rules/pii/lib/anchored.ts';
import { anchorHits, shareScan } from '#shared/rules/pii/lib/lexicon-hits.ts';

const sources = (lang: 'zh' | 'en') => SENSITIVE_FACTS.filter((e) => e.lang === lang).map((e) => e.pattern);
const FACT = {
  zh: shareScan(new AnchoredMatcher(sources('zh'), 'gu')),
  en: shareScan(new AnchoredMatcher(sources('en'), 'g')),
};
/** How far before the fact the name may stand, within the same sentence. */
const REACH = { zh: 40, en: 90 };
/** Last characters of role nouns a name may follow directly (会计吴某, 司机李某, 统计员刘某, 老人：王某). */
const ROLE_END = new Set([...'员工计机事管理师者人生士长老原前友属婆爷妈爸姐哥弟妹纳']);
/** Predicates that start right after a person's name whatever precedes it (出纳周某确诊…, 某某因病…). */
const STRONG_AFTER = new Set([...'因确患罹被']);
/** Characters that may follow a name directly (王某因…, 李某确诊…, 郑某，…). */
const AFTER_NAME = new Set([...'因确患被在上已于正今近曾由等的经去前后今年现目长期突，,（(：:、 ']);

const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

function cnNamesBefore(text: string, from: number, to: number): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = from; i < to; i++) {
    const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
    const bounded = prev < 0 || !isHan(prev) || ROLE_END.has(text[i - 1] ?? '');
    const after = bounded
      ? (t: string, j: number) => AFTER_NAME.has(t[j] ?? '') || /\d/.test(t[j] ?? '')
      : (t: string, j: number) => STRONG_AFTER.has(t[j] ?? '');
    const n = cnNameAt(text, i, after);
    if (n && !bounded && !STRONG_AFTER.has(text[n.end] ?? '')) continue;
    if (n && !n.alias && n.end <= to) out.push(n);
  }
  return out;
}

/** Sentence, clause-list and list-item breaks: a name does not reach across them. */
const BREAK = { zh: /[。；;！!？?：:\n]|\d[.、)）]/g, en: /[.;!?](?=\s|$)|\n/g };
/** Insurance and benefit wording: 住院医疗保险, 重大疾病（癌症）保险, cancer insurance. */
const BENEFIT_AFTER = /^.{0,4}(?:保险|险|津贴|补贴|医疗|insurance|cover(?:age)?|benefit)/;

export default defineRule({
  meta: {
    id: 'pii-sensitive',
    category: 'personal_data',
    tags: ['pii.sensitive'],
    severity: 'high',
    legalBasis: {
      CN: ['cn.pii-sensitive', 'cn.pii-disclosure'],
      US: ['us.disability'],
      GB: ['uk.pii-special'],
      EU: ['eu.pii-special', 'eu.pii-other'],
    },
    message: {
      zh: '招聘信息公开了特定个人的健康状况、病史、犯罪记录、宗教信仰或性取向等敏感个人信息。',
      en: "The ad publishes a named person's health, criminal record, religion or sexual orientation.",
    },
    suggestion: {
      zh: '删除涉及个人的病情等敏感信息，只说明岗位空缺和招聘需求。',
      en: "Remove the person's sensitive details; say only that the post is vacant or temporary cover.",
    },
    description:
      'Sensitive facts (diagnoses, treatment, hospital stays, HBV or HIV status, criminal records, religion, sexual orientation) written about a named person in an ad. The same words without a person, leave types such as maternity cover, job requirements and aliases like 王先生 are left alone.',
  },
  check(doc) {
    const hits: RuleHit[] = [];
    const lang = doc.language;
    const fact = FACT[lang];
    for (const path of STATEMENT_FIELDS) {
      const f = doc.field(path);
      if (!f) continue;
      const text = f.nt.text;
      let n = 0;
      for (const m of fact.matchesFromHits(text, anchorHits(doc, path))) {
        if (++n > 100) break;
        const { start, end } = m;
        if (BENEFIT_AFTER.test(text.slice(end, end + 16))) continue;
        const name = nameBefore(f.nt, start, lang);
        if (!name) continue;
        hits.push({ field: path, start: name.start, end: name.end, mask: 'name', note: 'named person' });
        hits.push({ field: path, start, end, note: 'sensitive fact about that person' });
      }
    }
    return hits;
  },
});

function nameBefore(nt: NormalizedText, pos: number, lang: 'zh' | 'en'): NameSpan | undefined {
  const text = nt.text;
  let from = Math.max(0, pos - REACH[lang]);
  const gap = text.slice(from, pos);
  // stay in the sentence: start after the last break in the gap
  const br = BREAK[lang];
  br.lastIndex = 0;
  let cut = 0;
  for (let m = br.exec(gap); m !== null; m = br.exec(gap)) cut = m.index + m[0].length;
  from += cut;
  const names = lang === 'zh' ? cnNamesBefore(text, from, pos) : enNamesIn(nt, from, pos);
  return names[names.length - 1];
}
