import { describe, expect, it } from 'vitest';
import { detectLanguage, looksEnglish } from '../../lib/coach/language';

describe('detectLanguage', () => {
  it('reads English drafts as English, heated or calm', () => {
    for (const t of [
      "Why can't you deliver by Friday? As I said before, the deadline can't move.",
      'Hi Dana, thanks for the update. It sounds like the timeline is the main worry for your team.',
      'Take it or leave it. THIS IS UNACCEPTABLE!!! You will regret this decision.',
      'Fine. Do whatever you want, there is no point discussing this further.',
      'Per our call: Q3 rollout, 12 seats, net 30, PO attached. Please confirm by EOD.',
    ]) expect(detectLanguage(t), t).toBe('en');
  });

  it('recognises other languages', () => {
    for (const t of [
      'Hallo Dana, wir können die Lieferung leider nicht bis Freitag garantieren. Bitte gib mir Bescheid, ob das für dich in Ordnung ist.',
      'Bonjour Dana, nous ne pouvons pas livrer avant vendredi. Merci de me dire si cela vous convient pour la suite.',
      'Hola Dana, no podemos entregar el pedido antes del viernes. Gracias por tu paciencia con este proyecto.',
      'Ciao Dana, non possiamo consegnare entro venerdì. Grazie per la pazienza, abbiamo bisogno di più tempo per il progetto.',
      'Hoi Dana, we kunnen het niet voor vrijdag leveren. Bedankt voor je geduld met dit project en graag tot snel.',
      'Olá Dana, não podemos entregar até sexta-feira. Muito obrigado pela paciência com este projeto.',
      'Здравствуйте, Дана! Мы не сможем доставить заказ до пятницы. Спасибо за терпение.',
      'ダナさん、金曜日までに納品することはできません。ご理解のほどよろしくお願いいたします。',
    ]) expect(detectLanguage(t), t).toBe('other');
  });

  it('does not judge very short texts', () => {
    expect(detectLanguage('Hi Dana,')).toBe('unknown');
    expect(detectLanguage('')).toBe('unknown');
    expect(looksEnglish('Danke!')).toBe(true);
  });

  it('an English draft quoting a foreign word or name stays English', () => {
    expect(detectLanguage('Thanks Jürgen, the Müller GmbH contract is fine but the deadline worries me a lot.')).toBe('en');
  });
});

describe('every rule example reads as English', () => {
  it('no example sentence of any rule is taken for another language', async () => {
    const { ALL_RULES } = await import('../../lib/coach/rules');
    const wrong = ALL_RULES.flatMap((r) => r.examples.map((e) => ("text" in e ? e.text.replace(/\[\[|\]\]/g, "") : e.quiet))).filter((t) => detectLanguage(t) === 'other');
    expect(wrong).toEqual([]);
  });
});
