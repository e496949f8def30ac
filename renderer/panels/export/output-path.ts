import { dirName, extensionOf, isAbsolutePath, joinPath } from '../../app/paths';

/** Characters no file system takes in a name (Windows is the strictest), and control codes. */
function safeFileStem(text: string): string {
  return text
    .trim()
    .replace(/[<>:"/\\|?*]/g, '-')
    .split('')
    .filter((character) => character.charCodeAt(0) >= 32)
    .join('')
    .replace(/[. ]+$/, '');
}

/** `Knee explainer - TikTok.mp4`. */
export function exportFileName(projectName: string, presetLabel: string): string {
  const stem = safeFileStem(`${safeFileStem(projectName) || 'Untitled'} - ${presetLabel}`);
  return `${stem}.mp4`;
}

/** Beside the project file: `<project folder>/<project name> - <preset>.mp4`. */
export function defaultExportPath(
  projectPath: string,
  projectName: string,
  presetLabel: string,
): string {
  return joinPath(dirName(projectPath), exportFileName(projectName, presetLabel));
}

/** Why the engine would refuse this output path, or null when it is usable. */
export function outputPathProblem(path: string): string | null {
  const trimmed = path.trim();
  if (!trimmed) return 'Choose where to save the video.';
  if (!isAbsolutePath(trimmed)) return 'Use a full path, starting from the top of the disk.';
  if (extensionOf(trimmed) !== 'mp4') return 'Exports are MP4 files: end the name in .mp4.';
  return null;
}
