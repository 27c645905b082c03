/**
 * pii-bank-card: an ad publishes a payment card number (bank, debit, credit or prepaid card).
 * Unlawful: a worker's salary card in a payslip or pay list, a named person's card to send "fees"
 * to, a "company card" printed in the ad. Lawful look-alikes left alone: order, tracking and invoice
 * numbers, phone numbers, ID numbers, corporate settlement accounts (对公账户, 户名 is a company),
 * and digit strings that fail the Luhn check or match no card issuer.
 */
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import { IDENTIFIER_FIELDS, has, lineAfter, lineBefore } from '#shared/rules/pii/lib/fields.ts';
import { isCnMobile, isCnResidentId, isPaymentCard } from '#shared/rules/pii/lib/identifiers.ts';
import { groupSizes } from '#shared/rules/pii/lib/numbers.ts';
import { runsIn } from '#shared/rules/pii/lib/runs.ts';

const CARD_CONTEXT =
  /卡号|银行|工资卡|储蓄卡|信用卡|借记卡|银联|转入|转账|汇款|收款|户名|账号|开户|[建工农中招交]行|邮储|信用社|card|visa|mastercard|amex|debit|credit|prepaid|account|acct|bank|cardholder/;
const NOT_CARD =
  /订单|单号|快递|运单|物流|编号|工号|学号|证书|批号|条码|order|tracking|invoice|ref\b|reference|sku|serial|isbn/;
const CORPORATE = /对公|公司账户|企业账户|基本户|户名[：:\s]{0,2}[\p{Script=Han}]{2,30}(?:公司|中心|厂|店|行)/u;
const CHEAP = /\d{4}/;

export default defineRule({
  meta: {
    id: 'pii-bank-card',
    category: 'personal_data',
    tags: ['pii.bank-card'],
    severity: 'critical',
    legalBasis: {
      CN: ['cn.pii-disclosure', 'cn.pii-sensitive'],
      US: ['us.fraud'],
      GB: ['uk.pii-principles'],
      EU: ['eu.pii-principles'],
    },
    message: {
      zh: '招聘信息公开了银行卡号（金融账户属于敏感个人信息）。',
      en: 'The ad publishes a payment card number (financial account data).',
    },
    suggestion: {
      zh: '删除卡号；工资发放和核对请通过私密渠道进行，切勿要求求职者向个人账户付款。',
      en: 'Remove the card number; handle pay queries privately and never ask applicants to pay into a personal card.',
    },
    description:
      'Payment card numbers published in an ad: a known issuer prefix and length (Visa, Mastercard, Amex, UnionPay incl. 19-digit debit cards, Discover, JCB, Diners) and a valid Luhn check, split by spaces or hyphens or written in full-width digits. Order, tracking and ID numbers, phones and corporate settlement accounts are left alone.',
  },
  check(doc) {
    const hits: RuleHit[] = [];
    for (const path of IDENTIFIER_FIELDS) {
      const text = doc.text(path);
      if (text.length < 13 || !CHEAP.test(text)) continue;
      for (const run of runsIn(doc, path)) {
        const n = run.compact.length;
        if (n < 13 || n > 19 || !isPaymentCard(run.compact)) continue;
        if (isCnResidentId(run.compact) || isCnMobile(run.compact)) continue;
        const before = lineBefore(text, run.start, 24);
        const around = `${before} ${lineAfter(text, run.end, 24)}`;
        if (has(NOT_CARD, lineBefore(text, run.start, 12)) || has(CORPORATE, around)) continue;
        const cue = has(CARD_CONTEXT, around);
        const sizes = groupSizes(run.raw);
        const cardLayout = sizes.length >= 3 && sizes.slice(0, -1).every((s) => s === 4);
        if (!cue && !cardLayout) continue;
        hits.push({
          field: path,
          start: run.start,
          end: run.end,
          mask: 'card',
          confidence: cue ? 0.95 : 0.8,
          note: 'card number: issuer prefix, length and Luhn check valid',
        });
      }
    }
    return hits;
  },
});
