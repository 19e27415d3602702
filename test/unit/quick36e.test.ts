/**
 * Events of unseen news (session 36, quick36e): a body whose projections a sentence cites is no
 * party to the election; "its caucus leader" is no caucus; "said after training at …" is no
 * speech at the training ground; an election named with its day in the possessive ("Saturday's
 * governorship election") is that day's, and its declaration the next day an event of its own; a
 * visit told by flying over stricken areas; a plea, and a court date ahead ("due back in court").
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';

/** An article dated `date` (default Monday 14 April 2031). */
const dated = (body: string, date = 'April 14, 2031'): string => `Headline of the day\n${date}\n\n${body}`;
const events = (body: string, date?: string): LocalEvent[] => extractEvents(analyze(dated(body, date)));
const ofKind = (body: string, kind: string, date?: string): LocalEvent[] => events(body, date).filter((e) => e.kind === kind);
const names = (e: LocalEvent | undefined): string[] => (e?.participants ?? []).map((a) => a.name);

describe('quick36e: who counts the votes takes no part', () => {
  it('a broadcaster or pollster whose projections are cited is no participant', () => {
    const [a] = ofKind('The Social Democrats won a regional election in Styria on Sunday, taking about 35 per cent of the vote, according to projections by the public broadcaster ORF.', 'election');
    assert.ok(a);
    assert.ok(!names(a).includes('ORF'), names(a).join());
    const [b] = ofKind('The Liberal Party won a provincial election in Manitoba on Tuesday, according to preliminary results from Elections Manitoba and a tally by the broadcaster CBC.', 'election');
    assert.ok(b);
    assert.ok(!names(b).some((n) => /CBC/.test(n)), names(b).join());
  });

  it('near miss: a broadcaster that holds the event keeps its part', () => {
    const [debate] = events('The broadcaster TVN hosted a televised debate in Warsaw on Monday between the two presidential candidates.').filter((e) => names(e).includes('TVN'));
    assert.ok(debate, 'TVN hosts the debate');
  });
});

describe('quick36e: a caucus that is a party’s members', () => {
  it('"Its caucus leader" makes no election', () => {
    assert.equal(ofKind('The opposition Economic Freedom Fighters walked out. Its caucus leader in the council, Lerato Mokoena, accused the mayor of rushing the vote.', 'election').length, 0);
    assert.equal(ofKind('The Greens stayed away. Their caucus chair, Hannah Weber, said the motion was unlawful.', 'election').length, 0);
    assert.equal(ofKind('Their primary concern is the cost of the new bridge, Ana Souza said.', 'election').length, 0);
  });

  it('near miss: the Iowa caucuses and a Nevada caucus on its day stay elections', () => {
    assert.equal(ofKind('Candidates crisscrossed the state before the Iowa caucuses on January 15.', 'election').length, 1);
    assert.equal(ofKind('Turnout was low in the Nevada caucus on Saturday, party officials said.', 'election').length, 1);
  });
});

describe('quick36e: said after another activity', () => {
  it('a place of training or of a meeting is no speech’s venue', () => {
    assert.equal(ofKind('“Now it is our turn,” Shericka Williams said after training at the University of Technology.', 'speech').length, 0);
    assert.equal(ofKind('“We are ready,” Ortega said before practising at the National Stadium in Managua.', 'speech').length, 0);
  });

  it('near miss: said on a day at a venue is a speech', () => {
    const [s] = ofKind('“We will not back down,” Mayor Ana Ruiz said on Tuesday at the Chamber of Commerce.', 'speech');
    assert.equal(s?.date, '2031-04-08');
  });
});

describe('quick36e: an election with its day in the possessive', () => {
  it('"winner of Saturday’s governorship election" is Saturday’s election, declared on Sunday', () => {
    const body = 'The electoral commission on Sunday declared Ade Bello of the ruling party winner of Saturday’s governorship election in Kwara State.';
    const [election] = ofKind(body, 'election');
    assert.equal(election?.date, '2031-04-12');
    const [declared] = ofKind(body, 'statement');
    assert.equal(declared?.date, '2031-04-13');
  });

  it('"won Wednesday’s parliamentary election" is Wednesday’s', () => {
    const [e] = ofKind('The Labour Party won Wednesday’s parliamentary election in the Netherlands, exit polls showed.', 'election');
    assert.equal(e?.date, '2031-04-09');
  });

  it('near miss: a report of the day before the caucuses is no declaration', () => {
    assert.equal(ofKind('The Herald reported Saturday that the senator would campaign before the Iowa caucuses.', 'statement').length, 0);
  });

  it('near miss: a governorship race to come with no day makes no election', () => {
    assert.equal(ofKind('The governorship contest is already dividing the party, Musa Danladi said.', 'election').length, 0);
  });
});

describe('quick36e: a visit told by its verb', () => {
  it('flying over or touring stricken areas is a visit, dated by the weekday before a part of the day', () => {
    const [flyover] = ofKind('President Rodrigo Paz flew over the flooded districts on Thursday afternoon.', 'visit');
    assert.equal(flyover?.date, '2031-04-10');
    const [tour] = ofKind('Prime Minister Anwar Ibrahim toured flood-hit villages in Kelantan on Friday morning.', 'visit');
    assert.equal(tour?.date, '2031-04-11');
    assert.equal(tour?.placeName, 'Kelantan');
  });

  it('near miss: jets that flew over a capital made no visit', () => {
    assert.equal(ofKind('Fighter jets flew over the capital on Sunday afternoon.', 'visit').length, 0);
  });
});

describe('quick36e: court dates', () => {
  it('a plea entered is a hearing on its day', () => {
    const [plea] = ofKind('Adebayo Ogun, 44, pleaded guilty on 3 April to two counts of fraud.', 'hearing');
    assert.equal(plea?.date, '2031-04-03');
    const [toCome] = ofKind('Tomas Berg is expected to plead not guilty on Friday.', 'hearing');
    assert.equal(toCome?.date, '2031-04-18');
  });

  it('due back or expected in court is a hearing ahead, even when a magistrate said so', () => {
    const [back] = ofKind('Magistrate Kofi Mensah said Ama Owusu is due back in court on 22 April.', 'hearing');
    assert.equal(back?.date, '2031-04-22');
    const [expected] = ofKind('Lina Haddad, who was charged on Friday with bribery, is expected in court on 28 April.', 'hearing');
    assert.equal(expected?.date, '2031-04-28');
  });

  it('near miss: the place of what the gifts were is not the court’s', () => {
    const [plea] = ofKind('Mohan Rao pleaded guilty on 2 April to accepting tickets to cricket matches in London from a developer.', 'hearing');
    assert.ok(plea);
    assert.equal(plea.placeName, null);
  });

  it('near miss: a plea told as background, undated or by someone described, is no court date of the article', () => {
    assert.equal(ofKind('In 2019, Chatwal pleaded guilty to making illegal donations to several candidates.', 'hearing').length, 0);
    assert.equal(ofKind('The Romanian hacker whose breach exposed the minister’s private email pleaded guilty Wednesday to identity theft.', 'hearing').length, 0);
    assert.equal(ofKind('Officers cited Petty Officer Lyle White, who pleaded guilty to mishandling documents.', 'hearing').length, 0);
  });

  it('near miss: a payment due on a day makes no hearing', () => {
    assert.equal(ofKind('The bank said the payment is due on 30 April.', 'hearing').length, 0);
  });
});
