/** spelledCase: a case-insensitive pattern without its `i` flag, matching exactly the same text. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import * as chrono from 'chrono-node';
import { spelledCase, spelledSource } from '../../src/extractor/spelledCase';

/** Every match of `re` in `text`, one search from each position (index and groups). */
function matches(re: RegExp, text: string): string {
  const out: unknown[] = [];
  for (let at = 0; at <= text.length; at++) {
    const m = re.exec(text.slice(at));
    out.push(m ? [m.index, ...m] : null);
  }
  return JSON.stringify(out);
}

const PATTERNS = [
  /\b(?:ten|two) days? ago\b/i,
  /(\W|^)((?:about|around)\s{0,3})?(?<unit>weeks?|months?)(?=\W|$)/i,
  /[a-f]+[^x-z]\w*[0-9A-C_-]/i,
  /[\w-z][-a][A-]/i,
  /communi\u2019[\x30-\x39]?\x2d\cJ\0|Q[\u2010\u2012]/i,
  /(?<=\bthe\s)(?:Senate|house)\b(?!\s+of)/i,
  /’s\b|[“”‘’"']tis\b|\(AP\)|\[a\]|a{2,3}|x{1}/i,
];
const SAMPLES = ['Ten DAYS ago, two day ago', 'About  Weeks ago; around months', 'abcQ_xyzB ABF9 Fa-', 'Z-A- -aA', 'COMMUNI’- Communi’3-\n\0 q‒ Q‐', 'the senate of, The House of x, the HOUSE', 'It’S ’Tis (ap) [A] AAA X'];

describe('spelledCase', () => {
  it('drops the i flag and spells letters in both cases', () => {
    const re = spelledCase(/may[a-c]/gi);
    assert.equal(re.flags, 'g');
    assert.equal(re.source, '[mM][aA][yY][a-cA-C]');
  });

  it('matches what the case-insensitive pattern matches, where and with what groups', () => {
    for (const p of PATTERNS) {
      const s = spelledCase(p);
      assert.ok(!s.flags.includes('i'), `${p} spelled`);
      for (const text of SAMPLES) assert.equal(matches(s, text), matches(p, text), `${p} on ${text}`);
    }
  });

  it('matches the same on any text (chrono patterns, random mixed case)', function () {
    this.timeout(60_000);
    const patterns = [...chrono.en.casual.parsers, ...chrono.en.strict.parsers].map((p) => p.pattern({ option: {} } as never)).filter((p) => p.flags.includes('i'));
    const word = fc.constantFrom('Ten', 'days', 'AGO', 'next', 'Week', 'May', 'sept.', 'JAN', '3rd', 'of', '2024', 'twenty-first', 'Monday', 'tonight', ' ', ', ', '-', 'Last');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        const text = words.join(' ');
        for (const p of patterns) {
          const s = spelledCase(p);
          if (matches(s, text) !== matches(p, text)) return false;
        }
        return true;
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the pattern when the rewrite cannot follow it', () => {
    for (const p of [/(a)\1/i, /\x41/i, /[\x41-\x43]/i, /\u00e9/i, /é/i, /[à-ö]/i, /[a-é]/i, /\k/i, /\a/i, /\p{L}/iu, /abc/]) assert.equal(spelledCase(p), p, String(p));
    assert.equal(spelledSource('[a-'), null);
  });

  it('is made once per pattern', () => {
    const p = /said/i;
    assert.equal(spelledCase(p), spelledCase(p));
  });
});
