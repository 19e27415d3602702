import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { actorNames, quotesOf } from './helpers';

const said = (body: string) => quotesOf(`Headline\n\n${body}`).map((q) => [q.who, q.text]);
const kindOf = (body: string, name: string) => analyze(`Headline\n\n${body}`).actors.find((a) => a.name === name)?.kind;

/**
 * Unseen British, Irish, Australian and Indian news, and wire copy (session 24): each kind in other
 * words than the articles that showed it.
 */
describe('unseen news 24: names', () => {
  it('a title word alone after a courtesy title is a surname ("Ms Reeve", "Mr King")', () => {
    const body = 'The planning officer, Carol Reeve, refused the scheme. Her deputy, Owen King, agreed.\n\nMs Reeve said the design was too tall. Mr King said the appeal would fail.';
    assert.deepEqual(said(body), [
      ['Carol Reeve', 'the design was too tall'],
      ['Owen King', 'the appeal would fail'],
    ]);
    // (an office one is addressed by stays an office: no actor "President")
    assert.deepEqual(said('"Thank you, Mr President," she said.').map((q) => q[0]), [null]);
  });
});

describe('unseen news 24: initials', () => {
  it('a position code before another initial is an initial too ("D K Srinivas", "C N Gowda")', () => {
    assert.deepEqual(said('Revenue Minister C N Gowda said the survey was complete.'), [['C N Gowda', 'the survey was complete']]);
    assert.deepEqual(said('D K Rao told reporters the plan was ready.').map((q) => q[0]), ['D K Rao']);
  });
});

describe('unseen news 24: bodies', () => {
  it('after "the", a headline\'s verb before a body\'s head opens the body\'s name ("the Met Office")', () => {
    assert.deepEqual(said('The Met Office said frost would return on Friday.'), [['Met Office', 'frost would return on Friday']]);
    // (the verb still breaks a headline's name: no body "Met Council")
    assert.ok(!actorNames(analyze('Mayor Met Council Leaders On Friday\n\nThe talks were brief.')).some((n) => n.startsWith('Met')));
  });
});

describe('unseen news 24: companies and wires', () => {
  it('a trade\'s noun in capitals before a name is no part of it, and tells a body ("Carmaker Volvex")', () => {
    assert.deepEqual(said('Chipmaker Arlen Semiconductor said orders doubled.'), [['Arlen Semiconductor', 'orders doubled']]);
    assert.equal(kindOf('Drugmaker Pellam said the trial ended early.', 'Pellam'), 'organization');
  });

  it('"The company\'s board …, it said": "it" is the body the sentence\'s subject describes, not a country named before', () => {
    const body = 'Budget airline Kestrel Air reported higher sales.\n\nFinance chief Ana Ruiz said the Ireland business had grown fastest.\n\nThe company\'s board also approved a share buyback, it said.';
    assert.deepEqual(said(body).map((q) => q[0]), ['Ana Ruiz', 'Kestrel Air']);
  });

  it('a fiscal year\'s code is no body ("FY27 estimates")', () => {
    assert.ok(!actorNames(analyze('Headline\n\nAnalysts raised their FY27 estimates after the results.')).includes('FY27'));
  });

  it('a wire\'s credit in a dateline ("(PTI)") is the newsroom, not "the company" of the story', () => {
    const body = 'CHENNAI, March 3 (PTI) Kaveri Rubber Ltd on Monday posted a loss.\n\nExports fell 9 per cent, the company said.';
    assert.deepEqual(said(body).map((q) => q[0]), ['Kaveri Rubber Ltd']);
  });
});

describe('unseen news 24: offices in capitals', () => {
  it('"the Treasurer", "the Chief Constable": an office in capitals after "the" is the person holding it', () => {
    const body = 'Treasurer Dana Whitby unveiled the state budget on Tuesday.\n\n"We will not borrow for the sake of it," the Treasurer told parliament.';
    assert.deepEqual(said(body), [['Dana Whitby', 'We will not borrow for the sake of it,']]);
    const police = 'Chief Constable Imran Bashir met families in Leeds.\n\nThe Chief Constable said the inquiry would take months.';
    assert.deepEqual(said(police), [['Imran Bashir', 'the inquiry would take months']]);
  });

  it('an office in capitals is not held by someone of another rank ("Health Minister" is no "Prime Minister")', () => {
    const body = 'Health Minister Dana Whitby opened the ward.\n\n"This is a good day," the Prime Minister said.';
    assert.deepEqual(said(body).map((q) => q[0]), [null]);
  });
});

describe('unseen news 24: cues and subjects', () => {
  it('a cue word after "a" and a noun in -s is a noun ("on an earnings call", "a sales pitch")', () => {
    const body = 'Finance chief Meera Pillai presented the results.\n\nSpeaking to investors on an earnings call, Pillai said margins would widen next year.';
    assert.deepEqual(said(body), [['Meera Pillai', 'margins would widen next year']]);
  });

  it('a document\'s participle after its noun is no part of the subject ("A news report published Monday said")', () => {
    const q = quotesOf('Headline\n\nA news report published Monday said the mayor had used a private phone for council business.');
    assert.deepEqual(q.map((x) => [x.text, x.speakerMention?.text]), [['the mayor had used a private phone for council business', 'A news report']]);
  });
});

describe('unseen news 24: who a spokesperson speaks for', () => {
  it('"A Home Office spokesman": the body named before the noun is the one the spokesperson speaks for', () => {
    const a = analyze('Headline\n\nA Scottish Water spokesperson said supplies were safe.');
    const q = a.quotes[0];
    assert.equal(q.text, 'supplies were safe');
    assert.ok(q.speaker?.roles.includes('spokesperson for Scottish Water'));
    // (as "a spokesperson for …" is)
    const b = analyze('Headline\n\nA spokesperson for Scottish Water said supplies were safe.');
    assert.ok(b.quotes[0].speaker?.roles.includes('spokesperson for Scottish Water'));
  });

  it('a bare "a spokesperson" after a sentence that a body opens speaks for that body', () => {
    const a = analyze('Headline\n\nScottish Water warned of low reservoirs. "Please use water wisely," a spokesperson said.');
    assert.equal(a.quotes[0].text, 'Please use water wisely,');
    assert.ok(a.quotes[0].speaker?.roles.includes('spokesperson for Scottish Water'));
    // (not after a sentence a person opens)
    const b = analyze('Headline\n\nMinister Ana Ruiz visited Scottish Water. "Please use water wisely," a spokesperson said.');
    assert.deepEqual(b.quotes[0].speaker?.roles, []);
  });
});

describe('unseen news 24: who a demonym is', () => {
  it('"the Swede" after a paragraph that names one person is that person, among several in the article', () => {
    const body = 'Goalkeeper Tom Ridley saved a penalty.\n\nHead coach Anders Holm praised the defence. "We were compact," the Swede said.';
    assert.deepEqual(said(body), [
      ['Anders Holm', 'the defence'],
      ['Anders Holm', 'We were compact,'],
    ]);
  });

  it('not when the paragraph names two people, nor when the noun\'s gender is not the person\'s', () => {
    const two = 'Goalkeeper Tom Ridley saved a penalty.\n\nHead coach Anders Holm praised Ridley. "We were compact," the Swede said.';
    assert.equal(said(two).find((q) => q[1] === 'We were compact,')?.[0], null);
    const gender = 'Goalkeeper Tom Ridley saved a penalty.\n\nHead coach Maria Holm praised the defence. "We were compact," the Dutchman said.';
    assert.equal(said(gender).find((q) => q[1] === 'We were compact,')?.[0], null);
  });
});

describe('unseen news 24: players', () => {
  it('a football or cricket position is a person who speaks ("the defender told local radio")', () => {
    const body = 'United captain Ryan Cole limped off after an hour.\n\n"We owed the fans more," the defender told local radio.';
    assert.deepEqual(said(body), [['Ryan Cole', 'We owed the fans more,']]);
    assert.deepEqual(said('"The pitch turned from day two," said the wicketkeeper.'), [[null, 'The pitch turned from day two,']]);
  });
});

describe('unseen news 24: colon quotations', () => {
  it('an opening participle\'s clause before the person and a colon ("Asked …, Ms Ode was blunt: “…”")', () => {
    const body = 'Health Minister Grace Ode visited the ward.\n\nPressed on radio about waiting lists, Ms Ode was blunt: "We are not there yet."';
    assert.deepEqual(said(body), [['Grace Ode', 'We are not there yet.']]);
  });
});

describe('unseen news 24: documents', () => {
  it('"X issued a statement. “…,” it read.": the quotation is the statement\'s, its issuer\'s', () => {
    const body = 'Club owner Dara Quinn issued a statement on Sunday night. "The manager keeps our trust," it read.';
    assert.deepEqual(said(body), [['Dara Quinn', 'The manager keeps our trust,']]);
  });
});

describe('unseen news 24: bodies named with "for" and "of the"', () => {
  it('"according to the Office for National Statistics": the source goes on over "for" and "of the" in a body\'s name', () => {
    assert.deepEqual(said('According to the Office for Rail Statistics, delays fell by a third.'), [['Office for Rail Statistics', 'delays fell by a third']]);
    assert.deepEqual(said('According to the Office of the Water Regulator, leaks rose.'), [['Office of the Water Regulator', 'leaks rose']]);
  });

  it('a body\'s name with a list in it may end in two words ("Department for Environment, Food and Rural Affairs")', () => {
    assert.deepEqual(said('The Department for Culture, Media and Creative Industries said the fund was closed.'), [['Department for Culture, Media and Creative Industries', 'the fund was closed']]);
    const a = analyze('Headline\n\nA Department for Culture, Media and Creative Industries spokesperson said the fund was closed.');
    assert.ok(a.quotes[0].speaker?.roles.includes('spokesperson for Department for Culture, Media and Creative Industries'));
  });

  it('"Ms Aoife Byrne BL": a barrister\'s letters after a name are no part of it', () => {
    assert.deepEqual(said('Defence counsel Ms Aoife Byrne BL said her client was remorseful.').map((q) => q[0]), ['Aoife Byrne']);
  });
});
