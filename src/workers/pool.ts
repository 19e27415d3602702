/**
 * A pool of worker threads, each running one job at a time, so that extraction never runs on the
 * extension host's own thread (nor, with several cores, only on the command line's). Each worker is handed its next jobs before it finishes the current
 * one (`depth` of them at once), so it never waits for the host's busy event loop between two articles. A job that runs past
 * its time limit, or whose worker runs out of memory (the `resourceLimits` given) or dies, ends
 * with a reason instead of a value; its worker is terminated, the job handed to it next goes back
 * to the queue, a fresh worker takes its place, and the other jobs go on. No vscode import: the
 * unit tests run it in plain Node.
 *
 * Protocol with the worker script: it posts `{ ready: true }` once loaded, then answers each job
 * message with one `Outcome`. With `bulkNice` it may also be sent `{ nice: n }`, which it answers
 * with nothing: it lowers its own thread's priority to niceness n.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** What a job ends with: the worker's value, or why there is none. */
export type Outcome<R> = { ok: true; value: R } | { ok: false; reason: string };

export interface PoolOptions<J> {
  /** The worker script: a file path, or source code when `eval` is true. */
  script: string;
  eval?: boolean;
  /** Most workers at once (one per spare core is the caller's choice); at least one. */
  size: number;
  /**
   * Jobs posted to a worker at once: the one it runs and those it takes up next without waiting
   * for the host (default 2). The host hears of a finished job, and posts the next, only between
   * its own turns: jobs shorter than those turns want a deeper queue, or the worker idles.
   */
  depth?: number;
  /** Longest a job may run, in ms; its worker is then terminated. Asked when the job starts. */
  timeoutMs: (job: J) => number;
  resourceLimits?: ResourceLimits;
  workerData?: unknown;
  /** A worker idle this long (ms) is ended, giving its memory back; a new job starts another. */
  idleMs?: number;
  /**
   * With `idleMs`: once a worker has run this many jobs, idle workers end as soon as the queue is empty (BULK_IDLE_MS) instead: a bulk (an indexing
   * pass) leaves its heap grown far beyond what an edit's job needs, and the host's peak comes
   * just after a pass (the corpus settling). The next edit warms a fresh worker (see warm).
   */
  bulkJobs?: number;
  /**
   * Posted to a worker that has no job when it is ended (idle, or the pool disposed), instead of
   * terminating it: the script then ends by itself, and its exit handlers run (a terminated
   * thread's may not). The script must end on it.
   */
  closeMessage?: unknown;
  /** With `idleMs`: while this says true, idle workers are kept (asked again after each idle time): a save expected soon wants one warm. */
  keepAlive?: () => boolean;
  /**
   * The niceness (Linux: per thread) a worker is given once it works through a bulk: when it is
   * handed a job that is not urgent while a full `depth` of jobs still waits behind it. An edit's
   * few jobs never make one nice; one that ran a bulk too small to wear it (see bulkJobs) stays
   * nice for the edits that find it alive, a wait only while another process holds the cores.
   */
  bulkNice?: number;
  /**
   * With `bulkJobs`: the share of a bulk (0-1: of the jobs handed out since the queue was last
   * empty and those waiting) that one worker does alone at its end. Once a worker is worn by the
   * bulk and fewer jobs than that wait, workers beyond the first each finish what they were handed
   * and end, and none starts again while so few wait. A pass's end is the extension host's peak of
   * memory (its corpus at its largest), and each worker held ~55 MB of it.
   */
  bulkTail?: number;
  /**
   * Called just before a worker's thread starts, and `after` once its isolate exists (it runs, or
   * it failed): for settings of V8 that are the process's but that an isolate takes when it is made
   * (see indexPool). Calls pair up; starts may overlap. Not for a worker started by warm() or for
   * an urgent job: one whose first results someone waits for.
   */
  isolateSetup?: { before(): void; after(): void };
}

interface Task<J, R> {
  job: J;
  urgent: boolean;
  resolve: (outcome: Outcome<R>) => void;
}

interface Slot<J, R> {
  worker: Worker;
  ready: boolean;
  /** Jobs posted to the worker, in order: the first runs, the rest wait in its message queue. */
  tasks: Task<J, R>[];
  /** The running job's time limit. */
  timer?: NodeJS.Timeout;
  /** Jobs the worker has finished. */
  done: number;
  /** Whether it was told to run at `bulkNice` (it cannot be told back: lowering a niceness takes privileges). */
  niced: boolean;
  /** Ended once its jobs are done, and handed no more (see bulkTail). */
  retiring: boolean;
  /** Calls isolateSetup's `after` unless done already (its isolate exists, or it is ended before). */
  setUp?: () => void;
}

/** Jobs posted to a worker at once unless the options say otherwise: the one it runs and the one it takes up next. */
const JOBS_PER_WORKER = 2;

/**
 * How long workers worn by a bulk of jobs (see bulkJobs) stay idle, ms: none beyond the turn their
 * last outcome came in (a job queued in that turn still finds them). A pass queues its articles
 * far faster than a worker analyses them, so its queue empties only at its end, and then the
 * worker's 50-80 MB overlapped the host's writers (the cache, the settled snapshot, the search
 * snapshot): the host's peak of memory for a cold index.
 */
const BULK_IDLE_MS = 0;

/** How often keepAlive is asked again while it keeps a worn worker (see bulkJobs), ms. */
const KEEP_ALIVE_ASK_MS = 1000;

/**
 * Times a fresh worker runs the warm-up job: once leaves the extractor unoptimised, and the edit's
 * own job then took 120-170 ms for a 9 KB article against 20-40 ms after five runs (a loaded
 * 2-core machine, 2026-12-01); the runs cost the worker's thread, not the host's.
 */
const WARM_UP_RUNS = 4;

/** Workers that die before they are ready this many times in a row mean a broken script: stop. */
const MAX_START_FAILURES = 3;

/**
 * Most workers at once on `cores` cores: one per core the extension host does not use itself, and
 * on two cores a second when workers can be niced (see bulkNice; Linux only). In a cold pass of
 * 10k articles the host's thread used about a third of a core and one worker the other: the rest
 * sat idle. Two workers at the host's own priority took its core (a second cost more than it saved).
 */
export function poolSize(cores: number, niced = process.platform === 'linux'): number {
  return niced && cores === 2 ? 2 : Math.max(1, cores - 1);
}

export class WorkerPool<J, R> {
  private readonly slots = new Set<Slot<J, R>>();
  private queue: Task<J, R>[] = [];
  private head = 0;
  private startFailures = 0;
  /** The system refused a thread (EAGAIN: a low limit of processes): no more workers than now until one ends. */
  private spawnRefused = false;
  /** Set while warm() queues its first job: a worker it starts is an edit's (see isolateSetup). */
  private warming = false;
  /** Jobs handed to workers since the queue was last empty (see bulkTail). */
  private handed = 0;
  private idleTimer?: NodeJS.Timeout;
  private disposed = false;

  constructor(private readonly options: PoolOptions<J>) {}

  /** Queues a job; `urgent` jobs (an edit in progress) go before the rest. Never rejects. */
  run(job: J, urgent = false): Promise<Outcome<R>> {
    if (this.disposed) return Promise.resolve({ ok: false, reason: 'indexing stopped' });
    return new Promise((resolve) => {
      const task = { job, urgent, resolve };
      if (urgent) {
        this.queue.splice(this.head, 0, task);
      } else {
        this.queue.push(task);
      }
      this.pump();
    });
  }

  /**
   * Starts a worker and has it run `job` (its outcome dropped) when none is alive: a job expected
   * soon (an article being edited, then saved) then finds a worker loaded and warmed up instead of
   * paying for its start, about half a second. While a worker lives its idle time starts again
   * (an edit under way keeps it), and no job is added. Does nothing once the pool is disposed.
   */
  warm(job: J): void {
    if (this.disposed) return;
    if (this.slots.size === 0) {
      this.warming = true;
      this.warmUp(job, WARM_UP_RUNS);
      this.warming = false;
    } else this.pump();
  }

  /** Runs `job` `runs` times, one after another (a job posted meanwhile goes between), while a worker lives. */
  private warmUp(job: J, runs: number): void {
    void this.run(job).then(() => {
      if (runs > 1 && !this.disposed && this.slots.size > 0) this.warmUp(job, runs - 1);
    });
  }

  /** Jobs waiting or running. */
  get pending(): number {
    let posted = 0;
    for (const s of this.slots) posted += s.tasks.length;
    return this.queue.length - this.head + posted;
  }

  /** Live workers (for tests and the log). */
  get workers(): number {
    return this.slots.size;
  }

  /** Ends every worker; queued jobs end with a reason. */
  async dispose(): Promise<void> {
    this.disposed = true;
    clearTimeout(this.idleTimer);
    for (const t of this.queue.slice(this.head)) t.resolve({ ok: false, reason: 'indexing stopped' });
    this.queue = [];
    this.head = 0;
    const ending = [...this.slots].map((s) => this.end(s, 'indexing stopped'));
    await Promise.all(ending);
  }

  private pump(): void {
    if (this.disposed) return;
    clearTimeout(this.idleTimer);
    const most = Math.max(1, this.options.depth ?? JOBS_PER_WORKER);
    const tail = this.inBulkTail();
    if (tail) this.retireBeyondFirst();
    for (let depth = 1; depth <= most; depth++) {
      for (const slot of this.slots) {
        if (this.head >= this.queue.length) break;
        if (slot.ready && !slot.retiring && slot.tasks.length < depth) this.post(slot, this.next());
      }
    }
    // a first worker for any job; more only for a backlog that the ready ones are full with and
    // the starting ones will not take (an edit's job or two never start a second one)
    const waiting = this.queue.length - this.head;
    const starting = [...this.slots].filter((s) => !s.ready).length;
    const working = [...this.slots].filter((s) => !s.retiring).length;
    const wanted = working ? Math.ceil((waiting - starting * most) / most) : Math.min(waiting, 1);
    for (let n = Math.min(wanted, (tail ? 1 : Math.max(1, this.options.size)) - working); n > 0 && (!this.spawnRefused || !this.slots.size); n--) this.spawn();
    if (this.head >= this.queue.length) {
      this.queue = [];
      this.head = 0;
      this.handed = 0;
      if (this.options.idleMs && this.slots.size) {
        const { bulkJobs } = this.options;
        const worn = bulkJobs !== undefined && [...this.slots].some((s) => s.done >= bulkJobs);
        const ms = worn ? Math.min(BULK_IDLE_MS, this.options.idleMs) : this.options.idleMs;
        // kept alive (unsaved edits): asked again a while later, not in every turn
        const again = Math.max(ms, Math.min(KEEP_ALIVE_ASK_MS, this.options.idleMs));
        const idle = (): void => {
          if (this.options.keepAlive?.()) {
            this.idleTimer = setTimeout(idle, again);
            this.idleTimer.unref();
            return;
          }
          for (const s of this.slots) if (!s.tasks.length) void this.end(s, 'idle');
        };
        this.idleTimer = setTimeout(idle, ms);
        this.idleTimer.unref();
      }
    }
  }

  /** Whether a bulk is in its last jobs (see bulkTail): a worker is worn by it and few jobs wait. */
  private inBulkTail(): boolean {
    const { bulkTail, bulkJobs } = this.options;
    const waiting = this.queue.length - this.head;
    if (bulkTail === undefined || bulkJobs === undefined || waiting >= bulkTail * (this.handed + waiting)) return false;
    for (const s of this.slots) if (s.done >= bulkJobs) return true;
    return false;
  }

  /** Has every worker but one (the one with the most jobs in hand) take no more jobs and end once it has done those it has. */
  private retireBeyondFirst(): void {
    let kept: Slot<J, R> | undefined;
    for (const s of this.slots) if (!s.retiring && s.ready && (!kept || s.tasks.length > kept.tasks.length)) kept = s;
    if (!kept) return;
    for (const s of this.slots) {
      if (s === kept || s.retiring) continue;
      s.retiring = true;
      if (!s.tasks.length) void this.end(s, 'idle');
    }
  }

  private next(): Task<J, R> {
    const task = this.queue[this.head];
    this.queue[this.head++] = undefined as unknown as Task<J, R>;
    this.handed++;
    return task;
  }

  private spawn(): void {
    const { script, workerData, resourceLimits } = this.options;
    const isolateSetup = this.warming || this.queue[this.head]?.urgent ? undefined : this.options.isolateSetup;
    let worker: Worker;
    isolateSetup?.before();
    try {
      worker = new Worker(script, { eval: this.options.eval ?? false, workerData, resourceLimits, stdout: false, stderr: false });
    } catch (e) {
      isolateSetup?.after();
      // the workers alive take the waiting jobs; with none, each waiting job fails with the reason
      this.spawnRefused = true;
      if (!this.slots.size) {
        for (const t of this.queue.slice(this.head)) t.resolve({ ok: false, reason: `could not start a worker thread (${(e as Error).message})` });
        this.queue = [];
        this.head = 0;
      }
      return;
    }
    const slot: Slot<J, R> = { worker, ready: false, tasks: [], done: 0, niced: false, retiring: false };
    this.slots.add(slot);
    if (isolateSetup) {
      // its isolate exists once it runs; a thread that fails to start is ended first (see end)
      slot.setUp = (): void => {
        slot.setUp = undefined;
        isolateSetup.after();
      };
      worker.once('online', () => slot.setUp?.());
    }
    worker.on('message', (msg: Outcome<R> | { ready: true }) => {
      if ('ready' in msg) {
        slot.ready = true;
        this.startFailures = 0;
      } else if (slot.tasks.length) {
        clearTimeout(slot.timer);
        slot.done++;
        slot.tasks.shift()!.resolve(msg);
        // the worker has taken up its next job (if it had one)
        if (slot.tasks.length) this.time(slot);
        else if (slot.retiring) void this.end(slot, 'idle');
      }
      this.pump();
    });
    worker.on('error', (e: Error & { code?: string }) => {
      const limit = resourceLimits?.maxOldGenerationSizeMb;
      this.fail(slot, e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `ran out of memory${limit ? ` (limit ${limit} MB)` : ''}` : `worker failed (${e.message})`);
    });
    worker.on('exit', (code) => this.fail(slot, `worker exited (code ${code})`));
  }

  private post(slot: Slot<J, R>, task: Task<J, R>): void {
    const { bulkNice, depth = JOBS_PER_WORKER } = this.options;
    if (bulkNice !== undefined && !slot.niced && !task.urgent && this.queue.length - this.head >= depth) {
      slot.niced = true;
      slot.worker.postMessage({ nice: bulkNice });
    }
    slot.tasks.push(task);
    slot.worker.postMessage(task.job);
    if (slot.tasks.length === 1) this.time(slot);
  }

  /** Starts the time limit of the slot's running (first) job. */
  private time(slot: Slot<J, R>): void {
    const ms = this.options.timeoutMs(slot.tasks[0].job);
    slot.timer = setTimeout(() => this.fail(slot, `stopped after ${ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`}, the time limit for one article`), ms);
  }

  /** The slot's worker is gone or must go: its job ends with `reason`, a new worker is started if work waits. */
  private fail(slot: Slot<J, R>, reason: string): void {
    if (!this.slots.has(slot)) return;
    if (!slot.ready && !slot.tasks.length && ++this.startFailures >= MAX_START_FAILURES) {
      // the script itself is broken: every waiting job fails rather than respawning forever
      for (const t of this.queue.slice(this.head)) t.resolve({ ok: false, reason });
      this.queue = [];
      this.head = 0;
    }
    void this.end(slot, reason);
    this.pump();
  }

  private async end(slot: Slot<J, R>, reason: string): Promise<void> {
    if (!this.slots.delete(slot)) return;
    slot.setUp?.();
    this.spawnRefused = false;
    clearTimeout(slot.timer);
    const [running, ...waiting] = slot.tasks;
    slot.tasks = [];
    running?.resolve({ ok: false, reason });
    // jobs the worker had not begun are not its fault: back to the front of the queue
    if (waiting.length && !this.disposed) this.queue.splice(this.head, 0, ...waiting);
    else for (const t of waiting) t.resolve({ ok: false, reason });
    slot.worker.removeAllListeners('message');
    slot.worker.removeAllListeners('exit');
    // a terminated worker may still report an error: keep a listener so it is not thrown
    slot.worker.on('error', () => undefined);
    if (!running && this.options.closeMessage !== undefined) {
      const ended = new Promise((resolve) => slot.worker.once('exit', resolve));
      slot.worker.postMessage(this.options.closeMessage);
      await ended;
    } else {
      await slot.worker.terminate();
    }
  }
}
