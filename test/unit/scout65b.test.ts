/**
 * Kinds of wrong or lost attribution scout65b fixed in session 65 (veterans and military
 * families), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('scout65b: a participle naming a role\'s kind before its noun and a name ("said registered nurse NAME")', () => {
  it('is part of the role, and the quote is kept, after the cue or before it', () => {
    assert.equal(speakerOf('“The ward is short every night,” said registered nurse Lidia Fontaine, a union steward at the hospital. “It is not safe.”', 'short every night'), 'Lidia Fontaine');
    assert.equal(speakerOf('“We rewired the whole hall,” licensed electrician Owen Takacs said.', 'rewired the whole hall'), 'Owen Takacs');
  });
  it('near miss: a participle with a determiner before it still reads as before', () => {
    assert.equal(speakerOf('“We rewired the whole hall,” the retired electrician Owen Takacs said.', 'rewired the whole hall'), 'Owen Takacs');
  });
});

describe('scout65b: a name and its appositive after a sentence\'s opening word, then "said" and a plural people noun ("But NAME, director at …, said veterans in … live …")', () => {
  it('is the named person speaking, not the people after the cue', () => {
    assert.equal(speakerOf('But Carmen Whitlow, outreach director at the group Prairie Vets Network, said veterans in the north drive for hours to a clinic.', 'drive for hours'), 'Carmen Whitlow');
    assert.equal(speakerOf('And Arjun Pell, a counsellor in Moose Jaw, said families in the region wait months for care.', 'wait months for care'), 'Arjun Pell');
  });
  it('near miss: a clause before the appositive still lets the inverted cue name the speaker', () => {
    assert.equal(speakerOf('But officers arrested Dale Frum, 41, said Sgt. Ines Marr.', 'arrested Dale Frum'), 'Ines Marr');
  });
});

describe('scout65b: offices of veterans\' posts and trades of the forces ("Department Adjutant NAME", "state quartermaster NAME", "former corpsman NAME")', () => {
  it('are the holder\'s role, no part of the name, and the quote is kept', () => {
    assert.equal(speakerOf('“Our members will visit every week,” Department Adjutant Wes Harlow said.', 'visit every week'), 'Wes Harlow');
    assert.equal(speakerOf('“The post needs a new roof,” said state quartermaster Nell Ambrose.', 'needs a new roof'), 'Nell Ambrose');
    assert.equal(speakerOf('“Nobody trained us for this,” said former corpsman Ray Oduya.', 'trained us for this'), 'Ray Oduya');
  });
  it('near miss: a body named with the word stays a body', () => {
    assert.equal(speakerOf('The Adjutant Group said its fees would rise.', 'fees would rise'), 'Adjutant Group');
  });
});

describe('scout65b: a province\'s or region\'s health body named "<Place> Health", then "the health authority"', () => {
  it('is that body', () => {
    const body = 'Prairie North Health said it had hired three psychiatrists.\n\n“We are cutting the wait,” the health authority said in a statement.';
    assert.equal(speakerOf(body, 'cutting the wait'), 'Prairie North Health');
  });
  it('near miss: a hospital named before is no health authority', () => {
    const body = 'St. Brendan Hospital said it had hired three psychiatrists.\n\n“We are cutting the wait,” the health authority said in a statement.';
    assert.notEqual(speakerOf(body, 'cutting the wait'), 'St. Brendan Hospital');
  });
});

describe('scout65b: ranks as the US services and the Canadian Armed Forces abbreviate them ("Pfc.", "Tech. Sgt.", "1st Lt.", "MCpl", "Bdr.")', () => {
  it('are the person\'s rank, after the cue or before it, and the sentence goes on past the stop', () => {
    assert.equal(speakerOf('“We trained in the mud for a month,” said Pfc. Dorian Kell.', 'trained in the mud'), 'Dorian Kell');
    assert.equal(speakerOf('“The hangar leaks,” Tech. Sgt. Mira Solano said.', 'hangar leaks'), 'Mira Solano');
    assert.equal(speakerOf('“We leave in March,” said 1st Lt. Grady Osei.', 'leave in March'), 'Grady Osei');
    assert.equal(speakerOf('“We leave in March,” 2nd Lt. Ines Varga said.', 'leave in March'), 'Ines Varga');
    assert.equal(speakerOf('“The guns are old,” said MCpl Yves Tardif.', 'guns are old'), 'Yves Tardif');
    assert.equal(speakerOf('“The guns are old,” Bdr. Ruth Ansah said.', 'guns are old'), 'Ruth Ansah');
  });
  it('near miss: an ordinal before a unit\'s name is no rank', () => {
    assert.equal(speakerOf('“It was a long tour,” the 1st Battalion said in a statement.', 'long tour'), '1st Battalion');
  });
});

describe('scout65b: a lawsuit or a complaint "filed by" or "brought by" a body, set off by commas, that alleges', () => {
  it('speaks for the body, named without the aside after it', () => {
    assert.equal(speakerOf('The suit, brought by the Veterans Justice Project on behalf of three widows, alleges that the rule is unlawful.', 'rule is unlawful'), 'Veterans Justice Project');
    assert.equal(speakerOf('The complaint, filed by the Sandhills Tenants Union, alleges that rents doubled.', 'rents doubled'), 'Sandhills Tenants Union');
  });
  it('near miss: a lawsuit set off by a time, no author, speaks for no one', () => {
    assert.equal(speakerOf('The lawsuit, filed in March, alleges that the rule is unlawful.', 'rule is unlawful'), null);
  });
});

describe('scout65b: a participle that tells the state of the members a body is named for ("Wounded Warriors Canada", "Disabled Veterans Association")', () => {
  it('opens the body\'s name', () => {
    assert.equal(speakerOf('Wounded Soldiers Canada said calls to its line had doubled.', 'calls to its line'), 'Wounded Soldiers Canada');
    assert.equal(speakerOf('Disabled Veterans Alliance said its members waited too long.', 'waited too long'), 'Disabled Veterans Alliance');
  });
  it('near miss: an epithet before a body is no part of its name', () => {
    assert.equal(speakerOf('Embattled Veterans Affairs Canada said its backlog had shrunk.', 'backlog had shrunk'), 'Veterans Affairs Canada');
  });
});

describe('scout65b: a public body named by two fields joined by "and", the first ending in a word that heads periodicals or firms too ("Veterans Review and Appeal Board")', () => {
  it('is one body, and "the appeal board" after it is that body', () => {
    const body = 'The Veterans Review and Appeal Board overturned the ruling in March.\n\nThe appeal board said it does not comment on cases.';
    assert.equal(speakerOf(body, 'does not comment'), 'Veterans Review and Appeal Board');
    assert.equal(speakerOf('The Workplace Safety and Insurance Appeals Tribunal said it had heard 900 appeals.', 'heard 900 appeals'), 'Workplace Safety and Insurance Appeals Tribunal');
  });
  it('near miss: a firm and a body a known name opens, joined by "and", stay two', () => {
    assert.equal(speakerOf('Manulife Insurance and Canada Revenue Agency officials met on Monday. The Canada Revenue Agency said the audit was over.', 'audit was over'), 'Canada Revenue Agency');
  });
});

describe('scout65b: a members\' plural possessive after a body\'s head and "of", then the field it owns ("Board of Veterans\' Appeals")', () => {
  it('is inside the body\'s name, and "the board" after it is that body', () => {
    assert.equal(speakerOf('The Board of Veterans’ Appeals said it had cut its wait to 300 days.', 'cut its wait'), 'Board of Veterans’ Appeals');
    assert.equal(speakerOf('The Office of Nurses\' Affairs said staffing would rise.', 'staffing would rise'), "Office of Nurses' Affairs");
  });
  it('near miss: a second body\'s head after a body\'s possessive is that second body', () => {
    assert.equal(speakerOf('The Court of Appeals’ Board on Professional Conduct says the lawyer broke the rules.', 'broke the rules'), 'Board on Professional Conduct');
  });
});

describe('scout65b: a person\'s noun with a "whose" clause, then a "who" clause set off by commas, before the cue ("A woman whose husband serves at CFB Trenton, who asked not to be named, said")', () => {
  it('is the person the clauses describe, not the place or the name inside them', () => {
    assert.equal(speakerOf('A mother whose son trains at CFB Borden, who asked that her name not be used, said the barracks were cold.', 'barracks were cold'), 'mother');
    assert.equal(speakerOf('A veteran whose son trains in Borden, and who asked not to be named, said he gave up.', 'he gave up'), 'veteran');
  });
  it('near miss: a named person with a "whose" clause of their own is still the speaker', () => {
    assert.equal(speakerOf('Lena Marsh, whose son trains at CFB Borden, said the barracks were cold.', 'barracks were cold'), 'Lena Marsh');
  });
});

describe('scout65b: a verb of saying\'s base form right after "whose" ("A veteran whose claim sat for years said")', () => {
  it('is the owned noun, no cue, and the main verb reports', () => {
    assert.equal(speakerOf('A widow whose claim sat for years said she gave up.', 'she gave up'), 'widow');
    assert.equal(speakerOf('A sergeant whose report went unread said the base ignored him.', 'base ignored him'), 'sergeant');
  });
  it('near miss: a base form after a subject pronoun is still a cue', () => {
    assert.equal(speakerOf('A widow whose husband served in Bosnia says they claim too much.', 'they claim too much'), 'widow');
  });
});
