import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/** A body's bracketed acronym is its alias, also when small letters stand among the capitals ("AfD"). */
const actorsOf = (body: string) => analyze(`Headline\n\n${body}`).actors.map((a) => `${a.name}:${a.kind}${a.aliases.length ? ` [${a.aliases.join('|')}]` : ''}`);

describe('bracketed acronyms with small letters', () => {
  it('"Alternative for Germany (AfD)" … "The AfD": one party', () => {
    const got = actorsOf('The far-right Alternative for Germany (AfD) won in Thuringia on Sunday. The AfD took a third of the vote.');
    assert.ok(got.includes('Alternative for Germany:organization [AfD]'), got.join(', '));
    assert.ok(!got.some((a) => a.startsWith('AfD:')), got.join(', '));
  });

  it('capitals alone still do; a word in brackets that is no acronym does not', () => {
    assert.ok(actorsOf('The Center for Strategic and International Studies (CSIS) said so.').includes('Center for Strategic and International Studies:organization [CSIS]'));
    const got = actorsOf('The Kenya Wildlife Service (Nairobi) said the park would reopen.');
    assert.ok(!got.some((a) => a.includes('[Nairobi]')), got.join(', '));
  });
});
