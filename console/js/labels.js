/** Badges and labels shared by the views. */
import { h } from './dom.js';
import { getLang, t } from './i18n.js';
import { regionName } from './regions.js';

export const STATUSES = ['open', 'confirmed', 'dismissed', 'escalated'];
export const CATEGORIES = ['fraud', 'discrimination', 'personal_data'];
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];

/** @param {string} s */
export const severityBadge = (s) => h('span', { class: `badge sev-${s}` }, t(`severity.${s}`));
/** @param {string} s */
export const statusBadge = (s) => h('span', { class: `badge status-${s}` }, t(`status.${s}`));
/** @param {string} c */
export const categoryTag = (c) => h('span', { class: `tag cat-${c}` }, t(`category.${c}`));

/** The city (from the ad, else from the code) and the code. @param {{ regionCode: string|null, city: string|null, country?: string }} c */
export function regionText(c) {
  const name = c.city ?? regionName(c.regionCode, getLang());
  if (name && c.regionCode) return `${name} ${c.regionCode}`;
  return name ?? c.regionCode ?? c.country ?? '—';
}
