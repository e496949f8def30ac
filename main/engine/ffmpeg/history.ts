/** The last few processes the runner started, for the diagnostics view. */

export type CommandOutcome = 'running' | 'ok' | 'failed' | 'aborted' | 'timeout' | 'spawn-error';

export interface CommandRecord {
  id: number;
  label: string;
  bin: string;
  args: string[];
  pid: number | null;
  /** Epoch milliseconds. */
  startedAt: number;
  endedAt: number | null;
  exitCode: number | null;
  exitSignal: string | null;
  outcome: CommandOutcome;
  stderrTail: string;
}

export type CommandRecordUpdate = Partial<
  Pick<CommandRecord, 'pid' | 'endedAt' | 'exitCode' | 'exitSignal' | 'outcome' | 'stderrTail'>
>;

/** A fixed-size ring of command records; the oldest record drops out first. */
export class CommandHistory {
  private readonly records: CommandRecord[] = [];
  private nextId = 1;

  constructor(readonly capacity = 20) {}

  start(entry: { label: string; bin: string; args: readonly string[]; startedAt: number }): number {
    const id = this.nextId++;
    this.records.push({
      id,
      label: entry.label,
      bin: entry.bin,
      args: [...entry.args],
      pid: null,
      startedAt: entry.startedAt,
      endedAt: null,
      exitCode: null,
      exitSignal: null,
      outcome: 'running',
      stderrTail: '',
    });
    if (this.records.length > this.capacity) this.records.shift();
    return id;
  }

  /** Updates a record if it is still in the ring (a long job may have been pushed out). */
  update(id: number, change: CommandRecordUpdate): void {
    const record = this.records.find((r) => r.id === id);
    if (record) Object.assign(record, change);
  }

  /** Copies, oldest first, so callers cannot change the history. */
  list(): CommandRecord[] {
    return this.records.map((r) => ({ ...r, args: [...r.args] }));
  }
}
