/**
 * Genuine occupational requirements. Title VII allows sex, religion or national origin where it is a
 * bona fide occupational qualification (never race), and the Equality Act 2010 Sch. 9 a genuine
 * occupational requirement: authenticity (models, actors), privacy and decency (intimate care,
 * searches, changing rooms), women's refuges. The ad has to make the reason plain; we leave such
 * sentences alone rather than guess.
 */
import type { AdDocument } from '#shared/text/document.ts';

const SEX_GOR =
  /\b(?:bfoq|bona fide occupational|genuine occupational|occupational requirement|schedule 9|sch\.? ?9|(?:fashion|fit|fitting|swimwear|lingerie|bra|underwear|runway|catwalk|hand|foot|photographic|promotional|commercial|print|showroom|body)\s+models?|modell?ing|casting|auditions?|to play the|actors?|actress(?:es)?|wet nurse|surrogat\w*|(?:sperm|egg) donors?|changing rooms?|locker rooms?|restrooms?|toilets?|intimate|personal care|bathing|toileting|showering|dressing and undressing|(?:male|female|women|men)\s+models?|models?\s+for|(?:swimwear|lingerie|underwear|bikini|bridal wear)\s+(?:line|collection|catalog(?:ue)?|shoot|campaign|brand)|(?:body|strip|pat[- ]down) search\w*|refuge|(?:domestic (?:violence|abuse)|rape crisis|sexual violence) (?:shelter|service|centre|center|support)|same[- ]sex|privacy|decency|mammogra\w*|chaperon\w*)/;

const MODEL_TITLE = /\b(?:models?|modell?ing|actors?|actress(?:es)?|performers?|dancers?|chaperon\w*)\b/;

/** A sentence that states, or a job whose title implies, a genuine sex-based occupational requirement. */
export function sexGorContext(doc: AdDocument, sentence: string): boolean {
  return SEX_GOR.test(sentence) || MODEL_TITLE.test(doc.text('title'));
}
