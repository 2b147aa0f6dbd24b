// Every string a person sees in the UI comes from public/_locales/*/messages.json. This reads the
// components' source and fails on English written into them: a JSX text node, a visible attribute
// (title, aria-label, placeholder, alt…) given a literal, or a literal that a JSX expression shows
// as is (`{busy ? 'Loading' : x}`). Strings given to `t(…)`, compared, or used as keys are not text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

const VISIBLE_ATTRIBUTES = new Set(['title', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'alt', 'label']);
const WORDS = /[A-Za-z]/;

// The ESTree nodes this reads (vite's parser, oxc, gives ESTree with JSX).
interface Node { type: string; start: number; [key: string]: unknown }
interface HardCoded { line: number; text: string; where: string }

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

/** A literal's text (template literals: their fixed parts), or null when it is not a string literal. */
function literalText(n: Node): string | null {
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n.type === 'TemplateLiteral') return (n.quasis as Array<{ value: { cooked: string } }>).map((q) => q.value.cooked).join('…');
  return null;
}

/** The literals an expression shows as its value: through `a ? b : c`, `a && b`, `a || b`, `a ?? b`, `(a)`. */
function shownLiterals(e: Node): Node[] {
  if (e.type === 'ParenthesizedExpression') return shownLiterals(e.expression as Node);
  if (e.type === 'ConditionalExpression') return [...shownLiterals(e.consequent as Node), ...shownLiterals(e.alternate as Node)];
  if (e.type === 'LogicalExpression') return [...(e.operator === '&&' ? [] : shownLiterals(e.left as Node)), ...shownLiterals(e.right as Node)];
  return literalText(e) != null ? [e] : [];
}

function findHardCodedEnglish(source: string, fileName = 'component.tsx'): HardCoded[] {
  const parsed = parseSync(fileName, source, { lang: 'tsx' });
  if (parsed.errors.length) throw new Error(`${fileName}: ${parsed.errors[0]!.message}`);
  const out: HardCoded[] = [];
  const report = (n: Node, text: string, where: string) => {
    if (WORDS.test(text)) out.push({ line: source.slice(0, n.start).split('\n').length, text: text.trim(), where });
  };
  const visit = (n: Node, parent: Node | null) => {
    if (n.type === 'JSXText') report(n, n.value as string, 'text');
    else if (n.type === 'JSXAttribute' && n.value) {
      const name = (n.name as Node).name as string;
      const value = n.value as Node;
      if (VISIBLE_ATTRIBUTES.has(name)) {
        if (value.type === 'Literal') report(value, String(value.value), name);
        else if (value.type === 'JSXExpressionContainer') for (const l of shownLiterals(value.expression as Node)) report(l, literalText(l)!, name);
      }
    } else if (n.type === 'JSXExpressionContainer' && parent && (parent.type === 'JSXElement' || parent.type === 'JSXFragment')) {
      for (const l of shownLiterals(n.expression as Node)) report(l, literalText(l)!, 'text');
    }
    for (const v of Object.values(n)) {
      if (Array.isArray(v)) { for (const c of v) if (isNode(c)) visit(c, n); } else if (isNode(v)) visit(v, n);
    }
  };
  visit(parsed.program as unknown as Node, null);
  return out.sort((a, b) => a.line - b.line);
}

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? componentFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : []);
}

describe('the hard-coded English finder', () => {
  it('finds English in a text node, a visible attribute and a shown literal', () => {
    const found = findHardCodedEnglish(`
      export const A = ({ n, busy }) => (
        <section aria-label="Openers for your reply">
          <h3>Messages, oldest first</h3>
          <span title={\`Temperature \${n} / 100\`}>{busy ? 'Loading' : n}</span>
          <input placeholder="Add a phrase" />
          <img alt="Logo" src="/x.png" />
        </section>
      );`);
    expect(found.map((f) => [f.where, f.text])).toEqual([
      ['aria-label', 'Openers for your reply'],
      ['text', 'Messages, oldest first'],
      ['title', 'Temperature … / 100'],
      ['text', 'Loading'],
      ['placeholder', 'Add a phrase'],
      ['alt', 'Logo'],
    ]);
  });

  it('lets through messages, keys, comparisons, symbols and attributes nobody reads', () => {
    expect(findHardCodedEnglish(`
      export const B = ({ kind, n }) => (
        <div class="bc-x" data-testid="thread" data-kind={kind === 'label' ? 'label' : 'mirror'} aria-label={t('openers')} title={t('temp', n)}>
          {t('messagesOldestFirst')} {kind === 'me' && <span aria-hidden="true">+</span>} × {n}% {'→'}
          <img alt="" src="/icon/48.png" />
        </div>
      );`)).toEqual([]);
  });
});

describe('components', () => {
  it('write no English of their own: every visible string is a message', () => {
    const found = componentFiles('components').flatMap((f) => findHardCodedEnglish(readFileSync(f, 'utf8'), f).map((h) => `${f}:${h.line} ${h.where}: ${h.text}`));
    expect(found).toEqual([]);
  });
});
