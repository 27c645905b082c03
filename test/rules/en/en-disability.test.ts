import rule from '#shared/rules/en/en-disability.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'Must be in good physical health to lift boxes with or without reasonable accommodation.',
    'Must maintain excellent health and safety standards on site.',
    'Applicants with disabilities are encouraged to apply.',
    'Do you have a full UK driving licence?',
    'An occupational health questionnaire will be sent with your offer letter.',
    'Must be able to lift 50 lbs with or without reasonable accommodation.',
    'A medical examination is required after a conditional offer of employment.',
    'Must pass a DOT physical and drug test.',
    'Please tell us if you need any adjustments for the interview.',
    'We are a Disability Confident employer and guarantee interviews to disabled applicants who meet the criteria.',
    'Able-bodied seaman (AB) wanted for offshore vessel.',
    'Our safety record: no injuries in 500 days.',
    'We offer excellent health insurance and dental.',
    'Full health benefits from day one.',
    'We do not discriminate on the basis of disability, age, race or sex.',
  ],
  invalid: [
    { ad: 'Must be in good physical and mental health.', spans: [{ text: 'good physical and mental health' }] },
    { ad: 'Candidates must be mentally stable.', spans: [{ text: 'mentally stable' }] },
    {
      ad: 'Free from any physical or mental disability.',
      spans: [{ text: 'Free from any physical or mental disability' }],
    },
    { ad: 'Healthy individuals only.', spans: [{ text: 'Healthy individuals only' }] },
    { ad: 'Must not suffer from any chronic illness.', spans: [{ text: 'Must not suffer from any chronic illness' }] },
    { ad: 'Must be able-bodied.', spans: [{ text: 'able-bodied' }] },
    { ad: 'Applicants must be in perfect health.', spans: [{ text: 'perfect health' }] },
    { ad: 'No disabilities or chronic illnesses.', spans: [{ text: 'No disabilities' }] },
    { ad: 'No history of mental illness.', spans: [{ text: 'No history of mental illness' }] },
    { ad: 'Disabled applicants need not apply.', spans: [{ text: 'Disabled applicants need not apply' }] },
    {
      ad: 'Please list any medical conditions or medications with your application.',
      spans: [{ text: 'list any medical conditions' }],
    },
    {
      ad: "Candidates with prior workers' comp claims or back injuries will not be considered.",
      spans: [{ text: "Candidates with prior workers' comp claims or back injuries will not" }],
    },
    { name: 'spaced hyphen', ad: 'Must be able bodied and strong.', spans: [{ text: 'able bodied' }] },
    { name: 'full-width', ad: 'Ａｂｌｅ-ｂｏｄｉｅｄ men only.', spans: [{ text: 'Ａｂｌｅ-ｂｏｄｉｅｄ' }] },
  ],
});
