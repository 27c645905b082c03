import rule from '#shared/rules/fraud/fraud-offplatform-contact.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    { description: '有意者请致电人事部，电话微信同号', contact: { phone: '0571-86001234', im: '微信同号' } },
    'We never interview over Telegram or WhatsApp; apply on our careers page.',
    { description: 'Apply on this site or message us on WhatsApp.', contact: { email: 'jobs@acme-logistics.com' } },
    { description: 'Care worker. Contact us on WhatsApp or call 0161 496 0000.', contact: { phone: '0161 496 0000' } },
    '急招普工，包吃住，电话/微信：13812345678',
  ],
  invalid: [
    { ad: '日结高薪，平台消息不回，只加薇信：ab1234', spans: [{ text: '薇信' }] },
    {
      ad: { description: '名额有限，今天截止！加扣扣：2 7 6 5 8 1 3 0 9', contact: { im: '扣扣 276581309' } },
      spans: [{ text: '扣扣' }],
    },
    { ad: '急招！聯繫飛機 @hr_abc，國內電話不接', spans: [{ text: '飛機 @' }], name: 'traditional' },
    {
      ad: 'Contact our recruiter on Telegram only: @jobs_fast. Phone calls not accepted.',
      spans: [{ text: 'Telegram' }],
    },
    { ad: '在家做客服，名额有限，加微：kf8899', spans: [{ text: '加微' }] },
  ],
});
