import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectSessions } from '../../../../../main/engine/project/sessions';
import { tempDir } from '../../../../support/temp';

let tmp: ReturnType<typeof tempDir>;
let sessions: ProjectSessions;

beforeEach(() => {
  tmp = tempDir();
  sessions = new ProjectSessions({
    appVersion: '0.0.0-test',
    userDataDir: join(tmp.dir, 'user'),
    trackRecent: false,
    emit: () => undefined,
  });
});
afterEach(() => {
  sessions.closeAll();
  tmp.cleanup();
});

const signOff = {
  name: 'review.signOff',
  args: { reviewer: 'Dr Amira Khan', role: 'Cardiologist', date: '2025-03-01', notes: 'OK' },
};

describe('medical review in the audit log', () => {
  it('records sign-off, undo, end card and clear, and keeps them after a reopen', () => {
    const path = join(tmp.dir, 'review.medclip');
    const session = sessions.create(path, 'Review');
    const signed = session.apply([signOff], 'Sign off', 'do');
    session.apply(signed.inverse, 'Undo sign off', 'undo');
    session.apply([signOff], 'Sign off', 'do');
    session.apply(
      [{ name: 'review.setEndCard', args: { endCard: { durationMs: 2500 } } }],
      'End card',
      'do',
    );
    // Edits that leave the review alone are not audited.
    session.apply([{ name: 'project.rename', args: { name: 'Renamed' } }], 'Rename', 'do');
    session.apply([{ name: 'review.clear', args: {} }], 'Clear review', 'do');
    sessions.closeAll();

    const reopened = sessions.open(path);
    const entries = reopened.store.listAudit().filter((e) => e.action.startsWith('review.'));
    expect(entries.map((e) => [e.action, (e.details as { kind: string }).kind])).toEqual([
      ['review.signOff', 'do'],
      ['review.clear', 'undo'],
      ['review.signOff', 'do'],
      ['review.endCard', 'do'],
      ['review.clear', 'do'],
    ]);
    const first = entries[0]!;
    expect(first.actor).toBe('Dr Amira Khan');
    expect(first.details).toMatchObject({
      reviewer: 'Dr Amira Khan',
      role: 'Cardiologist',
      date: '2025-03-01',
      notes: 'OK',
      fingerprint: expect.stringMatching(/^v1:\d+:[0-9a-f]{16}$/),
    });
    expect(entries[3]!.details).toMatchObject({ endCard: { durationMs: 2500 } });
    expect(entries[4]!.details).toMatchObject({ cleared: { reviewer: 'Dr Amira Khan' } });
    expect(first.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});
