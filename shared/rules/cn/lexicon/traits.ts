/** Personal traits unrelated to any job: zodiac animal, star sign, blood type (cn-other). */
import { group, type Lexicon } from '#shared/rules/cn/lib/lexicon.ts';

const ALT = '删除与工作无关的个人特征条件（生肖、星座、血型等）。';
const SRC = 'cn.equal: 就业促进法 Arts. 3, 26 (open list "etc."); 人力资源市场暂行条例 Art. 24';

export const ZODIAC_ANIMALS: Lexicon = group(
  ALT,
  SRC,
  ['鼠', '牛', '虎', '兔', '龙', '蛇', '马', '羊', '猴', '鸡', '狗', '猪'].map((a) => [a, 'zodiac animal'] as const),
);

export const STAR_SIGNS: Lexicon = group(
  ALT,
  SRC,
  ['白羊', '金牛', '双子', '巨蟹', '狮子', '处女', '天秤', '天平', '天蝎', '射手', '人马', '摩羯', '水瓶', '双鱼'].map(
    (s) => [s, 'star sign'] as const,
  ),
);

export const BLOOD_TYPES: Lexicon = group(
  ALT,
  SRC,
  ['a', 'b', 'o', 'ab', 'rh阴性', 'rh阳性'].map((t) => [t, 'blood type'] as const),
);
