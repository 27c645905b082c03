/**
 * fraud-offplatform-contact: the only way to apply is a private IM handle (WeChat, QQ, Telegram,
 * WhatsApp, Instagram DM, private text), told to leave the platform or pressed with urgency, often
 * spelt to slip past filters (薇信, V❤, 扣扣, split digits). A signal, not proof: medium severity.
 * Lawful look-alikes left alone: a WeChat ID beside the company phone or corporate e-mail
 * ("电话微信同号"), and anti-fraud notices that name the apps ("never interview over Telegram").
 */
import { defineRule, type RuleHit } from '#shared/engine/types.ts';
import { compileLexicon, test } from '#shared/rules/fraud/lib/lexicon.ts';
import { inWarning, isNegated } from '#shared/rules/fraud/lib/negation.ts';
import { FREE_MAIL, IM_CHANNELS, IM_EVASIVE, ONLY, URGENCY } from '#shared/rules/fraud/lexicons/contact.ts';
import { BODY_FIELDS, type TextField } from '#shared/text/document.ts';

const IM = compileLexicon(IM_CHANNELS, IM_EVASIVE);
const EVASIVE = compileLexicon(IM_EVASIVE);
const ONLY_RE = compileLexicon(ONLY);
const URGENT = compileLexicon(URGENCY);
const FIELDS: readonly TextField[] = [...BODY_FIELDS, 'contact.im'];
/** A corporate e-mail in the body (not free webmail). */
const EMAIL = /[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,100}\.[a-z]{2,}/gu;
/** A phone number in the body (mainland mobile/landline, 400 hotline, US/UK formats). */
const PHONE =
  /(?<!\d)(?:1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|0\d{2,3}-\d{7,8}|400-?\d{3}-?\d{4}|\(\d{3}\)\s?\d{3}-\d{4}|\d{3}-\d{3}-\d{4}|0\d{3,4}\s\d{3}\s?\d{3,4})(?!\d)/gu;
/** A number labelled as a phone line. */
const PHONE_WORD = /电话|手机|致电|热线|tel\b|call|phone/u;
/** How far after an IM name a number still belongs to it ("WhatsApp +1 206 555 0199"). */
const IM_REACH = 30;

export default defineRule({
  meta: {
    id: 'fraud-offplatform-contact',
    category: 'fraud',
    tags: ['fraud.offplatform-contact'],
    severity: 'medium',
    legalBasis: { CN: ['cn.platform-verify'], US: ['us.fraud'], GB: ['uk.fraud'] },
    message: {
      zh: '招聘信息要求求职者脱离平台、仅通过私人即时通讯账号联系，并催促尽快报名，是招聘诈骗的常见特征。',
      en: 'The only way to apply is a private messaging handle off the platform, with pressure to act fast: a common job-scam sign.',
    },
    suggestion: {
      zh: '提供单位电话或企业邮箱，并允许通过平台沟通；平台应核实发布者身份。',
      en: 'Give a company phone or corporate e-mail and allow contact through the platform; verify the poster.',
    },
    description:
      'Private IM as the only channel (WeChat/QQ/Telegram/WhatsApp/IG DM/text), refusing the platform or calls, or with urgency and evasive spelling (薇信, V❤, 扣扣, split digits). An IM ID beside a company phone or corporate e-mail, and anti-fraud notices naming the apps, are left alone.',
  },
  check(doc) {
    const ims = [...doc.matches(IM, FIELDS)].filter((m) => {
      const text = doc.text(m.field);
      return !isNegated(text, m.start, m.end) && !inWarning(text, m.start, m.end);
    });
    if (!ims.length) return [];
    const all = FIELDS.map((p) => doc.text(p)).join('\n');
    const only = test(ONLY_RE, all);
    const evasive = test(EVASIVE, all);
    const urgent = test(URGENT, all);
    const c = doc.ad.contact;
    const corporateMail =
      (c?.email !== undefined && !FREE_MAIL.test(c.email.toLowerCase())) ||
      [...all.matchAll(EMAIL)].some((e) => !FREE_MAIL.test(e[0]));
    const bodyPhone = FIELDS.some((p) => {
      const text = doc.text(p);
      for (const ph of text.matchAll(PHONE)) {
        // "电话/微信：138…" or "call or WhatsApp …" is a phone line as well as an IM handle
        if (PHONE_WORD.test(text.slice(Math.max(0, ph.index - IM_REACH), ph.index))) return true;
        const tied = ims.some((m) => m.field === p && ph.index >= m.start && ph.index - m.end <= IM_REACH);
        if (!tied) return true;
      }
      return false;
    });
    const otherChannel = (c?.phone !== undefined && c.phone.trim() !== '') || corporateMail || bodyPhone;
    let confidence = 0;
    if (only) confidence = otherChannel ? 0.6 : 0.85;
    else if (!otherChannel && (urgent || evasive)) confidence = evasive && urgent ? 0.8 : 0.65;
    if (confidence === 0) return [];
    const hits: RuleHit[] = ims.map((m) => ({ field: m.field, start: m.start, end: m.end, confidence }));
    return hits;
  },
});
