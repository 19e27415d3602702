import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { actorNames, speakerOf } from './helpers';

/** Session 32's unseen Canadian and US names (scout32b): titles, offices and bodies' names. */
const article = (body: string) => analyze(`Headline\n\n${body}`);
const kindOf = (body: string, name: string): string | undefined => article(body).actors.find((a) => a.name === name)?.kind;

describe('scout32b: a surname that heads bodies\' names, after a title', () => {
  it('"Treasury Board President Gerard Power" is the person Gerard Power, the board a body of its own', () => {
    const text = 'Treasury Board President Gerard Power said Tuesday the province will not reopen its offer. "We have made an offer," Power told reporters.';
    const a = article(text);
    assert.equal(kindOf(text, 'Gerard Power'), 'person', actorNames(a).join(', '));
    assert.equal(kindOf(text, 'Treasury Board'), 'organization');
    assert.equal(speakerOf(`Headline\n\n${text}`, /reopen/), 'Gerard Power');
    assert.equal(speakerOf(`Headline\n\n${text}`, /made an offer/), 'Gerard Power');
  });

  it('a body named by such a head stays a body, with no given name before it ("Nova Scotia Power", "Royal Bank")', () => {
    assert.equal(kindOf('Nova Scotia Power said rates would rise.', 'Nova Scotia Power'), 'organization');
    const a = article('Minister Ann Lee met Royal Bank officials.');
    assert.ok(!actorNames(a, 'person').includes('Royal Bank'), actorNames(a).join(', '));
  });
});

describe('scout32b: a deputy\'s rank joined to a title by a hyphen', () => {
  it('"Vice-Chief", "Deputy-Mayor", "Co-Chair" are offices before a name, the body before them its own', () => {
    const a = article('Federation of Sovereign Indigenous Nations Vice-Chief Ray Sinclair says the province ignored them.');
    assert.deepEqual(actorNames(a, 'person'), ['Ray Sinclair']);
    assert.deepEqual(actorNames(a, 'organization'), ['Federation of Sovereign Indigenous Nations']);
    assert.deepEqual(actorNames(article('Deputy-Mayor Markus Chambers says taxes will not rise.'), 'person'), ['Markus Chambers']);
    assert.deepEqual(actorNames(article('Co-Chair Ann Lee said the vote was fair.'), 'person'), ['Ann Lee']);
  });

  it('a hyphenated word whose second half is no title stays what it was ("Co-Op Atlantic")', () => {
    assert.equal(kindOf('Co-Op Atlantic said it would close the store.', 'Co-Op Atlantic'), 'organization');
  });
});

describe('scout32b: a player\'s position that is another word too, capitalised before a full name', () => {
  it('"Forward Mitch Marner", "Guard Kyle Lowry" are the players, the position a role', () => {
    assert.deepEqual(actorNames(article('Forward Mitch Marner scored twice.'), 'person'), ['Mitch Marner']);
    assert.deepEqual(actorNames(article('Guard Kyle Lowry had ten points.'), 'person'), ['Kyle Lowry']);
  });

  it('no given name after the word: the run is a name of its own ("Forward Partners Inc.", "Center Ice Arena")', () => {
    assert.equal(kindOf('Forward Partners Inc. said it would invest.', 'Forward Partners Inc.'), 'organization');
    assert.ok(!actorNames(article('Fans packed Center Ice Arena on Friday.'), 'person').length);
  });
});

describe('scout32b: an officer over a field, and the words before the office', () => {
  it('"Parliamentary Budget Officer Yves Giroux", "Provincial Health Officer Bonnie Henry": the field is the office\'s, no body', () => {
    for (const [text, who] of [
      ['Parliamentary Budget Officer Yves Giroux said the deficit would grow.', 'Yves Giroux'],
      ['Provincial Health Officer Bonnie Henry said cases were falling.', 'Bonnie Henry'],
      ['Human Rights Commissioner Kasari Govender said the rules broke the law.', 'Kasari Govender'],
    ]) {
      const a = article(text);
      assert.deepEqual(actorNames(a), [who], text);
      assert.ok(a.actors[0].roles.some((r) => r.endsWith('Officer') || r.endsWith('Commissioner')), JSON.stringify(a.actors[0].roles));
    }
  });

  it('a body before such an office stays what it was ("Nova Scotia Power Commissioner", "Civil Protection Minister")', () => {
    assert.ok(actorNames(article('Nova Scotia Power Commissioner Ann Bell said no.'), 'organization').includes('Nova Scotia Power'));
    assert.ok(actorNames(article('Civil Protection Minister Ann Lee said no.'), 'person').includes('Ann Lee'));
  });

  it('"The B.C. Office of the Police Complaint Commissioner" is one body, its last word kept', () => {
    const a = article('The B.C. Office of the Police Complaint Commissioner has ordered a new investigation.');
    assert.deepEqual(actorNames(a), ['B.C. Office of the Police Complaint Commissioner']);
    assert.equal(a.actors[0].kind, 'organization');
  });
});

describe('scout32b: a founder\'s possessive that opens a company\'s name', () => {
  it('"Harlow\'s Stores Inc." is one company, and a later "Harlow" goes to the person named Harlow', () => {
    const a = article('Harlow\'s Stores Inc. will close three stores, the company said. Chief executive Dana Harlow said two would stay open. "Those stores are the heart of it," Harlow said.');
    assert.ok(actorNames(a, 'organization').includes('Harlow\'s Stores Inc.'), actorNames(a).join(', '));
    assert.ok(!actorNames(a).includes('Stores Inc.'));
    assert.equal(speakerOf('Headline\n\nHarlow\'s Stores Inc. will close three stores. Chief executive Dana Harlow said two would stay open. "Those stores are the heart of it," Harlow said.', /heart/), 'Dana Harlow');
    assert.equal(kindOf('LeBlanc Transport Ltée was sold to a Quebec firm.', 'LeBlanc Transport Ltée'), 'organization');
  });

  it('a possessive before a name with no legal form stays the owner\'s ("Dana Harlow\'s Moncton store", "Trump\'s Big Beautiful Bill")', () => {
    const a = article('Dana Harlow\'s Moncton store is open.');
    assert.deepEqual(actorNames(a, 'person'), ['Dana Harlow']);
    assert.deepEqual(actorNames(a, 'place'), ['Moncton']);
  });
});

describe('scout32b: public bodies named by their field and a province of several words', () => {
  it('"Elections New Brunswick", "Elections Ontario" are bodies, and their statements have a speaker', () => {
    assert.equal(kindOf('Elections New Brunswick says turnout was the lowest in two decades.', 'Elections New Brunswick'), 'organization');
    assert.equal(kindOf('Elections Ontario said the count was done.', 'Elections Ontario'), 'organization');
    assert.equal(speakerOf('Headline\n\nElections New Brunswick says turnout was the lowest in two decades.', /turnout/), 'Elections New Brunswick');
  });

  it('a field word before a name that is no place stays what it was ("Health Minister Ann Lee")', () => {
    assert.deepEqual(actorNames(article('Health Minister Ann Lee said the plan would work.'), 'person'), ['Ann Lee']);
  });
});

describe('scout32b: a unit named by its task, after its province', () => {
  it('"the Saskatchewan Serious Incident Response Team" is one body, neither a place nor a person', () => {
    const a = article('Police said the Saskatchewan Serious Incident Response Team had been called in.');
    assert.ok(actorNames(a, 'organization').includes('Saskatchewan Serious Incident Response Team'), actorNames(a).join(', '));
    assert.ok(!actorNames(a, 'person').length && !actorNames(a, 'place').length, actorNames(a).join(', '));
  });

  it('"Team Canada" stays a body and "Team captain Sidney Crosby" a person', () => {
    assert.equal(kindOf('Team Canada won the final.', 'Team Canada'), 'organization');
    assert.deepEqual(actorNames(article('Team captain Sidney Crosby said the room was calm.'), 'person'), ['Sidney Crosby']);
  });
});

describe('scout32b: Canada\'s provinces named in full or short', () => {
  it('"Newfoundland and Labrador", "Prince Edward Island", "P.E.I." and "Northwest Territories" are one place each', () => {
    const a = article('Newfoundland and Labrador Premier Tony Wakeham named his cabinet. Prince Edward Island is next. P.E.I.\'s regulator said no. The Northwest Territories are cold.');
    // ("P.E.I." is Prince Edward Island by its full name: session 40 names a province's abbreviation so)
    assert.deepEqual(actorNames(a, 'place').sort(), ['Newfoundland and Labrador', 'Northwest Territories', 'Prince Edward Island']);
    // ("P.E.I.'s regulator" is someone of P.E.I.'s, as "Ontario's regulator" is: session 38 reads the possessive of initials whole)
    assert.deepEqual(actorNames(a, 'person').sort(), ['Tony Wakeham', 'regulator of Prince Edward Island']);
  });
});

describe('scout32b: a company\'s name with "and" inside it, closed by its legal form', () => {
  it('"Calgary Sports and Entertainment Corp." is one company', () => {
    const a = article('Farkas said the city had agreed to pay. Calgary Sports and Entertainment Corp. president Robert Hayes said the company would honour the deal.');
    assert.ok(actorNames(a, 'organization').includes('Calgary Sports and Entertainment Corp.'), actorNames(a).join(', '));
    assert.ok(actorNames(a, 'person').includes('Robert Hayes'));
  });

  it('two companies joined by "and" stay two ("Podesta Group Inc. and Mercury LLC", "Apple and Microsoft Corp.")', () => {
    const a = article('The firms Podesta Group Inc. and Mercury LLC were hired. Apple and Microsoft Corp. declined to comment.');
    const orgs = actorNames(a, 'organization');
    assert.ok(orgs.includes('Podesta Group Inc.') && orgs.includes('Mercury LLC') && orgs.includes('Apple'), orgs.join(', '));
  });
});

describe('scout32b: a title\'s word inside a body\'s name after a demonym or a place', () => {
  it('"the Jewish General Hospital" is a body, not lost', () => {
    assert.equal(kindOf('She is an emergency physician at the Jewish General Hospital.', 'Jewish General Hospital'), 'organization');
  });

  it('a title after a body, then a person, stays the person\'s ("Ottawa Police Chief Eric Stubbs")', () => {
    assert.ok(actorNames(article('Ottawa Police Chief Eric Stubbs said the search went on.'), 'person').includes('Eric Stubbs'));
  });
});

describe('scout32b: places read from their context', () => {
  it('a home town after an age ("Marcus Boateng, 29, of Hamilton,") is a place', () => {
    assert.equal(kindOf('The victim, Marcus Boateng, 29, of Hamilton, died in hospital.', 'Hamilton'), 'place');
    assert.equal(kindOf('The victims were Amélie D\'Amico, 19, and Jordan Harris, 20, both of Welland.', 'Welland'), 'place');
    // (no age before "of": "the wife of Smith" keeps Smith a name to resolve)
    assert.notEqual(kindOf('Jane Smith spoke. The house of Smith was sold.', 'Smith'), 'place');
  });

  it('the second of two towns after a place\'s preposition or an owner ("in Halifax and Truro.", "its Moncton and Dieppe stores")', () => {
    assert.equal(kindOf('The chain would keep its Moncton and Dieppe stores open.', 'Dieppe'), 'place');
    assert.equal(kindOf('It opened offices in Halifax and Truro.', 'Truro'), 'place');
  });

  it('a name after "and" that opens a clause is no place ("in Ottawa and Poilievre said", "in Toronto and Jackson")', () => {
    const a = article('Pierre Poilievre spoke on Monday. Protests erupted in Ottawa and Poilievre said he would listen.');
    assert.ok(!actorNames(a, 'place').includes('Poilievre'), actorNames(a).join(', '));
    assert.notEqual(kindOf('Talks in Toronto and Jackson ended.', 'Jackson'), 'place');
  });
});

describe('scout32b: a team named by its town and one word, before a player', () => {
  it('"Seattle Kraken forward Jared McCann": the team is a body, not a town and a lone word', () => {
    const a = article('Seattle Kraken forward Jared McCann scored twice.');
    assert.deepEqual(actorNames(a, 'organization'), ['Seattle Kraken']);
    assert.deepEqual(actorNames(a, 'person'), ['Jared McCann']);
  });

  it('a town before a lower-case noun that is no team\'s role stays a town ("Toronto lawyer Ann Lee")', () => {
    const a = article('Toronto lawyer Ann Lee said the ruling was wrong.');
    assert.deepEqual(actorNames(a, 'place'), ['Toronto']);
  });
});

describe('scout32b: a speaker\'s surname that two people named in full share', () => {
  const couple = 'Leah and Steve Morin had run their lobster pound for 22 years.\n\n"We lost everything," Leah Morin said. Her husband spent the night on the wharf.\n\nSteve Morin said insurance would cover only part of the damage. Morin said the couple hoped to reopen by spring.';
  it('"Steve Morin said …. Morin said …" goes on with the one named last as a speaker, in the same paragraph', () => {
    assert.equal(speakerOf(`Headline\n\n${couple}`, /reopen/), 'Steve Morin');
    assert.ok(!actorNames(analyze(`Headline\n\n${couple}`), 'person').includes('Morin'));
  });

  it('no guess where the surname is no speaker, or the last full name owns or follows a noun ("said Clinton supporters", "her husband, John Smith,")', () => {
    const a = analyze('Headline\n\nBill Clinton and Hillary Clinton spoke in Nashua.\n\nOn Sunday, Bill Clinton said Clinton supporters were angry.');
    const m = a.mentions.find((x) => x.text === 'Clinton' && x.start > a.text.indexOf('said'));
    assert.notEqual(m?.actor.name, 'Bill Clinton');
  });
});

describe('scout32b: a titled surname two people share is no guess by order', () => {
  it('"Freddy Trump left the business. … Mr. Trump said" is not Freddy', () => {
    const text = 'Headline\n\nDonald Trump rarely speaks of his late brother, Freddy Trump.\n\nFreddy Trump left the family business in 1962. Freddy, as he was known, "was caught in the middle," Mr. Trump said.';
    assert.notEqual(speakerOf(text, /caught in the middle/), 'Freddy Trump');
  });
});
