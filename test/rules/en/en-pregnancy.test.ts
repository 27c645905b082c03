import rule from '#shared/rules/en/en-pregnancy.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'Therapist wanted: hot stone massage is not suitable for pregnant women, so you will adapt treatments.',
    '12-month maternity cover contract.',
    'Generous maternity leave and pay.',
    'Midwife for our maternity ward; perform pregnancy tests and scans.',
    'If you are pregnant we will carry out an individual risk assessment.',
    'We do not discriminate on the basis of pregnancy, sex or age.',
    'Family-friendly hours, ideal around school runs.',
  ],
  invalid: [
    { ad: 'We cannot hire pregnant women.', spans: [{ text: 'cannot hire pregnant' }] },
    {
      ad: 'Candidates who are pregnant will not be considered.',
      spans: [{ text: 'Candidates who are pregnant will not' }],
    },
    { ad: 'No pregnancy within the first year.', spans: [{ text: 'No pregnancy within the first year' }] },
    { ad: 'Must not be planning a family.', spans: [{ text: 'not be planning a family' }] },
    { ad: 'Must not be pregnant.', spans: [{ text: 'Must not be pregnant' }] },
    { ad: 'Pregnant women need not apply.', spans: [{ text: 'Pregnant women need not apply' }] },
    {
      ad: 'Not suitable for pregnant women due to chemical exposure.',
      spans: [{ text: 'Not suitable for pregnant' }],
    },
    {
      ad: 'Candidates must have no plans to have children in the next three years.',
      spans: [{ text: 'no plans to have children' }],
    },
    {
      ad: 'You must agree not to become pregnant during the contract.',
      spans: [{ text: 'agree not to become pregnant' }],
    },
    { ad: 'Negative pregnancy test required before hire.', spans: [{ text: 'Negative pregnancy test' }] },
    {
      name: 'full-width',
      ad: 'Ｍｕｓｔ ｎｏｔ ｂｅ ｐｒｅｇｎａｎｔ.',
      spans: [{ text: 'Ｍｕｓｔ ｎｏｔ ｂｅ ｐｒｅｇｎａｎｔ' }],
    },
  ],
});
