import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addRecentProject,
  MAX_RECENT_PROJECTS,
  readRecentProjects,
  recentProjectsFile,
  removeRecentProject,
} from '../../../../../main/engine/store/recent';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

describe('recent projects', () => {
  it('starts empty without a warning when there is no file yet (and no folder)', () => {
    const userData = path.join(tempDir(), 'not-yet');
    expect(readRecentProjects(userData)).toEqual({ projects: [], warning: null });
    addRecentProject(userData, {
      path: '/p/a.medclip',
      name: 'A',
      openedAt: '2025-01-01T00:00:00.000Z',
    });
    expect(existsSync(recentProjectsFile(userData))).toBe(true);
  });

  it('keeps the most recent first, deduplicated by path, at most 12', () => {
    const userData = tempDir();
    for (let i = 0; i < 15; i++) {
      addRecentProject(userData, { path: `/p/${i}.medclip`, name: `P${i}` });
    }
    const reopened = addRecentProject(userData, {
      path: '/p/7.medclip',
      name: 'Seven',
      openedAt: '2025-06-01T00:00:00.000Z',
    });
    expect(reopened.projects).toHaveLength(MAX_RECENT_PROJECTS);
    expect(reopened.projects[0]).toEqual({
      path: path.resolve('/p/7.medclip'),
      name: 'Seven',
      openedAt: '2025-06-01T00:00:00.000Z',
    });
    const names = readRecentProjects(userData).projects.map((p) => p.name);
    expect(names.filter((n) => n === 'Seven' || n === 'P7')).toEqual(['Seven']);
    expect(names.slice(1, 3)).toEqual(['P14', 'P13']);
    expect(names).not.toContain('P0');
    // Written atomically: no temp file left behind.
    expect(readdirSync(userData)).toEqual(['recent-projects.json']);
  });

  it('defaults the name to the file name and removes entries', () => {
    const userData = tempDir();
    addRecentProject(userData, { path: '/work/Knee pain.medclip' });
    expect(readRecentProjects(userData).projects[0]?.name).toBe('Knee pain');
    expect(removeRecentProject(userData, '/work/Knee pain.medclip').projects).toEqual([]);
    expect(JSON.parse(readFileSync(recentProjectsFile(userData), 'utf8'))).toEqual([]);
  });

  it('tolerates a corrupt file: starts empty, says so, and then works again', () => {
    const userData = tempDir();
    writeFileSync(recentProjectsFile(userData), '{"oops": ');
    const read = readRecentProjects(userData);
    expect(read.projects).toEqual([]);
    expect(read.warning).toMatch(/not valid JSON.*empty recent-projects list/);
    const added = addRecentProject(userData, { path: '/p/x.medclip', name: 'X' });
    expect(added.warning).toMatch(/not valid JSON/);
    expect(readRecentProjects(userData)).toMatchObject({
      projects: [{ name: 'X' }],
      warning: null,
    });
  });

  it('drops unreadable entries and says how many', () => {
    const userData = tempDir();
    writeFileSync(
      recentProjectsFile(userData),
      JSON.stringify([{ path: '/a.medclip', name: 'A', openedAt: 'x' }, { path: 3 }, 'nonsense']),
    );
    const read = readRecentProjects(userData);
    expect(read.projects.map((p) => p.name)).toEqual(['A']);
    expect(read.warning).toMatch(/ignored 2 unreadable entries/);
    writeFileSync(recentProjectsFile(userData), '{"projects": []}');
    expect(readRecentProjects(userData).warning).toMatch(/does not hold a list/);
  });
});
