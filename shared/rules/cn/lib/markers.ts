/**
 * The grammar of a hiring condition in Chinese ads, as regex source fragments shared by the cn rules.
 * A protected word alone is not a violation; it becomes one next to a marker that restricts, excludes
 * or prefers (限男性, 河南人勿扰, 汉族优先).
 */

/** Before a trait: the post is limited to it (限男性, 仅招女生, 要求已婚). */
export const RESTRICT_BEFORE =
  '(?:仅限于?|只限于?|限于|限定|限招|只招收?|仅招收?|只收|只要|只需要|只聘|仅聘|要求(?:为|是)?|须为|须是|需为|需是|必须(?:为|是)?|务必(?:为|是)?|需要|需|须|限)';

/** After a trait: people with it are turned away (孕妇勿扰, 河南人免谈, 乙肝携带者不予录用). */
export const EXCLUDE_AFTER =
  '(?:暂|一律|概|均|都|坚决|请)?(?:勿扰|免扰|免谈|勿投|莫投|勿来|勿进|勿应聘|请勿(?:投递|应聘|报名|打扰)|不要|不招|不收|不用|除外|谢绝|拒绝|不予(?:录用|考虑|聘用)|不录用|不聘用|不考虑|恕不(?:录用|考虑|接待)?|止步|绕行|绕道|请绕|慎投|不适合|不合适|不予受理|一律不要|一律不招|不行|(?:暂时|暂)?(?:不能|不可|无法|不予)(?:录用|聘用|入职|应聘|报名))';

/** Before a trait: people with it are turned away (不招河南人, 拒绝乙肝). */
export const EXCLUDE_BEFORE = '(?:不招收?|不要|不收|不聘用?|不录用|不接受|不考虑|拒绝|谢绝|拒收|拒招|婉拒|排除|不欢迎)';

/** After a trait: the trait is preferred (男士优先, 已婚者优先). */
export const PREFER_AFTER = '(?:优先(?:考虑|录用|录取)?|更佳|为佳|最佳|更好|者佳)';

/** A person after a trait word: 人, 者, 人员, 的. */
export const PERSON = '(?:人士|人员|人|者|同胞|朋友|的)?';

/** Words that soften an exclusion without changing it: 暂不考虑, 一律不招, 概不录用. */
export const SOFTENER = '(?:暂|一律|概|均|都|坚决|请)?';

/** A short gap inside one phrase, for lists before an exclusion (孕期、哺乳期女性暂不考虑). */
export const GAP = '[^，,。；;！!？?\\n]{0,10}?';
