import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/**
 * Session 38: offices that "chief" opens ("chief medical officer", "chief financial officer",
 * "chief of staff") are read whole, are no "chief" and no leader, and two of them are never one
 * person; a phrase goes to a named person only when that person holds the same office.
 */
const speakers = (body: string) => analyze(`Officials update residents\n\n${body}`).quotes.map((q) => q.speaker);
const names = (body: string) => speakers(body).map((a) => a?.name ?? '?');

describe('offices that "chief" opens (session 38)', () => {
  it('a chief officer with no name is an unnamed person named by the whole office', () => {
    assert.deepEqual(names('The chief financial officer said margins would recover by spring.'), ['chief financial officer']);
    // ("operating" is no verb here, nor its -ing a participle of people)
    assert.deepEqual(names('The chief operating officer said the mill would reopen in March.'), ['chief operating officer']);
    assert.deepEqual(names('The chief public health officer said the wave had passed.'), ['chief public health officer']);
  });

  it('an office by whose it is, after a possessive, is read whole', () => {
    const [a] = speakers("Manitoba's chief medical officer said the clinics would stay open.");
    assert.ok(a && /chief medical officer/.test(a.name), a?.name);
  });

  it('two different offices are two people, never one', () => {
    const [cmo, fire] = speakers('The chief medical officer said the smoke posed little risk. The fire chief said crews would stay overnight.');
    assert.ok(cmo && fire && cmo !== fire, `${cmo?.name} / ${fire?.name}`);
    assert.equal(fire.name, 'fire chief');
    // (of one first and last word: no given name and surname to share)
    const [med, fin] = speakers('The chief medical officer said vaccines were safe. The chief financial officer said the budget was tight.');
    assert.ok(med && fin && med !== fin, `${med?.name} / ${fin?.name}`);
    assert.equal(fin.name, 'chief financial officer');
    const [staff, police] = speakers('The chief of staff said the governor was resting. The police chief said no one had been charged.');
    assert.ok(staff && police && staff !== police, `${staff?.name} / ${police?.name}`);
    // (nor is a deputy the chief)
    const [deputy, chief] = speakers('The deputy chief said the suspect fled on foot. The police chief said he was armed.');
    assert.ok(deputy && chief && deputy !== chief, `${deputy?.name} / ${chief?.name}`);
  });

  it('a named holder of another office is not the phrase\'s', () => {
    const body =
      'Fire Chief Dana Ortiz said the blaze was out. Chief Medical Officer Dr. Raj Patel said the smoke posed a risk. ' +
      'The fire chief said crews stayed overnight. The chief medical officer said residents should keep their windows shut.';
    assert.deepEqual(names(body), ['Dana Ortiz', 'Raj Patel', 'Dana Ortiz', 'Raj Patel']);
    const [ceo, cfo] = speakers('Harbourline chief executive Ana Ruiz said sales grew. The chief financial officer said costs fell.');
    assert.equal(ceo?.name, 'Ana Ruiz');
    assert.ok(cfo !== ceo, 'the chief financial officer is not the chief executive');
  });

  it('the one person named with the office, in apposition after a title of address, is who the phrase means', () => {
    const body = "The region's chief medical officer of health, Dr. Amara Nwosu, said cases were falling. The chief medical officer said masks were still advised.";
    assert.deepEqual(names(body), ['Amara Nwosu', 'Amara Nwosu']);
    // (and the office named before the name keeps finding its holder)
    assert.deepEqual(names('Police Chief Mark Neufeld said the search went on. The chief said more arrests were likely.'), ['Mark Neufeld', 'Mark Neufeld']);
    assert.deepEqual(names('Chief Economist Sarah Ling said rates would fall. The economist said inflation was easing.'), ['Sarah Ling', 'Sarah Ling']);
  });

  it('"chief" before an office the lists lack is no "chief" with a verb after it', () => {
    const r = analyze('Officials update residents\n\nThe chief medical examiner said the cause of death was unclear.');
    assert.ok(!r.mentions.some((m) => m.text === 'The chief'), r.mentions.map((m) => m.text).join(' | '));
  });

  it('a chief officer opening a sentence that reports nothing is who the pronoun after it is', () => {
    assert.deepEqual(names('The chief medical officer toured the ward on Monday. She said staff were exhausted.'), ['chief medical officer']);
  });
});
