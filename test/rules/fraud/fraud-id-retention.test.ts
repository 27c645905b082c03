import rule from '#shared/rules/fraud/fraud-id-retention.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    '入职当天携带身份证原件，核验后当场归还',
    '工作签证由公司办理，护照由员工本人保管',
    '本公司不以任何名义扣押求职者证件',
    'Workers keep their own passports and documents at all times.',
    'Bring your ID on day one for the I-9; copies are kept by HR.',
    '入职需提供身份证复印件，原件当场核对',
    '保安员负责园区证件查验',
    '当天入职，不收任何费用，不压身份证',
  ],
  invalid: [
    { ad: '入职须知：身份证原件交公司保管，干满一年返还', spans: [{ text: '身份证原件交公司保管' }] },
    { ad: '合同期内护照由公司统一保管', spans: [{ text: '护照由公司统一保管' }] },
    { ad: '入職需將畢業證交公司代為保管', spans: [{ text: '畢業證交公司代為保管' }], name: 'traditional' },
    {
      ad: 'Passports are held by management for visa processing during your contract.',
      spans: [{ text: 'Passports are held by management' }],
    },
    { ad: '入职身份证押在公司，离职时归还', spans: [{ text: '身份证押在公司' }] },
    { ad: 'We will hold your passport until your contract ends.', spans: [{ text: 'We will hold your passport' }] },
    { ad: '入职要压身份证，做满三个月还', spans: [{ text: '压身份证' }], name: 'homophone 压 for 押' },
    { ad: '保安员若干，入职需将身份证交由队部统一保管', spans: [{ text: '身份证交由队部统一保管' }] },
    {
      ad: 'Workers must hand over their passports to the site manager on arrival for safekeeping.',
      spans: [{ text: 'hand over their passports to the site manager' }],
    },
  ],
});
