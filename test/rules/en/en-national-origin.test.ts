import rule from '#shared/rules/en/en-national-origin.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'The position requires US citizenship as mandated by federal law.',
    'International candidates welcome; we sponsor visas.',
    'Knowledge of Russian is a plus.',
    'Chinese speakers preferred for our Shanghai office.',
    'We are looking for Singaporean residents or internationals able to relocate.',
    {
      title: 'English Teacher Abroad',
      description: 'Teach English in Korea. Canada/US passport holders only (E-2 visa rules).',
      country: 'US',
    },
    'US citizenship required due to ITAR export-control regulations.',
    'Must be authorized to work in the US. No visa sponsorship.',
    'Fluent English required; Spanish speaker preferred.',
    'Native or near-native English speaker.',
    'Native-level Japanese proficiency.',
    'Italian chef wanted for our trattoria; Mexican cooks preferred for the taqueria.',
    'Experience with US GAAP and British tax law.',
    'We are an equal opportunity employer regardless of national origin or citizenship.',
    'Build native iOS apps with React Native on a cloud-native stack.',
    'No foreign travel required.',
    'Must have the right to work in the UK.',
    'Active Secret clearance required; US citizens only as required by the government contract.',
    {
      title: 'ESL Teacher',
      description:
        'Teach English to children in Shanghai. Native English speaker from the US, UK or Canada (work visa rule).',
      country: 'CN',
      language: 'en',
    },
  ],
  invalid: [
    {
      ad: 'This position is open to US citizens and permanent residents only.',
      spans: [{ text: 'US citizens and permanent residents only' }],
    },
    { ad: 'Must speak English as a first language.', spans: [{ text: 'English as a first language' }] },
    { ad: 'Citizenship: British only.', spans: [{ text: 'Citizenship: British only' }] },
    { ad: 'Candidates must not have a foreign accent.', spans: [{ text: 'must not have a foreign accent' }] },
    { ad: 'No Indians.', spans: [{ text: 'No Indians' }] },
    { ad: 'Native English speaker required.', spans: [{ text: 'Native English speaker' }] },
    { ad: 'Must be a native speaker with no accent.', spans: [{ text: 'native speaker' }, { text: 'no accent' }] },
    { ad: 'Applicants must be US-born.', spans: [{ text: 'US-born' }] },
    { ad: 'British nationals only.', spans: [{ text: 'British nationals only' }] },
    { ad: 'No foreigners.', spans: [{ text: 'No foreigners' }] },
    { ad: 'Green card holders only, no H1B.', spans: [{ text: 'Green card holders only' }] },
    { ad: 'US citizens only.', spans: [{ text: 'US citizens only' }] },
    { ad: 'Candidates of Chinese descent preferred.', spans: [{ text: 'of Chinese descent' }] },
    { ad: 'Filipino caregivers preferred.', spans: [{ text: 'Filipino caregivers preferred' }] },
    { ad: 'American accent required for this call centre role.', spans: [{ text: 'American accent' }] },
    {
      name: 'ESL teacher in the US',
      ad: { title: 'ESL Teacher', description: 'Native English speaker required to teach adults.', country: 'US' },
      spans: [{ text: 'Native English speaker' }],
    },
    { name: 'zero-width', ad: 'Native\u200b English speaker only.', spans: [{ text: 'Native\u200b English speaker' }] },
  ],
});
