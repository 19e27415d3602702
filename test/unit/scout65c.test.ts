/**
 * Kinds of wrong or lost attribution scout65c fixed in session 65 (technology regulation and
 * privacy), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('scout65c: an office\'s body named with the place it serves ("Office of the Privacy Commissioner of Canada")', () => {
  it('is the body named in full, not the place', () => {
    assert.equal(speakerOf('The Office of the Information and Privacy Commissioner of Manitoba said it had opened a file.', 'opened a file'), 'Office of the Information and Privacy Commissioner of Manitoba');
    assert.equal(speakerOf('The Office of the Fire Commissioner for Quebec said the cause was electrical.', 'cause was electrical'), 'Office of the Fire Commissioner for Quebec');
  });
  it('near miss: an office held in a country, with no body\'s head before it, stays the office\'s holder', () => {
    assert.notEqual(speakerOf('The President of Ghana said he would attend the summit.', 'attend the summit'), 'Ghana');
    assert.notEqual(speakerOf('The President of Ghana said he would attend the summit.', 'attend the summit'), 'President of Ghana Office');
  });
});

describe('scout65c: a French body\'s name that ends on an elided article\'s word ("Commission d\'accès à l\'information said")', () => {
  it('is the subject of its cue, and the quote is kept', () => {
    assert.equal(speakerOf('The Conseil de l\'audiovisuel said the broadcaster had broken its licence.', 'broken its licence'), 'Conseil de l\'audiovisuel');
    assert.equal(speakerOf('The Régie de l\'énergie said on Friday that rates would rise.', 'rates would rise'), 'Régie de l\'énergie');
  });
  it('near miss: an English phrase ending on such a word is no French body', () => {
    assert.notEqual(speakerOf('The chef who trained at l\'Institut said the menu would change.', 'menu would change'), 'Institut');
  });
});

describe('scout65c: "the commission" after a French body whose head opens its name ("Commission d\'accès à l\'information … The commission said")', () => {
  it('is that body', () => {
    const body = 'The Commission de la protection des données said the bank had kept files too long.\n\nThe commission said that the bank had deleted them since.';
    assert.equal(speakerOf(body, 'deleted them since'), 'Commission de la protection des données');
  });
  it('near miss: a French name whose head is no body\'s noun the description names is not it', () => {
    const body = 'The Fondation des amis du parc said the trail was closed.\n\nThe commission said that the trail would reopen.';
    assert.notEqual(speakerOf(body, 'trail would reopen'), 'Fondation des amis du parc');
  });
});

describe('scout65c: an appositive office whose fields are listed with commas ("Dana Cho, vice-president of people, practice and quality, said")', () => {
  it('is one appositive: the name before it speaks', () => {
    assert.equal(speakerOf('Marta Quinn, the board\'s director of finance, audit and risk, said the records were safe.', 'records were safe'), 'Marta Quinn');
    assert.equal(speakerOf('Marta Quinn, director of finance, audit, and risk, said the files were safe.', 'files were safe'), 'Marta Quinn');
  });
  it('near miss: names listed after an office\'s field are the speakers', () => {
    assert.equal(speakerOf('The head of audit, Marta Quinn and Leo Park said the files were kept.', 'files were kept'), 'Marta Quinn and Leo Park');
  });
});

describe('scout65c: "one of the …" people with a participle or a relative clause, then a role and a name ("One of the people affected, retired nurse Ann Roy, said")', () => {
  it('is the person named', () => {
    assert.equal(speakerOf('One of the customers affected, retired welder Hugo Brandt, said he had cancelled his card.', 'cancelled his card'), 'Hugo Brandt');
    assert.equal(speakerOf('One of the patients whose files were exposed, teacher Nina Osei, said she was angry.', 'she was angry'), 'Nina Osei');
  });
  it('near miss: one of things, not people, names no speaker by the role', () => {
    assert.notEqual(speakerOf('One of the shops robbed, corner store Lucky Mart, said it would reopen.', 'would reopen'), 'Lucky Mart');
  });
});

describe('scout65c: bodies in the plural placed in a country ("Child-safety groups in Canada said")', () => {
  it('are the group phrase, as when placed in a town', () => {
    assert.equal(speakerOf('Privacy groups in Canada said the penalty was too small.', 'penalty was too small'), 'Privacy groups in Canada');
  });
  it('near miss: one body in a country is that body, not the country', () => {
    assert.notEqual(speakerOf('The U.N. refugee agency in Chad said the camps were full.', 'camps were full'), 'Chad');
  });
});

describe('scout65c: a role with an adjective set after its noun, before a name across a comma ("The minister responsible, Evan Solomon, said")', () => {
  it('is the named person\'s role: "the minister" later is that person', () => {
    const body = 'The bill was tabled on Monday.\n\nThe minister responsible, Hana Brightwater, said the rules were overdue.\n\nThe minister said she hoped it would pass by June.';
    assert.equal(speakerOf(body, 'pass by June'), 'Hana Brightwater');
  });
  it('near miss: a person\'s noun with that adjective is no office', () => {
    const body = 'The bill was tabled on Monday.\n\nThe person responsible, Hana Brightwater, was fired.\n\nThe minister said he hoped it would pass by June.';
    assert.notEqual(speakerOf(body, 'pass by June'), 'Hana Brightwater');
  });
});

describe('scout65c: a body that calls itself by a name no stage knew, or by one with its article ("A hacking group calling itself ShadowQueue")', () => {
  it('is the body by that name', () => {
    assert.equal(speakerOf('A hacking group calling itself GreyLantern said it had copied the files.', 'copied the files'), 'GreyLantern');
    assert.equal(speakerOf('A group calling itself the Coastal Watch said it would sue the town.', 'would sue the town'), 'Coastal Watch');
  });
  it('near miss: a man calling himself by a name is not made a body', () => {
    assert.notEqual(speakerOf('A man calling himself Spartacus said he was the leader.', 'he was the leader'), 'Spartacus');
  });
});

describe('scout65c: a lede\'s indefinite body placed by its town, after a dateline, named in the next paragraph ("SEATTLE — A Seattle company that … admitted … ¶ Porchlight Devices Inc. said")', () => {
  it('is the body named next', () => {
    const body = 'PORTLAND, Ore. — A Portland company that makes baby monitors admitted Tuesday that staff had viewed customer footage.\n\nNestwatch Labs Inc. said it had fired three workers.';
    assert.equal(speakerOf(body, 'staff had viewed'), 'Nestwatch Labs Inc.');
  });
  it('and so is "the company" of the lede when the body named next has its town after its name', () => {
    const body = 'OTTAWA — A Canadian software company that serves hospitals has been hacked, the company confirmed Friday.\n\nQuillbridge Systems Inc. of Nepean said the attackers used a stolen password.';
    assert.equal(speakerOf(body, 'has been hacked'), 'Quillbridge Systems Inc.');
  });
  it('near miss: a body of another trade named next is not the description\'s', () => {
    const body = 'PORTLAND, Ore. — A Portland company that makes baby monitors admitted Tuesday that staff had viewed customer footage.\n\nThe Oregon Nurses Association said parents should unplug the cameras.';
    assert.notEqual(speakerOf(body, 'staff had viewed'), 'Oregon Nurses Association');
  });
});

describe('scout65c: names closed by a company\'s legal form in capitals ("Morrow Kaplan LLP", "Dana Morrow LLP")', () => {
  it('are one company, not a person and a body "LLP"', () => {
    assert.equal(speakerOf('Fenwick Abara LLP said it would file the claim next week.', 'file the claim'), 'Fenwick Abara LLP');
    assert.equal(speakerOf('Nadia Fenwick PLC said the merger was off.', 'merger was off'), 'Nadia Fenwick PLC');
  });
  it('near miss: a person\'s letters of office after the name stay apart', () => {
    assert.equal(speakerOf('Nadia Fenwick MP said the merger was off.', 'merger was off'), 'Nadia Fenwick');
  });
});

describe('scout65c: a court filing set off by commas with its filer after "by" ("The class action, filed in court by Morrow Kaplan LLP, alleges")', () => {
  it('speaks for its filer, a place or a time before "by" too', () => {
    assert.equal(speakerOf('The lawsuit, filed in Federal Court by the Canadian Civil Liberties Association, alleges that the rules are unconstitutional.', 'rules are unconstitutional'), 'Canadian Civil Liberties Association');
    assert.equal(speakerOf('The class action, filed by the Halifax firm Wagners, alleges that the clinic kept data too long.', 'kept data too long'), 'Wagners');
  });
  it('near miss: a filing with no filer named speaks for no one', () => {
    assert.equal(speakerOf('The lawsuit, filed in Federal Court on Monday, alleges that the rules are unconstitutional.', 'rules are unconstitutional'), null);
  });
});

describe('scout65c: a suit\'s papers after a body named as suing ("The FTC on Thursday sued a data broker. … The complaint says")', () => {
  it('speak for the one who sued', () => {
    const body = 'The Competition Bureau on Monday sued a ticket reseller over hidden fees.\n\nThe complaint says Fareway Tickets added charges at checkout.';
    assert.equal(speakerOf(body, 'added charges at checkout'), 'Competition Bureau');
  });
  it('near miss: one sued, in the passive, is not who speaks in the suit', () => {
    const body = 'Fareway Tickets was sued by customers last year.\n\nThe lawsuit alleges that the company hid its fees.';
    assert.notEqual(speakerOf(body, 'hid its fees'), 'Fareway Tickets');
  });
});
