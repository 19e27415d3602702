// The benchmark's archive: COPIES copies of the development corpus, each in a folder of its own,
// copy 0 as it is and every other copy with its people renamed and its weekdays shifted, so the
// registry sees new people and the event dates move (deterministic: copy k always reads the same).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** Bump when the substitutions change: an archive built by another version is rebuilt. */
const VERSION = 2;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
// the development corpus's most frequent people (first names and surnames), and the pools their
// replacements are drawn from
const FIRST = ['Donald', 'Hillary', 'Bernie', 'Ted', 'Marco', 'Barack', 'John', 'Bill', 'Paul', 'George', 'David', 'Jeb', 'Ben', 'Chris', 'Mike', 'Carly', 'Rand', 'Joe', 'Nancy', 'Mitch'];
const SURNAMES = ['Trump', 'Clinton', 'Sanders', 'Obama', 'Cruz', 'Rubio', 'Bush', 'Kasich', 'Carson', 'Ryan', 'Christie', 'Manafort', 'Fiorina', 'Biden', 'Pelosi', 'McConnell', 'Kerry', 'Romney', 'Huckabee', 'Walker'];
const FIRST_POOL = ['Arthur', 'Beatrice', 'Cornelius', 'Delphine', 'Edmund', 'Florence', 'Gideon', 'Harriet', 'Ignatius', 'Josephine', 'Lionel', 'Matilda', 'Nathaniel', 'Ophelia', 'Percival', 'Rosalind', 'Sebastian', 'Theodora', 'Ulysses', 'Vivienne', 'Winston', 'Yolanda', 'Ambrose', 'Clementine', 'Desmond', 'Eleanor', 'Fitzgerald', 'Genevieve', 'Horatio', 'Imogen', 'Jasper'];
const SURNAME_POOL = ['Abernathy', 'Blackwood', 'Castellano', 'Drummond', 'Ellsworth', 'Fairbanks', 'Galloway', 'Hargrove', 'Iverson', 'Jablonski', 'Kowalczyk', 'Lindqvist', 'Montgomery', 'Nakamura', 'Okonkwo', 'Pemberton', 'Quintero', 'Rasmussen', 'Sorensen', 'Thibodeaux', 'Underwood', 'Valentini', 'Whitmore', 'Yamamoto', 'Zimmerman', 'Ashcroft', 'Brannigan', 'Delacroix', 'Esterhazy', 'Featherstone', 'Grimaldi', 'Holloway', 'Ingersoll', 'Kensington', 'Lockhart', 'Mortensen', 'Oyelaran', 'Prendergast', 'Radcliffe', 'Stavros', 'Tremblay'];

/** The substitutions of copy k (k ≥ 1): word -> replacement, applied in one pass. */
function substitutions(k) {
  const map = new Map();
  FIRST.forEach((w, i) => map.set(w, FIRST_POOL[(i + 7 * k) % FIRST_POOL.length]));
  SURNAMES.forEach((w, i) => map.set(w, SURNAME_POOL[(i + 11 * k) % SURNAME_POOL.length]));
  WEEKDAYS.forEach((w, i) => map.set(w, WEEKDAYS[(i + k) % 7]));
  return map;
}

function vary(text, k) {
  if (k === 0) return text;
  const map = substitutions(k);
  const words = new RegExp(`\\b(?:${[...map.keys()].join('|')})\\b`, 'g');
  return text.replace(words, (w) => map.get(w));
}

/**
 * Builds (or reuses, when its stamp matches) the archive in `dir` from the articles in `source`.
 * Returns { dir, articles, megabytes, reused }.
 */
export function buildArchive(source, dir, copies) {
  const files = readdirSync(source).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const sourceStamp = createHash('sha1');
  for (const f of files) sourceStamp.update(`${f}:${statSync(path.join(source, f)).size};`);
  const stamp = { version: VERSION, copies, source: path.resolve(source), files: files.length, sourceHash: sourceStamp.digest('hex') };
  const stampFile = path.join(dir, '.bench-archive.json');
  if (existsSync(stampFile)) {
    const old = JSON.parse(readFileSync(stampFile, 'utf8'));
    if (JSON.stringify(old.stamp) === JSON.stringify(stamp)) return { dir, articles: old.articles, megabytes: old.megabytes, reused: true };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let articles = 0;
  let bytes = 0;
  const texts = files.map((f) => [f, readFileSync(path.join(source, f), 'utf8')]);
  for (let k = 0; k < copies; k++) {
    const folder = path.join(dir, `copy-${String(k).padStart(2, '0')}`);
    mkdirSync(folder);
    for (const [f, text] of texts) {
      const out = vary(text, k);
      writeFileSync(path.join(folder, f), out);
      articles++;
      bytes += Buffer.byteLength(out);
    }
  }
  const megabytes = +(bytes / 1e6).toFixed(2);
  writeFileSync(stampFile, JSON.stringify({ stamp, articles, megabytes }, null, 1));
  return { dir, articles, megabytes, reused: false };
}
