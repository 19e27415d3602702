/**
 * Kinds of wrong or missing speaker scout54c found in news on immigration, refugees and
 * Indigenous affairs, each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

describe('scout54c: a nation\'s department named by its fields listed with commas ("Immigration, Refugees and Citizenship Canada said")', () => {
  it('the whole list and the nation are one department, which "the department" then means', () => {
    const body = 'Immigration, Refugees and Citizenship Canada said in a statement that the office would reopen. “Staff are being hired,” the department said.';
    assert.equal(speakerOf(body, 'office would reopen'), 'Immigration, Refugees and Citizenship Canada');
    assert.equal(speakerOf(body, 'Staff are being hired'), 'Immigration, Refugees and Citizenship Canada');
    assert.equal(speakerOf('The grant was approved by Innovation, Science and Economic Development Canada, which said the lab “will open in May.”', 'will open in May'), 'Innovation, Science and Economic Development Canada');
  });
  it('a compound field before "and" too ("Crown-Indigenous Relations and Northern Affairs Canada")', () => {
    const a = inArticle('Crown-Indigenous Relations and Northern Affairs Canada said the talks would resume in June.');
    assert.deepEqual(a.actors.map((x) => [x.name, x.kind]), [['Crown-Indigenous Relations and Northern Affairs Canada', 'organization']]);
  });
  it('near miss: places or given names listed before a department stay a list of their own', () => {
    const a = inArticle('Ontario, Quebec and Health Canada said they would share the cost of the clinic.');
    assert.ok(!a.actors.some((x) => x.name === 'Ontario, Quebec and Health Canada' && x.kind === 'organization'));
    assert.ok(a.actors.some((x) => x.name === 'Health Canada'));
    const b = inArticle('Maria, Tom and Service Canada staff said the line was long.');
    assert.ok(!b.actors.some((x) => x.name.startsWith('Maria, Tom')));
  });
});

describe('scout54c: a relative clause whose verb takes a list ("Groups that offer food, beds and lessons in Regina say …")', () => {
  it('the plural head before "that" or "who" speaks, not a place inside the clause', () => {
    assert.equal(speakerOf('Charities that offer meals, beds and English lessons in Regina say the new rules will hurt families.', 'new rules will hurt'), 'Charities');
    assert.equal(speakerOf('Clinics who treat refugees, students or seasonal workers in Halifax said the waits had doubled.', 'waits had doubled'), 'Clinics');
  });
  it('near miss: a comma that sets off a reporter is no list, and the reporter speaks', () => {
    assert.equal(speakerOf('Shelters that take families in Winnipeg, officials in Ottawa say, will get more money.', 'will get more money'), 'officials in Ottawa');
  });
});

describe('scout54c: the Border Patrol\'s ranks before a name ("Sector Chief Patrol Agent Ana Ruiz said")', () => {
  it('the rank is an office and the name after it the speaker, whatever body comes first', () => {
    assert.equal(speakerOf('El Centro Sector Chief Patrol Agent Nora Vance said the crossings had slowed.', 'crossings had slowed'), 'Nora Vance');
    assert.equal(speakerOf('Border Patrol Agent Luis Ortega said the group was found at dawn.', 'found at dawn'), 'Luis Ortega');
    const body = 'Houlton Sector Chief Patrol Agent Nora Vance spoke at the port. “We need more people,” Vance said.';
    assert.equal(speakerOf(body, 'We need more people'), 'Nora Vance');
  });
  it('near miss: a body before a known office still does not speak for the person', () => {
    assert.equal(speakerOf('Yukon Sector Chief Nora Vance said the road was closed.', 'road was closed'), 'Nora Vance');
  });
});

describe('scout54c: a public body named by a nation\'s word and its field ("Canadian Heritage said")', () => {
  it('is a department that speaks and that "the department" then means', () => {
    const body = 'Canadian Heritage said in an email that it had paid for nine language camps. “More will follow,” the department said.';
    assert.equal(speakerOf(body, 'nine language camps'), 'Canadian Heritage');
    assert.equal(speakerOf(body, 'More will follow'), 'Canadian Heritage');
  });
  it('near miss: a nation\'s word before a person, or the body before its minister\'s name, leaves the person the speaker', () => {
    assert.equal(speakerOf('A Canadian official said the camps were full.', 'camps were full'), 'Canadian official');
    assert.equal(speakerOf('Canadian Heritage Minister Ada Stone said the camps would reopen.', 'would reopen'), 'Ada Stone');
  });
});
