import { strict as assert } from 'node:assert';
import { mkdtempSync, openSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { searchableArticle, searchTermsOf } from '../../src/corpus/search';
import type { Extracted } from '../../src/vscode/indexing/job';
import { PassTails, takeTerms } from '../../src/vscode/indexing/passTails';
import { runJob } from '../../src/vscode/indexing/runJob';

/**
 * A cold pass with a cache folder has its workers leave each article's search terms in their tails
 * file (IndexJob.termsLater) instead of sending them: search files them after the pass, once the
 * workers have ended, without reading the texts again.
 */
describe('search terms left in the tails file for after the pass (rows33)', () => {
  let root: string;
  let file: string;
  let tails: PassTails;
  const text = 'Ferry captain Odile Marchetti said the crossing would resume on Friday.\n“The swell has dropped,” Marchetti said. Harbour officials said the quay was safe.';
  const key = (): string => `file://${file}`;

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'cn-rows33-'));
    file = path.join(root, 'a.txt');
    writeFileSync(file, text);
    tails = new PassTails(path.join(root, 'tails'), () => undefined);
  });
  afterEach(() => {
    tails.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  const value = (o: ReturnType<typeof runJob>): Extracted => {
    assert.ok(o.ok, 'the job succeeds');
    return o.value;
  };
  /** A job whose tail (and terms) go to the pass's folder, its outcome taken as the host takes it. */
  const later = (): Extracted => {
    assert.ok(tails.send(key()));
    const v = value(runJob({ key: key(), file, maxBytes: 1 << 20, options: {}, tails: tails.dir, termsLater: true, numberTerms: true }));
    tails.taken(v);
    return v;
  };
  /** The terms the worker would have sent: of the whole record, over the text. */
  const sentTerms = (): ReturnType<typeof searchTermsOf> => searchTermsOf(searchableArticle(value(runJob({ key: key(), file, maxBytes: 1 << 20, options: {} })).record, text));

  it('sends no terms, and search reads back from the file the terms the worker would have sent (once)', () => {
    const v = later();
    assert.equal(v.searchTerms, undefined);
    assert.equal(v.numberedTerms, undefined);
    assert.ok(v.tail?.terms, 'the terms went to the tails file');
    assert.equal(v.searchable, undefined, 'what search keeps of the tail went with them');
    const taken = takeTerms(v.record);
    assert.ok(taken);
    const t = taken.terms;
    const expected = sentTerms();
    assert.equal(t.terms, expected.terms);
    assert.deepEqual([...t.weights], [...expected.weights]);
    assert.equal(t.length, expected.length);
    const whole = searchableArticle(value(runJob({ key: key(), file, maxBytes: 1 << 20, options: {} })).record, text);
    assert.deepEqual(Array.from(taken.searchable.sentences), Array.from(whole.sentences));
    assert.deepEqual(taken.searchable.quotes, whole.quotes);
    assert.ok(whole.quotes.some((q) => q.speakerName === 'Odile Marchetti'), 'a quote with its speaker');
    assert.equal(takeTerms(v.record), undefined, 'taken once');
    // the record's tail still reads (the terms lie after it)
    assert.ok(v.record.quotes.length > 0);
  });

  it('near miss: terms whose bytes changed on disk are refused (search reads the text instead)', () => {
    const v = later();
    const fd = openSync(v.tail!.file, 'r+');
    writeSync(fd, Buffer.from('#'), 0, 1, v.tail!.terms!.at + v.tail!.terms!.weights + 2);
    closeSync(fd);
    assert.equal(takeTerms(v.record), undefined);
  });

  it('near miss: without a tails folder the job sends its terms as before', () => {
    const v = value(runJob({ key: key(), file, maxBytes: 1 << 20, options: {}, termsLater: true }));
    assert.equal(v.tail, undefined);
    assert.deepEqual(v.searchTerms, sentTerms());
  });
});
