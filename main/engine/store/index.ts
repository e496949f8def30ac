/** The `.medclip` project file: public surface of main/engine/store. */
export { ProjectStore, OPENED_REVISION_LABEL } from './project-store';
export { DEFAULT_BUSY_TIMEOUT_MS, DEFAULT_SNAPSHOT_EVERY } from './open-project';
export { CREATED_REVISION_LABEL } from './create-project';
export { DEFAULT_BACKUPS_TO_KEEP, backupFolder } from './backup';
export { MEDCLIP_APPLICATION_ID } from './connection';
export type { JournalMode } from './connection';
export { LATEST_FILE_FORMAT_VERSION } from './migrations';
export * from './errors';
export type * from './types';
export {
  NETWORK_FS_TYPES,
  detectFilesystem,
  parseProcMounts,
  parseBsdMountOutput,
  type FilesystemInfo,
  type MountEntry,
} from './network-fs';
export {
  MAX_RECENT_PROJECTS,
  RECENT_PROJECTS_FILE,
  addRecentProject,
  readRecentProjects,
  removeRecentProject,
  type RecentProject,
  type RecentProjectsList,
} from './recent';
export { resolveUserDataDir } from './user-data';
