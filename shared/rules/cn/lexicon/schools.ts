/** School tiers and modes of study used as restrictive hiring conditions (cn-school). */
import { group, type Lexicon } from '#shared/rules/cn/lib/lexicon.ts';

const ALT = '以岗位所需的学历层次、专业和能力为条件，不以毕业院校层次或学习方式作为限制条件。';
const SRC =
  'cn.school: MOE 2013 "三个严禁"; MOHRSS 2021 notice; 教就业厅函〔2026〕8号 (advisory for private employers)';

/** Tiers: naming them as a condition limits the post to graduates of certain schools. */
export const TIERS: Lexicon = group(ALT, SRC, [
  ['985', 'Project 985 universities'],
  ['211', 'Project 211 universities'],
  ['双一流', '"Double First-Class" universities'],
  ['一流大学', '"first-class" universities'],
  ['c9', 'the C9 league'],
  ['清北', 'Tsinghua and Peking University only'],
  ['名校', 'famous schools'],
  ['名牌大学', 'famous universities'],
  ['重点大学', 'key universities'],
  ['重点院校', 'key universities'],
  ['重点本科', 'key universities'],
  ['一本', 'first-tier admission batch'],
  ['qs前', 'QS world ranking cut-off'],
  ['qs排名前', 'QS world ranking cut-off'],
  ['qs top', 'QS world ranking cut-off'],
  ['世界排名前', 'world ranking cut-off'],
  ['海外名校', 'famous overseas schools'],
]);

/** Modes of study or admission that ads exclude (全日制 required, 自考 turned away). */
export const MODES: Lexicon = group(ALT, SRC, [
  ['全日制', 'full-time study'],
  ['统招', 'unified national admission'],
  ['统招全日制', 'full-time, unified admission'],
  ['全日制统招', 'full-time, unified admission'],
]);

/** Degrees earned by other routes, excluded by "全日制 only" ads. */
export const OTHER_ROUTES: Lexicon = group(ALT, SRC, [
  ['自考', 'self-study examinations'],
  ['成教', 'adult education'],
  ['成人教育', 'adult education'],
  ['成人高考', 'adult college entrance examination'],
  ['函授', 'correspondence study'],
  ['网络教育', 'online education'],
  ['网教', 'online education'],
  ['远程教育', 'distance education'],
  ['专升本', 'top-up bachelor from a junior college'],
  ['电大', 'radio and TV university'],
  ['开放大学', 'open university'],
  ['非全日制', 'part-time study'],
  ['非统招', 'non-unified admission'],
  ['民办', 'private universities'],
  ['三本', 'third-tier admission batch'],
  ['二本', 'second-tier admission batch'],
  ['独立学院', 'independent colleges'],
]);
