import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

/** The speaker's name of the quote whose text holds `words` (null when none). */
const who = (text: string, words: string): string | null => {
  const q = quotesOf(text).find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding "${words}" in: ${JSON.stringify(quotesOf(text).map((x) => x.text))}`);
  return q.who;
};

describe('scout33a: a name in apposition followed by the body the person works at', () => {
  const lede = 'Review faults fire response\n\nEDMONTON — A review of the fire found that warnings came too late.\n\n';

  it('"said the review\'s lead author, Dr. Mike Flannigan of Thompson Rivers University": the named person speaks', () => {
    assert.equal(who(lede + '“People had less than an hour,” said the review\'s lead author, Dr. Mike Flannigan of Thompson Rivers University.', 'less than an hour'), 'Mike Flannigan');
    assert.equal(who(lede + '“It held up,” said the study\'s senior author, Dr. Caroline Quach of CHU Sainte-Justine in Montreal.', 'It held up'), 'Caroline Quach');
  });

  it('"The study\'s lead author, Dr. Ann Falsey of the University of Rochester, said …" gives the quote, hers', () => {
    assert.equal(who(lede + "The study's lead author, Dr. Ann Falsey of the University of Rochester, said protection waned only slightly.", 'protection waned'), 'Ann Falsey');
  });

  it('near miss: a clause after the name (no body) still gives no name in apposition', () => {
    const q = quotesOf(lede + '“People had less than an hour,” said the review\'s lead author, Dr. Mike Flannigan and others.').find((x) => x.text.includes('less than an hour'));
    assert.notEqual(q?.who, 'Mike Flannigan');
  });
});

describe('scout33a: an owner\'s person noun with the person named in apposition', () => {
  const lede = 'Councillor jailed\n\nMELBOURNE — Peter Mulhall was jailed on Friday.\n\n';

  it('"Mulhall\'s barrister, Tom Keane, had argued …, saying …" is the barrister\'s', () => {
    assert.equal(who(lede + "Mulhall's barrister, Tom Keane, had argued for a suspended sentence, saying his client had repaid half the money.", 'repaid half'), 'Tom Keane');
  });

  it('"He said" after that sentence is the barrister, not the owner', () => {
    assert.equal(who(lede + "Mulhall's barrister, Tom Keane, had argued for a suspended sentence. He said his client had repaid half the money.", 'repaid half'), 'Tom Keane');
  });

  it('near miss: with no name in apposition, the owner stays in view', () => {
    assert.equal(who(lede + "Mulhall's barrister had argued for a suspended sentence. He said his client had repaid half the money.", 'repaid half'), 'Peter Mulhall');
  });
});

describe('scout33a: cue first before a person noun the lists lack', () => {
  const lede = 'Drivers strike\n\nSASKATOON — Bus drivers walked off the job on Tuesday.\n\n';

  it('"…, said mediator Lorraine Dube." and "“…,” said curator Bo Lindqvist." give the quote, the named person\'s', () => {
    assert.equal(who(lede + 'Talks are expected to resume Thursday, said mediator Lorraine Dube.', 'resume Thursday'), 'Lorraine Dube');
    assert.equal(who(lede + '“Talks will resume Thursday,” said curator Bo Lindqvist.', 'resume Thursday'), 'Bo Lindqvist');
  });

  it('near miss: a capitalised word after such a noun that is no given name makes no speaker of it', () => {
    const q = quotesOf(lede + '“Talks will resume Thursday,” said conciliator Saskatoon Transit.').find((x) => x.text.includes('resume Thursday'));
    assert.notEqual(q?.who, 'Saskatoon Transit');
  });
});

describe('scout33a: an institution\'s noun as the source after a quotation', () => {
  const lede = 'Museum returns objects\n\nTORONTO — The Royal Ontario Museum will return 37 ceremonial objects.\n\n';

  it('"“…,” the museum said in a statement" and "“…,” said the museum" are the museum named before', () => {
    assert.equal(who(lede + '“These objects should never have left,” the museum said in a statement.', 'never have left'), 'Royal Ontario Museum');
    assert.equal(who(lede + '“These objects should never have left,” said the museum.', 'never have left'), 'Royal Ontario Museum');
  });

  it('near miss: "said the museum director" is the director, not the museum', () => {
    assert.notEqual(who(lede + '“These objects should never have left,” said the museum director.', 'never have left'), 'Royal Ontario Museum');
  });
});

describe('scout33a: "she" after a person known by one name that no actor covers', () => {
  const text = (who2: string): string =>
    'Delhi shuts schools\n\nNEW DELHI — Environment Minister Manjinder Singh Sirsa said trucks would be barred from the city.\n\n' +
    `Opposition leader ${who2} accused the government of acting too late. "They waited for the crisis to arrive," she said.`;

  it('"Opposition leader Atishi accused … “…,” she said" gives the quote to no one rather than the minister named before', () => {
    assert.equal(who(text('Atishi'), 'waited for the crisis'), null);
  });

  it('near miss: a full name there is the one "she" refers to', () => {
    assert.equal(who(text('Maria Lopez'), 'waited for the crisis'), 'Maria Lopez');
  });
});
