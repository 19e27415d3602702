/**
 * A case-insensitive pattern rewritten to match the same text without the `i` flag: every letter
 * spelled as the class of its two cases ("may" -> "[mM][aA][yY]", "[a-f]" -> "[a-fA-F]"). V8
 * compiles a large case-insensitive pattern several times slower than the same pattern spelled
 * out (chrono's "ten days ago": 73 M instructions with `i`, 16 M spelled out), and runs it as fast.
 *
 * Exact for patterns without the `u` or `v` flag, where `i` pairs an ASCII letter with its other
 * case only. A pattern holding what the rewrite does not follow (a backreference, a letter written
 * as an escape, a letter beyond ASCII that has a case, a range reaching beyond ASCII) keeps its `i`.
 */

const spelled = new WeakMap<RegExp, RegExp>();

/** `pattern` without its `i` flag and its letters spelled in both cases; `pattern` itself when it cannot be (see above). Made once per pattern. */
export function spelledCase(pattern: RegExp): RegExp {
  let found = spelled.get(pattern);
  if (!found) {
    const source = /[uv]/.test(pattern.flags) || !pattern.flags.includes('i') ? null : spelledSource(pattern.source);
    found = source === null ? pattern : new RegExp(source, pattern.flags.replace('i', ''));
    spelled.set(pattern, found);
  }
  return found;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** A character beyond ASCII that has another case: `i` would pair it in ways this rewrite does not follow. */
const casedBeyondAscii = (c: number): boolean => c > 127 && (String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c) || String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c));
/** Escapes of a character class or an assertion, the same with or without `i` outside the `u` flag. */
const CLASS_ESCAPES = 'dDsSwWfnrtv';

/**
 * One escape at `at` (the backslash): its length and the character it stands for (-1 for a class
 * or an assertion), or null when the rewrite cannot follow it.
 */
function escapeAt(source: string, at: number, inClass: boolean): { length: number; char: number } | null {
  const c = source[at + 1];
  if (c === undefined) return null;
  if (CLASS_ESCAPES.includes(c)) return { length: 2, char: -1 };
  if (c === 'b') return inClass ? { length: 2, char: 8 } : { length: 2, char: -1 };
  if (c === 'B' && !inClass) return { length: 2, char: -1 };
  if (c === 'c') return isAsciiLetter(source.charCodeAt(at + 2)) ? { length: 3, char: source.charCodeAt(at + 2) % 32 } : null;
  const hex = c === 'x' ? 2 : c === 'u' ? 4 : 0;
  if (hex) {
    const digits = source.slice(at + 2, at + 2 + hex);
    if (digits.length !== hex || !/^[0-9a-fA-F]+$/.test(digits)) return null;
    const char = parseInt(digits, 16);
    return isAsciiLetter(char) || casedBeyondAscii(char) ? null : { length: 2 + hex, char };
  }
  // \0 alone is NUL; a digit after it, or \1 to \9, is an octal escape or a backreference
  if (c === '0') return /[0-9]/.test(source[at + 2] ?? '') ? null : { length: 2, char: 0 };
  const code = c.charCodeAt(0);
  // a letter escaped for itself ("\a", "\k", "\p" outside `u`): left to `i`
  if (/[0-9]/.test(c) || isAsciiLetter(code) || casedBeyondAscii(code)) return null;
  return { length: 2, char: code };
}

/** The other case of the ASCII letters from `lo` to `hi`, as ranges to add to a class. */
function otherCases(lo: number, hi: number): string {
  let out = '';
  for (const [from, to, shift] of [[65, 90, 32], [97, 122, -32]]) {
    const a = Math.max(lo, from);
    const b = Math.min(hi, to);
    if (a <= b) out += a === b ? String.fromCharCode(a + shift) : `${String.fromCharCode(a + shift)}-${String.fromCharCode(b + shift)}`;
  }
  return out;
}

/** A character class from `at` (its "["): its end and the class with the other cases added, or null. */
function spelledClass(source: string, at: number): { end: number; text: string } | null {
  let i = at + 1;
  if (source[i] === '^') i++;
  // the class's items in order: the character each stands for (-1 for a class escape), and
  // whether it is a dash written as such (a range's dash, or a dash for itself)
  const chars: number[] = [];
  const dashes: boolean[] = [];
  while (i < source.length && source[i] !== ']') {
    if (source[i] === '\\') {
      const e = escapeAt(source, i, true);
      if (!e) return null;
      chars.push(e.char);
      dashes.push(false);
      i += e.length;
    } else {
      const char = source.charCodeAt(i);
      if (casedBeyondAscii(char)) return null;
      chars.push(char);
      dashes.push(source[i] === '-');
      i++;
    }
  }
  if (i >= source.length) return null;
  let added = '';
  for (let k = 0; k < chars.length; k++) {
    // "a-z" is a range; "\w-z", a dash first or last, are characters for themselves
    if (k + 2 < chars.length && dashes[k + 1] && chars[k] >= 0 && chars[k + 2] >= 0) {
      if (chars[k + 2] > 127) return null;
      added += otherCases(chars[k], chars[k + 2]);
      k += 2;
    } else if (chars[k] >= 0) added += otherCases(chars[k], chars[k]);
  }
  // after a class's last dash the added letters would make it a range's: they go before it
  const lastDash = dashes.length > 0 && dashes[dashes.length - 1] ? 1 : 0;
  return { end: i + 1, text: source.slice(at, i - lastDash) + added + source.slice(i - lastDash, i) + ']' };
}

/** The source spelled in both cases, or null when the rewrite cannot follow it. */
export function spelledSource(source: string): string | null {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    const code = source.charCodeAt(i);
    if (ch === '\\') {
      const e = escapeAt(source, i, false);
      if (!e) return null;
      out += source.slice(i, i + e.length);
      i += e.length;
    } else if (ch === '[') {
      const c = spelledClass(source, i);
      if (!c) return null;
      out += c.text;
      i = c.end;
    } else if (ch === '(' && source[i + 1] === '?') {
      // a group's opening, a named group's name with it: "(?:", "(?=", "(?<!", "(?<name>"
      const opening = /^\(\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i, i + 200));
      if (!opening) return null;
      out += opening[0];
      i += opening[0].length;
    } else if (isAsciiLetter(code)) {
      out += `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
      i++;
    } else {
      if (casedBeyondAscii(code)) return null;
      out += ch;
      i++;
    }
  }
  return out;
}
