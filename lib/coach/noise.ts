// Text that is not prose a person wrote to someone: symbols, code, base64 and hashes, tables of
// numbers, or another language. The learned judgement, the "No" decoder and heat say nothing about it.
import { detectLanguage } from './language';

const LONG_TOKEN = /[A-Za-z0-9+/=_-]{16,}/g;
const CODE = /[{};]|=>|==|\)\s*\{|<\/?[a-z][\w-]*[\s>]|\b(?:function|const|var|let|return|import|def|class|SELECT|FROM)\b/g;

const LETTER = /\p{L}/u;
const WORD = /\p{L}+/gu;

export function isNoise(text: string): boolean {
  // One pass for the share of letters among the characters that are not spaces.
  let chars = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128) { chars++; if ((c | 32) >= 97 && (c | 32) <= 122) letters++; continue; }
    const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    const ch = wide ? text.slice(i, i + 2) : text[i]!;
    if (wide) i++;
    if (/\s/.test(ch)) continue;
    chars++;
    if (LETTER.test(ch)) letters++;
  }
  if (!chars) return true;
  if (letters / chars < 0.55) return true;
  // base64, hashes, ids: long runs mixing letters and digits or cases.
  let blob = 0;
  for (const m of text.matchAll(LONG_TOKEN)) {
    const t = m[0];
    if (/\d/.test(t) && /[a-z]/i.test(t) || /[a-z]/.test(t) && /[A-Z].*[A-Z]/.test(t.slice(1))) blob += t.length;
  }
  if (blob / chars > 0.3) return true;
  let words = 0;
  let vowelless = 0;
  for (const m of text.matchAll(WORD)) {
    words++;
    if (m[0].length >= 4 && !/[aeiouy]/i.test(m[0])) vowelless++;
  }
  if (words >= 3 && vowelless / words > 0.3) return true;
  const code = (text.match(CODE) ?? []).length;
  if (code >= 3 && code * 4 >= words) return true;
  return detectLanguage(text) === 'other';
}
