import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { InvalidStoreInputError } from './errors';

/**
 * The recent-projects list: a JSON array in the user-data folder, most recent first, at most
 * MAX_RECENT_PROJECTS, one entry per project file. Written atomically (temp file + rename), so a
 * crash leaves the old list or the new one. An unreadable file is not fatal: the list starts
 * empty and the result says why.
 */

export const RECENT_PROJECTS_FILE = 'recent-projects.json';
export const MAX_RECENT_PROJECTS = 12;

export interface RecentProject {
  path: string;
  name: string;
  /** ISO timestamp. */
  openedAt: string;
}

export interface RecentProjectsList {
  projects: RecentProject[];
  /** Set when the stored file could not be used (fully or in part). */
  warning: string | null;
}

const recentProjectSchema = z.object({
  path: z.string().min(1),
  name: z.string(),
  openedAt: z.string(),
});

export function recentProjectsFile(userDataDir: string): string {
  return path.join(userDataDir, RECENT_PROJECTS_FILE);
}

/** Windows paths are case-insensitive; elsewhere two spellings are two files. */
function sameProjectKey(p: string): string {
  const resolved = path.resolve(p);
  return process.platform === 'win32' ? resolved.toLowerCase() : resolved;
}

export function readRecentProjects(userDataDir: string): RecentProjectsList {
  const file = recentProjectsFile(userDataDir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { projects: [], warning: null };
    return {
      projects: [],
      warning: `Could not read ${file} (${(err as Error).message}); starting with an empty recent-projects list`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      projects: [],
      warning: `${file} is not valid JSON; starting with an empty recent-projects list`,
    };
  }
  if (!Array.isArray(data)) {
    return {
      projects: [],
      warning: `${file} does not hold a list; starting with an empty recent-projects list`,
    };
  }
  const projects: RecentProject[] = [];
  for (const item of data) {
    const parsed = recentProjectSchema.safeParse(item);
    if (parsed.success) projects.push(parsed.data);
  }
  const dropped = data.length - projects.length;
  const warning =
    dropped > 0
      ? `${file}: ignored ${dropped} unreadable entr${dropped === 1 ? 'y' : 'ies'}`
      : null;
  return { projects: normalise(projects), warning };
}

function normalise(projects: readonly RecentProject[]): RecentProject[] {
  const seen = new Set<string>();
  const out: RecentProject[] = [];
  for (const project of projects) {
    const key = sameProjectKey(project.path);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(project);
    if (out.length === MAX_RECENT_PROJECTS) break;
  }
  return out;
}

function writeRecentProjects(userDataDir: string, projects: readonly RecentProject[]): void {
  mkdirSync(userDataDir, { recursive: true });
  const file = recentProjectsFile(userDataDir);
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, `${JSON.stringify(projects, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Puts a project at the top of the list (moving it if already there) and saves the list. */
export function addRecentProject(
  userDataDir: string,
  entry: { path: string; name?: string; openedAt?: string },
): RecentProjectsList {
  if (typeof entry.path !== 'string' || entry.path === '') {
    throw new InvalidStoreInputError('A recent project needs a path');
  }
  const current = readRecentProjects(userDataDir);
  const projectPath = path.resolve(entry.path);
  const top: RecentProject = {
    path: projectPath,
    name: entry.name ?? path.basename(projectPath, path.extname(projectPath)),
    openedAt: entry.openedAt ?? new Date().toISOString(),
  };
  const projects = normalise([top, ...current.projects]);
  writeRecentProjects(userDataDir, projects);
  return { projects, warning: current.warning };
}

export function removeRecentProject(userDataDir: string, projectPath: string): RecentProjectsList {
  const current = readRecentProjects(userDataDir);
  const key = sameProjectKey(projectPath);
  const projects = current.projects.filter((p) => sameProjectKey(p.path) !== key);
  writeRecentProjects(userDataDir, projects);
  return { projects, warning: current.warning };
}
