import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { personKey, personKeyWithoutInitial, personNameTokens, isParticleSurname } from '../../src/extractor/nameForms';
import { Corpus } from '../../src/corpus/corpus';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { acronymOf } from '../../src/extractor/actors';
import { actorNames } from './helpers';

describe('name forms: the key of a person', () => {
  it('leaves out middle names and a formal suffix; reads nicknames as the given name', () => {
    assert.equal(personKeyWithoutInitial('Marjorie T. Fenwick'), personKey('Marjorie Fenwick'));
    assert.equal(personKey('Odessa Quayle Brandt'), personKey('Odessa Brandt'));
    assert.equal(personKey('Robert K. Alvarado Jr.'), personKey('Robert K. Alvarado'));
    assert.equal(personKeyWithoutInitial('Robert K. Alvarado Jr.'), personKey('Bob Alvarado'));
    assert.equal(personKey('Bill Ostrander'), personKey('William Ostrander'));
    assert.equal(personKey('Hiroshi Tanabe'), personKey('Tanabe Hiroshi'));
    assert.equal(personKey('Kim Sung-ho'), personKey('Kim Sung Ho'));
  });

  it('reads a given name that is also a property name of plain objects as a name', () => {
    assert.equal(personKey('Constructor Ode'), 'constructor ode');
    assert.equal(personKey('Ode Constructor'), 'constructor ode');
    assert.equal(personKey('__proto__ Ode'), '__proto__ ode');
  });

  it('keeps what tells two people apart', () => {
    assert.notEqual(personKey('Hollis Crane Jr.'), personKey('Hollis Crane'), 'a son named for his father');
    assert.notEqual(personKey('Amos T. Reddick III'), personKey('Amos T. Reddick'), 'a numeral is kept');
    assert.notEqual(personKey('Walter H.K. Osei'), personKey('Walter K. Osei'), 'two initials together');
    assert.notEqual(personKey('Walter J. Osei'), personKey('Walter K. Osei'), 'one initial each, two of them');
    assert.notEqual(personKey('Walter H. K. Osei'), personKey('Walter K. Osei'), 'two initials apart');
    assert.equal(personKeyWithoutInitial('Walter H. K. Osei'), '', 'two initials never go without');
    assert.notEqual(personKey('Chris Dale'), personKey('Christine Dale'), 'an ambiguous nickname is not expanded');
    assert.notEqual(personKey('Report Shows Nadia Fenn'), personKey('Report Fenn'), 'several middle words are no name form');
    assert.notEqual(personKey('Anita Moss'), personKey('Ruth Moss'));
  });

  it('keeps a surname with particles and a hyphenated surname whole', () => {
    assert.deepEqual(personNameTokens('Joris van der Meer'), ['joris', 'van der meer']);
    assert.deepEqual(personNameTokens('Van der Meer'), ['van der meer']);
    assert.deepEqual(personNameTokens('De Castro'), ['de castro']);
    assert.deepEqual(personNameTokens('Van Morrison'), ['van', 'morrison'], '"Van" alone is a given name');
    assert.deepEqual(personNameTokens('Thi Le'), ['thi', 'le'], 'a particle needs a name after it');
    assert.deepEqual(personNameTokens('Lena Ortiz-Baptiste'), ['lena', 'ortiz-baptiste']);
    assert.ok(isParticleSurname('de la Fuente'));
    assert.ok(!isParticleSurname('Al Horford'));
  });
});

describe('name forms: in an article', () => {
  it('one person under several forms is one actor', () => {
    const a = analyze('Marjorie T. Fenwick opened the hearing. Later Marjorie Fenwick said the vote would wait.');
    assert.deepEqual(actorNames(a, 'person'), ['Marjorie T. Fenwick']);
    const b = analyze('Robert K. Alvarado Jr. spoke first. Bob Alvarado said the plan was sound.');
    assert.equal(actorNames(b, 'person').length, 1);
  });

  it('a father and a son of the same name stay two actors', () => {
    const a = analyze('Hollis Crane Jr. took over the farm from Hollis Crane in 1998.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Hollis Crane', 'Hollis Crane Jr.']);
  });

  it('a surname with particles is the mention and the alias, with no fragments', () => {
    const a = analyze('Transport Minister Rosa María de la Fuente cut fares. “It is overdue,” de la Fuente told reporters.');
    const rosa = a.actors.find((x) => x.name === 'Rosa María de la Fuente');
    assert.ok(rosa, actorNames(a).join(', '));
    assert.ok(rosa.aliases.includes('de la Fuente'), rosa.aliases.join(', '));
    assert.ok(!rosa.aliases.some((x) => ['Fuente', 'la Fuente'].includes(x)), rosa.aliases.join(', '));
    const b = analyze('Economist Joris van der Meer said prices would fall. Van der Meer added that wages lag.');
    const joris = b.actors.find((x) => x.name === 'Joris van der Meer');
    assert.ok(joris?.aliases.includes('Van der Meer'), JSON.stringify(b.actors));
    assert.ok(!b.actors.some((x) => ['Van', 'Meer'].includes(x.name) || x.aliases.includes('Meer') || x.aliases.includes('Van')));
  });

  it('a hyphenated surname alone is the person', () => {
    const a = analyze('Lena Ortiz-Baptiste chairs the board. Ortiz-Baptiste said the budget was tight.');
    assert.equal(a.quotes[0]?.speaker?.name, 'Lena Ortiz-Baptiste');
  });

  it('a stray word before a full name of the article and a double surname fold into the person', () => {
    const a = analyze('Neville Orr won the seat. Fans cheered Grumpy Neville Orr all week.');
    assert.deepEqual(actorNames(a, 'person'), ['Neville Orr']);
    const c = analyze('Grumpy Neville Orr lost his temper. Later Neville Orr won the seat.');
    assert.deepEqual(actorNames(c, 'person'), ['Neville Orr'], 'a word that is no given name, even before the full name');
    const b = analyze('Marisa Delgado Ruiz chaired the panel. Delgado Ruiz said the report was late.');
    assert.deepEqual(actorNames(b, 'person'), ['Marisa Delgado Ruiz']);
  });
});

describe('name forms: across articles', () => {
  it('the registry merges name forms by the key and keeps two people apart', () => {
    const c = new AnalysingCorpus();
    c.set('a.txt', 'Marjorie T. Fenwick said the budget was short.');
    c.set('b.txt', 'Marjorie Fenwick said the council would meet.');
    c.set('c.txt', 'Hollis Crane Jr. said the harvest was poor.');
    c.set('d.txt', 'Hollis Crane said the harvest was good.');
    c.set('e.txt', 'Fenwick said the vote would wait.');
    // one article names father and son: the two names are two people everywhere
    c.set('f.txt', 'Hollis Crane Jr. bought the farm of Hollis Crane.');
    const persons = c.build().result.actors.filter((x) => x.kind === 'person');
    const fenwick = persons.filter((x) => x.name.includes('Fenwick'));
    assert.equal(fenwick.length, 1, persons.map((x) => x.name).join(', '));
    assert.equal(fenwick[0].quoteCount, 3, 'the lone surname joins the one full name that has it');
    assert.equal(persons.filter((x) => x.name.includes('Crane')).length, 2);
  });

  it('one middle initial: a name without it joins the one initialed name, never one of two', () => {
    const people = (c: Corpus): string[] =>
      c.build().result.actors.filter((x) => x.kind === 'person').map((x) => `${x.name}:${x.quoteCount}`).sort();
    const c = new AnalysingCorpus();
    c.set('a.txt', 'Harold K. Voss said the dam was safe.');
    c.set('b.txt', 'Harold Voss said the dam would hold.');
    c.set('c.txt', 'Voss said the inspectors agreed.');
    assert.deepEqual(people(c), ['Harold K. Voss:3']);
    c.set('d.txt', 'Harold T. Voss, his nephew, said the dam leaked.');
    assert.deepEqual(people(c), ['Harold K. Voss:1', 'Harold T. Voss:1', 'Harold Voss:1', 'Voss:1'], 'two initials: two people, and the bare name and the surname are neither');
    c.delete('d.txt');
    assert.deepEqual(people(c), ['Harold K. Voss:3'], 'as a from-scratch pass gives it');
  });

  it('one middle initial within an article, before or after the name without it', () => {
    const a = analyze('Ines Marr said the port was open. Ines R. Marr said later that ships were waiting. Ines S. Marr, her aunt, said nothing.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Ines Marr', 'Ines S. Marr']);
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Ines Marr', 'Ines Marr']);
  });

  it('a lone surname that two people of the corpus share joins neither', () => {
    const c = new AnalysingCorpus();
    c.set('a.txt', 'Ada Quill said the mill would close.');
    c.set('b.txt', 'Ben Quill said the mill would stay.');
    c.set('c.txt', 'Quill said the mill was sold.');
    const quills = c.build().result.actors.filter((x) => x.name.includes('Quill'));
    assert.deepEqual(quills.map((x) => x.name).sort(), ['Ada Quill', 'Ben Quill', 'Quill']);
  });
});

describe('name forms: the acronym of an organisation', () => {
  it('takes the initials of the words that are no function words, in lower case', () => {
    assert.equal(acronymOf('Halvorsen Maritime Safety Board'), 'hmsb');
    assert.equal(acronymOf('Institute for Coastal and Polar Studies'), 'icps');
    assert.equal(acronymOf('Bureau OF the Tide-Gauge   Records'), 'btgr');
  });

  it('gives none for fewer than two such words', () => {
    assert.equal(acronymOf('The Lindqvist'), '');
    assert.equal(acronymOf('of the and'), '');
  });
});
