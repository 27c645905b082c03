/** Religions and believers named to require or exclude a faith (cn-religion). */
import { group, type Lexicon } from '#shared/rules/cn/lib/lexicon.ts';

const ALT = '删除宗教信仰条件，不询问求职者的宗教信仰。';
const SRC = 'cn.religion: 就业促进法 Art. 3; 劳动法 Art. 12; 人力资源市场暂行条例 Art. 24; PIPL Art. 28';

export const BELIEVERS: Lexicon = group(ALT, SRC, [
  ['穆斯林', 'Muslims'],
  ['伊斯兰教徒', 'Muslims'],
  ['伊斯兰教', 'Islam'],
  ['信伊斯兰', 'Muslims'],
  ['基督徒', 'Christians'],
  ['基督教徒', 'Christians'],
  ['基督教', 'Christianity'],
  ['信基督', 'Christians'],
  ['天主教徒', 'Catholics'],
  ['天主教', 'Catholicism'],
  ['佛教徒', 'Buddhists'],
  ['佛教', 'Buddhism'],
  ['信佛', 'Buddhists'],
  ['道教徒', 'Taoists'],
  ['信主', 'Christians'],
  ['信耶稣', 'Christians'],
  ['信教', 'religious believers'],
  ['信仰宗教', 'religious believers'],
  ['有宗教信仰', 'religious believers'],
  ['宗教信仰者', 'religious believers'],
  ['宗教人士', 'religious believers'],
  ['教徒', 'believers'],
  ['信徒', 'believers'],
  ['戴头巾', 'religious headwear'],
  ['戴盖头', 'religious headwear'],
  ['戴面纱', 'religious headwear'],
  ['包头巾', 'religious headwear'],
  ['宗教头巾', 'religious headwear'],
  ['佩戴头巾', 'religious headwear'],
  ['宗教服饰', 'religious dress'],
]);
