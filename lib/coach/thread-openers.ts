// What the reply could open with (a label, a mirror of their words, an accusation audit, a
// calibrated question) and the "go to the balcony" advice. Part of the thread summary (thread.ts).
import { sayBack } from './say-back';
import { has, nounPhrases } from './noun-phrases';
import type { NoDecoding, NoReason } from './types';
import type { Sentence } from './sentences';
import { HEAT_LEVELS } from './rules/heat';
import { BALCONY, CONCERN_FITS, OPENERS, TRADES, type OpenerTemplate } from './rules/openers';
import { isFiller, lowerFirst, refusalsOf, type MergedConcerns, type ScoredConcern } from './thread-concerns';
import type { Balcony, DraftRead, MessageSummary, Openers } from './thread-types';

const fill = (t: OpenerTemplate, c: ScoredConcern | null) =>
  c && t.withConcern ? t.withConcern.replace('{concern}', lowerFirst(c.text)).replace('{is}', c.plural ? 'are' : 'is') : t.plain;

/**
 * The sentence a reply should mirror: the last one that refuses for the decoded reason, else their
 * last sentence that says something. `refusing` is `refusalsOf(sentences, no)`.
 */
export function keySentence(sentences: Sentence[], no: NoDecoding | null, refusing: readonly boolean[] = refusalsOf(sentences, no)): Sentence | undefined {
  if (no) {
    // Statements first: their question ("Could we revisit this in February?") is theirs to answer.
    for (const statements of [true, false]) {
      for (let i = sentences.length - 1; i >= 0; i--) {
        const s = sentences[i]!;
        if (statements && /\?$/.test(s.text.trim())) continue;
        if (refusing[i]) return s;
      }
    }
    const key = sentences.find((s) => s.start <= no.evidence.start && no.evidence.end <= s.end);
    if (key) return key;
  }
  const said = sentences.filter((s) => !isFiller(s.text) && !/\?$/.test(s.text.trim()));
  return said[said.length - 1] ?? sentences[sentences.length - 1];
}

const LEAD_IN = /^(?:until|till|after|before|beyond|without|unless)$/i;

/** Their last few key words, as a question: "A global decision?", "Until after the holidays?". */
function mirrorOf(sentence: Sentence | undefined, no: NoDecoding | null): string {
  if (!sentence) return '';
  const body = sentence.text.replace(/[\s.!?…]+$/, '');
  const { chunks, terms: ts } = nounPhrases(body);
  const words = body.split(/\s+/);
  const last = chunks[chunks.length - 1];
  let from: number | null = null;
  // The closing noun phrase (or the last one, when a few words follow it), led in by its preposition.
  if (last && !ts.slice(last.first, last.last + 1).some((t) => has(t, 'Person', 'FirstName'))) {
    const tail = body.slice(last.end).trim().split(/\s+/).filter(Boolean).length;
    if (tail <= 3) {
      from = last.first;
      for (let k = last.first - 1; k >= 0 && k >= last.first - 2; k--) {
        if (LEAD_IN.test(ts[k]!.text)) from = k;
        else break;
      }
    }
  }
  let text = from != null ? body.slice(ts[from]!.start) : words.slice(-3).join(' ');
  // Else the words that carried the refusal, when they are a noun phrase ("approval from my manager").
  if (from == null && no && sentence.start <= no.evidence.start && no.evidence.end <= sentence.end) {
    const at = no.evidence.start - sentence.start;
    const k = chunks.findIndex((c) => c.start <= no.evidence.end - sentence.start && at <= c.end && !c.weak);
    if (k >= 0) {
      const c = chunks[k]!;
      const next = chunks[k + 1];
      const joined = next && next.first === c.last + 2 && has(ts[c.last + 1]!, 'Preposition') ? next : null;
      text = body.slice(c.start, (joined ?? c).end);
    }
  }
  // "…, but not half": a short refusing clause at the end is the part to mirror.
  const butAt = ts.findIndex((t, i) => i > 0 && /^(?:but|however)$/i.test(t.normal));
  const negAt = ts.findIndex((t, i) => i > butAt && has(t, 'Negative'));
  if (butAt >= 0 && negAt > butAt && ts.length - butAt - 1 <= 5 && ts[butAt + 1]) text = body.slice(ts[butAt + 1]!.start);
  if (text.split(/\s+/).length > 7) text = words.slice(-4).join(' ');
  text = sayBack(text.replace(/^[,;:—–-]+\s*/, '').replace(/[,;:]+$/, '')).trim();
  if (!text) return '';
  return `${text[0]!.toUpperCase()}${text.slice(1)}?`;
}

export function openersFor(no: NoDecoding | null, concerns: MergedConcerns, key: Sentence | undefined, heated: boolean): Openers {
  const reason: NoReason | 'heated' | 'none' = no?.reason ?? (heated ? 'heated' : 'none');
  // A concern fills a reason's templates only when it is about that reason ("the 50% deposit" for terms).
  const fits = CONCERN_FITS[reason];
  const concern = fits ? concerns.find((c) => fits.test(c.text) && !/^your (?:call|decision)$/i.test(c.text), (sentence) => fits.test(sentence)) : null;
  const t = OPENERS[reason];
  return {
    label: fill(t.label, concern),
    mirror: mirrorOf(key, no),
    accusationAudit: fill(t.audit, concern),
    question: fill(t.question, concern),
  };
}

/** Pause advice for a draft of `draftHeat` answering `answering` (their message), or null. */
export function balconyFor(draft: DraftRead, answering: MessageSummary | null, concern: string | null = null): Balcony | null {
  const theirHeat = answering && answering.readable && answering.mine !== true ? answering.heat : 0;
  let reason: Balcony['reason'] | null = null;
  if (draft.heat >= HEAT_LEVELS.heated) reason = 'heated-draft';
  else if (theirHeat >= HEAT_LEVELS.heated - 0.1 && draft.heat >= HEAT_LEVELS.warm) reason = 'heated-reply';
  if (!reason) return null;
  const no = answering?.no?.reason ?? null;
  const issue = no
    ? `Their "no" is about ${no === 'authority' ? 'who decides' : no}${concern ? `: ${concern}` : ''}. Answer that, not the tone.`
    : concern
      ? `Their main concern reads as ${concern}. Answer that, not the tone.`
      : 'Ask yourself what they actually need, beneath the words. Answer that, not the tone.';
  return {
    reason,
    title: BALCONY.title,
    message: reason === 'heated-draft' ? BALCONY.heatedDraft : BALCONY.heatedReply,
    steps: [
      { title: BALCONY.nameIssue, text: issue },
      { title: BALCONY.planTrade, text: TRADES[no ?? 'none'] },
      { title: BALCONY.walkAway, text: BALCONY.walkAwayText },
    ],
  };
}
