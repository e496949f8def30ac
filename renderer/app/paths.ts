/**
 * Path text for display and for building the paths the engine is asked about. The renderer has
 * no `path` module: these only split and join, following the separator the engine used.
 */

function separatorOf(path: string): '/' | '\\' {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/';
}

export function joinPath(dir: string, name: string): string {
  const separator = separatorOf(dir);
  return dir.endsWith('/') || dir.endsWith('\\') ? dir + name : dir + separator + name;
}

export function baseName(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  const index = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  return index >= 0 ? trimmed.slice(index + 1) : trimmed;
}

export function dirName(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  const index = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  if (index < 0) return '';
  return index === 0 ? trimmed.slice(0, 1) : trimmed.slice(0, index);
}

export function extensionOf(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export const PROJECT_EXTENSION = 'medclip';

/** A file name made from what the user typed: no separators or characters Windows refuses. */
export function projectFileName(projectName: string): string {
  const cleaned = projectName
    .trim()
    .replace(/[<>:"/\\|?*]/g, '-')
    .split('')
    .filter((character) => character.charCodeAt(0) >= 32)
    .join('')
    .replace(/[. ]+$/, '');
  return `${cleaned || 'Untitled'}.${PROJECT_EXTENSION}`;
}

export const PROJECTS_FOLDER = 'MedClip Projects';

/** `<home>/MedClip Projects/<name>.medclip`. */
export function defaultProjectPath(homeDir: string, projectName: string): string {
  return joinPath(joinPath(homeDir, PROJECTS_FOLDER), projectFileName(projectName));
}

export function isAbsolutePath(path: string): boolean {
  return /^(?:\/|[A-Za-z]:[\\/]|\\\\[^\\])/.test(path);
}
