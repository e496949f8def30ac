import { createContext, useContext } from 'react';
import type { ApiResponse } from '../../shared/api';

export type AppInfo = ApiResponse<'app.info'>;

export const AppInfoContext = createContext<AppInfo | null>(null);

/** What the host told us at start-up: home folder, native dialogs, ffmpeg. */
export function useAppInfo(): AppInfo {
  const info = useContext(AppInfoContext);
  if (!info) throw new Error('useAppInfo() needs the app shell above it.');
  return info;
}
