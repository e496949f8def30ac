import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { EngineError } from '../errors';

export interface FolderEntry {
  name: string;
  path: string;
  kind: 'dir' | 'file';
  sizeBytes?: number;
}

export interface FolderListing {
  dir: string;
  parent: string | null;
  entries: FolderEntry[];
}

const MAX_ENTRIES = 2000;

/**
 * Browser mode's file picker: the renderer has no file system, so the engine lists a folder.
 * Hidden entries are left out; files can be filtered by extension; folders come first.
 */
export function listFolder(dir: string | undefined, extensions?: string[]): FolderListing {
  const folder = resolve(dir ?? homedir());
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new EngineError('not-found', `Folder ${folder} does not exist`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new EngineError('unreadable', `Folder ${folder} cannot be read (permission denied)`);
    if (code === 'ENOTDIR') throw new EngineError('invalid-request', `${folder} is not a folder`);
    throw err;
  }
  const wanted = extensions?.map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
  const entries: FolderEntry[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(folder, name);
    let st;
    try {
      st = statSync(path);
    } catch {
      continue; // dangling link or vanished file: nothing to pick
    }
    if (st.isDirectory()) entries.push({ name, path, kind: 'dir' });
    else if (st.isFile() && (!wanted || wanted.includes(extname(name).toLowerCase()))) {
      entries.push({ name, path, kind: 'file', sizeBytes: st.size });
    }
  }
  entries.sort((a, b) =>
    a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'dir' ? -1 : 1,
  );
  const parent = dirname(folder);
  return {
    dir: folder,
    parent: parent === folder ? null : parent,
    entries: entries.slice(0, MAX_ENTRIES),
  };
}
