import { describe, expect, it } from 'vitest';
import { CommandHistory } from '../../../../../main/engine/ffmpeg/history';

describe('CommandHistory', () => {
  it('keeps the last `capacity` records, oldest first', () => {
    const history = new CommandHistory(3);
    for (let i = 1; i <= 5; i++) {
      history.start({ label: `job ${i}`, bin: 'ffmpeg', args: ['-i', `${i}`], startedAt: i });
    }
    expect(history.list().map((r) => r.label)).toEqual(['job 3', 'job 4', 'job 5']);
  });

  it('records the outcome of a running command and ignores records already pushed out', () => {
    const history = new CommandHistory(1);
    const first = history.start({ label: 'a', bin: 'ffprobe', args: [], startedAt: 1 });
    const second = history.start({ label: 'b', bin: 'ffprobe', args: [], startedAt: 2 });
    history.update(first, { outcome: 'ok' });
    history.update(second, { outcome: 'failed', exitCode: 1, endedAt: 9, stderrTail: 'boom' });
    expect(history.list()).toEqual([
      expect.objectContaining({ id: second, outcome: 'failed', exitCode: 1, stderrTail: 'boom' }),
    ]);
  });

  it('hands out copies that cannot change the history', () => {
    const history = new CommandHistory();
    history.start({ label: 'a', bin: 'ffmpeg', args: ['-y'], startedAt: 1 });
    const copy = history.list();
    copy[0]?.args.push('-evil');
    expect(history.list()[0]?.args).toEqual(['-y']);
    expect(history.list()[0]?.outcome).toBe('running');
  });
});
