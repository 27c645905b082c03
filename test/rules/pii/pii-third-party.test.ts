import rule from '#shared/rules/pii/pii-third-party.ts';
import { ruleTester } from '#test/helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    // the recruiter's work phone, with a title
    '招聘仓库理货员5名，五险一金。联系人：刘经理 139 0511 2233',
    // a named contact person introduced as such
    '有意者请联系招聘专员张丽华，电话13905112233，工作日9:00-18:00',
    // the employer hotline and a landline
    '报名热线：400-820-1234，办公室电话 0512-68051233',
    // the ad's own contact block repeated in the body
    { title: '招聘', description: '欢迎来电：周晓明 13622223333', contact: { name: '周晓明', phone: '136 2222 3333' } },
    // a single unlabelled name and number reads as the contact point
    '本店招服务员2名，包吃包住，月薪4500。陈建国 13512345678',
    // company address, no person
    '工作地点：苏州工业园区星湖街328号创意产业园5栋',
    // 员工 as a generic word, then the contact
    '员工宿舍四人间，员工食堂免费。咨询电话：王主管 13800138000',
    // accommodation wording is not a home address
    '包吃包住，住宿舍在园区3号楼，联系人赵先生 13711112222',
    // English recruiter contacts
    'For questions contact Jennifer Smith, HR Manager, at (555) 201-3344.',
    'Apply in person or call our store manager Mark Evans at 555-201-3344.',
    // company address in English
    'Our warehouse is at 1200 Industrial Blvd, Reno, NV 89502. Call (775) 555-0100 to apply.',
    // traditional Chinese recruiter line
    '誠聘店員，聯繫人：黃小姐 0912 345 678',
    // branch recruiters listed without titles
    '各区域报名：\n北京 王磊 13800000001\n上海 李娜 13900000002\n广州 陈晨 13700000003',
    // a contact with an office address
    '联系人：陈主管 13812345678（微信同号），地址：东莞市长安镇乌沙社区兴发南路88号',
    'Send your resume to Lisa Wong at lisa.wong@acme.com or call 212-555-0147.',
    // a founder named in the company story, then the hiring line
    'Our founder, Michael Chen, started the company in 2005. Call (415) 555-0123 to apply.',
  ],
  invalid: [
    {
      name: 'list of hires with mobiles',
      ad: '恭喜以下三位通过面试，请周一带身份证报到：\n赵子龙 137 1234 5678\n钱小红 138 2345 6789\n孙立 139 3456 7890',
      spans: [{ text: '赵子龙' }, { text: '137 1234 5678' }, { text: '孙立' }],
      excerpts: ['赵**', '137 **** **78', '孙*'],
    },
    {
      name: 'former employee named with phone and home address',
      ad: '声明：原员工郭大勇（电话 13688889999，家住城东区柳树镇郭家村）已离职，其个人行为与本公司无关。现招普工。',
      spans: [{ text: '郭大勇' }, { text: '13688889999' }, { text: '家住城东区柳树镇郭家村' }],
      excerpts: ['郭**', '136******99', '家**********'],
    },
    {
      name: 'referrer with full-width digits and pinyin annotations',
      ad: '推荐人(tuī)公示：推荐人 马晓东 １３９ ８８７７ ６６５５，奖励500元',
      spans: [{ text: '马晓东' }, { text: '１３９ ８８７７ ６６５５' }],
    },
    {
      name: 'sample form filled with a real person',
      ad: '应聘登记表请参考填写：\n姓名：欧阳明　性别：男\n电话：186 0000 1111\n住址：宝安区西乡街道固戍村12号',
      spans: [{ text: '欧阳明' }, { text: '186 0000 1111' }],
    },
    {
      name: 'English do-not-hire notice',
      ad: 'Now hiring loaders. Do not hire this former employee:\nBrian Walker\nCell: (414) 555-0177\nHome address: 88 Oak Lane, Racine, WI 53402',
      spans: [{ text: 'Brian Walker' }, { text: '(414) 555-0177' }],
      excerpts: ['B**** ******', '(414) ***-**77'],
    },
    {
      name: 'English welcome list of new staff',
      ad: 'Still hiring baristas! A big welcome to our new team members:\n- Olivia Chen - (312) 555-0141\n- Marcus Reed - (312) 555-0187\n- Sophia Diaz - (312) 555-0193',
      spans: [{ text: 'Olivia Chen' }, { text: '(312) 555-0141' }],
    },
    {
      name: 'UK mobile of a former worker',
      ad: {
        description:
          'Hiring cleaners. Former employee Laura Hughes (07700 900123) no longer works for us — do not pay her.',
        country: 'GB',
      },
      spans: [{ text: 'Laura Hughes' }, { text: '07700 900123' }],
    },
    {
      name: 'a congratulated employee with a phone, name followed by 同学',
      ad: '恭喜王小明同学（手机 138 1234 5678）获得本月优秀员工奖，继续招聘普工。',
      spans: [{ text: '王小明' }, { text: '138 1234 5678' }],
    },
    {
      name: 'new hires with names outside the common-name list',
      ad: 'Congratulations to our new hires! Deshawn Jackson (312) 555-0199 and Aaliyah Brown (312) 555-0145 start Monday.',
      spans: [{ text: 'Deshawn Jackson' }, { text: '(312) 555-0199' }],
    },
  ],
});
