import { strict as assert } from 'node:assert';
import { churnedOldSpaceMb } from './churnedHeap';
import { boundHeapGrowth } from '../../src/vscode/indexing/heapGrowth';

describe('the heap’s growth between major collections is bounded', () => {
  it('keeps a thread’s old generation near what it holds live while garbage outlives the young generation', async function () {
    this.timeout(60_000);
    boundHeapGrowth();
    boundHeapGrowth();
    const mb = await churnedOldSpaceMb();
    assert.ok(mb < 150, `old generation grew to ${mb.toFixed(0)} MB`);
  });
});
