import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { speakerInArticle as speaker } from './helpers';

/** Session 48's attribution faults on unseen sports, arts and entertainment news (scout48a): each kind with a near miss. */
describe('scout48a: a nickname in marks inside a name ("Ben "CleanX" Bance") quotes nobody, so the quotations around the name keep their speaker', () => {
  it('"…," captain Ben "CleanX" Bance told reporters. "…": both parts are Bance\'s', () => {
    const text = '"We were one round away," Ultra captain Ben "CleanX" Bance told reporters afterward, his voice hoarse. "One round. I will think about it."';
    assert.equal(speaker(text, 'one round away'), 'Ben Bance');
    assert.equal(speaker(text, 'think about it'), 'Ben Bance');
    assert.equal(speaker('"I used to sit up there," coach Jasmine "Jazz" Jasudavicius said, pointing.', 'sit up there'), 'Jasmine Jasudavicius');
    assert.equal(speaker('"I was sick," said coach Tristan "Cammy" Cameron.', 'was sick'), 'Tristan Cameron');
  });
  it('near miss: a headline\'s quoted words after a name, and a quoted word after a surname, stay quotations', () => {
    const quotes = analyze('Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Comments\n\nGov. Chris Christie spoke on Tuesday.').quotes;
    assert.ok(quotes.some((q) => q.text.includes('A Disgrace')));
    assert.equal(speaker('Coach Dave Tippett called the loss "Embarrassing" Monday. "It was bad," Tippett said.', 'It was bad'), 'Dave Tippett');
  });
});

describe('scout48a: "Mackenzie", a given name the table has as a woman\'s, is borne by many Canadian men and tells a pronoun no gender', () => {
  const body = (given: string, pronoun: string): string => `${given} Hughes shot 65 on Thursday.\n\nHughes tees off Friday alongside Nick Taylor and Sam Burns.\n\nAsked if he would take advice again, Hughes laughed.\n\n"Probably," ${pronoun} said.`;
  it('"Mackenzie Hughes … Hughes laughed. “Probably,” he said": Hughes, not the man named after him', () => {
    assert.equal(speaker(body('Mackenzie', 'he'), 'Probably'), 'Mackenzie Hughes');
    assert.equal(speaker(body('Mackenzie', 'she'), 'Probably'), 'Mackenzie Hughes');
  });
  it('near miss: a given name that is a woman\'s still tells "he" it is not her', () => {
    assert.notEqual(speaker(body('Madison', 'he'), 'Probably'), 'Madison Hughes');
  });
});

describe('scout48a: a capitalised "Dean" before one name word is a given name ("Dean Brody"), unless the article names in full one person of that surname', () => {
  it('"Dean Brody, who hosted the show … Brody said": the singer Dean Brody', () => {
    assert.equal(speaker('Country singer Dean Brody, who hosted the show, said he was nervous.\n\n"Hosting is way harder," Brody said.', 'way harder'), 'Dean Brody');
    assert.equal(speaker('"We left early," Dean Smith said.', 'left early'), 'Dean Smith');
  });
  it('near miss: a dean named in full first ("Vikram Amar, dean of … Dean Amar said") and a dean before a full name keep the office', () => {
    assert.equal(speaker('Vikram Amar, dean of the law school, said the tone changed.\n\n"In Fisher," Dean Amar said, "it changed."', 'In Fisher'), 'Vikram Amar');
    assert.equal(speaker('"It was fun," Dean Jane Smith of the law school said.', 'was fun'), 'Jane Smith');
  });
});

describe('scout48a: he or she opening a clause before a colon ("he added a shorter post: “…”") speaks the quotation after it', () => {
  const text = (line: string): string => `Malik Thornton posted a long message on Instagram on Thursday night.\n\n"Toronto, you raised me," he wrote.\n\n${line}`;
  it('"A few hours later, he added a shorter post: “Utah, let\'s get to work.”": Thornton', () => {
    assert.equal(speaker(text('A few hours later, he added a shorter post: "Utah, let\'s get to work."'), 'get to work'), 'Malik Thornton');
    assert.equal(speaker(text('He had one more line for fans: "See you soon."'), 'See you soon'), 'Malik Thornton');
  });
  it('near miss: a pronoun inside a clause after another subject, or a verb that shows a thing\'s words, speaks nothing', () => {
    assert.equal(speaker(text('Fans cheered when he arrived: "See you soon."'), 'See you soon'), undefined);
    const shown = analyze(`Headline for the story\n\n${text('He held up a sign: "Utah, let\'s get to work."')}`).quotes.find((q) => q.text.includes('get to work'));
    assert.ok(!shown || shown.kind !== 'direct' || shown.speaker?.name !== 'Malik Thornton' || !/^He$/.test(shown.speakerMention?.text ?? ''));
  });
});
