import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/** The roles the article gives the person named `name`; fails when no such actor is found. */
function rolesOf(text: string, name: string): string[] {
  const actor = analyze(text).actors.find((a) => a.name === name);
  assert.ok(actor, `${name} is an actor`);
  return actor.roles;
}

describe('roles read around a name are noun phrases, never the clause around them', () => {
  it('a role before the name across a comma starts after its determiner, not at the verb before it', () => {
    const cases: Array<[string, string]> = [
      ['Her campaign is preparing to battle the presumptive Republican nominee, Dale Harmon, in the fall.', 'presumptive Republican nominee'],
      ['She spent the evening painting her chief political rival, Dale Harmon, as unfit.', 'chief political rival'],
      ['A bolder platform could help her defeat the party’s presumptive nominee, Dale Harmon, in November.', 'party’s presumptive nominee'],
    ];
    for (const [text, role] of cases) {
      const roles = rolesOf(text, 'Dale Harmon');
      assert.deepEqual(roles, [role], text);
    }
  });

  it('"of the" after a role word stays inside the role', () => {
    assert.deepEqual(rolesOf('The talks were led by the secretary of the Treasury, Omar Fadel, on Monday.', 'Omar Fadel'), ['secretary of the Treasury']);
  });

  it('an aside opened by "as" or "even" after the name is no appositive role', () => {
    for (const text of [
      'The speech cast Dale Harmon, as a man too reckless for the job, in a hard light.',
      'Voters still backed Dale Harmon, even as a candidate with no record, in the primary.',
    ]) assert.deepEqual(rolesOf(text, 'Dale Harmon'), [], text);
  });

  it('"now" and "also" before an appositive role are left out of it; "then" stays', () => {
    assert.deepEqual(rolesOf('His sister, Ruth Calder, now a federal judge, did not comment.', 'Ruth Calder').filter((r) => r !== 'sister'), ['federal judge']);
    assert.deepEqual(rolesOf('The crash killed one passenger; Amos Drake, also a pilot, survived.', 'Amos Drake'), ['pilot']);
    assert.ok(rolesOf('The cable was sent by Lena Voss, then ambassador to Chile, in 2009.', 'Lena Voss').includes('then ambassador to Chile'));
  });
});
