import { useEffect, useState } from 'react';
import type { ExportPresetInfo } from '../../../shared/api/calls/render';
import type { ApiClient } from '../../api';
import { describeError } from '../../app/errors';

export type PresetsState =
  | { status: 'loading' }
  | { status: 'ready'; presets: ExportPresetInfo[]; durationMs: number }
  | { status: 'error'; message: string };

/** The platform presets for this project, read when the dialog opens. */
export function usePresets(api: ApiClient, projectId: string): PresetsState {
  const [state, setState] = useState<PresetsState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    api.call('render.presets', { projectId }).then(
      (answer) => {
        if (live) setState({ status: 'ready', ...answer });
      },
      (error: unknown) => {
        if (live) setState({ status: 'error', message: describeError(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [api, projectId]);
  return state;
}
