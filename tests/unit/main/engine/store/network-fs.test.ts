import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectFilesystem,
  findMount,
  parseBsdMountOutput,
  parseProcMounts,
  type MountEntry,
} from '../../../../../main/engine/store/network-fs';
import { useStores, useTempDir } from './helpers';

const tempDir = useTempDir();
const stores = useStores();

const PROC_MOUNTS = `/dev/vda / ext4 rw,relatime 0 0
proc /proc proc rw,relatime 0 0
server:/export/projects /mnt/projects nfs4 rw,relatime,vers=4.2 0 0
//nas/video /mnt/nas\\040share cifs rw,relatime 0 0
/dev/vdb1 /mnt/projects/local-cache ext4 rw 0 0
user@host:/home /home/me/remote fuse.sshfs rw,nosuid 0 0
`;

describe('network filesystem detection', () => {
  const mounts = parseProcMounts(PROC_MOUNTS);

  it('parses /proc/mounts, unescaping octal escapes', () => {
    expect(mounts).toContainEqual({ mountPoint: '/mnt/nas share', fsType: 'cifs' });
    expect(mounts).toHaveLength(6);
  });

  it('matches the longest mount-point prefix on whole path segments', () => {
    const cases: [string, boolean, string][] = [
      ['/mnt/projects/talks', true, 'nfs4'],
      ['/mnt/projects/local-cache/x', false, 'ext4'],
      ['/mnt/projectsX/y', false, 'ext4'],
      ['/mnt/nas share/clips', true, 'cifs'],
      ['/home/me/remote/p', true, 'fuse.sshfs'],
      ['/home/me', false, 'ext4'],
    ];
    for (const [folder, network, fsType] of cases) {
      expect(detectFilesystem(folder, { mounts }), folder).toMatchObject({ network, fsType });
    }
  });

  it('lets a later mount on the same point win (over-mounts)', () => {
    const table: MountEntry[] = [
      { mountPoint: '/', fsType: 'ext4' },
      { mountPoint: '/data', fsType: 'ext4' },
      { mountPoint: '/data', fsType: 'nfs' },
    ];
    expect(findMount('/data/p', table)?.fsType).toBe('nfs');
  });

  it('parses macOS mount output', () => {
    const table = parseBsdMountOutput(
      [
        '/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)',
        '//me@nas._smb._tcp.local/Video on /Volumes/Video (smbfs, nodev, nosuid, mounted by me)',
        'nas:/exports on /Volumes/nfs share (nfs)',
      ].join('\n'),
    );
    expect(detectFilesystem('/Volumes/Video/p', { mounts: table })).toEqual({
      network: true,
      fsType: 'smbfs',
      mountPoint: '/Volumes/Video',
    });
    expect(detectFilesystem('/Volumes/nfs share/x', { mounts: table }).network).toBe(true);
    expect(detectFilesystem('/Users/me', { mounts: table }).network).toBe(false);
  });

  it('treats UNC paths as network shares and an unknown mount table as local', () => {
    expect(detectFilesystem('\\\\server\\share\\projects', { mounts: null })).toEqual({
      network: true,
      fsType: 'smb',
      mountPoint: '\\\\server\\share',
    });
    expect(detectFilesystem('C:\\Users\\me', { mounts: null }).network).toBe(false);
  });

  it('a project on a network share uses a rollback journal, stays locked, and warns', () => {
    const dir = tempDir();
    const table: MountEntry[] = [
      { mountPoint: '/', fsType: 'ext4' },
      { mountPoint: dir, fsType: 'nfs4' },
    ];
    const file = path.join(dir, 'shared.medclip');
    const store = stores.create(file, { mountTable: table });
    expect(store.journalMode).toBe('delete');
    expect(store.filesystem).toMatchObject({ network: true, fsType: 'nfs4' });
    expect(store.warnings).toHaveLength(1);
    expect(store.warnings[0]).toMatch(/network share \(nfs4/);
    store.appendOps([
      { name: 'note.add', args: { text: 'a' }, inverse: null, groupId: 'g', kind: 'do' },
    ]);
    expect(() => stores.open(file, { mountTable: table })).toThrow(/is open in another window/);
    store.close();
    const local = stores.open(file, { mountTable: [{ mountPoint: '/', fsType: 'ext4' }] });
    expect(local.journalMode).toBe('wal');
    expect(local.warnings).toEqual([]);
    expect(local.load().document.notes).toEqual(['a']);
  });
});
