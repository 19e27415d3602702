/**
 * The actors an index cache's load has met, found by the ten numbers a head stores for each (see
 * ./validate.ts sharedActorAt), so that actors stored alike become one object. No vscode import.
 */

/** Numbers per actor in a cached head's list of actors (see ./validate.ts actorsFlat). */
export const ACTOR_STRIDE = 10;

/**
 * The actors a load has met (see sharedActorAt), found by their ten stored numbers: an open
 * addressing table of their places in `numbers`, as a chain per key would be long (an archive's
 * "United States" comes with some 300 names and counts).
 */
export class SharedActors {
  private slots = new Int32Array(1 << 12);
  /** The known actors' numbers, ACTOR_STRIDE each: 32-bit, as readNumbers gives them (half the memory a look-up walks: 2 MB at 10,164 articles). */
  private numbers = new Int32Array(ACTOR_STRIDE << 10);
  private readonly actors: Array<Record<string, unknown>> = [];
  /** Per actor, the number of the head that last took it. */
  private heads = new Int32Array(1 << 10);

  /** The index of the actor stored as `f` holds at `at`, or -1 when it is new (`add` it). */
  find(f: ArrayLike<number>, at: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hashOf(f, at) & mask; ; slot = (slot + 1) & mask) {
      const i = this.slots[slot] - 1;
      if (i < 0) return -1;
      let same = true;
      for (let j = 0; j < ACTOR_STRIDE && same; j++) same = this.numbers[i * ACTOR_STRIDE + j] === f[at + j];
      if (same) return i;
    }
  }

  /** Actor `i` (see find) for head `head`, unless that head has taken it already: null then. */
  take(i: number, head: number): Record<string, unknown> | null {
    if (this.heads[i] === head) return null;
    this.heads[i] = head;
    return this.actors[i];
  }

  add(f: ArrayLike<number>, at: number, head: number, actor: Record<string, unknown>): void {
    const n = this.actors.length;
    if (2 * (n + 1) > this.slots.length) this.grow();
    if ((n + 1) * ACTOR_STRIDE > this.numbers.length) {
      const more = new Int32Array(2 * this.numbers.length);
      more.set(this.numbers);
      this.numbers = more;
      const heads = new Int32Array(2 * this.heads.length);
      heads.set(this.heads);
      this.heads = heads;
    }
    for (let j = 0; j < ACTOR_STRIDE; j++) this.numbers[n * ACTOR_STRIDE + j] = f[at + j];
    this.heads[n] = head;
    this.actors.push(actor);
    this.place(n);
  }

  private place(i: number): void {
    const mask = this.slots.length - 1;
    let slot = hashOf(this.numbers, i * ACTOR_STRIDE) & mask;
    while (this.slots[slot]) slot = (slot + 1) & mask;
    this.slots[slot] = i + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(2 * this.slots.length);
    for (let i = 0; i < this.actors.length; i++) this.place(i);
  }
}

/** A hash of the ten numbers at `at`. */
function hashOf(f: ArrayLike<number>, at: number): number {
  let h = 0;
  for (let j = at; j < at + ACTOR_STRIDE; j++) h = Math.imul(h ^ f[j], 0x9e3779b1) ^ (h >>> 15);
  return h >>> 0;
}
