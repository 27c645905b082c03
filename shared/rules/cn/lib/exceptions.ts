/**
 * Restrictions the law itself imposes or that are inherent in the post. A sex or appearance condition
 * in such an ad is left alone:
 * - 劳动法 Art. 59 and 女职工劳动保护特别规定 (annex): women may not be assigned to work underground in
 *   mines, to grade-IV physical labour, or to lifting more than 20 kg often / 25 kg at a time;
 * - posts where sex or build is the job itself (fashion models, fitting models) or where same-sex
 *   contact is required (bath houses, changing rooms, body searches).
 */
import type { AdDocument } from '#shared/text/document.ts';
import { adFact, adMentions } from '#shared/rules/cn/lib/scan.ts';

const WOMEN_BARRED =
  /矿山井下|煤矿井下|井下(?:作业|工作|采掘|掘进|采煤|矿工|工人|操作)|第四级体力劳动|四级体力劳动强度|女职工禁忌/;

/** A load in kg (or 斤) next to lifting words. */
const LOAD =
  /(?:负重|搬运|搬抬|扛|抬|举|装卸|搬)[^，。；\n]{0,10}?(\d{2,3})\s?(公斤|千克|kg|斤)|(\d{2,3})\s?(公斤|千克|kg|斤)(?:以上|左右)?的?(?:重物|货物|袋|包|箱)/g;

/** The post involves work the law bars women from (so "men only" restates the law). */
export const isWomenBarredWork = (doc: AdDocument): boolean => adFact(doc, 'women-barred', () => womenBarred(doc));

function womenBarred(doc: AdDocument): boolean {
  if (adMentions(doc, WOMEN_BARRED)) return true;
  for (const m of doc.matches(LOAD)) {
    const n = Number(m.groups[1] ?? m.groups[3]);
    const unit = m.groups[2] ?? m.groups[4];
    const kg = unit === '斤' ? n / 2 : n;
    if (kg > 25) return true;
  }
  return false;
}

const SEX_INHERENT =
  /模特|试衣|试穿|走秀|女宾部|男宾部|浴室|洗浴|搓澡|更衣室|搜身|人身检查|女子监狱|女监区|男监区|哺乳顾问/;

/** Sex is part of the post itself (a women's-wear fitting model, a bath-house attendant, a body searcher). */
export const isSexInherentPost = (doc: AdDocument): boolean =>
  adFact(doc, 'sex-inherent', () => adMentions(doc, SEX_INHERENT));

const LOOKS_INHERENT = /模特|试衣|试穿|走秀|演员|替身|平面拍摄|礼仪模特|cosplay|舞者|舞蹈演员/;

/** Build or looks are the job itself (models, actors, dancers). */
export const isLooksInherentPost = (doc: AdDocument): boolean =>
  adFact(doc, 'looks-inherent', () => adMentions(doc, LOOKS_INHERENT));
