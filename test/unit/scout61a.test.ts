/**
 * Kinds of wrong or lost attribution scout61a fixed in session 61 (entertainment and celebrity
 * news), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

/** The names of the actors of article `body`. */
const namesIn = (body: string): string[] => inArticle(body).actors.map((a) => a.name);

describe('scout61a: "the festival said" after a festival named as an event ("Cannes Film Festival", "Calgary Stampede")', () => {
  it('is the body that runs the festival named before, the nearest one', () => {
    const cannes = 'The Lakeview Film Festival has dropped a documentary about the mayor from its lineup, the festival said Friday.';
    assert.equal(speakerOf(cannes, 'dropped a documentary'), 'Lakeview Film Festival');
    const two = 'The Lakeview Film Festival opened on Friday.\n\nOrganizers of the Harbour Blues Festival called off Sunday shows after a storm.\n\nThe festival said ticket holders would get refunds.';
    assert.equal(speakerOf(two, 'ticket holders would get refunds'), 'Harbour Blues Festival');
    const stampede = 'This year’s Red Deer Stampede parade will feature 40 floats, the Stampede announced Thursday.';
    assert.equal(speakerOf(stampede, 'will feature 40 floats'), 'Red Deer Stampede');
  });
  it('near miss: no festival named before, or one named only inside a quotation, is no speaker', () => {
    const none = 'Crowds packed the park all weekend.\n\nThe festival said attendance was up by a third.';
    assert.equal(speakerOf(none, 'attendance was up'), null);
    const quoted = '“The Lakeview Film Festival is my favourite,” said filmmaker Rhea Santos.\n\nThe festival said it had sold 9,000 tickets.';
    assert.equal(speakerOf(quoted, 'sold 9,000 tickets'), null);
  });
});

describe('scout61a: "the guild said", "the academy said" after a body whose head noun stands before "of"', () => {
  it('is the body named "… Guild of …", "… Academy of …"', () => {
    const guild = 'Screenwriters are worried, according to a survey by the Screenwriters Guild of Ontario.\n\nThe guild said 40 per cent of members had lost work.';
    assert.equal(speakerOf(guild, 'lost work'), 'Screenwriters Guild of Ontario');
    assert.ok(!namesIn(guild).includes('Screenwriters Guild'));
    const academy = 'Nine bands were nominated, the Prairie Academy of Country Music said Monday.\n\nThe academy said voting would close on March 3.';
    assert.equal(speakerOf(academy, 'voting would close'), 'Prairie Academy of Country Music');
  });
  it('near miss: a noun that is not the head before "of" finds no body', () => {
    const inside = 'Nine bands were nominated, the Society of Guild Musicians said Monday.\n\nThe guild said voting would close on March 3.';
    assert.notEqual(speakerOf(inside, 'voting would close'), 'Society of Guild Musicians');
  });
});

describe('scout61a: trades of film, music and the stage as people nouns ("his publicist said", "said showrunner NAME")', () => {
  it('makes the source a person of that trade, and a plural of the audience a group', () => {
    const publicist = 'Pop singer Nadia Frost has postponed her European tour by a year, her publicist said Tuesday.';
    assert.equal(speakerOf(publicist, 'postponed her European tour'), 'publicist of Nadia Frost');
    const showrunner = '“We shoot in Halifax or nowhere,” said showrunner Leo Marchetti.';
    assert.equal(speakerOf(showrunner, 'shoot in Halifax'), 'Leo Marchetti');
    const fans = 'Festivalgoers said the lineups for water were an hour long.';
    assert.equal(speakerOf(fans, 'lineups for water'), 'Festivalgoers');
  });
  it('near miss: a trade that is a surname too stays a name ("Singer")', () => {
    assert.equal(speakerOf('“The show goes on,” said Ruth Singer, the theatre’s owner.', 'show goes on'), 'Ruth Singer');
  });
});

describe('scout61a: "broadcaster" before a given name and a surname ("veteran broadcaster Ken Adeyemi")', () => {
  it('is a person, whom the lone surname later means', () => {
    const body = 'Veteran broadcaster Owen Tremblay, who hosted a rival program on CTV, said the two were friends. “We traded puppets for charity,” Tremblay said.';
    assert.equal(speakerOf(body, 'traded puppets'), 'Owen Tremblay');
    assert.ok(!namesIn(body).includes('Tremblay'));
  });
  it('near miss: a broadcaster named by no given name is a body', () => {
    const body = 'Public broadcaster Radio Atlantica said it would cut 40 jobs. The broadcaster said ten shows would end.';
    assert.equal(speakerOf(body, 'ten shows would end'), 'Radio Atlantica');
  });
});

describe('scout61a: a verb\'s base form as the noun after "of the NAME" ("founder of the Winnipeg label Prairie Fire Records")', () => {
  it('is no cue, so the quotation after it stays the named speaker\'s', () => {
    const body = '“Majors buy the charts,” said Lena Okafor, founder of the Regina label North Star Sounds. “We have word of mouth.”';
    assert.equal(speakerOf(body, 'word of mouth'), 'Lena Okafor');
    assert.ok(!namesIn(body).some((n) => n.startsWith('founder')));
  });
  it('near miss: a plural or a body in capitals before the verb is its subject', () => {
    const plural = 'Members of the Greens call for a new vote, saying the count was flawed.';
    assert.ok(inArticle(plural).quotes.some((q) => q.text.includes('new vote') || q.text.includes('count was flawed')));
  });
});

describe('scout61a: two offices joined by "and" before their holder after the cue ("said president and CEO Jane Roe")', () => {
  it('is the one holder named after both', () => {
    assert.equal(speakerOf('“Sales are back,” said president and CEO Dana Whitlock.', 'Sales are back'), 'Dana Whitlock');
    assert.equal(speakerOf('“We sold out,” said festival president and chair Marc Van Loon.', 'We sold out'), 'Marc Van Loon');
    assert.equal(speakerOf('“Kids need stages,” said teacher and choir director Ann Pelletier.', 'Kids need stages'), 'Ann Pelletier');
  });
  it('near miss: "and" before no name joins no office, and a name before "and" keeps its own', () => {
    assert.notEqual(speakerOf('“We are ready,” said the mayor and council members.', 'We are ready'), 'council members');
    const two = '“We are ready,” said Mayor Ann Lee and Coun. Bo Lind.';
    assert.notEqual(speakerOf(two, 'We are ready'), 'Bo Lind');
  });
});

describe('scout61a: entertainment companies by their trade ("the label said", "the streamer said", "Some independent labels said")', () => {
  it('is the company named before, and a plural of the trade is a group', () => {
    const label = 'Harbour Light Records denied the claim. “Our artists are paid in full,” the label said in a statement.';
    assert.equal(speakerOf(label, 'paid in full'), 'Harbour Light Records');
    const streamer = 'Flixora Media bought the studio on Monday.\n\nThe streamer said no jobs would be cut.';
    assert.equal(speakerOf(streamer, 'no jobs would be cut'), 'Flixora Media');
    assert.equal(speakerOf('Some independent labels said the nominations favour the majors.', 'favour the majors'), 'independent labels');
  });
  it('near miss: "the label" is no person nor place named before, and a party\'s platform is no company', () => {
    const none = 'Singer Ana Ruiz left Toronto in May.\n\nThe label said it had no comment.';
    assert.ok(!['Ana Ruiz', 'Toronto'].includes(speakerOf(none, 'no comment') ?? ''));
    const party = 'The Green Party met in Ottawa on Saturday.\n\nThe platform said a $20 minimum wage was needed.';
    assert.notEqual(speakerOf(party, 'minimum wage'), 'Green Party');
  });
});

describe('scout61a: an indefinite body opening the lede, named in the next paragraph with its trade in apposition', () => {
  it('is that body ("A music analytics company says … ¶ StreamAudit, a New York firm that …")', () => {
    const body = 'A box-office tracking company says ticket sales fell by a third in July.\n\nSeatCount, a Chicago firm that polls cinema chains, released its figures on Monday.';
    assert.equal(speakerOf(body, 'ticket sales fell'), 'SeatCount');
  });
  it('near miss: a body in the next paragraph of another trade, or not in apposition, is not the one', () => {
    const trade = 'A box-office tracking company says ticket sales fell by a third in July.\n\nNorthgate University, a public school in Ohio, studied the figures.';
    assert.notEqual(speakerOf(trade, 'ticket sales fell'), 'Northgate University');
    const bare = 'A box-office tracking company says ticket sales fell by a third in July.\n\nSeatCount released other figures on Monday.';
    assert.notEqual(speakerOf(bare, 'ticket sales fell'), 'SeatCount');
  });
});
