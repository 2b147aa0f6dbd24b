// Writes docs/rules.md, the catalogue of every rule group and act, from the rule data itself:
// `npx tsx tools/rules/catalogue.ts` (or `--check` to fail when the file is out of date).
import { readFileSync, writeFileSync } from 'node:fs';
import { RULE_GROUPS } from '../../lib/coach/rules';
import { isFlagExample, readExample, type FlagExample, type RuleGroup, type SubRule } from '../../lib/coach/rules/types';
import { TECHNIQUES } from '../../lib/coach/techniques';
import { JUDGED } from '../../lib/coach/rules/judged';
import { FLAG_CATEGORIES } from '../../lib/coach/types';

export const CATALOGUE = 'docs/rules.md';

const CATEGORY_NAMES: Record<string, string> = { why: 'Why', defensive: 'Defensive', ego: 'Ego', withdrawal: 'Withdrawal', strength: 'Strengths' };

/** Markdown text of a cell: pipes escaped, the example's marked span in bold. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

function marked(e: FlagExample): string {
  const { sentence, span } = readExample(e);
  if (span.start === 0 && span.end === sentence.length) return cell(sentence);
  return cell(`${sentence.slice(0, span.start)}**${sentence.slice(span.start, span.end)}**${sentence.slice(span.end)}`);
}

function act(g: RuleGroup, r: SubRule): string[] {
  const lines = [`#### \`${g.id}/${r.act}\``, '', r.message, ''];
  const what = r.detect ? `shape detector \`${r.detect}\`` : `${r.patterns?.length ?? 0} pattern${r.patterns?.length === 1 ? '' : 's'}`;
  lines.push(`- Finds: ${what}${r.mood ? `, in ${r.mood}s only` : ''}; replaces ${r.span === 'match' ? 'the matched words' : 'the sentence'}.`);
  lines.push(`- Technique: ${TECHNIQUES[r.technique].name}.`);
  if ((r.level ?? g.level) !== g.level) lines.push(`- Speaks from the ${r.level} level.`);
  if (r.alongside?.length) lines.push(`- May stand beside a card of: ${r.alongside.join(', ')}.`);
  const swaps = [...(r.suggest.generate ? [`*built from the sentence (\`${r.suggest.generate}\`)*`] : []), ...(r.suggest.templates ?? []).map((t) => `“${t}”`)];
  if (swaps.length) lines.push(`- Swaps: ${swaps.join('; ')}.`);
  lines.push('', '| example | expected best swap |', '| --- | --- |');
  for (const e of r.examples) {
    if (isFlagExample(e)) lines.push(`| ${marked(e)}${e.also ? ` *(also ${e.also})*` : ''} | ${e.swap ? cell(e.swap) : ''} |`);
    else lines.push(`| *quiet:* ${cell(e.quiet)} | no card |`);
  }
  lines.push('');
  return lines;
}

export function catalogue(groups: readonly RuleGroup[] = RULE_GROUPS): string {
  const acts = groups.reduce((n, g) => n + g.rules.length, 0);
  const out = [
    '# Balcony rules',
    '',
    '<!-- Generated from lib/coach/rules by `npx tsx tools/rules/catalogue.ts`; a test fails when it is out of date. Do not edit by hand. -->',
    '',
    `${groups.length} rule groups, ${acts} acts. A **group** is one kind of thing a writer does, and what "Don't flag this kind again" turns off. An **act** is one speech act inside it, with its own patterns, message, technique and swaps. In each example the reported span is in bold (a whole sentence when nothing is); the swap is the first suggestion the coach gives. Patterns are written in the pattern language of \`lib/coach/lexicon.ts\`. Within a category the first act that fires in a sentence wins, in the order below; one sentence gets one card unless an act declares the other category.`,
    '',
  ];
  for (const c of [...FLAG_CATEGORIES, 'strength'] as const) {
    const mine = groups.filter((g) => g.category === c);
    out.push(`## ${CATEGORY_NAMES[c]}`, '');
    for (const g of mine) {
      out.push(`### ${g.title} — \`${g.id}\``, '');
      const notes = [`Speaks from the ${g.level} level.`];
      if (g.formerly?.length) notes.push(`Turned off too by the old setting${g.formerly.length > 1 ? 's' : ''} ${g.formerly.map((f) => `\`${f}\``).join(', ')}.`);
      if (g.unless?.length) notes.push(`${g.unless.length} look-alike pattern${g.unless.length > 1 ? 's' : ''} keep it quiet.`);
      out.push(notes.join(' '), '');
      for (const r of g.rules) out.push(...act(g, r));
    }
  }
  // The learned judgement sits beside the rules: a group of its own per category, turned off the same way.
  out.push('## The learned judgement', '', 'A sentence no rule caught can still be flagged by the trained classifier (`lib/coach/model/`); its card spans the sentence, lists the words that weighed most, and offers swaps built from the sentence. Each category is a group of its own, turned off by its id like any rule group.', '');
  for (const c of FLAG_CATEGORIES) {
    const j = JUDGED[c];
    const swaps = [...(j.generate ? [`*built from the sentence (\`${j.generate}\`)*`] : []), ...j.templates.map((t) => `“${t}”`)];
    out.push(`### ${CATEGORY_NAMES[c]} — \`model.${c}\``, '', j.message, '', `- Technique: ${TECHNIQUES[j.technique].name}.`, `- Swaps (\`{topic}\` is the sentence's own subject): ${swaps.join('; ')}.`, '');
  }
  return out.join('\n');
}

if (process.argv[1] && /catalogue\.ts$/.test(process.argv[1])) {
  const text = catalogue();
  if (process.argv.includes('--check')) {
    const same = readFileSync(CATALOGUE, 'utf8') === text;
    console.log(same ? `${CATALOGUE} is current` : `${CATALOGUE} is out of date: run npx tsx tools/rules/catalogue.ts`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(CATALOGUE, text);
  console.log(`wrote ${CATALOGUE}`);
}
