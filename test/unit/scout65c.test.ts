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
