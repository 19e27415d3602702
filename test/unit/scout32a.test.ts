import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

/** The speaker's name of the quote whose text holds `words` (null when none). */
const who = (text: string, words: string): string | null => {
  const q = quotesOf(text).find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding "${words}" in: ${JSON.stringify(quotesOf(text).map((x) => x.text))}`);
  return q.who;
};

describe('scout32a: a lede\'s role is the person named later in that role', () => {
  const judge = (second: string): string =>
    "Judge strikes down bylaw\n\nEDMONTON — A Court of King's Bench judge has ruled that parts of a city bylaw are unconstitutional.\n\n" + second;

  it('"A Court of King\'s Bench judge" (a body whose name holds a possessive) is the justice the next paragraph names inside it', () => {
    assert.equal(who(judge('In a written decision released Friday, Justice Harpreet Gill said the city had failed to show it had beds.'), 'parts of a city bylaw'), 'Harpreet Gill');
  });

  it('near miss: a person of another office named inside the next paragraph is not the judge', () => {
    assert.notEqual(who(judge('In a statement on Friday, Mayor Andrea Kostiuk said the city would study the ruling.'), 'parts of a city bylaw'), 'Andrea Kostiuk');
  });

  const district = (of: string, title: string): string =>
    `District plans four-day week\n\nTUCSON, Ariz. — The superintendent of ${of} said Monday she would ask the board to approve a four-day week.\n\n` +
    `"We are competing with them for the same people," ${title} Gabriela Ortiz said.`;

  it('"The superintendent of Tucson\'s largest school district" / "of the largest school district in Tucson" is the superintendent named after', () => {
    assert.equal(who(district("Tucson's largest school district", 'Superintendent'), 'four-day week'), 'Gabriela Ortiz');
    assert.equal(who(district('the largest school district in Tucson', 'Superintendent'), 'four-day week'), 'Gabriela Ortiz');
  });

  it('near miss: the person named after in another role is not the superintendent', () => {
    assert.notEqual(who(district("Tucson's largest school district", 'board chair'), 'four-day week'), 'Gabriela Ortiz');
    assert.notEqual(who(district('the largest school district in Tucson', 'board chair'), 'four-day week'), 'Gabriela Ortiz');
  });
});

describe('scout32a: a compound given name in apposition after one person for a body', () => {
  it('"A spokesperson for the Competition Bureau, Jean-Philippe Lacasse, said": the named person speaks', () => {
    const a = 'Grocers merge\n\nA spokesperson for the Competition Bureau, Jean-Philippe Lacasse, said the agency would review the deal.';
    assert.equal(who(a, 'the agency would review'), 'Jean-Philippe Lacasse');
    const b = 'Grocers merge\n\nA spokesperson for the Competition Bureau, Marie-Eve Tremblay, said the agency would review the deal.';
    assert.equal(who(b, 'the agency would review'), 'Marie-Eve Tremblay');
  });

  it('near miss: a town after a body (no given name in it) stays the body\'s town', () => {
    const a = 'Clinic opens\n\nThe medical director of the General Hospital, Ikot-Ekpene, told reporters the ward would open in May.';
    assert.notEqual(who(a, 'the ward would open'), 'Ikot-Ekpene');
  });
});

describe('scout32a: "Andrée" is a woman, whom "she" agrees with', () => {
  const storm = (mayor: string): string =>
    'Ice storm\n\nMONTREAL — More than 300,000 customers were without power Thursday.\n\n' +
    '"This is a major event," said Hydro-Québec spokesperson Cendrix Roy.\n\nRoy said more than 1,200 workers were in the field.\n\n' +
    `Mayor ${mayor} Bouchard said the city had opened two shelters. She said about half the city's homes had no electricity.`;

  it('"Mayor Andrée Bouchard said … She said": the mayor', () => {
    assert.equal(who(storm('Andrée'), 'about half the city'), 'Andrée Bouchard');
  });

  it('near miss: "Mayor André Bouchard said … She said" is not the man', () => {
    assert.notEqual(who(storm('André'), 'about half the city'), 'André Bouchard');
  });
});

describe('scout32a: "According to Saunders, the company …" is the analyst named before, not a body', () => {
  const text = (name: string, later: string): string =>
    `Retailer cuts forecast\n\n${name}, an industry analyst, said the warning was not a surprise. According to ${later}, the company has lost ground to discount chains.`;

  it('a lone surname read as a body by the description after it is the one person named by it', () => {
    assert.equal(who(text('Neil Saunders', 'Saunders'), 'lost ground'), 'Neil Saunders');
    assert.equal(who(text('Neil Walters', 'Walters'), 'lost ground'), 'Neil Walters');
  });

  it('near miss: a word no person of the article bears stays a body', () => {
    const q = quotesOf(text('Neil Saunders', 'Morningstar')).find((x) => x.text.includes('lost ground'));
    assert.equal(q?.who, 'Morningstar');
  });
});

describe('scout32a: a pronoun alone as the object of a cue is no content', () => {
  const text = 'Premier defends plan\n\nThe province unveiled its housing plan last week. Premier Anne Lowe defended it on Monday. ';

  it('"defended it on Monday", "welcomed them warmly": no quote "it on Monday"', () => {
    assert.ok(!quotesOf(text).some((q) => /^it\b/.test(q.text)), JSON.stringify(quotesOf(text).map((q) => q.text)));
    assert.ok(!quotesOf(text + 'Landlords welcomed them warmly.').some((q) => /^them\b/.test(q.text)));
  });

  it('near miss: an argument after the pronoun keeps the content ("accused him of …", "called it a disgrace", "said it was …")', () => {
    assert.ok(quotesOf(text + 'Critics accused her of rushing it.').some((q) => q.text.startsWith('her of rushing')));
    assert.ok(quotesOf(text + 'The mayor called it a disgrace.').some((q) => q.text === 'it a disgrace'));
    assert.equal(who(text + 'She said it was overdue.', 'it was overdue'), 'Anne Lowe');
  });
});

describe('scout32a: "X, whose lawyer, NAME, said": the named person speaks, not X', () => {
  const text = (clause: string): string => `Judge rules\n\nThe challenge was brought by the Coalition for Housing Justice, ${clause} the ruling was a turning point.`;

  it('the name in apposition to the owned noun is the relative clause\'s subject', () => {
    assert.equal(who(text('whose lawyer, Marcus Thunderchild, said'), 'turning point'), 'Marcus Thunderchild');
    assert.equal(who(text('whose president, Ann Ray, said'), 'turning point'), 'Ann Ray');
  });

  it('near miss: "whose lawyer said" with no name is the lawyer of the coalition; a clause after the name keeps the subject before', () => {
    assert.equal(who(text('whose lawyer said'), 'turning point'), 'lawyer of Coalition for Housing Justice');
    const a = 'Pell speaks\n\nMr. Tom Pell, whose latest venture, Dataline, makes solar panels, said the ruling was fair.';
    assert.equal(who(a, 'the ruling was fair'), 'Tom Pell');
  });
});

describe('scout32a: "the Tory backbencher" is the MP named before with that party', () => {
  const text = (phrase: string): string =>
    'Budget vote\n\nConservative MP Jake Doyle voted against the budget on Tuesday. Liberal MP Ann Moss voted for it.\n\n' +
    `${phrase} added that the budget was a mess.`;

  it('"The Tory backbencher", "The Conservative MP": Jake Doyle, not the Liberal named last', () => {
    assert.equal(who(text('The Tory backbencher'), 'the budget was a mess'), 'Jake Doyle');
    assert.equal(who(text('The Conservative MP'), 'the budget was a mess'), 'Jake Doyle');
    assert.equal(who(text('The Liberal MP'), 'the budget was a mess'), 'Ann Moss');
  });

  it('near miss: a party no one named holds leaves the phrase to the other sieves ("The NDP MP", "The backbencher")', () => {
    assert.equal(who(text('The backbencher'), 'the budget was a mess'), null);
  });
});

describe('scout32a: a court\'s finding without "that" ("Justice Gill found the city had failed …")', () => {
  it('a judge\'s or a jury\'s "found" before a clause is a finding of theirs', () => {
    const a = 'Ruling\n\nIn a written decision released Friday, Justice Harpreet Gill found the city had failed to show that shelters had enough beds.';
    assert.equal(who(a, 'the city had failed'), 'Harpreet Gill');
    assert.ok(quotesOf('Verdict\n\nThe jury found he was not criminally responsible.').some((q) => q.text.startsWith('he was not')));
  });

  it('near miss: a discovery ("Police found the man had been shot", "Judge Ann Lee found the keys") is no quote', () => {
    assert.deepEqual(quotesOf('Shooting\n\nPolice found the man had been shot twice. Judge Ann Lee found the keys in her car.').map((q) => q.text), []);
  });
});

describe('scout32a: a role noun the lists lack before a name after a quotation ("“…,” mediator Ann Lee said")', () => {
  const text = (role: string): string => `Talks stall\n\nTalks stalled on Monday.\n\n"The gap is too wide for mediation to bridge," ${role} Ann Lee said.`;

  it('the quotation is kept and the named person speaks', () => {
    assert.equal(who(text('mediator'), 'The gap is too wide'), 'Ann Lee');
    assert.equal(who(text('chief mediator'), 'The gap is too wide'), 'Ann Lee');
    assert.equal(who(text('secretary-treasurer'), 'The gap is too wide'), 'Ann Lee');
  });

  it('near miss: a known role and a kin noun read as before', () => {
    assert.equal(who(text('lawyer'), 'The gap is too wide'), 'Ann Lee');
    assert.equal(who(text('her sister'), 'The gap is too wide'), 'Ann Lee');
  });
});
