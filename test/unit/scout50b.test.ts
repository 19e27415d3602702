import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speaker } from './helpers';

/** Session 50's attribution faults on unseen education, consumer, travel, food, wildlife and space news (scout50b): each kind with a near miss. */
describe('scout50b: a town and region that modify a description\'s noun ("the Brampton, Ont., company") are no appositive of their own', () => {
  it('"MDA Space, the Brampton, Ont., company that built the satellites, said …": the company, not the province', () => {
    const body = 'MDA Space, the Brampton, Ont., company that built the satellites, said in a statement that it is "ready to support the next mission."';
    assert.equal(speaker(body, 'ready to support'), 'MDA Space');
    assert.equal(speaker(body.replace('Ont.', 'Ontario'), 'ready to support'), 'MDA Space');
  });
  it('"Jane Roe, a Halifax, N.S., lawyer who …, said": the person, not "N.S."', () => {
    const body = 'Jane Roe, a Halifax, N.S., lawyer who represents the family, said the ruling was "a long time coming."';
    assert.equal(speaker(body, 'a long time coming'), 'Jane Roe');
  });
  it('near miss: a home town set off by commas after the name ("Sam Cole, Dartmouth, N.S., said") stays an aside on the name', () => {
    assert.equal(speaker('Sam Cole, Dartmouth, N.S., said the ferry was "always late."', 'always late'), 'Sam Cole');
    assert.equal(speaker('Ana Ruiz, a delegate from Houston, Texas, said the vote was "a mess."', 'a mess'), 'Ana Ruiz');
  });
});

describe('scout50b: a surname that is a common word ("Melissa From") is that person when it stands alone before a speech verb', () => {
  const body = 'The food bank handed out 9,800 hampers, president Melissa From said Thursday.\n\n"For the first time, we are seeing donors in line," From said.\n\nThe NDP critic, Rakhi Pancholi, said the minimum wage was too low.\n\n"A dollar goes further with us," From said.';
  it('"“…,” From said" after "Melissa From": Melissa From, also after another speaker', () => {
    assert.equal(speaker(body, 'For the first time'), 'Melissa From');
    assert.equal(speaker(body, 'A dollar goes further'), 'Melissa From');
  });
  it('"president and CEO Melissa From said …", "Melissa From, the president, said …": the name is read whole, and "From said …" opening a sentence is her', () => {
    const titled = 'The food bank gave out hampers, president and CEO Melissa From said Thursday.\n\n"We are full," From said.';
    assert.equal(speaker(titled, 'gave out hampers'), 'Melissa From');
    assert.equal(speaker(titled, 'We are full'), 'Melissa From');
    const apposed = 'Melissa From, the food bank\'s president, said demand is up.\n\n"We are full," From said.';
    assert.equal(speaker(apposed, 'We are full'), 'Melissa From');
    const pronoun = 'The food bank gave out hampers, president Melissa From said.\n\nThe critic, Rakhi Pancholi, said wages are too low.\n\nFrom said donors should give money.\n\n"A dollar goes further with us," she said.';
    assert.equal(speaker(pronoun, 'A dollar goes further'), 'Melissa From');
  });
  it('near miss: two persons with that surname leave it no one\'s, and no person with it makes no actor of the word', () => {
    const two = 'Melissa From and Derek From run the food bank.\n\n"We are full," From said.';
    assert.notEqual(speaker(two, 'We are full'), 'Melissa From');
    assert.notEqual(speaker(two, 'We are full'), 'Derek From');
    const none = inArticle('"We are full," said Ana Ruiz.\n\nFrom Monday, the hall will be closed. The guests included Anna and Melissa From Calgary.');
    assert.ok(!none.actors.some((a) => a.name === 'From' || a.name === 'Melissa From'));
  });
});

describe('scout50b: a feature\'s imperative that opens a sentence ("Consider Priya …", "Meet Tom Reed") is no part of the name', () => {
  it('"Consider Priya and Arjun Sharma …. Priya said …": Priya Sharma, not "Consider Priya"', () => {
    const body = 'Consider Priya and Arjun Sharma of Mississauga. The couple have a large mortgage. Priya said they split their savings.\n\n"We could not decide, so we did both," she said.';
    assert.equal(speaker(body, 'we did both'), 'Priya Sharma');
    assert.ok(!inArticle(body).actors.some((a) => a.name.startsWith('Consider')));
  });
  it('"Meet Tom Reed, a welder …": Tom Reed', () => {
    assert.equal(speaker('Meet Tom Reed, a welder from Hamilton. "I pay cash," Reed said.', 'I pay cash'), 'Tom Reed');
  });
  it('near miss: a name that opens with such a word and no given name after it stays whole ("Meet the Press", "Take Back the Night")', () => {
    const body = 'Meet the Press host Kristen Welker said the show would return. "We are back," Welker said.';
    assert.equal(speaker(body, 'We are back'), 'Kristen Welker');
    assert.equal(speaker('Take Back the Night organizer Ana Ruiz said the march would go ahead. "We walk," Ruiz said.', 'We walk'), 'Ana Ruiz');
  });
});

describe('scout50b: an airport or a hotel speaks through the authority or company that runs it ("the airport said", "the hotel said")', () => {
  it('"“…,” the airport said in a post on X": a quote, the airport its source', () => {
    for (const noun of ['airport', 'hotel', 'resort']) {
      const q = inArticle(`Crowds are expected this week at the ${noun} in Halifax.\n\n"Arrive three hours early," the ${noun} said in a post on X on Sunday.`).quotes.find((x) => x.text.includes('Arrive three hours'));
      assert.ok(q, noun);
      assert.equal(q.speakerMention?.text, `the ${noun}`);
    }
  });
  it('near miss: the airport as a place ("A worker at the airport said", "… she said at the airport") stays the place of who speaks', () => {
    const body = 'Ana Ruiz met her sister at the airport on Sunday.\n\n"It was lovely," she said at the airport.\n\nA worker at the airport said the lines were long.';
    assert.equal(speaker(body, 'It was lovely'), 'Ana Ruiz');
    assert.notEqual(speaker(body, 'the lines were long'), 'airport');
  });
});
