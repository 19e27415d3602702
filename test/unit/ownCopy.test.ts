import { strict as assert } from 'node:assert';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ownCopy, quoteRow, snippet } from '../../src/vscode/text';

/** A full collection, through V8's own gc() (exposed for this test only). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Heap growth (MB, after full collections) while `keep` holds a 200-character passage of each of 400 distinct texts of 100 KB, made of `sentence`. */
function retainedMb(keep: (passage: string) => string, sentence = 'The council met on Tuesday and the mayor said little. '): number {
  const gc = collector();
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: string[] = [];
  for (let i = 0; i < 400; i++) {
    // a flat string of its own, as a file read gives
    const article = Buffer.from(`Article ${i}: ${sentence.repeat(1900)}`).toString('utf8');
    kept.push(keep(article.slice(5000, 5200)));
  }
  gc();
  const grown = (process.memoryUsage().heapUsed - before) / 1048576;
  assert.equal(kept.length, 400);
  return grown;
}

describe('ownCopy: a passage kept in a view holds only its own characters', () => {
  it('keeps none of the article a passage was cut from, where a slice keeps it all', () => {
    const sliced = retainedMb((p) => p);
    const owned = retainedMb(ownCopy);
    // 400 articles of ~100 KB: a slice keeps ~40 MB alive, a copy ~0.2 MB
    assert.ok(sliced > 20, `slices kept ${sliced.toFixed(1)} MB: the measure no longer sees V8's views`);
    assert.ok(owned < 5, `copies kept ${owned.toFixed(1)} MB`);
  });

  it('gives the same characters back, lone surrogates, quotation marks and controls included', () => {
    for (const s of ['', 'plain', '“Quoted,” she said.', 'a\uD800b\uDC00c', 'tab\there\nline\u0000nul', '$(zap) <b>&amp;</b>']) assert.equal(ownCopy(s), s);
  });
});

describe('snippet: a row label that keeps nothing of its article', () => {
  it('a one-word mention cut from a long article (no whitespace to replace) keeps none of it', () => {
    const owned = retainedMb((p) => snippet(p.slice(0, 30), 40), 'The-council-met-on-Tuesday-and-the-mayor-said-little.-');
    assert.ok(owned < 5, `snippets kept ${owned.toFixed(1)} MB`);
  });
});

describe('quoteRow: a tree row marks a direct quotation, never reported speech', () => {
  it('puts quotation marks around a direct quotation’s snippet only, within the row’s length', () => {
    assert.equal(quoteRow('direct', 'We will not back down.'), '“We will not back down.”');
    assert.equal(quoteRow('indirect', 'the plan would fail'), 'the plan would fail');
    assert.equal(quoteRow('mixed', 'the plan was “a disaster”'), 'the plan was “a disaster”');
    const long = quoteRow('direct', 'word '.repeat(60), 40);
    assert.ok(long.startsWith('“') && long.endsWith('…”') && long.length <= 40, long);
  });
});
