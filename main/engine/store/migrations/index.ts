import { migration001Initial } from './001-initial';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every schema step in order; the last one's version is this build's file format. */
export const MIGRATIONS: readonly Migration[] = [migration001Initial];

export const LATEST_FILE_FORMAT_VERSION = MIGRATIONS.length;
