import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { ProjectStore } from '../../../../../main/engine/store/project-store';
import type { OpInput, StoredOp } from '../../../../../main/engine/store/types';

/** A tiny document model for store tests: a list of notes and an edit counter. */
export interface NotesDoc {
  title: string;
  notes: string[];
  edits: number;
}

export const initialNotes: NotesDoc = { title: 'Test', notes: [], edits: 0 };

export function replayNotes(doc: NotesDoc, op: StoredOp): NotesDoc {
  const args = op.args as { text?: string; index?: number; title?: string };
  switch (op.name) {
    case 'note.add':
      return { ...doc, notes: [...doc.notes, String(args.text)], edits: doc.edits + 1 };
    case 'note.remove':
      return { ...doc, notes: doc.notes.filter((_, i) => i !== args.index), edits: doc.edits + 1 };
    case 'title.set':
      return { ...doc, title: String(args.title), edits: doc.edits + 1 };
    default:
      throw new Error(`unknown op ${op.name}`);
  }
}

export function addNote(text: string, groupId = `g-${text}`): OpInput {
  return {
    name: 'note.add',
    args: { text },
    inverse: { name: 'note.remove', args: { index: -1 } },
    label: `Add ${text}`,
    groupId,
    kind: 'do',
  };
}

/** Applies ops the way a caller would, to hand `documentAfter` to appendOps. */
export function applyAll(doc: NotesDoc, ops: readonly OpInput[]): NotesDoc {
  return ops.reduce(
    (d, op, i) => replayNotes(d, { ...op, seq: i, at: '', label: op.label ?? null }),
    doc,
  );
}

/** A fresh temp folder per test, removed afterwards. */
export function useTempDir(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'medclip-store-'));
    dirs.push(dir);
    return dir;
  };
}

/** Every store a test opened, closed afterwards even when the test failed. */
export function useStores(): {
  create: (
    file: string,
    opts?: Partial<Parameters<typeof ProjectStore.create<NotesDoc>>[1]>,
  ) => ProjectStore<NotesDoc>;
  open: (
    file: string,
    opts?: Partial<Parameters<typeof ProjectStore.open<NotesDoc>>[1]>,
  ) => ProjectStore<NotesDoc>;
} {
  const stores: ProjectStore<NotesDoc>[] = [];
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
  });
  return {
    create(file, opts = {}) {
      const store = ProjectStore.create<NotesDoc>(file, {
        projectId: 'prj_test',
        initialDocument: initialNotes,
        appVersion: '1.0.0',
        replay: replayNotes,
        ...opts,
      });
      stores.push(store);
      return store;
    },
    open(file, opts = {}) {
      const store = ProjectStore.open<NotesDoc>(file, {
        replay: replayNotes,
        appVersion: '1.0.0',
        ...opts,
      });
      stores.push(store);
      return store;
    },
  };
}
