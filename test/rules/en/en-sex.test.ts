import rule from '#shared/rules/en/en-sex.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'Gender: Male/Female, any age.',
    'Perfect for men and women looking for flexible work.',
    'Experience in women’s health preferred.',
    'We are the only Australian vendor in this space.',
    'Men and women wanted for warehouse picking, days or nights.',
    'We are a women’s apparel retailer looking for a store manager with 3 years of retail experience.',
    'Women and minorities are encouraged to apply.',
    'We do not discriminate on the basis of race, religion, sex, age, disability or national origin.',
    'Waiter/waitress needed for weekend brunch service.',
    'Our Salesforce administrator will join the human resources team in Manhattan.',
    'You will report to our founder, John Smith. He will mentor you through your first year.',
    'Live-in caregiver for an elderly gentleman; he needs help with meals and walks.',
    'He or she will manage a team of five. S/he must have a driving licence.',
    'Seeking female models for our swimwear catalogue shoot (genuine occupational requirement).',
    'Female carer required for intimate personal care of a female client.',
    'We serve female patients in a women’s health clinic; nurse wanted, any gender.',
    'Must be a woman-owned business to register as a supplier.',
    'Handyman needed for apartment complex; general repairs.',
    'Host/hostess (m/f) for our restaurant front desk.',
    'Our client is a leading firm. Her Majesty’s Prison Service vacancies are also listed.',
    {
      title: 'Ladies Hairdresser',
      description: 'Busy salon seeks an experienced stylist for cutting and colouring.',
      country: 'GB',
    },
  ],
  invalid: [
    {
      ad: 'This position is suited to a male candidate due to the physical nature of the work.',
      spans: [{ text: 'suited to a male' }],
    },
    { ad: 'The role would suit a lady.', spans: [{ text: 'would suit a lady' }] },
    { ad: 'Gender: Male', spans: [{ text: 'Gender: Male' }] },
    { ad: 'Female staff will be given priority.', spans: [{ text: 'Female staff will be given priority' }] },
    { ad: 'We do not hire women for night shifts.', spans: [{ text: 'do not hire women' }] },
    {
      ad: 'We’re looking for a young, attractive female to greet clients.',
      spans: [{ text: 'looking for a young, attractive female' }],
    },
    { ad: 'Front desk role. Female candidates only. Must be friendly.', spans: [{ text: 'Female candidates only' }] },
    { ad: 'Warehouse team: men preferred for night shifts.', spans: [{ text: 'men preferred' }] },
    {
      ad: 'We are looking for a female receptionist to join our front desk.',
      spans: [{ text: 'looking for a female' }],
    },
    { ad: 'Heavy lifting involved. Women need not apply.', spans: [{ text: 'Women need not apply' }] },
    { ad: 'Preference will be given to male applicants.', spans: [{ text: 'Preference will be given to male' }] },
    { ad: 'Only men may apply for this position.', spans: [{ text: 'Only men may' }] },
    { ad: 'Salesman wanted for a busy car dealership.', spans: [{ text: 'Salesman' }] },
    { ad: 'Experienced waitress needed for weekend shifts.', spans: [{ text: 'waitress' }] },
    {
      ad: { title: 'Female Receptionist', description: 'Answer phones and greet visitors.', country: 'GB' },
      spans: [{ field: 'title', text: 'Female Receptionist' }],
    },
    {
      ad: 'The successful candidate will manage the warehouse; he will be responsible for stock counts.',
      spans: [{ text: 'he' }],
    },
    { ad: 'Requirements:\n- He must have 3 years of plumbing experience.', spans: [{ text: 'He' }] },
    { ad: 'The candidate must have his own car and tools.', spans: [{ text: 'his' }] },
    {
      name: 'full-width evasion',
      ad: 'Ｆｅｍａｌｅ ｃａｎｄｉｄａｔｅｓ ｏｎｌｙ.',
      spans: [{ text: 'Ｆｅｍａｌｅ ｃａｎｄｉｄａｔｅｓ ｏｎｌｙ' }],
    },
    {
      name: 'zero-width evasion',
      ad: 'Female\u200b candidates only please.',
      spans: [{ text: 'Female\u200b candidates only' }],
    },
    { name: 'extra spaces', ad: 'Males   only   for this role.', spans: [{ text: 'Males   only' }] },
    {
      name: 'English wording in an ad located in China',
      ad: { title: 'Sales Assistant', description: 'Female only, age no limit.', country: 'CN', language: 'en' },
      spans: [{ text: 'Female only' }],
    },
  ],
});
