import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readableText } from '../../src/corpus/readableText';
import { defuseFormula } from '../../src/corpus/export';
import { emptyCuration, type Curation } from '../../src/corpus/curation';
import type { CorpusResult } from '../../src/extractor/types';
import { tempDir } from './tempDirs';

/** Session 38's breaker: hidden format characters, a curated name's direction overrides, controls in CSV cells. */
const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

describe('breaker38', () => {
  it('tag characters, the deprecated format controls and the annotation marks are taken out of words', () => {
    assert.equal(readableText('Jens Stolten\u{E0062}berg said').text, 'Jens Stoltenberg said');
    assert.equal(readableText('a\u206Ab\uFFF9c\u180Ed').text, 'abcd');
    // offsets still map back to the file (a tag character is two code units)
    const r = readableText('ab\u{E0069}\u{E0067}cd');
    assert.equal(r.text, 'abcd');
    assert.equal(r.toFile(2), 6);
  });

  it('a curated name is shown without direction overrides or controls, and one of nothing else renames nothing', () => {
    const dir = tempDir('cn-breaker38-');
    cpSync(path.join(ROOT, 'seeds'), dir, { recursive: true });
    mkdirSync(path.join(dir, '.corpus-navigator'));
    const curation: Curation = { ...emptyCuration(), rename: { 'Jens Stoltenberg': '\u202eOTAN\u202c chief\u001b[2J', 'Lloyd Austin': '\u200b\u202e' } };
    writeFileSync(path.join(dir, '.corpus-navigator', 'curation.json'), JSON.stringify(curation));
    const out = spawnSync(process.execPath, [CLI, 'extract', dir, '--json'], { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    assert.equal(out.status, 0, out.stderr);
    const names = (JSON.parse(out.stdout) as CorpusResult).actors.map((a) => a.name);
    assert.ok(names.includes('OTAN chief[2J'), names.filter((n) => /OTAN/.test(n)).join(', '));
    assert.ok(names.includes('Lloyd Austin'));
    assert.ok(!names.some((n) => /[\u202a-\u202e\u200b\u001b]/.test(n)));
  });

  it('CSV cells lose control characters, ESC first, and keep the formula guard', () => {
    assert.equal(defuseFormula('clear\u001b[2J screen\u0007'), 'clear[2J screen');
    assert.equal(defuseFormula('\u009b=SUM(A1)'), "'=SUM(A1)");
    assert.equal(defuseFormula('line one\r\nline two\ttab'), 'line one\r\nline two\ttab');
  });
});
