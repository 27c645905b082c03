/**
 * Legal-basis text as the catalogue (shared/legal/catalogue.json) holds it: research data in mixed Chinese
 * and English, with markdown emphasis in a few entries (`*No national statute names age.*`). Pure
 * functions, no DOM: a bilingual law name's Chinese half, an article's Chinese form
 * (`Art. 43(1),(5) (第四十三条第(一)(五)项)` → the bracketed part; else `Art. 27 para 3` → `第27条第3款`),
 * and emphasis cut into parts.
 */

const CJK = /[\u3400-\u9fff]/;

/**
 * `*emphasis*` cut into plain and emphasised parts; an unpaired asterisk stays as it is.
 * @param {string} text
 * @returns {{ text: string, em: boolean }[]}
 */
export function emphasisParts(text) {
  /** @type {{ text: string, em: boolean }[]} */
  const out = [];
  let rest = text;
  for (let open = rest.indexOf('*'); open >= 0; open = rest.indexOf('*')) {
    const close = rest.indexOf('*', open + 1);
    if (close < 0 || close === open + 1) break;
    if (open > 0) out.push({ text: rest.slice(0, open), em: false });
    out.push({ text: rest.slice(open + 1, close), em: true });
    rest = rest.slice(close + 1);
  }
  if (rest) out.push({ text: rest, em: false });
  return out;
}

/**
 * An entry whose "law" opens with emphasis is the research note's remark that no statute applies
 * (`*No national provision found*`), not a law's name. @param {string} law
 */
export const isRemark = (law) => law.trimStart().startsWith('*');

/** The Chinese half of `中文名 / English name`, else the name as it is. @param {string} law */
export function lawZh(law) {
  const parts = law.split(' / ');
  if (parts.length < 2) return law;
  return parts.filter((p) => CJK.test(p)).join(' / ') || law;
}

/** The last top-level bracketed group that holds Chinese, if any. @param {string} s */
function chineseBracket(s) {
  let depth = 0;
  let start = -1;
  /** @type {string|null} */
  let found = null;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if (s[i] === ')' && depth > 0) {
      depth--;
      if (depth === 0) {
        const inner = s.slice(start + 1, i);
        if (CJK.test(inner)) found = inner;
      }
    }
  }
  return found;
}

/** An article reference in Chinese form where it can be read as one. @param {string} article */
export function articleZh(article) {
  const bracket = chineseBracket(article);
  if (bracket) return bracket;
  return article
    .replace(/\bArt\. (\d+(?:-\d+)?)/g, '第$1条')
    .replace(/ para (\d+)/g, '第$1款')
    .replace(/; /g, '；')
    .replace(/ \+ /g, '、');
}
