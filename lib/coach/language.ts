// Is this draft English? The coach's rules are English; on another language they would flag
// nonsense, so the UI says so instead. A small, pure heuristic: the share of very common English
// function words among the words, compared with the same share for a few other languages, plus
// the share of letters outside the Latin script. Short texts are not judged.

export type DraftLanguage = 'en' | 'other' | 'unknown';

const EN = new Set(('the a an and or but if to of in on at for with from by about as is are was were be been am ' +
  'i you he she we they it me him her us them my your our their this that these those not no do does did have has had ' +
  "will would can could should shall may might must what how when where which who there here so than then just also " +
  "i'm i've i'll we're we'll we've you're it's don't can't won't isn't let's please thanks thank").split(' '));

const OTHERS: Record<string, Set<string>> = {
  de: new Set('der die das und ist nicht ich sie wir ein eine zu mit auf für den dem des von sich es auch bitte danke ihr haben wird'.split(' ')),
  fr: new Set("le la les et est pas je vous nous un une des du de que qui pour avec dans sur ce cette mais merci bien sont avons".split(' ')),
  es: new Set('el la los las y es no que de en un una por para con se lo su sus pero gracias muy esta este estamos somos'.split(' ')),
  it: new Set('il lo la gli le e è non che di un una per con sono ma grazie del della questo questa siamo abbiamo'.split(' ')),
  nl: new Set('de het een en is niet ik je wij we zijn van voor met op dat die maar bedankt graag ook naar hebben'.split(' ')),
  pt: new Set('o a os as e é não que de em um uma para com se mas obrigado muito este esta somos temos do da'.split(' ')),
};

const LETTER = /\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const WORD = /[\p{L}'’]+/gu;

/** Fewer words than this and the text is not judged. */
export const MIN_WORDS = 6;

const LANGUAGES = Object.values(OTHERS);

export function detectLanguage(text: string): DraftLanguage {
  // One pass over the characters, and one over the words (this runs on every sentence the model reads).
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { letters++; latin++; } else if (c >= 128) {
      // A letter outside the BMP is two code units, counted once.
      const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
      const ch = wide ? text.slice(i, i + 2) : text[i]!;
      if (wide) i++;
      if (LETTER.test(ch)) { letters++; if (LATIN_LETTER.test(ch)) latin++; }
    }
  }
  if (letters >= 20 && latin / letters < 0.5) return 'other';
  let words = 0;
  let en = 0;
  const others = LANGUAGES.map(() => 0);
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0].includes('’') ? m[0].replace(/’/g, "'") : m[0];
    words++;
    if (EN.has(w)) en++;
    for (let k = 0; k < LANGUAGES.length; k++) if (LANGUAGES[k]!.has(w)) others[k]!++;
  }
  if (words < MIN_WORDS) return 'unknown';
  const enShare = en / words;
  const best = Math.max(...others) / words;
  if (enShare >= 0.2 && enShare >= best) return 'en';
  if (best > enShare && best >= 0.15) return 'other';
  if (enShare < 0.08) return 'other';
  return enShare >= best ? 'en' : 'unknown';
}

/** True unless the text is clearly in another language. */
export function looksEnglish(text: string): boolean {
  return detectLanguage(text) !== 'other';
}
