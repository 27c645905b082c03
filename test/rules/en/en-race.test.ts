import rule from '#shared/rules/en/en-race.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'Experience with Hispanic and Latino communities preferred.',
    'Office in White Plains, NY; Black Friday is our busiest day.',
    'Experience in the Asian market preferred.',
    'We are a Black-owned business serving the Hispanic community.',
    'Uniform: black trousers preferred, white shirt required.',
    'Black or white shirts only.',
    'Sell white goods and home appliances.',
    'We welcome applications from Black, Asian and minority ethnic candidates, who are under-represented in our sector.',
    'We are an equal opportunity employer: race, color, religion, sex and national origin play no part in hiring.',
    'Seeking Asian actors for the role of a shopkeeper in a stage production.',
    'Our skincare line serves fair skin and dark skin tones.',
    'Whiteboard experience and a black belt preferred for our martial arts instructor.',
    'Hispanic customers make up 60% of our base; bilingual Spanish preferred.',
  ],
  invalid: [
    { ad: 'Must be of European appearance.', spans: [{ text: 'European appearance' }] },
    {
      ad: 'Hispanic applicants will be given priority.',
      spans: [{ text: 'Hispanic applicants will be given priority' }],
    },
    { ad: 'We do not hire Black people.', spans: [{ text: 'do not hire Black' }] },
    { ad: 'Host position: Caucasian preferred.', spans: [{ text: 'Caucasian preferred' }] },
    { ad: 'We are looking for Asian female staff for our front desk.', spans: [{ text: 'looking for Asian' }] },
    { ad: 'White candidates only.', spans: [{ text: 'White candidates only' }] },
    { ad: 'Must have fair skin and a pleasant look.', spans: [{ text: 'fair skin' }] },
    { ad: 'No blacks.', spans: [{ text: 'No blacks' }] },
    { ad: 'Caucasian look required for this brand.', spans: [{ text: 'Caucasian look' }] },
    { ad: 'Looking for white staff to match our clientele.', spans: [{ text: 'Looking for white' }] },
    {
      name: 'full-width',
      ad: 'Ｃａｕｃａｓｉａｎ ｐｒｅｆｅｒｒｅｄ.',
      spans: [{ text: 'Ｃａｕｃａｓｉａｎ ｐｒｅｆｅｒｒｅｄ' }],
    },
    {
      name: 'UK ad',
      ad: { title: 'Receptionist', description: 'White British candidates only, please.', country: 'GB' },
      spans: [{ text: 'White British candidates only' }],
    },
  ],
});
