import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { articleTerms, termList, TermNames, TermNumbering } from '../../src/corpus/searchTerms';
import { runJob } from '../../src/vscode/indexing/runJob';

/** Session 32's cold-pass work: search terms numbered in a worker's vocabulary, a worker's tails file kept open between jobs. */
describe('cold pass: numbered search terms and the tails file', () => {
  const articles: Array<[string, number[], string[], string]> = [
    ['The mayor said the port would reopen. Dockers said nothing.', [0, 37, 38, 59], ['Mara Quist'], 'Port to reopen'],
    ['ΟΔΥΣΣΕΥΣ spoke. The mayor, İlkay Şahin, spoke too.', [0, 15, 16, 50], [], 'İzmir mayor'],
    ['A port, a port and a mayor.', [0, 27], ['Mara Quist'], ''],
    ['Split a\u{10100}b here.', [0, 8, 8, 17], [], 'x'],
  ];

  it('a worker’s numbered terms read back on the host as the very terms, weights and length articleTerms makes', () => {
    const numbering = new TermNumbering(7);
    const names = new TermNames();
    for (const [text, sentences, speakers, title] of articles) {
      const want = articleTerms(text, sentences, speakers, title);
      const got = names.take(numbering.terms(text, sentences, speakers, title));
      assert.ok(got);
      assert.deepEqual(termList(got), termList(want));
      assert.deepEqual(Array.from(got.weights), Array.from(want.weights));
      assert.equal(got.length, want.length);
    }
  });

  it('a term seen before comes as its number only, and the host files the same string each time', () => {
    const numbering = new TermNumbering(1);
    const names = new TermNames();
    const [text, sentences, speakers, title] = articles[0];
    const first = numbering.terms(text, sentences, speakers, title);
    const again = numbering.terms(text, sentences, speakers, title);
    assert.ok(first.added.split(' ').includes('mayor'));
    assert.equal(again.added, '', 'nothing new the second time');
    assert.equal(again.first, first.first + first.ids.length);
    const a = termList(names.take(first)!)!;
    const b = termList(names.take(again)!)!;
    assert.deepEqual(b, a);
    assert.ok(a.every((t, i) => t === b[i]));
  });

  it('a result of a vocabulary that the host missed makes its terms unknown, not wrong (near miss: another vocabulary still reads)', () => {
    const numbering = new TermNumbering(2);
    const other = new TermNumbering(3);
    const names = new TermNames();
    const [text, sentences, speakers, title] = articles[0];
    numbering.terms(text, sentences, speakers, title); // never taken
    assert.equal(names.take(numbering.terms(articles[2][0], articles[2][1], articles[2][2], articles[2][3])), undefined);
    const fine = names.take(other.terms(text, sentences, speakers, title));
    assert.deepEqual(termList(fine!), termList(articleTerms(text, sentences, speakers, title)));
  });

  it('the tails file stays open between jobs yet a removed one is made again: each tail is where its job says', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cn-cold32-'));
    try {
      const file = path.join(root, 'a.txt');
      writeFileSync(file, 'Ferry captain Odile Marchetti said the crossing would resume on Friday.\n“The swell has dropped,” Marchetti said.');
      const tails = path.join(root, 'tails');
      const job = () => {
        const o = runJob({ key: 'a', file, maxBytes: 1 << 20, options: {}, tails });
        assert.ok(o.ok && o.value.tail);
        return o.value.tail;
      };
      const t1 = job();
      const t2 = job();
      assert.equal(t2.at, t1.at + t1.len, 'appended after the first');
      rmSync(t1.file);
      const t3 = job();
      assert.equal(t3.at, 0, 'a new file');
      assert.ok(existsSync(t3.file));
      assert.equal(readFileSync(t3.file).subarray(t3.at, t3.at + t3.len).toString(), readFileSync(t3.file, 'utf8'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
