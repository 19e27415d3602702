/**
 * The Actors tree's roles made in slices (views/roles.ts, rolesReady): the same answers as
 * displayRoles, and the event loop gets turns while a long page is made.
 */
import * as assert from 'node:assert/strict';
import { displayRoles, rolesReady, rolesShown } from '../../src/vscode/views/roles';

/** Role lists of made-up harbour officials: titles, abbreviations, long names and descriptive phrases. */
function roleLists(count: number): string[][] {
  const places = ['Harbour', 'Quay', 'Dockside', 'Lighthouse', 'Ferry', 'Canal', 'Tidewater', 'Saltmarsh'];
  return Array.from({ length: count }, (_, i) => {
    const place = places[i % places.length];
    const roles = [`${place} Commissioner`, 'Commissioner', `port commissioner`, `Dep. Dir.`, `Deputy Director of the ${place} Authority for Boats and Barges`, `${place}’s longtime critic of the`, `Gov.`, `Governor`, `Acting ${place} Gov.`];
    // different lengths, and up to 40 roles (more than the 32 looked at)
    for (let k = 0; k < (i % 5) * 8; k++) roles.push(`${places[(i + k) % places.length]} board member ${k}`);
    return roles;
  });
}

describe('stall: roles made in slices', () => {
  it('groups titles as before: a shorter title joins a longer one with its words', () => {
    assert.deepEqual(displayRoles(['Harbour Commissioner', 'Commissioner', 'port commissioner']), ['Harbour Commissioner']);
    assert.deepEqual(displayRoles(['Director', 'Harbour Dir.']), ['Harbour Dir.']);
    assert.deepEqual(displayRoles(['Quay Warden', 'Canal Inspector']), ['Quay Warden', 'Canal Inspector']);
    // a descriptive phrase comes after every title
    assert.deepEqual(displayRoles(['the ferry’s owner', 'Ferry Master']), ['Ferry Master', 'the ferry’s owner']);
  });

  it('rolesReady makes every list’s roles, the same as displayRoles, and yields to the event loop meanwhile', async () => {
    const lists = roleLists(4000);
    const copies = lists.map((l) => [...l]);
    assert.ok(lists.every((l) => !rolesShown(l)));
    let turns = 0;
    const tick = setInterval(() => turns++, 0);
    try {
      await rolesReady(lists);
    } finally {
      clearInterval(tick);
    }
    assert.ok(lists.every((l) => rolesShown(l)));
    for (let i = 0; i < lists.length; i++) assert.deepEqual(displayRoles(lists[i]), displayRoles(copies[i]));
    assert.ok(turns > 0, 'timers ran while the roles were made');
  });

  it('an empty list is shown at once; a made list is not made again', async () => {
    assert.ok(rolesShown([]));
    const roles = ['Lock Keeper', 'Keeper'];
    const first = displayRoles(roles);
    await rolesReady([roles]);
    assert.equal(displayRoles(roles), first);
  });
});
