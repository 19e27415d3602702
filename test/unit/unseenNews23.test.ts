import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { actorNames, quotesOf } from './helpers';

const said = (body: string) => quotesOf(`Headline\n\n${body}`).map((q) => [q.who, q.text]);
const kindOf = (body: string, name: string) => analyze(`Headline\n\n${body}`).actors.find((a) => a.name === name)?.kind;

/**
 * Unseen Canadian and US news (session 23): each kind in other words than the articles that showed it.
 */
describe('unseen news 23: names', () => {
  it('a given name joined by a hyphen to one with an accented capital is one word ("Marie-Élise")', () => {
    assert.deepEqual(said('Councillor Marie-Élise Fortin said the rink would reopen.'), [['Marie-Élise Fortin', 'the rink would reopen']]);
    assert.deepEqual(said('Anne-Ève Lacroix told the board the bus route was cut.').map((q) => q[0]), ['Anne-Ève Lacroix']);
  });

  it('a title that is a given name too, after a rank, is the given name ("Cpl. Dean Harlow")', () => {
    assert.deepEqual(said('Cpl. Dean Harlow said the road was icy.'), [['Dean Harlow', 'the road was icy']]);
    assert.deepEqual(said('Councillor Dean Okoye said the levy was fair.'), [['Dean Okoye', 'the levy was fair']]);
  });

  it('an office that qualifies the title keeps it an office ("Associate Dean Lena Kurtz")', () => {
    assert.deepEqual(said('Associate Dean Lena Kurtz said exams would move online.'), [['Lena Kurtz', 'exams would move online']]);
  });

  it('a people noun that is a given name too opens no name before a given name and a surname ("Rider Tomas Vela")', () => {
    assert.deepEqual(said('Rider Tomas Vela said the streetcar was always late.'), [['Tomas Vela', 'the streetcar was always late']]);
    // (a lone given name and surname keep their first word: "Hunter Biden")
    assert.equal(kindOf('Hunter Biden said nothing more.', 'Hunter Biden'), 'person');
  });

  it('a demonym in the plural before a full name is no part of it ("Canadians Leah Moss and …")', () => {
    const a = analyze('Headline\n\nCanadians Leah Moss and Jordan Pike took silver. Moss said the ice was fast.');
    assert.ok(actorNames(a, 'person').includes('Leah Moss'));
    assert.ok(!actorNames(a).some((n) => n.startsWith('Canadians')));
  });

  it('a given name and a place head joined to a full name by "and" is a person ("… and Ruth Hall")', () => {
    const q = said('Kenyans Mary Keitany and Ruth Hall led the field. Hall said she felt strong.');
    assert.deepEqual(q, [['Ruth Hall', 'she felt strong']]);
    assert.equal(kindOf('Fans filled Carnegie Hall and Albert Hall.', 'Albert Hall'), 'place');
  });
});

describe('unseen news 23: transcripts', () => {
  it('a speaker label in capitals ("OKAFOR:") is the article\'s person of that surname, and the turn their words', () => {
    const body = 'Mayor Grace Okafor joined host Tim Rudd on the morning show.\n\nRUDD: How bad is it?\n\nOKAFOR: Worse than 2019. We have three shelters open.\n\nRUDD: What do people need?\n\nOKAFOR: Sandbags and patience, mostly.';
    const q = said(body);
    assert.deepEqual(q.filter((x) => x[0] === 'Grace Okafor').map((x) => x[1]), ['Worse than 2019. We have three shelters open.', 'Sandbags and patience, mostly.']);
    assert.ok(!actorNames(analyze(`Headline\n\n${body}`), 'organization').includes('OKAFOR'));
  });

  it('a label in capitals that is no person\'s surname stays an acronym ("NOTES:")', () => {
    const a = analyze('Headline\n\nThe Jets won 3-1. Goalie Ana Pruitt made 30 saves.\n\nNOTES: Pruitt has won four straight.\n\nNOTES: The Jets host Dallas next.');
    assert.ok(!actorNames(a, 'person').some((n) => /notes/i.test(n)));
  });
});

describe('unseen news 23: who a pronoun is', () => {
  it('a middle name does not decide the gender of a given name of either gender ("Jordan Maria Fenwick" … "he")', () => {
    const q = said('Organizer Jordan Maria Fenwick said he expected a crowd. “We printed 500 flyers,” he said.');
    assert.deepEqual(q.map((x) => x[0]), ['Jordan Maria Fenwick', 'Jordan Maria Fenwick']);
  });

  it('"who" after "a woman from PLACE" is not the place', () => {
    const q = said('A shopper, a retired nurse from Port Elgin who asked that her name be withheld, said prices had doubled.');
    assert.ok(!q.some((x) => x[0] === 'Port Elgin'));
  });
});

describe('unseen news 23: a person told by standing or position', () => {
  it('"said the defending champion": a cue\'s -ing form before the standing is its modifier, after the cue or before it', () => {
    assert.deepEqual(said('Rosa Wanjiru took the title again. “I went early this time,” said the defending champion.'), [['Rosa Wanjiru', 'I went early this time,']]);
    assert.deepEqual(said('Rosa Wanjiru took the title again. The defending champion said she went early.'), [['Rosa Wanjiru', 'she went early']]);
  });

  it('"the goaltender said" after the player is named: the player', () => {
    assert.deepEqual(said('Ilya Petrov stopped 40 shots. “The guys blocked a lot,” the goaltender said.'), [['Ilya Petrov', 'The guys blocked a lot,']]);
  });

  it('a position before the player\'s name is not read alone ("said the goalkeeper Jan Roos")', () => {
    const q = said('Coach Ed Vance was pleased. “He was great,” said the goalkeeper Jan Roos.');
    assert.ok(!q.some((x) => x[0] === 'Ed Vance' && String(x[1]).startsWith('He was great')));
  });
});

describe('unseen news 23: a team or paper by its one name', () => {
  it('"The Canucks said" with no full name in the article: the body of that name', () => {
    const q = said('Vancouver lost to the Canucks on Friday.\n\nThe Canucks said goalie Arturs Silovs would start Sunday.');
    assert.deepEqual(q, [['Canucks', 'goalie Arturs Silovs would start Sunday']]);
    assert.equal(kindOf('The Canucks said goalie Arturs Silovs would start Sunday.', 'Canucks'), 'organization');
  });

  it('a title, a family by its surname, or a people noun is no body ("The Queen said", "the Okafors said")', () => {
    const a = analyze('Headline\n\nThe Queen said she was moved. Ada Okafor runs the shop. The Okafors said they would stay.');
    assert.ok(!actorNames(a, 'organization').some((n) => n === 'Queen' || n === 'Okafors'));
  });
});

describe('unseen news 23: a role in the lede, its holder named in the next paragraph', () => {
  it('"The NDP housing critic has said …" then "Mira Kaur made the remarks …": Mira Kaur', () => {
    const q = said('The NDP housing critic has said the province is hiding wait-list figures.\n\nMira Kaur made the remarks at a news conference on Monday.');
    assert.deepEqual(q, [['Mira Kaur', 'the province is hiding wait-list figures']]);
  });

  it('not when the next paragraph\'s person holds another role, nor after a person named before', () => {
    const mayors = (body: string) => said(body).filter((x) => x[1] === 'the city was safe').map((x) => x[0]);
    assert.equal(mayors('The mayor said the city was safe.\n\nTom Reid, a resident, said he felt safe too.').length, 1);
    assert.notEqual(mayors('The mayor said the city was safe.\n\nTom Reid, a resident, said he felt safe too.')[0], 'Tom Reid');
    assert.notEqual(mayors('Ana Ruiz spoke first. The mayor said the city was safe.\n\nTom Reid said he felt safe too.')[0], 'Tom Reid');
  });
});

describe('unseen news 23: an -ing word inside a role phrase', () => {
  it('"The Green housing critic said": the -ing word modifies the role, after a name or a modifier', () => {
    assert.deepEqual(said('Lena Holt spoke. The Green housing critic said rents were too high.').map((x) => x[1]), ['rents were too high']);
    const a = analyze('Headline\n\nThe Green housing critic said rents were too high.');
    assert.ok(a.quotes[0].speakerMention?.text === 'The Green housing critic', JSON.stringify(a.quotes[0].speakerMention));
  });

  it('not after people, whose participle it is ("clerks urging someone to …")', () => {
    const a = analyze('Headline\n\nThe memos showed clerks urging someone to question the vote.');
    assert.ok(!a.quotes.some((q) => q.speakerMention?.text.includes('urging')));
  });
});

describe('unseen news 23: a team named by a city and a title in the plural', () => {
  it('"the Ottawa Senators" is a team, and "The Senators said" is that team', () => {
    const body = 'Vancouver beat the Ottawa Senators 4-1 on Friday.\n\nThe Senators said forward Ridly Greig would miss two games.';
    assert.equal(kindOf(body, 'Ottawa Senators'), 'organization');
    assert.deepEqual(said(body), [['Ottawa Senators', 'forward Ridly Greig would miss two games']]);
  });
});
