import { strict as assert } from 'node:assert';
import * as chrono from 'chrono-node';
import { resolveDate } from '../../src/extractor/dates';
import { aloneWeekday, type DateFound } from '../../src/extractor/weekdayAlone';

// chrono as dates.ts runs it on a window whose only date words are weekdays
const CLOCK_AND_ZONE = new Set(['ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner', 'ENMergeDateTimeRefiner']);
const refiners = chrono.en.casual.refiners.filter((r) => !CLOCK_AND_ZONE.has(r.constructor.name));
const weekdays = new chrono.Chrono({ parsers: chrono.en.casual.parsers.filter((p) => p.constructor.name === 'ENWeekdayParser'), refiners });

const seen = (r: DateFound) => ({
  index: r.index,
  text: r.text,
  date: r.start.date().toISOString(),
  certain: (['year', 'month', 'day', 'weekday'] as const).map((c) => r.start.isCertain(c)),
  weekday: r.start.get('weekday'),
});

const day = (iso: string, n = 0): Date => new Date(Date.parse(`${iso}T12:00:00Z`) + n * 86_400_000);

describe('spd-when: a lone weekday read without chrono', () => {
  const parts = [
    ['', 'The envoys met ', 'She said, ', 'It ended (', 'x'],
    ['', 'on ', 'On ', 'last ', 'Last ', 'this ', 'next ', 'past ', 'on next ', ', ', 'on\u00a0', 'end of '],
    ['Monday', 'tuesday', 'Tues', 'Wed.', 'THURSDAY', 'Thurs.', 'thu', 'Fri', 'Saturday', 'Sun.', 'sunday', 'weekend'],
    ['', ',', ')', ' of next week', ' this week', ' last week', ', 2016', ' night.', 'day', ' or Friday'],
  ];
  const texts = parts.reduce<string[]>((acc, list) => acc.flatMap((a) => list.map((b) => a + b)), ['']);
  // a fortnight around a month's end, and the turn of a year: every weekday against every reference weekday
  const references = [...Array.from({ length: 14 }, (_, i) => day('2016-02-22', i)), day('2015-12-31'), day('2016-01-01'), day('2016-01-03'), day('2016-03-31')];

  for (const tz of ['UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati']) {
    it(`gives what chrono gives, or leaves the text to it (TZ=${tz})`, () => {
      const before = process.env.TZ;
      process.env.TZ = tz;
      let answered = 0;
      try {
        texts.forEach((text, n) => {
          // two references a text, turning through them
          for (const instant of [references[n % references.length], references[(n * 7 + 3) % references.length]])
            for (const forwardDate of [false, true]) {
              const mine = aloneWeekday(weekdays.parsers, text, instant, forwardDate);
              if (!mine) continue;
              answered++;
              const theirs = weekdays.parse(text, { instant, timezone: 0 }, { forwardDate });
              assert.deepEqual(mine.map(seen), theirs.map(seen), `${text} | ${instant.toISOString()} | forward ${forwardDate}`);
            }
        });
      } finally {
        if (before === undefined) delete process.env.TZ;
        else process.env.TZ = before;
      }
      // most of these texts hold one weekday: the fast path must answer them, not only defer
      assert.ok(answered > texts.length * 2, `only ${answered} of ${texts.length * 4} answered`);
    });
  }

  it('leaves two weekdays, a weekend, no weekday or other parsers to chrono', () => {
    const instant = day('2016-03-02');
    for (const text of ['from Monday to Friday', 'He sat down on Monday', 'over the weekend', 'The envoys met.']) assert.equal(aloneWeekday(weekdays.parsers, text, instant, false), null, text);
    assert.equal(aloneWeekday(chrono.en.casual.parsers, 'on Monday', instant, false), null);
  });

  it('resolves a weekday by the tense of its sentence', () => {
    // 2016-03-02 is a Wednesday
    assert.equal(resolveDate('The envoys met on Friday.', '2016-03-02', 'past')?.date, '2016-02-26');
    assert.equal(resolveDate('The envoys will meet on Friday.', '2016-03-02', 'future')?.date, '2016-03-04');
    assert.equal(resolveDate('The envoys will meet on Monday.', '2016-03-02', 'future')?.date, '2016-03-07');
    assert.equal(resolveDate('The envoys met last Wednesday, officials said.', '2016-03-02', 'past')?.date, '2016-02-24');
  });
});
