import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speaker } from './helpers';

/** Session 48's attribution faults on unseen local news: councils, emergencies, crime briefs, health (scout48c): each kind with a near miss. */
describe('scout48c: an unnamed relative ("The woman\'s son") who names someone of the other gender is still whom the next "he said" means', () => {
  const witness = 'A witness, Luis Navarro, was at the bus stop.\n\n"I heard the bang," Navarro said.\n\n';
  it('"The woman\'s son … identified her as Angela Szabo. ¶ “…,” he said": no speaker rather than the witness', () => {
    const text = `${witness}The woman's son, who spoke to reporters outside the hospital, identified her as Angela Szabo. He asked that his own name not be published.\n\n"My mother walks to the library every Thursday," he said.`;
    assert.equal(speaker(text, 'library'), null);
    assert.equal(speaker(`${witness}The victim's sister thanked Paul Szabo, a paramedic.\n\n"He stayed with my brother," she said.`, 'stayed with'), null);
  });
  it('across the son\'s quoted sentences: "“…. She waits. She always waits,” he said. ¶ He said the family was “holding on to hope”"', () => {
    const text = `${witness}The woman's son identified her as Angela Szabo.\n\n"My mother walks to the library. She's done it for years," he said. "She waits for the light. She always waits for the light."\n\nHe said the family was "holding on to hope."`;
    assert.equal(speaker(text, 'holding on'), null);
  });
  it('near miss: a person the pronoun may mean, named after the relative, still stands in the way', () => {
    const text = `${witness}The woman's son thanked Paul Szabo, a paramedic.\n\n"He helped," he said.`;
    assert.notEqual(speaker(text, 'He helped'), null);
  });
  it('near miss: a quote opening "Any candidate I respect …" describes no one unnamed: "he said" stays the one named', () => {
    const text = 'Joe Maloy, a Republican from Concord, said he would back her.\n\nMaloy said he understands her position. "Any candidate I respect as much as Kelly, I will stand next to," he said.';
    assert.equal(speaker(text, 'Any candidate'), 'Joe Maloy');
  });
});

describe('scout48c: a weather warning, an alert or a petition speaks as a document does ("the warning said", "The petition reads, in part:")', () => {
  it('"Environment Canada issued a warning … “…,” the warning said. “…”": both halves, the issuer\'s', () => {
    const text = 'Environment Canada issued a freezing rain warning on Wednesday.\n\n"This is a significant ice accretion event," the warning said. "Utility outages may occur."';
    assert.equal(speaker(text, 'ice accretion'), 'Environment Canada');
    assert.equal(speaker('Environment Canada issued an alert for the city.\n\n"Stay home," the alert said.', 'Stay home'), 'Environment Canada');
  });
  it('"The petition reads, in part: “…”" and "the statement said, in part, “…”" are quotations of the document', () => {
    const text = 'More than 4,200 people signed a petition.\n\nThe town can object but cannot stop it.\n\nThe petition reads, in part: "We the undersigned ask the town to object."';
    assert.equal(speaker(text, 'undersigned'), null);
    assert.equal(speaker('The group Protect Cataract sent a letter to council.\n\nThe letter reads, in part: "We ask the town to object."', 'ask the town'), 'Protect Cataract');
    assert.equal(speaker('Mayor Ann Lee spoke on Monday.\n\nLee said, in part, "We will rebuild."', 'rebuild'), 'Ann Lee');
  });
  it('near miss: a warning that is no document is no speaker; a reason after "said, in part" is no extent of a quotation', () => {
    assert.equal(speaker('The fire moved fast, Chief Dwayne Hartley said, with little warning. "It was throwing embers," Hartley said.', 'embers'), 'Dwayne Hartley');
    assert.equal(speaker('Mayor Ann Lee spoke on Monday.\n\n"We will rebuild," Lee said, in part because the money is there.', 'rebuild'), 'Ann Lee');
  });
});

describe('scout48c: "Diane Charbonneau and her husband, Paul," names Paul Charbonneau', () => {
  it('a spouse or a child given by first name after "FULL NAME and his/her" bears that surname', () => {
    const text = 'In Kemptville, Diane Charbonneau and her husband, Paul, lost power just before midnight.\n\n"We heard it," Diane said.\n\nPaul said the couple would move.\n\n"We have a woodstove," he said.';
    assert.equal(speaker(text, 'woodstove'), 'Paul Charbonneau');
    assert.equal(speaker('Marcus Webb and his wife, Tamara, stayed.\n\n"We prayed," Tamara said.', 'prayed'), 'Tamara Webb');
  });
  it('near miss: a sibling, or a possessive of the other gender, takes no surname', () => {
    assert.equal(speaker('Diane Charbonneau and her sister, Paula, lost power.\n\n"We have a woodstove," Paula said.', 'woodstove'), 'Paula');
    assert.equal(speaker('Tom Reid and her husband, Paul, left.\n\n"Go," Paul said.', 'Go'), 'Paul');
  });
});

describe('scout48c: a work\'s title read or watched inside a paraphrase ("said she read “The Handmaid\'s Tale” in class") is no quotation', () => {
  const kindOf = (text: string, words: string): string | undefined => inArticle(text).quotes.find((q) => q.text.includes(words))?.kind;
  it('after "read", "watched" or a noun of a work, the paraphrase stays indirect', () => {
    assert.equal(kindOf('Maya Hendricks, a senior, said she read "The Handmaid\'s Tale" in her AP literature class.', 'literature class'), 'indirect');
    assert.equal(kindOf('Tom Lee said he watched "The Godfather" twice.', 'twice'), 'indirect');
    assert.equal(kindOf('Ann Roy said the novel "The Bluest Eye" should stay.', 'should stay'), 'indirect');
  });
  it('near miss: a nickname, words quoted beside a title, or a title-case headline keep their marks', () => {
    assert.equal(kindOf('Ann Roy said Trump called him "Little Marco" twice.', 'twice'), 'mixed');
    assert.equal(kindOf('Ann Roy said she read "The Bluest Eye" and found it "a masterpiece."', 'masterpiece'), 'mixed');
  });
});
