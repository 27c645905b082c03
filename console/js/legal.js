/**
 * A legal-basis citation as DOM: emphasis as <em> built with textContent (never innerHTML), Chinese forms
 * on the Chinese page, and a remark that no statute applies said in the page language.
 */
import { h } from './dom.js';
import { t } from './i18n.js';
import { articleZh, emphasisParts, isRemark, lawZh } from './legal-text.js';

export { isRemark };

/** @param {string} text @returns {(string|HTMLElement)[]} */
export const emphasis = (text) => emphasisParts(text).map((p) => (p.em ? h('em', {}, p.text) : p.text));

/**
 * The law and article of one entry for the page language; on the Chinese page a remark reads
 * "全国层面无明确条文" and its English text goes with the note.
 * @param {{ law: string, article: string }} l @param {'zh'|'en'} lang
 */
export function citation(l, lang) {
  if (lang === 'zh' && isRemark(l.law)) return [t('case.noStatute')];
  const law = lang === 'zh' ? lawZh(l.law) : l.law;
  const article = l.article === '—' ? '' : lang === 'zh' ? articleZh(l.article) : l.article;
  return [...emphasis(law), article ? ` ${article}` : ''];
}
