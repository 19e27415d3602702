/**
 * Kinds of wrong, cut or lost attribution scout 56a found in energy, mining and environment news,
 * each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('scout56a: an office with its field in lower-case words, then the holder\'s name ("said the group\'s director of government relations, NAME")', () => {
  it('the name in apposition speaks, with a possessive body or a determiner before the office', () => {
    assert.equal(speakerOf('The council met on Monday.\n\n“The levy is fair,” said the council\'s director of public affairs, Ines Whitford.', 'levy is fair'), 'Ines Whitford');
    assert.equal(speakerOf('The mill reopened in June.\n\n“Orders are up,” said Harlow Paper\'s vice-president of investor relations, Colm Devereux, on a call.', 'Orders are up'), 'Colm Devereux');
    assert.equal(speakerOf('The lab opened in 2019.\n\n“We test every batch,” said the head of research and development, Petra Lindqvist.', 'test every batch'), 'Petra Lindqvist');
  });
  it('near miss: a body\'s name after the comma is where the office is, and no holder speaks', () => {
    assert.notEqual(speakerOf('The city met on Monday.\n\n“Crews are out,” said the head of public works, Halifax Regional Municipality.', 'Crews are out'), 'Halifax Regional Municipality');
    assert.notEqual(speakerOf('The city met on Monday.\n\n“Crews are out,” said the head of public works, Westlake County.', 'Crews are out'), 'Westlake County');
  });
});

describe('scout56a: "it" opening a sentence after one a body opens as its subject ("Enbridge has run the line since 1953. It says …")', () => {
  const before = 'The Prairie Waters Alliance staged a sit-in. In a statement, the alliance said it was “ready to return every week.”\n\nKestrel Pipelines Inc. spokesman Omar Bellamy said the company respects the right to protest.\n\n';
  it('is that body, named or described, not the body that spoke last', () => {
    assert.equal(speakerOf(`${before}Kestrel has run the pipeline since 1961. It says a new tunnel would remove the risk of a rupture.`, 'remove the risk'), 'Kestrel Pipelines Inc.');
    assert.equal(speakerOf(`${before}The Calgary company has run the pipeline since 1961. It says a new tunnel would remove the risk of a rupture.`, 'remove the risk'), 'Kestrel Pipelines Inc.');
  });
  it('near miss: a sentence that reports speech gives its "it" to its source, not its subject', () => {
    assert.equal(speakerOf(`${before}Kestrel has run the pipeline since 1961, according to the Prairie Waters Alliance. It says a new tunnel would only add risk.`, 'only add risk'), 'Prairie Waters Alliance');
  });
});
