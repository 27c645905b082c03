import rule from '#shared/rules/en/en-marital.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'No kids allowed on the premises.',
    'You must be single-minded about quality.',
    'Seeking a married couple as live-in house parents.',
    'You will be the single point of contact for clients.',
    'Build single-family homes across the region.',
    'Family health insurance included.',
    'Single shift, Monday to Friday.',
    'No children on site for safety reasons.',
    'We do not discriminate on the basis of marital status, sex, age or religion.',
  ],
  invalid: [
    { ad: 'Preferably married.', spans: [{ text: 'Preferably married' }] },
    { ad: 'Married preferred.', spans: [{ text: 'Married preferred' }] },
    { ad: 'Married candidates will be preferred.', spans: [{ text: 'Married candidates will be preferred' }] },
    { ad: 'We do not hire married women.', spans: [{ text: 'do not hire married women' }] },
    { ad: 'We will only consider single applicants.', spans: [{ text: 'only consider single applicants' }] },
    { ad: 'We are looking for candidates who are single.', spans: [{ text: 'candidates who are single' }] },
    { ad: 'Single candidates only.', spans: [{ text: 'Single candidates only' }] },
    { ad: 'Must be unmarried.', spans: [{ text: 'Must be unmarried' }] },
    { ad: 'Married men preferred.', spans: [{ text: 'Married men preferred' }] },
    { ad: 'Marital status: single.', spans: [{ text: 'Marital status: single' }] },
    { ad: 'No married women.', spans: [{ text: 'No married women' }] },
    { ad: 'Civil partners need not apply.', spans: [{ text: 'Civil partners need not' }] },
    { ad: 'Ideal candidate has no children or family commitments.', spans: [{ text: 'no children' }] },
    {
      ad: 'Please send your CV stating age, marital status and number of children.',
      spans: [{ text: 'send your CV stating age, marital status' }],
    },
    {
      name: 'full-width',
      ad: 'Ｓｉｎｇｌｅ ｃａｎｄｉｄａｔｅｓ ｏｎｌｙ.',
      spans: [{ text: 'Ｓｉｎｇｌｅ ｃａｎｄｉｄａｔｅｓ ｏｎｌｙ' }],
    },
  ],
});
