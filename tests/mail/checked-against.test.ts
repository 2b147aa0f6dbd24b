// @vitest-environment happy-dom
// Every selector group in gmail.ts and outlook.ts, on every page lib/mail/checked-against.ts pairs it
// with: the group must find exactly the elements listed there, with exactly the alternatives listed.
// A missing page is a failure, never a skip. Real captures must be listed in their SOURCES.md and
// must carry no personal data.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { GMAIL_SELECTORS } from '../../lib/mail/gmail';
import { OUTLOOK_SELECTORS } from '../../lib/mail/outlook';
import { GMAIL_CHECKED_AGAINST, OUTLOOK_CHECKED_AGAINST, type PageCheck } from '../../lib/mail/checked-against';

const CAPTURES = 'tests/fixtures/pages';
const HAND_WRITTEN = ['tests/e2e/fixtures', 'tests/fixtures/pages/hand-written'];

type Groups = [path: string, selectors: readonly string[]][];

/** Every selector group of a selector object by its dotted path; patterns that are not selectors are skipped. */
function groupsOf(obj: object, prefix = ''): Groups {
  const out: Groups = [];
  for (const [key, value] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.push([path, [value]]);
    else if (Array.isArray(value)) out.push([path, value as string[]]);
    else if (!(value instanceof RegExp)) out.push(...groupsOf(value as object, path));
  }
  return out;
}

/** An element as the map writes it: `tag#id[name=…]`, else `tag.class.class`, else `tag[role=…]`. */
function describeElement(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const name = el.tagName === 'INPUT' && el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : '';
  if (el.id) return `${tag}#${el.id}${name}`;
  const classes = [...el.classList].map((c) => `.${c}`).join('');
  if (classes) return `${tag}${classes}${name}`;
  const attr = ['role', 'data-app-section', 'aria-label'].find((a) => el.hasAttribute(a));
  return `${tag}${name}${attr ? `[${attr}=${el.getAttribute(attr)}]` : ''}`;
}

/** `span.gD ×3` stands for three in a row. */
function expand(list: readonly string[]): string[] {
  return list.flatMap((entry) => {
    const m = /^(.*) ×(\d+)$/.exec(entry);
    return m ? Array<string>(Number(m[2])).fill(m[1]!) : [entry];
  });
}

const pages = new Map<string, Document>();
function load(path: string): Document {
  let doc = pages.get(path);
  if (!doc) {
    // A missing page fails here: the pairing names it, so it must be in the repository.
    doc = new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/html') as unknown as Document;
    pages.set(path, doc);
  }
  return doc;
}

const pathOf = (check: PageCheck) => ('capture' in check ? check.capture : check.handWritten);

/** What the group finds on the page: every alternative's matches together, in document order, and which alternatives match. */
function run(selectors: readonly string[], check: PageCheck) {
  const doc = load(pathOf(check));
  let scope: ParentNode = doc;
  if (check.within) {
    const inside = doc.querySelectorAll(check.within);
    expect(inside.length, `"${check.within}" must name one element`).toBe(1);
    scope = inside[0]!;
  }
  const found = new Set<Element>();
  const alternatives: number[] = [];
  selectors.forEach((sel, i) => {
    const matches = [...scope.querySelectorAll(sel)];
    if (matches.length) alternatives.push(i);
    for (const el of matches) found.add(el);
  });
  const inOrder = [...found].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return { finds: inOrder.map(describeElement), alternatives };
}

const SITES = [
  { site: 'gmail', groups: groupsOf(GMAIL_SELECTORS), pairs: GMAIL_CHECKED_AGAINST as Record<string, readonly PageCheck[]> },
  { site: 'outlook', groups: groupsOf(OUTLOOK_SELECTORS), pairs: OUTLOOK_CHECKED_AGAINST as Record<string, readonly PageCheck[]> },
];

for (const { site, groups, pairs } of SITES) {
  describe(`${site}: every selector group on the pages it is paired with`, () => {
    it('pairs every group, and only existing groups, with at least one page (none for a group with no selectors)', () => {
      expect(Object.keys(pairs).sort()).toEqual(groups.map(([path]) => path).sort());
      for (const [path, selectors] of groups) {
        expect(pairs[path]!.length > 0, `${site} ${path}`).toBe(selectors.length > 0);
      }
    });

    for (const [path, selectors] of groups) {
      for (const check of pairs[path] ?? []) {
        const kind = 'capture' in check ? 'real capture' : 'hand-written only';
        it(`${path} on ${basename(pathOf(check))} (${kind})`, () => {
          const got = run(selectors, check);
          expect(got.finds).toEqual(expand(check.finds));
          // A list says which of its alternatives each page checks, so a dead alternative shows.
          if (selectors.length > 1) {
            expect(check.alternatives, 'a list of alternatives must say which ones match').toBeDefined();
            expect(got.alternatives).toEqual(check.alternatives);
          } else {
            expect(check.alternatives).toBeUndefined();
          }
        });
      }
    }
  });
}

describe('the pages themselves', () => {
  const checks = SITES.flatMap(({ pairs }) => Object.values(pairs).flat());
  const captures = readdirSync(CAPTURES).filter((f) => f.endsWith('.html'));
  const sources = readFileSync(`${CAPTURES}/SOURCES.md`, 'utf8');

  it('a capture is a real page listed in SOURCES.md; a hand-written page sits with the project\'s own fixtures', () => {
    for (const check of checks) {
      const path = pathOf(check);
      expect(existsSync(path), path).toBe(true);
      if ('capture' in check) {
        expect(dirname(path), path).toBe(CAPTURES);
        expect(sources, `${path} in SOURCES.md`).toContain(`\`${basename(path)}\``);
      } else {
        expect(HAND_WRITTEN, path).toContain(dirname(path));
      }
    }
  });

  it('every capture in the repository is listed in SOURCES.md and paired with a selector group', () => {
    expect(captures.length).toBeGreaterThan(0);
    const paired = new Set(checks.filter((c) => 'capture' in c).map(pathOf));
    for (const file of captures) {
      expect(sources, file).toContain(`\`${file}\``);
      expect(paired.has(`${CAPTURES}/${file}`), `${file} is paired`).toBe(true);
    }
  });

  it('captures carry no personal data: only placeholder addresses and draft or thread ids', () => {
    for (const file of captures) {
      const html = readFileSync(`${CAPTURES}/${file}`, 'utf8');
      const addresses = html.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? [];
      for (const address of addresses) expect(address, file).toMatch(/@(example\.(com|org|net)|[\w.-]+\.(test|invalid))$/);
      const ids = html.match(/#(msg|thread)-[af]:r?-?\d+/g) ?? [];
      for (const id of ids) expect(id, file).toMatch(/:r-10{15,}\d$/);
    }
  });
});
