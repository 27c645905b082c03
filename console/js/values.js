/**
 * Ad field values that are codes (pay period, currency, country, remote) shown in the page language:
 * `value.<field>.<code>` in the dictionary; any other value is the ad's own text and shown as it is.
 */
import { t } from './i18n.js';

/** @param {string} field @param {unknown} value */
export function fieldValue(field, value) {
  const text = String(value ?? '');
  const key = `value.${field}.${text}`;
  const label = t(key);
  return label === key ? text : label;
}
