import { strict as assert } from 'node:assert';
import * as chrono from 'chrono-node';
import { resolveDate } from '../../src/extractor/dates';
import { aloneWeekday, type DateFound } from '../../src/extractor/weekdayAlone';

// chrono as dates.ts runs it on a window whose only date words are weekdays
const weekdayParser = chrono.en.casual.parsers.find((p) => p.constructor.name === 'ENWeekdayParser')!;
const CLOCK_AND_ZONE = new Set(['ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner', 'ENMergeDateTimeRefiner']);
const weekdaysOnly = new chrono.Chrono({ parsers: [weekdayParser], refiners: chrono.en.casual.refiners.filter((r) => !CLOCK_AND_ZONE.has(r.constructor.name)) });
const pattern = weekdayParser.pattern(undefined as never);

const seen = (r: DateFound) => ({
  index: r.index,
  text: r.text,
  date: r.start.date().toISOString(),
  certain: (['year', 'month', 'day', 'weekday'] as const).map((c) => r.start.isCertain(c)),
  weekday: r.start.get('weekday'),
});

const day = (iso: string, n: number): Date => new Date(Date.parse(`${iso}T12:00:00Z`) + n * 86_400_000);

describe('spd-when: a lone weekday read without chrono', () => {
  const openings = ['', 'The envoys met ', 'Talks resume ', 'She said, ', 'It ended (', 'x'];
  const befores = ['', 'on ', 'On ', 'last ', 'Last ', 'this ', 'next ', 'past ', 'on next ', ', ', 'on\u00a0'];
  const words = ['Monday', 'tuesday', 'Tues', 'Wed.', 'THURSDAY', 'Thurs.', 'thu', 'Fri', 'Saturday', 'Sun.', 'sunday'];
  const afters = ['', ',', ')', ' of next week', ' this week', ' last week', ', 2016', ' 2016', ' night.', 'day'];
  // a fortnight around a month's end, and the turn of a year: every weekday against every reference weekday
  const references = [...Array.from({ length: 14 }, (_, i) => day('2016-02-22', i)), day('2015-12-31', 0), day('2016-01-01', 0), day('2016-01-03', 0)];

  for (const tz of ['UTC', 'America/New_York', 'Asia/Kolkata']) {
    it(`gives what chrono gives, or leaves the text to it (TZ=${tz})`, () => {
      const before = process.env.TZ;
      process.env.TZ = tz;
      let fast = 0;
      let n = 0;
      try {
        for (const opening of openings)
          for (const b of befores)
            for (const w of words)
              for (const a of afters) {
                const text = `${opening}${b}${w}${a}`;
                // two references a text, turning through them: every weekday word meets every reference weekday
                n++;
                for (const instant of [references[n % references.length], references[(n * 7 + 3) % references.length]])
                  for (const forwardDate of [false, true]) {
                    const mine = aloneWeekday(pattern, text, instant, forwardDate);
                    if (!mine) continue;
                    fast++;
                    const theirs = weekdaysOnly.parse(text, { instant, timezone: 0 }, { forwardDate });
                    assert.deepEqual(mine.map(seen), theirs.map(seen), `${text} | ${instant.toISOString()} | forward ${forwardDate}`);
                  }
              }
      } finally {
        if (before === undefined) delete process.env.TZ;
        else process.env.TZ = before;
      }
      // most of these texts hold one weekday: the fast path must answer them, not only defer
      assert.ok(fast > 2 * n, `only ${fast} of ${4 * n} answered`);
    });
  }

  it('leaves two weekdays, a weekend or no weekday to chrono', () => {
    const instant = day('2016-03-02', 0);
    assert.equal(aloneWeekday(pattern, 'from Monday to Friday', instant, false), null);
    assert.equal(aloneWeekday(pattern, 'He sat down on Monday', instant, false), null);
    assert.equal(aloneWeekday(pattern, 'over the weekend', instant, false), null);
    assert.equal(aloneWeekday(pattern, 'The envoys met.', instant, false), null);
  });

  it('resolves a weekday by the tense of its sentence', () => {
    // 2016-03-02 is a Wednesday
    assert.equal(resolveDate('The envoys met on Friday.', '2016-03-02', 'past')?.date, '2016-02-26');
    assert.equal(resolveDate('The envoys will meet on Friday.', '2016-03-02', 'future')?.date, '2016-03-04');
    assert.equal(resolveDate('The envoys will meet on Monday.', '2016-03-02', 'future')?.date, '2016-03-07');
    assert.equal(resolveDate('The envoys met last Wednesday, officials said.', '2016-03-02', 'past')?.date, '2016-02-24');
  });
});
