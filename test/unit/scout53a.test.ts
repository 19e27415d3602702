/**
 * Kinds of wrong or missing speaker scout53a found in labour and workplace news (session 53),
 * each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('scout53a: a document\'s participle after its addressees ("said in a bulletin to members posted Wednesday that …")', () => {
  it('the participle is the document\'s: the addressees post nothing, the subject of "said" speaks', () => {
    assert.equal(speakerOf('The Harbour Workers Guild said in a bulletin to members posted late Wednesday that the employer had walked away from talks.', 'walked away from talks'), 'Harbour Workers Guild');
    assert.equal(speakerOf('Loreto Mills said in a letter to its employees posted online that the night shift would end.', 'night shift would end'), 'Loreto Mills');
    assert.equal(speakerOf('Priya Basra said in a note to all staff posted Friday that the clinic would reopen.', 'clinic would reopen'), 'Priya Basra');
  });
  it('near miss: addressees with a clause of their own, and a post with no document before it, still speak', () => {
    assert.equal(speakerOf('The mayor wrote to residents, who posted Tuesday that the road was unsafe.', 'road was unsafe'), 'residents');
    assert.equal(speakerOf('Organizers with the guild posted Tuesday that the vote would go ahead.', 'vote would go ahead'), 'Organizers with the guild');
  });
});

describe('scout53a: a paper named by two words joined by "and" saw the document ("according to a memo obtained by The Globe and Mail, …")', () => {
  it('the newsroom only obtained it: the document is the source, no one speaks for it', () => {
    assert.equal(speakerOf('Canada Post said its offer was fair.\n\nAccording to an internal memo obtained by The Globe and Mail, managers were told to prepare for a walkout.', 'prepare for a walkout'), null);
    assert.equal(speakerOf('Harlow Steel said the plant was safe.\n\nAccording to emails obtained by The Post and Courier, supervisors were warned about the furnace in May.', 'warned about the furnace'), null);
    assert.equal(speakerOf('The union said talks had stalled. A memo seen by The Times and Democrat said managers should prepare for a strike.', 'prepare for a strike'), null);
  });
  it('near miss: a body that is no paper and obtained the document, and a plain "according to" a person, keep their speaker', () => {
    assert.equal(speakerOf('According to Dana Ruiz, the memo obtained by reporters was only a draft.', 'was only a draft'), 'Dana Ruiz');
    assert.equal(speakerOf('The Safety and Standards Board met on Monday. The mill skipped inspections, according to records obtained by the Safety and Standards Board.', 'skipped inspections'), 'Safety and Standards Board');
  });
});

describe('scout53a: a plural subject with a relative "that" or "which" clause ("Small businesses that depend on the mail said …")', () => {
  it('the clause ends in a preposition\'s object: the plural before "that" speaks, and the quote is kept', () => {
    assert.equal(speakerOf('Small businesses that depend on the mail said they were bracing for a slow season.', 'bracing for a slow season'), null);
    assert.equal(speakerOf('Many retailers that import toys through the port said they expected empty shelves.', 'expected empty shelves'), null);
    assert.equal(speakerOf('Dairy farmers which ship milk by rail said the strike had cost them dearly.', 'cost them dearly'), 'Dairy farmers');
  });
  it('near miss: a "that" clause with its own subject, and a "who" clause, are read as before', () => {
    assert.equal(speakerOf('Reports that the plant would close said nothing of jobs.', 'nothing of jobs'), undefined);
    assert.equal(speakerOf('Grain farmers who ship through the port said they were bracing for delays.', 'bracing for delays'), 'Grain farmers');
    assert.equal(speakerOf('The claims that workers made about the plant were false, the company said.', 'were false'), 'company');
  });
});
