import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { actorNames } from './helpers';

describe('names21: an office glued to a name', () => {
  it('"Administrator" is an office: the person keeps the name, the body its own, and the lone surname is that person', () => {
    const a = analyze('USDA Administrator Carla Voss briefed growers on Monday. “The money is coming,” Voss said.');
    assert.deepEqual(actorNames(a, 'person'), ['Carla Voss']);
    assert.ok(a.actors.find((x) => x.name === 'Carla Voss')!.roles.includes('USDA Administrator'));
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Carla Voss']);
    const b = analyze('“Answer the question, Mr. Administrator,” Dana Ruiz said.');
    assert.deepEqual(actorNames(b, 'person'), ['Dana Ruiz']);
  });

  it('a body before an office and a name only qualifies the office: the person is the subject a joined clause inherits', () => {
    const a = analyze('Assembly candidate Teresa Lund walked the picket line on Tuesday and told strikers that she backed them.');
    assert.equal(a.quotes[0].speaker?.name, 'Teresa Lund');
    const b = analyze('The Senate summoned Teresa Lund on Tuesday and said that she must testify.');
    assert.equal(b.quotes[0].speaker?.name, 'Senate');
  });

  it('a player\'s position in capitals before a name is no part of it ("D", "LW", "PG"); an initial after a given name stays', () => {
    const a = analyze('Jets D Marko Lind left with a lower-body injury. LW Anton Reyes-Bard returned. PG Dorian Fisk played 30 minutes. Harry S Truman said so.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Anton Reyes-Bard', 'Dorian Fisk', 'Harry S Truman', 'Marko Lind']);
  });
});

describe('names21: words that name no actor', () => {
  it('a clock\'s zone on a date line is no body, nor a section\'s label in capitals, nor an oil grade', () => {
    const a = analyze(
      'Refinery reopens after fire\n\nPosted: Mar 3, 2026 7:45 PM MT\n\nThe plant manager, Joel Brandt, said output would recover.\n\n' +
        'INJURIES: Brandt said two workers were treated. The price of Western Reserve Sour crude fell, Brandt said.',
    );
    assert.deepEqual(actorNames(a).sort(), ['Joel Brandt']);
  });

  it('a contest named in capitals is no person, so a pronoun passes it by', () => {
    const a = analyze('Lea Kohl reached the final of the Harvest Bonspiel Championship of Ridgeway on Sunday. “We earned it,” she said.');
    assert.ok(!a.actors.some((x) => x.name.includes('Championship')));
    assert.equal(a.quotes[0].speaker?.name, 'Lea Kohl');
  });

  it('a short participle opening a life\'s sentence is no part of the name', () => {
    const a = analyze('Raised Helen Marie Doucet in Timmins, she later ran the bakery.');
    assert.deepEqual(actorNames(a, 'person'), ['Helen Marie Doucet']);
  });
});

describe('names21: bodies named with "of", "and" and a number word', () => {
  it('an acronym or a plural of members, "of" and a place the lists know are one body', () => {
    const a = analyze('The NAACP of Ohio said the map was unfair. Dairy Farmers of Manitoba said prices fell. Mara Pike of Ohio said the vote was close.');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['NAACP of Ohio', 'Dairy Farmers of Manitoba', 'Mara Pike']);
  });

  it('"X and Y" with an enforcement, protection or union head, a nation after it too, is one body', () => {
    const a = analyze('The Fish and Wildlife Protection said it would appeal. The Brewers and Bottlers Union Canada said its members voted.');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Fish and Wildlife Protection', 'Brewers and Bottlers Union Canada']);
  });

  it('a body\'s head word and "One" name a company', () => {
    const a = analyze('Radio One said the tower was down.');
    assert.deepEqual(actorNames(a, 'organization'), ['Radio One']);
    assert.equal(a.quotes[0].speaker?.name, 'Radio One');
  });
});

describe('names21: towns the lists lack, told by the words around them', () => {
  it('a compass point\'s "of", a state or province after a comma, a saint\'s town after "in", a walk or a mine are places', () => {
    const a = analyze(
      'The camp sits 40 km east of Pickle Crow. She moved to Del Rio, Texas, in 1990 and then to Grande Cache, Alta., before settling in St. Paul\'s. ' +
        'They met near the Canal Walk, beside the old Kerr Mine.',
    );
    assert.deepEqual(actorNames(a, 'person'), []);
    for (const place of ['Pickle Crow', 'Del Rio', 'Grande Cache', 'Canal Walk', 'Kerr Mine']) assert.ok(actorNames(a, 'place').includes(place), place);
  });

  it('a university named with a saint\'s possessive is one body', () => {
    const a = analyze('Lena Ortiz, a professor at St. Brendan\'s University, said the data were thin.');
    assert.deepEqual(actorNames(a, 'organization'), ["St. Brendan's University"]);
  });
});

describe('names21: offices, fires and brands', () => {
  it('"Grand Chief" and "Battalion Chief" are offices; an office with no name after it keeps its words, no body "Parliamentary Budget"', () => {
    const a = analyze('Treaty Six Grand Chief Rosa Cardinal said talks had stalled. The Provincial Budget Officer is expected to report on Friday.');
    assert.deepEqual(actorNames(a, 'person'), ['Rosa Cardinal']);
    assert.ok(a.actors.find((x) => x.name === 'Rosa Cardinal')!.roles.some((r) => r.endsWith('Grand Chief')));
    assert.ok(!a.actors.some((x) => x.name === 'Provincial Budget'));
  });

  it('a fire named after a place is an event after "the" or a year; "X Fire said" is the agency', () => {
    const a = analyze('The blaze is bigger than the 2019 Tully Fire, Mara Ellis said. Cal Fire said crews held the line.');
    assert.ok(!a.actors.some((x) => x.name.includes('Tully')));
    assert.equal(a.quotes[1].speaker?.name, 'Cal Fire');
    assert.equal(a.actors.find((x) => x.name === 'Cal Fire')?.kind, 'organization');
  });

  it('a brand\'s word opens a body\'s name; a street keeps its part of town; an advocacy group\'s name of two words is a body', () => {
    const a = analyze('Lena Marsh, a director of BrightLedger Research, said sales fell. He ran a shop on Queen Street West. Advocacy group Safer Streets said it was pleased.');
    assert.deepEqual(actorNames(a, 'person'), ['Lena Marsh']);
    assert.ok(actorNames(a, 'organization').includes('BrightLedger Research'));
    assert.ok(actorNames(a, 'place').includes('Queen Street West'));
    assert.equal(a.quotes[1].speaker?.name, 'Safer Streets');
  });
});

describe('names21: whips, coordinators, elders; bodies of members and trades', () => {
  it('"Majority Whip", "Coordinator" and "Elder" are offices before a name; a county before an office is a body\'s words, no person', () => {
    const a = analyze('Majority Whip Ada Kolb said the votes were there. Polk County Emergency Management Coordinator Ray Soto said crews were out. Elder Ruth Ann Kassi said the river rose.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Ada Kolb', 'Ray Soto', 'Ruth Ann Kassi']);
  });

  it('a possessive of members in -men before a body\'s head, "King\'s Bench", a place before a trade\'s head are one body', () => {
    const a = analyze('The Dayton Firemen’s Association said it objected. The Court of King’s Bench ruled on Friday. Ohio Power & Light said crews were ready.');
    assert.deepEqual(actorNames(a, 'organization').sort(), ['Court of King’s Bench', 'Dayton Firemen’s Association', 'Ohio Power & Light']);
  });

  it('a given name and a place head beside a speech verb is a person; a street with its part of town and a pass are places', () => {
    const a = analyze('“Expect delays,” said Nora Hall, a former official. Traffic backed up on Dundas Street West and at Rogers Pass.');
    assert.deepEqual(actorNames(a, 'person'), ['Nora Hall']);
    assert.deepEqual(actorNames(a, 'place').sort(), ['Dundas Street West', 'Rogers Pass']);
  });
});
