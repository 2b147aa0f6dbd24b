// Their words as the writer says them back ("I'm afraid" -> "you're afraid"): used by the clause
// reader's rewrites and the thread view's concerns and mirror.
// Their words as the writer says them back: their "I" is the writer's "you", and their "you" is the
// writer's side ("we"). The verb after a flipped subject agrees ("I'm afraid" -> "you're afraid",
// "I was told" -> "you were told").
const SAY_BACK: Record<string, string> = {
  "i'm": "you're", "i've": "you've", "i'll": "you'll", "i'd": "you'd", "we're": "you're", "we've": "you've", "we'll": "you'll", "we'd": "you'd",
  my: 'your', our: 'your', mine: 'yours', ours: 'yours', me: 'you', us: 'you', myself: 'yourself', ourselves: 'yourselves',
  "you're": "we're", "you've": "we've", "you'll": "we'll", "you'd": "we'd", your: 'our', yours: 'ours', yourself: 'ourselves', yourselves: 'ourselves',
};
const SAY_BACK_RE = /\b(?:i'm|i've|i'll|i'd|we're|we've|we'll|we'd|you're|you've|you'll|you'd|my|our|mine|ours|me|us|myself|ourselves|your|yours|yourself|yourselves|i|we|you)\b(?:\s+(?:am|was|is|are|were)\b)?/gi;

export function sayBack(text: string): string {
  const normal = text.replace(/[\u2018\u2019]/g, "'");
  return normal.replace(SAY_BACK_RE, (m, offset: number) => {
    const [word, verb] = m.split(/\s+/) as [string, string | undefined];
    const w = word.toLowerCase();
    let to: string;
    if (w === 'i' || w === 'we') to = 'you';
    else if (w === 'you') {
      // Their "you" before a verb is the writer's "we"; elsewhere it is "us".
      const after = normal.slice(offset + word.length).trimStart();
      to = verb || /^(?:have|had|do|did|can|could|will|would|should|must|may|might|need|want|said|told|asked|agreed|promised|sent|made|[a-z]+ed)\b/i.test(after) ? 'we' : 'us';
    } else to = SAY_BACK[w] ?? word;
    if (word[0] === word[0]!.toUpperCase() && (w !== 'i' || offset === 0)) to = to[0]!.toUpperCase() + to.slice(1);
    if (!verb) return to;
    const v = verb.toLowerCase();
    const agreed = /^(?:you|we)$/i.test(to) ? (v === 'was' ? 'were' : v === 'am' || v === 'is' ? 'are' : v) : v;
    return `${to} ${agreed}`;
  });
}
