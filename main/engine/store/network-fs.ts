import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * Is the project's folder on a network filesystem? WAL keeps its index in shared memory, which
 * only works among processes of one host on a local disk, so on a share the store switches to a
 * rollback journal with exclusive locking.
 *
 * Linux: /proc/mounts, longest mount-point prefix of the folder's real path. macOS (best effort):
 * the output of `mount`, same matching. Windows (best effort): UNC paths (\\server\share) count
 * as network; a mapped drive letter is not detected, because that needs a Win32 call
 * (GetDriveType) that Node does not expose.
 */

export interface MountEntry {
  mountPoint: string;
  fsType: string;
}

export const NETWORK_FS_TYPES: ReadonlySet<string> = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb3',
  'smbfs',
  'sshfs',
  'fuse.sshfs',
  '9p',
  'afs',
  'ceph',
  'fuse.ceph',
  'glusterfs',
  'fuse.glusterfs',
  // macOS names
  'afpfs',
  'webdav',
]);

export interface FilesystemInfo {
  network: boolean;
  fsType: string | null;
  mountPoint: string | null;
}

/** /proc/mounts escapes space, tab, newline and backslash in paths as octal. */
function unescapeMountPath(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, oct: string) => String.fromCharCode(parseInt(oct, 8)));
}

export function parseProcMounts(text: string): MountEntry[] {
  const entries: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    const mountField = fields[1];
    const fsType = fields[2];
    if (mountField === undefined || fsType === undefined) continue;
    entries.push({ mountPoint: unescapeMountPath(mountField), fsType });
  }
  return entries;
}

/** macOS / BSD `mount` output: `//user@server/share on /Volumes/share (smbfs, nodev, ...)`. */
export function parseBsdMountOutput(text: string): MountEntry[] {
  const entries: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const match = /^.* on (.+) \(([^,)]+)[,)]/.exec(line.trim());
    if (match?.[1] !== undefined && match[2] !== undefined) {
      entries.push({ mountPoint: match[1], fsType: match[2].trim() });
    }
  }
  return entries;
}

/** The mount holding `target` (an absolute POSIX path): longest prefix, later entries win ties. */
export function findMount(target: string, mounts: readonly MountEntry[]): MountEntry | null {
  let best: MountEntry | null = null;
  for (const mount of mounts) {
    const point = mount.mountPoint;
    const contains =
      point === '/' ||
      target === point ||
      target.startsWith(point.endsWith('/') ? point : `${point}/`);
    if (contains && (best === null || point.length >= best.mountPoint.length)) best = mount;
  }
  return best;
}

/** The OS's mount table, or null where there is none to read (Windows, or a failure). */
export function readMountTable(platform: NodeJS.Platform = process.platform): MountEntry[] | null {
  try {
    if (platform === 'linux') return parseProcMounts(readFileSync('/proc/mounts', 'utf8'));
    if (platform === 'darwin') {
      return parseBsdMountOutput(execFileSync('/sbin/mount', { encoding: 'utf8', timeout: 2000 }));
    }
  } catch {
    // Unknown is treated as local: the store then works as on any local disk.
  }
  return null;
}

/** `\\server\share` or `//server/share` at the start of a path. */
const UNC_SHARE = /^(?:\\\\|\/\/)[^\\/]+[\\/][^\\/]+/;

export function detectFilesystem(
  folder: string,
  options: { mounts?: readonly MountEntry[] | null; platform?: NodeJS.Platform } = {},
): FilesystemInfo {
  const unc = UNC_SHARE.exec(folder);
  if (unc !== null) return { network: true, fsType: 'smb', mountPoint: unc[0] };
  const mounts =
    options.mounts === undefined
      ? readMountTable(options.platform ?? process.platform)
      : options.mounts;
  if (mounts === null) return { network: false, fsType: null, mountPoint: null };
  let real = path.resolve(folder);
  try {
    real = realpathSync(real);
  } catch {
    // A folder that does not exist yet is matched by its given path.
  }
  const mount = findMount(real, mounts);
  if (mount === null) return { network: false, fsType: null, mountPoint: null };
  return {
    network: NETWORK_FS_TYPES.has(mount.fsType),
    fsType: mount.fsType,
    mountPoint: mount.mountPoint,
  };
}
