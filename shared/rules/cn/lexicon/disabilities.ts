/** Disability words used to exclude applicants (cn-disability). */
import { group, type Lexicon } from '#shared/rules/cn/lib/lexicon.ts';

const ALT = '删除对残疾人的排斥条件；写明岗位的实际工作内容和必要能力，由个人评估是否胜任。';
const SRC = 'cn.disability: 就业促进法 Art. 29; 残疾人保障法 Arts. 3, 38; 残疾人就业条例 Art. 4';

export const DISABILITIES: Lexicon = group(ALT, SRC, [
  ['残疾人', 'people with disabilities'],
  ['残疾', 'disability'],
  ['残障人士', 'people with disabilities'],
  ['残障', 'disability'],
  ['伤残', 'disability from injury'],
  ['肢体残疾', 'physical disability'],
  ['肢残', 'physical disability'],
  ['聋哑人', 'deaf people'],
  ['聋哑', 'deafness'],
  ['聋人', 'deaf people'],
  ['哑人', 'mute people'],
  ['盲人', 'blind people'],
  ['视障', 'visual impairment'],
  ['听障', 'hearing impairment'],
  ['智障', 'intellectual disability'],
  ['智力残疾', 'intellectual disability'],
  ['精神残疾', 'psychosocial disability'],
  ['坐轮椅', 'wheelchair users'],
  ['瘸子', 'slur for people with a limp'],
  ['跛脚', 'people with a limp'],
  ['身体缺陷', 'physical impairment'],
  ['生理缺陷', 'physical impairment'],
  ['身体残缺', 'physical impairment'],
]);
