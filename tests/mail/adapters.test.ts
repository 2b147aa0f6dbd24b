// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gmail } from '../../lib/mail/gmail';
import { outlook } from '../../lib/mail/outlook';
import { adapterForHost, MAIL_MATCHES } from '../../lib/mail/adapters';

// A sanitised real capture kept in the repository (tests/fixtures/pages/SOURCES.md).
const CAPTURE = resolve('tests/fixtures/pages/gmail-compose-popup-2020-10.html');
const fixture = (name: string) => readFileSync(resolve('tests/e2e/fixtures', name), 'utf8');
function load(html: string) {
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
}

describe('site selection', () => {
  it('maps exactly the four mail hosts', () => {
    expect(adapterForHost('mail.google.com')).toBe(gmail);
    for (const h of ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com']) expect(adapterForHost(h)).toBe(outlook);
    expect(adapterForHost('example.com')).toBe(null);
    expect(MAIL_MATCHES).toHaveLength(4);
  });
});

describe('Gmail adapter', () => {
  it('finds the body in the real 2020 capture, never the hidden textarea', () => {
    load(readFileSync(CAPTURE, 'utf8'));
    expect(document.querySelector('[aria-label="Message Body"]')!.tagName).toBe('TEXTAREA'); // the trap
    const bodies = gmail.findBodies(document);
    expect(bodies.map((b) => b.id)).toEqual([':8o']);
    expect(gmail.draftKind(bodies[0]!)).toBe('new');
    expect(gmail.draftKey(bodies[0]!)).toMatch(/^gmail:/);
  });

  it('finds two drafts in document order with their draft ids as keys', () => {
    load(fixture('gmail-two-drafts.html'));
    const bodies = gmail.findBodies(document);
    expect(bodies.map((b) => gmail.draftKey(b))).toEqual(['gmail:#msg-a:r-1001', 'gmail:#msg-a:r-2002']);
  });

  it('rejects g_editable editors outside a compose root (Settings signature, Chat)', () => {
    document.body.innerHTML = '<div class="Am Al editable" g_editable="true" role="textbox" contenteditable="true" aria-label="Signature"></div>' +
      '<div class="M9"><div g_editable="true" role="textbox" contenteditable="true"></div></div>'; // no composeid/draft input
    expect(gmail.findBodies(document)).toEqual([]);
  });

  it('knows a reply, finds the body from a node inside it, and places beside the reply box', () => {
    load(fixture('gmail-reply.html'));
    const body = document.getElementById(':r1')!;
    expect(gmail.isBody(body)).toBe(true);
    expect(gmail.draftKind(body)).toBe('reply');
    expect(gmail.bodyFrom(body.querySelector('.gmail_signature')!.firstChild)).toBe(body);
    expect(gmail.composeRoot(body).classList.contains('ip')).toBe(true);
    expect(gmail.bodyFrom(document.querySelector('h2'))).toBe(null);
  });
});

describe('Gmail compose variants', () => {
  const compose = '<div class="M9"><form><input type="hidden" name="draft" value="#d"></form><div id="x" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true"></div></div>';
  it('full screen: places beside the dialog', () => {
    document.body.innerHTML = `<div class="aSs"><div class="aSt"><div role="dialog" id="dlg"><div class="aaZ">${compose}</div></div></div></div>`;
    const [b] = gmail.findBodies(document);
    expect(gmail.composeRoot(b!).id).toBe('dlg');
  });
  it('pop-out window: the same adapter finds the body inside [role=main]', () => {
    document.body.className = 'xE xp';
    document.body.innerHTML = `<div role="main">${compose}</div>`;
    const [b] = gmail.findBodies(document);
    expect(b!.id).toBe('x');
    expect(gmail.composeRoot(b!).getAttribute('role')).toBe('main');
    document.body.className = '';
  });
  it('a forward is told apart by its subject', () => {
    document.body.innerHTML = compose.replace('</form>', '<input name="subjectbox" value="Fwd: Q3"><input type="hidden" name="rm" value="#m"></form>');
    expect(gmail.draftKind(gmail.findBodies(document)[0]!)).toBe('forward');
  });
  it("the full-screen compose is a dialog of its own, and the pop-out window's is the window", () => {
    load(fixture('gmail-fullscreen.html'));
    const [full] = gmail.findBodies(document);
    expect(gmail.composeRoot(full!).classList.contains('fullscreen')).toBe(true);
    expect(gmail.draftKind(full!)).toBe('new');
    load(fixture('gmail-popout.html'));
    const [pop] = gmail.findBodies(document);
    expect(gmail.composeRoot(pop!).getAttribute('role')).toBe('main');
    expect(gmail.draftKind(pop!)).toBe('reply');
  });
});

describe('Outlook adapter', () => {
  it('finds the body, not the recipient well', () => {
    load(fixture('outlook-new.html'));
    const bodies = outlook.findBodies(document);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.parentElement!.id).toBe('editorParent_1');
    expect(outlook.draftKey(bodies[0]!)).toBe('outlook:editorParent_1');
    expect(outlook.draftKind(bodies[0]!)).toBe('new');
    expect(outlook.isBody(document.querySelector('[aria-label="To"]'))).toBe(false);
    expect(outlook.composeRoot(bodies[0]!).id).toBe('docking_InitVisiblePart_0');
  });

  it('knows a reply with history', () => {
    load(fixture('outlook-reply.html'));
    const [body] = outlook.findBodies(document);
    expect(outlook.draftKind(body!)).toBe('reply');
  });

  it("Outlook's pop-out window: the form is the compose container, the draft a reply", () => {
    load(fixture('outlook-popout.html'));
    const [body] = outlook.findBodies(document);
    expect(outlook.composeRoot(body!).getAttribute('data-app-section')).toBe('Form_Content');
    expect(outlook.draftKind(body!)).toBe('reply');
  });

  it('a forward is told by its subject in the interface language, found without the English label', () => {
    for (const [prefix, kind] of [['WG: ', 'forward'], ['TR : ', 'forward'], ['RV: ', 'forward'], ['ENC: ', 'forward'], ['FW: ', 'forward'], ['AW: ', 'new'], ['Trade show: ', 'new']] as const) {
      load(fixture('outlook-new.html').replace('aria-label="Add a subject" placeholder="Add a subject" value="Q3 rollout"', `aria-label="Betreff hinzufügen" placeholder="Betreff hinzufügen" value="${prefix}Q3 rollout"`));
      expect(outlook.draftKind(outlook.findBodies(document)[0]!), prefix).toBe(kind);
    }
  });

  it('rejects the Settings signature editor in other languages too', () => {
    for (const label of ['Signatur, drücken Sie ALT+F10 zum Beenden', 'Firma, presione Alt+F10 para salir', 'Assinatura']) {
      document.body.innerHTML = `<div role="dialog"><div role="textbox" aria-multiline="true" contenteditable="true" aria-label="${label}"></div></div>`;
      expect(outlook.findBodies(document), label).toEqual([]);
    }
  });

  it('rejects the Settings signature editor and editors outside a compose container', () => {
    document.body.innerHTML = '<div role="dialog"><div role="textbox" aria-multiline="true" contenteditable="true" aria-label="Signature, press Alt+F10 to exit"></div></div>' +
      '<div><div role="textbox" aria-multiline="true" contenteditable="true"></div></div>';
    expect(outlook.findBodies(document)).toEqual([]);
  });
});
