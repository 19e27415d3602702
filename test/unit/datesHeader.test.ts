import { strict as assert } from 'node:assert';
import { resolveDate } from '../../src/extractor/dates';
import { dayFirstDates, readPublished } from '../../src/extractor/publishedDate';

const HEADLINE = 'Ferry terminal plan clears the port board';

describe('dates: the common forms of a date line', () => {
  it('reads abbreviated months with or without their full stop, either order', () => {
    assert.equal(readPublished(`${HEADLINE}\nBy Tom Reyes\nApr 22, 2025\nThe board voted on Monday.`), '2025-04-22');
    assert.equal(readPublished(`${HEADLINE}\nBy Tom Reyes | 22 Apr 2025\nThe board voted on Monday.`), '2025-04-22');
    assert.equal(readPublished(`${HEADLINE}\nSept 3, 2025\nThe board voted on Monday.`), '2025-09-03');
    assert.equal(readPublished(`${HEADLINE}\n3 Sept. 2025\nThe board voted on Monday.`), '2025-09-03');
  });

  it('reads labels and a weekday before the date: "Published:", "Updated", "Tuesday,"', () => {
    assert.equal(readPublished(`${HEADLINE}\nPublished: Tuesday, 22 Apr 2025\nThe board voted on Monday.`), '2025-04-22');
    assert.equal(readPublished(`${HEADLINE}\nUpdated Nov 4, 2024 at 6:15 p.m. EST\nThe board voted on Monday.`), '2024-11-04');
    assert.equal(readPublished(`${HEADLINE}\n2025-04-22\nThe board voted on Monday.`), '2025-04-22');
  });

  it('reads the date lines of news sites: labels after a byline, clock times, reading times, ISO stamps', () => {
    const dated = (line: string) => readPublished(`${HEADLINE}\n${line}\nThe board voted on Monday to widen the pier.`);
    assert.equal(dated('Jane Doe · Coast News · Posted: Apr 22, 2025 4:00 AM EDT | Last Updated: April 23, 2025'), '2025-04-22');
    assert.equal(dated('By Jane Doe and Omar Ruiz | April 22, 2025'), '2025-04-22');
    assert.equal(dated('By JANE DOE Associated Press April 22, 2025, 10:14 AM'), '2025-04-22');
    assert.equal(dated('22 April 2025 • 4 min read'), '2025-04-22');
    assert.equal(dated('First published on Tue 22 Apr 2025 07.00 BST'), '2025-04-22');
    assert.equal(dated('Publication date: 22 Apr. 2025'), '2025-04-22');
    assert.equal(dated('Published: 2025-04-22T10:14:00Z'), '2025-04-22');
    // a line of prose with a date is no date line
    assert.equal(dated('The pier was first opened on 22 April 1925 by the duke'), null);
  });

  it('reads dates in figures with a slash, a full stop or a hyphen', () => {
    assert.equal(readPublished(`${HEADLINE}\n22/04/2025\nThe board voted on Monday.`), '2025-04-22');
    assert.equal(readPublished(`${HEADLINE}\nPublished: 22.04.2025\nThe board voted on Monday.`), '2025-04-22');
    assert.equal(readPublished(`${HEADLINE}\nUpdated 22-04-2025 10:14\nThe board voted on Monday.`), '2025-04-22');
    assert.equal(readPublished(`${HEADLINE}\n04/22/2025\nThe board voted on Monday.`), '2025-04-22');
  });

  it('an ambiguous date in figures is day first only when the article writes the British way', () => {
    // no signal: month first, as in American news
    assert.equal(readPublished(`${HEADLINE}\n04/05/2025\nThe board voted on Monday to widen the pier.`), '2025-04-05');
    // British spellings, a courtesy title without its full stop, or a day-first date elsewhere
    assert.equal(readPublished(`${HEADLINE}\n04/05/2025\nThe board voted on Monday to repaint the harbour in its old colours.`), '2025-05-04');
    assert.equal(readPublished(`${HEADLINE}\n04/05/2025\nMr Okafor said the board voted on Monday.`), '2025-05-04');
    assert.equal(readPublished(`${HEADLINE}\nPublished 04/05/2025, updated 17/05/2025\nThe board voted on Monday.`), '2025-05-04');
    // a month's name before the day elsewhere is American, whatever the spelling
    assert.equal(dayFirstDates('Filed 04/05/2025. The theatre reopens May 9, 2025.'), false);
    assert.equal(dayFirstDates('Filed 04/05/2025. The theatre reopens on 9 May.'), true);
  });

  it('a date in the headline is news, a wire dateline is the article’s date', () => {
    assert.equal(readPublished('Court sets Apr 29, 2025 hearing for suspended mayor\nThe court met on Monday.'), null);
    assert.equal(readPublished('Court sets 29/04/2025 hearing for suspended mayor\nThe court met on Monday.'), null);
    assert.equal(readPublished('DUBLIN, 22 Apr 2025 (Reuters) - The port board voted on Monday.'), '2025-04-22');
  });

  it('a month without its full stop is a date only beside a day’s number', () => {
    assert.equal(resolveDate('The vote was held on Apr 14.', '2025-04-22')?.date, '2025-04-14');
    assert.equal(resolveDate('The Mar Vista council voted.', '2025-04-22'), null);
    assert.equal(resolveDate('Dec Alvarez said the council voted.', '2025-04-22'), null);
  });
});

describe('dates: a future in the date’s own clause', () => {
  it('"will visit … on Wednesday, her office said" lies ahead, whatever the nearer past words', () => {
    // 2025-03-03 is a Monday
    assert.equal(resolveDate('Premier Dana Whitlock will visit the flooded towns of the Ardel valley on Wednesday, her office said.', '2025-03-03')?.date, '2025-03-05');
    assert.equal(resolveDate('The mayor is set to tour the damaged pier on Thursday, aides said.', '2025-03-03')?.date, '2025-03-06');
    // a past verb first in the clause keeps its tense: the modal is another clause's
    assert.equal(resolveDate('The envoys met on Friday and said they will return.', '2025-03-03')?.date, '2025-02-28');
    assert.equal(resolveDate('Officials said on Friday that talks would resume.', '2025-03-03')?.date, '2025-02-28');
  });
});

describe('dates: a wire dateline with its date in parentheses', () => {
  it('"KAMPALA (Feb. 9, 2025) - …" gives the date; a dateline without a year gives none', () => {
    assert.equal(readPublished(`${HEADLINE}\nKAMPALA (Feb. 9, 2025) - The two ministers met at the border post on Saturday.`), '2025-02-09');
    assert.equal(readPublished(`${HEADLINE}\nKAMPALA (Feb. 9) - The two ministers met at the border post on Saturday.`), null);
  });
});
