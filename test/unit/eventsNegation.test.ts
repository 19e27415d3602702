import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { resolveDate } from '../../src/extractor/dates';

const HEAD = 'Harbour dispute drags on\nPublished 3 March 2025\n';
const eventsOf = (body: string): LocalEvent[] => extractEvents(analyze(HEAD + body));
const kinds = (body: string): string[] => eventsOf(body).map((e) => e.kind);

describe('events: what is signed or reached', () => {
  it('a petition, a guest book or a card signed is no agreement', () => {
    assert.deepEqual(kinds('More than 4,000 residents of Kellerton signed a petition against the quarry on Saturday.'), []);
    assert.deepEqual(kinds('Visitors signed a guest book at the Fenwick memorial on Tuesday.'), []);
    assert.deepEqual(kinds('Pupils at Marsh Lane school signed a card for the retiring caretaker on Friday.'), []);
  });

  it('an agreement, a pact or a deal signed, struck or reached is one', () => {
    assert.deepEqual(kinds('The two provinces signed a water-sharing agreement in Fenwick on Tuesday.'), ['agreement']);
    assert.deepEqual(kinds('Ostrava and Linz signed a twinning memorandum on Tuesday.'), ['agreement']);
    const [deal] = eventsOf('The dockworkers union reached a deal with the Fenwick port operator on Tuesday.');
    assert.equal(deal.kind, 'agreement');
    assert.equal(deal.date, '2025-02-25');
  });
});

describe('events: what did not happen is no event', () => {
  it('talks that ended without an agreement, a deal not reached, leaders who did not meet', () => {
    assert.deepEqual(kinds('Talks between the dockworkers union and the port operator ended without an agreement on Sunday.'), []);
    assert.deepEqual(kinds('The two sides failed to reach an agreement on Friday.'), []);
    assert.deepEqual(kinds('An agreement was not reached in Fenwick on Tuesday.'), []);
    assert.deepEqual(kinds('No agreement was reached in Fenwick on Tuesday.'), []);
    assert.deepEqual(kinds('The regional ministers have never signed a border treaty.'), []);
    assert.deepEqual(kinds('Governor Alma Strand has not visited the island since the storm.'), []);
  });

  it('a negation of another verb leaves the event: "never stopped speaking at", "didn’t show the speech"', () => {
    assert.deepEqual(kinds('The senator never stopped speaking at a Dunmore rally as guards removed a protester.'), ['speech']);
    assert.deepEqual(kinds('The broadcast didn’t show the speech of Amal Nasser.'), ['speech']);
    assert.deepEqual(kinds('The council did not include those meetings with the port operator in its report.'), ['meeting']);
    assert.deepEqual(kinds('Whitlock has gone 90 days without a press conference.'), []);
    assert.deepEqual(kinds('The envoy isn’t making a formal visit to Fenwick.'), []);
  });

  it('a meeting where no agreement was reached is still a meeting', () => {
    assert.deepEqual(kinds('No agreement was reached at the meeting in Valmont on Friday.'), ['meeting']);
    // "not until" denies nothing of the summit
    assert.deepEqual(kinds('Not until the summit in Fenwick on Tuesday did the two sides speak.'), ['summit']);
  });
});

describe('events: a dated statement after a dateline without its place', () => {
  it('"Mar 2 (Reuters) - X on Saturday said" is a statement of the Saturday', () => {
    const ev = extractEvents(analyze('Port strike spreads\n\nMar 2 (Reuters) - Dockworkers union leader Petra Lund on Saturday said the strike would spread to Fenwick.'), '2025-03-03');
    assert.deepEqual(ev.map((e) => [e.kind, e.date]), [['statement', '2025-03-01']]);
  });
});

describe('events: a visit ahead', () => {
  it('"will visit on Wednesday" is a visit dated forward from the article’s date', () => {
    // 2025-03-03 is a Monday
    const [visit] = eventsOf('Premier Dana Whitlock will visit the flooded towns of the Ardel valley on Wednesday, her office said.');
    assert.equal(visit.kind, 'visit');
    assert.equal(visit.date, '2025-03-05');
    const [next] = eventsOf('Mayor Idris Kovac is expected to visit Lisbon next Tuesday.');
    assert.equal(next.kind, 'visit');
    assert.equal(next.date, '2025-03-11');
  });

  it('the same visit told again later in the article is one event', () => {
    const ev = eventsOf(
      'Premier Dana Whitlock will visit Port Ardel on Wednesday, her office said.\n' +
        'Flood defences failed in several streets last month.\n' +
        'It will be Whitlock’s first visit to Port Ardel since she took office.',
    );
    assert.deepEqual(ev.map((e) => [e.kind, e.date, e.more.length]), [['visit', '2025-03-05', 1]]);
  });

  it('one visit reported by two articles is one event', () => {
    const c = new AnalysingCorpus();
    c.set('a.txt', 'Premier to tour flood zone\nPublished 3 March 2025\nPremier Dana Whitlock will visit Port Ardel on Wednesday, her office said.');
    c.set('b.txt', 'Premier tours flood zone\nPublished 5 March 2025\nPremier Dana Whitlock visited Port Ardel on Wednesday, touring the damaged harbour district.');
    const visits = c.build().result.events.filter((e) => e.kind === 'visit');
    assert.equal(visits.length, 1);
    assert.equal(visits[0].date, '2025-03-05');
    assert.equal(visits[0].sources.length, 2);
  });
});

describe('events: an agreement ahead and signed', () => {
  it('"will sign" in one article and "signed" in another are one agreement; "no agreement was reached" adds nothing', () => {
    const c = new AnalysingCorpus();
    c.set('a.txt', 'Provinces to sign water pact\nPublished 3 March 2025\nThe provinces of Alder and Brook will sign a water-sharing agreement in Fenwick on Thursday, officials said.\nThe agreement caps what each may draw from the Fenwick river.');
    c.set('b.txt', 'Water pact signed\n7 March 2025\nAlder and Brook signed a water-sharing agreement in Fenwick on Thursday.\nNo agreement was reached on the dam, however.');
    const events = c.build().result.events;
    assert.deepEqual(events.map((e) => [e.kind, e.date, e.sources.length]), [['agreement', '2025-03-06', 3]]);
  });
});

describe('events: words that make no event', () => {
  it('"Treaty" in a name, "support to" a country and a photo caption', () => {
    assert.deepEqual(kinds('Officials of the Collective Security Treaty Organisation warned of unrest on Monday.'), []);
    const [pledge] = eventsOf('At the summit in Riga the ministers pledged more support to Moldova.');
    assert.equal(pledge.placeName, 'Riga');
    const ev = eventsOf('The ministers held talks in Riga on Friday.\nMinisters arrive for the meeting in Riga. (AP Photo/Ilze Berzina)\n');
    assert.deepEqual(ev.map((e) => e.kind), ['talks']);
  });
});

describe('events: "meet" in other senses than meeting in person', () => {
  it('a goal, a deadline or a demand met is no meeting', () => {
    assert.deepEqual(kinds('The port operator insists it will meet its financial targets by Friday.'), []);
    assert.deepEqual(kinds('Ministers say the province will meet the pledge it made in Fenwick: to cut emissions by half in 2031.'), []);
    assert.deepEqual(kinds('The harbour board said the ferry met the safety criteria on Tuesday.'), []);
  });

  it('a plan met with criticism or resistance is no meeting, but one met with opposition leaders is', () => {
    assert.deepEqual(kinds('The quarry plan has been met with fierce opposition by residents of Kellerton.'), []);
    assert.deepEqual(kinds('Even in Fenwick, the mayor’s ideas have met with resistance.'), []);
    const [meeting] = eventsOf('The mayor met with opposition leaders in Fenwick on Tuesday.');
    assert.equal(meeting?.kind, 'meeting');
    assert.equal(meeting.date, '2025-02-25');
  });

  it('a meeting whose topic is a goal or a cost is a meeting: no preposition but “of” stands before the noun', () => {
    assert.deepEqual(kinds('The mayor met with leaders on targets in Fenwick on Tuesday.'), ['meeting']);
    assert.deepEqual(kinds('The mayor met with him about costs in Fenwick on Tuesday.'), ['meeting']);
    assert.deepEqual(kinds('The mayor’s plan met with a lot of skepticism in Fenwick.'), []);
  });
});

describe('events: a month ahead in its own month', () => {
  it('"ahead of the March vote" written in March is this March; "next March" is next year’s', () => {
    const [vote] = eventsOf('The union is opening nine offices for canvassing in Fenwick ahead of the mid-March election.');
    assert.equal(vote?.kind, 'election');
    assert.equal(vote.date, '2025-03');
    assert.equal(resolveDate('The plan would derail in a general election next March', '2025-03-03', 'future')?.date, '2026-03');
    assert.equal(resolveDate('The plan would derail in the general election in March', '2025-03-03', 'future')?.date, '2025-03');
  });
});

describe('events: an event word that modifies another noun', () => {
  it('primary voters, an election cycle, a debate stage or an election law are no election or debate', () => {
    assert.deepEqual(kinds('About half of Fenwick Labour primary voters said the harbour mattered most on Tuesday.'), []);
    assert.deepEqual(kinds('Every Fenwick election cycle brings a flood of campaign books.'), []);
    assert.deepEqual(kinds('The two candidates clashed on the Fenwick debate stage on Wednesday night.'), []);
    assert.deepEqual(kinds('The council ordered a review of the Fenwick election law on Monday.'), []);
  });

  it('a forum in title case is a body, not a meeting; a forum in lower case is a gathering', () => {
    assert.deepEqual(kinds('Ines Vold is now president of the Harbour Action Forum, a conservative advocacy group based in Fenwick.'), []);
    assert.deepEqual(kinds('Residents packed the forum on the quarry in Fenwick on Tuesday.'), ['meeting']);
  });

  it('the primary or the election itself still is one', () => {
    const [primary] = eventsOf('Ana Ruiz won the Fenwick Labour primary on Tuesday, with 52 percent of the vote.');
    assert.equal(primary?.kind, 'election');
    assert.equal(primary.date, '2025-02-25');
  });
});

describe('events: the date of a saying, not of what is said', () => {
  it('a date inside the content before its cue dates no statement', () => {
    const said = (body: string) => eventsOf(body).filter((e) => e.kind === 'statement');
    assert.deepEqual(said('The ferry plan would collapse in a general election next November, Professor Ines Vold said.'), []);
    assert.deepEqual(said('The port earned about $600 million last year, according to public filings.'), []);
  });

  it('a date after the cue, or before the speaker, is the saying’s', () => {
    const [after] = eventsOf('Mayor Ana Ruiz said on Wednesday that the ferry plan would collapse.');
    assert.equal(after?.kind, 'statement');
    assert.equal(after.date, '2025-02-26');
    const [before] = eventsOf('On Friday, Mayor Ana Ruiz said the ferry plan would collapse.');
    assert.equal(before?.date, '2025-02-28');
  });
});

describe('events: who the label names', () => {
  it('a person’s visit or speech is labelled by the person, not by a body named in their title', () => {
    const [visit] = eventsOf('Harbour Authority chief executive Ana Ruiz is visiting Fenwick and Kellerton this week.');
    assert.equal(visit?.kind, 'visit');
    assert.match(visit.label, /^Ana Ruiz visit/);
    const [summit] = eventsOf('The Harbour Authority summit in Fenwick opened on Tuesday, with chief executive Ana Ruiz in the chair.');
    assert.match(summit?.label ?? '', /^Harbour Authority summit/);
  });

  it('a label names its place only when the place is not the holder itself', () => {
    const [meeting] = eventsOf('Harbour board members held a closed-door meeting at the Fenwick Yacht Club on Tuesday.');
    assert.equal(meeting?.kind, 'meeting');
    assert.doesNotMatch(meeting.label, /Fenwick Yacht Club .*in Fenwick Yacht Club/);
  });
});
