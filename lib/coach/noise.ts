// Text that is not prose a person wrote to someone: symbols, code, base64 and hashes, tables of
// numbers, or another language. The learned judgement, the "No" decoder and heat say nothing about it.
import { detectLanguage } from './language';

const LONG_TOKEN = /[A-Za-z0-9+/=_-]{16,}/g;
const CODE = /[{};]|=>|==|\)\s*\{|<\/?[a-z][\w-]*[\s>]|\b(?:function|const|var|let|return|import|def|class|SELECT|FROM)\b/g;

export function isNoise(text: string): boolean {
  const chars = text.replace(/\s+/g, '');
  if (!chars.length) return true;
  const letters = (chars.match(/\p{L}/gu) ?? []).length;
  if (letters / chars.length < 0.55) return true;
  // base64, hashes, ids: long runs mixing letters and digits or cases.
  let blob = 0;
  for (const m of text.matchAll(LONG_TOKEN)) {
    const t = m[0];
    if (/\d/.test(t) && /[a-z]/i.test(t) || /[a-z]/.test(t) && /[A-Z].*[A-Z]/.test(t.slice(1))) blob += t.length;
  }
  if (blob / chars.length > 0.3) return true;
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length >= 3) {
    const vowelless = words.filter((w) => w.length >= 4 && !/[aeiouy]/i.test(w)).length;
    if (vowelless / words.length > 0.3) return true;
  }
  const code = (text.match(CODE) ?? []).length;
  if (code >= 3 && code * 4 >= words.length) return true;
  return detectLanguage(text) === 'other';
}
