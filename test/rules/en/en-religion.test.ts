import rule from '#shared/rules/en/en-religion.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'We are a church furniture supplier looking for a delivery driver.',
    'Experience in Islamic finance preferred.',
    'Christian Dior counter manager wanted.',
    'Must follow kosher dietary rules in our kitchen.',
    'We do not discriminate based on religion, race, sex or age.',
    'Muslim customers make up much of our client base.',
    'Religious dress is welcome and we accommodate prayer times.',
    {
      title: 'Youth Pastor',
      description:
        'Grace Community Church seeks a youth pastor. Must be a committed Christian and sign our statement of faith.',
      employer: { name: 'Grace Community Church' },
    },
  ],
  invalid: [
    { ad: 'Must attend Sunday service.', spans: [{ text: 'attend Sunday service' }] },
    { ad: 'Non-Christians need not apply.', spans: [{ text: 'Non-Christians need not apply' }] },
    { ad: 'Religion: Christian', spans: [{ text: 'Religion: Christian' }] },
    {
      ad: 'Headscarves, turbans or any other religious dress cannot be worn on the shop floor.',
      spans: [{ text: 'Headscarves, turbans or any other religious dress cannot be worn' }],
    },
    { ad: 'Christians only.', spans: [{ text: 'Christians only' }] },
    {
      ad: 'Must be a practicing Christian and attend church weekly.',
      spans: [{ text: 'Must be a practicing Christian' }, { text: 'attend church weekly' }],
    },
    {
      ad: 'Church membership required; please provide a pastor reference.',
      spans: [{ text: 'Church membership' }, { text: 'pastor reference' }],
    },
    { ad: 'Applicants must share our Christian values.', spans: [{ text: 'share our Christian values' }] },
    { ad: 'No hijabs or religious headwear.', spans: [{ text: 'No hijabs' }] },
    {
      ad: 'Religious head coverings are not permitted on the shop floor.',
      spans: [{ text: 'Religious head coverings are not permitted' }],
    },
    { ad: 'Muslims need not apply.', spans: [{ text: 'Muslims need not apply' }] },
    { ad: 'Looking for Christian staff for our home-care agency.', spans: [{ text: 'Looking for Christian' }] },
    { name: 'full-width', ad: 'Ｃｈｒｉｓｔｉａｎｓ ｏｎｌｙ.', spans: [{ text: 'Ｃｈｒｉｓｔｉａｎｓ ｏｎｌｙ' }] },
  ],
});
