/**
 * Kinds of wrong or missing speaker scout53b found in breaking news and emergencies (fires,
 * storms, crashes, searches), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, quotePairsInArticle as quotes, speakerInArticle as speakerOf } from './helpers';

describe('scout53b: a town\'s fire service named by two services side by side ("Kamloops Fire Rescue")', () => {
  it('the town\'s words stay in the body\'s name, known town or not', () => {
    assert.equal(speakerOf('Kamloops Fire Rescue said the blaze was out by noon.', 'blaze was out'), 'Kamloops Fire Rescue');
    assert.equal(speakerOf('Crews were called at 3 a.m.\n\nMaple Ridge Fire Rescue said two people were hurt.', 'two people were hurt'), 'Maple Ridge Fire Rescue');
    assert.equal(speakerOf('“The roof was gone,” said a spokesperson.\n\nOrange Grove Fire Rescue said the cause was a heater.', 'cause was a heater'), 'Orange Grove Fire Rescue');
  });
  it('two towns\' fire services stay two bodies', () => {
    const names = inArticle('Boston Fire Rescue said the blaze was out.\n\nDenver Fire Rescue said it sent a crew.').actors.map((a) => a.name);
    assert.ok(names.includes('Boston Fire Rescue') && names.includes('Denver Fire Rescue'), names.join('; '));
  });
  it('near miss: one service word after the town, and a service joined by "and", keep their own shapes', () => {
    assert.equal(speakerOf('Calgary Fire Department said the roof fell in.', 'roof fell in'), 'Calgary Fire Department');
    assert.equal(speakerOf('Halifax Regional Fire and Emergency said the road was closed.', 'road was closed'), 'Halifax Regional Fire and Emergency');
    assert.ok(!inArticle('Fire crews rescued two cats on Elm Street.').actors.some((a) => a.kind === 'organization'));
  });
});

describe('scout53b: an office with its field in lower case, a title of address, then the holder ("medical officer of health Dr. Lena Marsh")', () => {
  it('the title of address is the holder\'s: the person speaks, no phrase of their own', () => {
    assert.equal(speakerOf('“The risk is low,” medical officer of health Dr. Lena Marsh said.', 'risk is low'), 'Lena Marsh');
    assert.equal(speakerOf('Chief medical officer of health Dr. Kieran Moss said the water was safe.', 'water was safe'), 'Kieran Moss');
    assert.equal(speakerOf('“Schools will open,” director of education Dr Sue Kent said in a statement.', 'Schools will open'), 'Sue Kent');
  });
  it('near miss: a spokesperson for a doctor is someone else, and the holder named without a title still speaks', () => {
    assert.notEqual(speakerOf('“No comment,” said a spokesperson for Dr. Ann Lee.', 'No comment'), 'Ann Lee');
    assert.equal(speakerOf('“Schools will open,” director of education Rob Kent said.', 'Schools will open'), 'Rob Kent');
  });
});

describe('scout53b: an inverted cue before an office with its field in lower case and the holder ("said chief of police Ann Roy")', () => {
  it('the field and the name after "of" are part of the subject: the holder speaks', () => {
    assert.equal(speakerOf('“The road is closed,” said chief of police Ann Roy.', 'road is closed'), 'Ann Roy');
    assert.equal(speakerOf('“Crews are out,” said director of operations Kim Patel, adding that more were coming.', 'Crews are out'), 'Kim Patel');
    assert.equal(speakerOf('The school, said director of education Dr. Ron Lane, will reopen on Monday.', 'The school'), 'Ron Lane');
  });
  it('near miss: a determiner after "of", or no name after the field, leaves the phrase as it was', () => {
    assert.notEqual(speakerOf('“We are fine,” said a friend of Kim Patel.', 'We are fine'), 'Kim Patel');
    assert.equal(speakerOf('Kim Patel runs the depot. “Crews are out,” said the head of the union.', 'Crews are out') === 'Kim Patel', false);
  });
});

describe('scout53b: a cue\'s adjunct that holds a time of day after "after" or "before" ("said in an update shortly after 7 a.m. that")', () => {
  it('the clock time is the adjunct\'s object: "that" after it opens what was said', () => {
    assert.equal(speakerOf('Ridgeline Power said in an update shortly after 6 a.m. that 40,000 homes were dark.', '40,000 homes were dark'), 'Ridgeline Power');
    assert.equal(speakerOf('Harbour Police said in a news release just before noon that the driver had died.', 'driver had died'), 'Harbour Police');
    assert.equal(speakerOf('Ridgeline Power said in a post after 2:30 p.m. Friday that crews were out.', 'crews were out'), 'Ridgeline Power');
  });
  it('near miss: a clock time inside what was said, and one after an act that is no speech, report nothing new', () => {
    assert.deepEqual(quotes('Ridgeline Power said it would restore power after 7 p.m. that night.'), [['it would restore power after 7 p.m. that night', 'Ridgeline Power']]);
    assert.deepEqual(quotes('Ridgeline Power restored power shortly after 7 a.m. that day.'), []);
  });
});

describe('scout53b: "the agency" after a police body named earlier ("The Ohio State Patrol said … The agency said")', () => {
  it('a state patrol, a highway patrol or a sheriff\'s office is the agency the description means', () => {
    assert.equal(speakerOf('The Ohio State Patrol said a bus had overturned.\n\nThe agency said no children were hurt.', 'no children were hurt'), 'Ohio State Patrol');
    assert.equal(speakerOf('The road was closed, according to the Nevada Highway Patrol. The agency said it would reopen at noon.', 'would reopen at noon'), 'Nevada Highway Patrol');
  });
  it('near miss: an agency named nearer is still the one meant, and a regulator is no police force', () => {
    assert.equal(speakerOf('The Ohio State Patrol said a drone was seen. The Federal Aviation Administration said it was a toy. The agency said it would act.', 'would act'), 'Federal Aviation Administration');
    assert.notEqual(speakerOf('The Ohio State Patrol said a tanker had leaked.\n\nThe regulator said the spill was small.', 'spill was small'), 'Ohio State Patrol');
  });
});
