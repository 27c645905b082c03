/** Hepatitis B and other infectious-disease carrier markers (cn-hbv). */
import { group, type Lexicon } from '#shared/rules/cn/lib/lexicon.ts';

const ALT =
  '删除乙肝等病原携带者的限制和乙肝检测要求；仅法律、行政法规和国务院卫生行政部门禁止从事的工作可作限制，并写明依据。';
const SRC = 'cn.hbv: 就业促进法 Art. 30; 传染病防治法 (2013) Art. 16; 2010 HBsAg notice';

export const CARRIERS: Lexicon = group(ALT, SRC, [
  ['乙肝', 'hepatitis B'],
  ['乙型肝炎', 'hepatitis B'],
  ['乙肝病毒', 'hepatitis B virus'],
  ['大三阳', 'HBeAg-positive HBV carrier status'],
  ['小三阳', 'HBeAb-positive HBV carrier status'],
  ['大小三阳', 'HBV carrier status'],
  ['乙肝表面抗原', 'HBsAg'],
  ['表面抗原', 'HBsAg'],
  ['澳抗', 'HBsAg (Australia antigen)'],
  ['hbsag', 'HBsAg'],
  ['hbv', 'hepatitis B virus'],
  ['两对半', 'the five HBV serology markers'],
  ['乙肝五项', 'the five HBV serology markers'],
  ['病原携带者', 'pathogen carriers (就业促进法 Art. 30)'],
  ['病原体携带者', 'pathogen carriers'],
  ['病毒携带者', 'virus carriers'],
  ['艾滋病', 'HIV/AIDS'],
  ['艾滋', 'HIV/AIDS'],
  ['hiv', 'HIV'],
  ['梅毒', 'syphilis'],
  ['丙肝', 'hepatitis C'],
]);
