import { strict as assert } from 'node:assert';
import * as chrono from 'chrono-node';
import { resolveDate } from '../../src/extractor/dates';
import { readAlone, type DateFound } from '../../src/extractor/simpleDates';

// chrono as dates.ts runs it on a window whose only date words call for one parser
const CLOCK_AND_ZONE = new Set(['ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner', 'ENMergeDateTimeRefiner']);
const refiners = chrono.en.casual.refiners.filter((r) => !CLOCK_AND_ZONE.has(r.constructor.name));
const weekdays = new chrono.Chrono({ parsers: chrono.en.casual.parsers.filter((p) => p.constructor.name === 'ENWeekdayParser'), refiners });
// dates.ts runs chrono's strict "ago" parser (no "3 hrs ago")
const agos = new chrono.Chrono({ parsers: chrono.en.strict.parsers.filter((p) => p.constructor.name === 'ENTimeUnitAgoFormatParser'), refiners });

const seen = (r: DateFound) => ({
  index: r.index,
  text: r.text,
  date: r.start.date().toISOString(),
  certain: (['year', 'month', 'day', 'weekday'] as const).map((c) => r.start.isCertain(c)),
  weekday: r.start.get('weekday'),
});

const day = (iso: string, n = 0): Date => new Date(Date.parse(`${iso}T12:00:00Z`) + n * 86_400_000);
// a fortnight around a month's end, and the turns of a year and of months: every weekday against every reference weekday
const references = [...Array.from({ length: 14 }, (_, i) => day('2016-02-22', i)), day('2015-12-31'), day('2016-01-01'), day('2016-01-03'), day('2016-03-31'), day('2016-05-31')];
const ZONES = ['UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati'];

/** Every concatenation of one string from each list. */
const texts = (parts: string[][]): string[] => parts.reduce<string[]>((acc, list) => acc.flatMap((a) => list.map((b) => a + b)), ['']);

/** Checks readAlone against chrono on every text (two references each, turning through them; both ways of forward dating) in a time zone; returns how many it answered. */
function agreeWithChrono(c: chrono.Chrono, all: string[], tz: string): number {
  const before = process.env.TZ;
  process.env.TZ = tz;
  let answered = 0;
  try {
    all.forEach((text, n) => {
      for (const instant of [references[n % references.length], references[(n * 7 + 3) % references.length]])
        for (const forwardDate of [false, true]) {
          const mine = readAlone(c.parsers, text, instant, forwardDate);
          if (!mine) continue;
          answered++;
          const theirs = c.parse(text, { instant, timezone: 0 }, { forwardDate });
          assert.deepEqual(mine.map(seen), theirs.map(seen), `${text} | ${instant.toISOString()} | forward ${forwardDate} | TZ ${tz}`);
        }
    });
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
  return answered;
}

describe('spd-when: simple date phrases read without chrono', () => {
  const weekdayTexts = texts([
    ['', 'The envoys met ', 'She said, ', 'It ended (', 'x'],
    ['', 'on ', 'On ', 'last ', 'Last ', 'this ', 'next ', 'past ', 'on next ', ', ', 'on\u00a0', 'end of '],
    ['Monday', 'tuesday', 'Tues', 'Wed.', 'THURSDAY', 'Thurs.', 'thu', 'Fri', 'Saturday', 'Sun.', 'sunday', 'weekend'],
    ['', ',', ')', ' of next week', ' this week', ' last week', ', 2016', ' night.', 'day', ' or Friday'],
  ]);
  const agoTexts = texts([
    ['', 'He left ', 'Just ', 'about ', 'around ', 'more than ', 'the end of ', 'On Sunday, ', 'x'],
    ['two', 'Two', 'no', 'many', '10', '007', 'a', 'an', 'A few', 'a  few', 'several', 'the', 'half a', 'a couple of', '2.5', 'twelve', 'eleven', '1', 'nine'],
    [' ', '  ', ''],
    ['day', 'days', 'week', 'Weeks', 'month', 'months', 'year', 'YEARS', 'hours', 'quarter', 'decade', 'times'],
    [' ago', ' ago,', ' ago.', 'ago', '  ago', ' ago and two days ago', ' earlier', ' ago, or three years before', ' agony'],
  ]);

  for (const tz of ZONES) {
    it(`a lone weekday: what chrono gives, or left to it (TZ=${tz})`, () => {
      const answered = agreeWithChrono(weekdays, weekdayTexts, tz);
      // most of these texts hold one weekday: the fast path must answer them, not only defer
      assert.ok(answered > weekdayTexts.length * 2, `only ${answered} of ${weekdayTexts.length * 4} answered`);
    });

    it(`a count of days, weeks, months or years ago: what chrono gives, or left to it (TZ=${tz})`, () => {
      const answered = agreeWithChrono(agos, agoTexts, tz);
      assert.ok(answered > agoTexts.length / 4, `only ${answered} of ${agoTexts.length * 4} answered`);
    });
  }

  it('leaves two date phrases, a weekend, none or other parsers to chrono', () => {
    const instant = day('2016-03-02');
    for (const text of ['from Monday to Friday', 'He sat down on Monday', 'over the weekend', 'The envoys met.']) assert.equal(readAlone(weekdays.parsers, text, instant, false), null, text);
    for (const text of ['two years and three months ago', 'half a year ago', 'on Tuesday, two days ago', 'about a week ago']) assert.equal(readAlone(agos.parsers, text, instant, false), null, text);
    // no count ago: nothing, as chrono finds
    for (const text of ['a decade ago', 'weeks ago', 'no time ago']) assert.deepEqual(readAlone(agos.parsers, text, instant, false), [], text);
    assert.equal(readAlone(chrono.en.casual.parsers, 'on Monday', instant, false), null);
  });

  it('resolves a weekday or a count ago by the tense of its sentence', () => {
    // 2016-03-02 is a Wednesday
    assert.equal(resolveDate('The envoys met on Friday.', '2016-03-02', 'past')?.date, '2016-02-26');
    assert.equal(resolveDate('The envoys will meet on Friday.', '2016-03-02', 'future')?.date, '2016-03-04');
    assert.equal(resolveDate('The envoys will meet on Monday.', '2016-03-02', 'future')?.date, '2016-03-07');
    assert.equal(resolveDate('The envoys met last Wednesday, officials said.', '2016-03-02', 'past')?.date, '2016-02-24');
    assert.equal(resolveDate('The plant closed two years ago.', '2016-03-02', 'past')?.date, '2014');
    assert.equal(resolveDate('The plant closed three weeks ago.', '2016-03-02', 'past')?.date, '2016-02-10');
    assert.equal(resolveDate('The plant closed ten days ago.', '2016-03-02', 'past')?.date, '2016-02-21');
  });
});
