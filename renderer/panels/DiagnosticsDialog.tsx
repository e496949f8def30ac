import { useEffect, useState, type ReactElement } from 'react';
import type { ApiResponse } from '../../shared/api';
import { useApi } from '../api';
import { Modal } from '../app/ui/Modal';

type Commands = ApiResponse<'diagnostics.commands'>['commands'];

/** Quotes an argument only when a shell would need it, so the line can be pasted to re-run. */
function shellArg(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * The last ffmpeg/ffprobe commands the engine ran, with outcome and stderr tail: what support
 * needs when an import or export misbehaves.
 */
export function DiagnosticsDialog({ onClose }: { onClose: () => void }): ReactElement {
  const api = useApi();
  const [commands, setCommands] = useState<Commands | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.call('diagnostics.commands', {}).then(
      (r) => setCommands(r.commands),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [api]);
  return (
    <Modal title="Diagnostics: recent ffmpeg commands" onClose={onClose} width={860}>
      {error ? <p className="diagnostics__error">{error}</p> : null}
      {commands === null && !error ? <p className="diagnostics__empty">Loading…</p> : null}
      {commands?.length === 0 ? (
        <p className="diagnostics__empty">No ffmpeg or ffprobe command has run yet.</p>
      ) : null}
      <ol className="diagnostics" data-testid="diagnostics-list">
        {[...(commands ?? [])].reverse().map((c, i) => (
          <li key={`${c.startedAt}-${i}`} className="diagnostics__item">
            <div className="diagnostics__head">
              <span className="diagnostics__label">{c.label}</span>
              <span className={`badge badge--${c.outcome === 'ok' ? 'accent' : 'warning'}`}>
                {c.outcome}
                {c.exitCode !== null && c.exitCode !== undefined ? ` · exit ${c.exitCode}` : ''}
              </span>
              <span className="diagnostics__time">
                {new Date(c.startedAt).toLocaleTimeString()}
                {c.durationMs !== undefined ? ` · ${Math.round(c.durationMs)} ms` : ''}
              </span>
            </div>
            <code className="diagnostics__cmd">{[c.bin, ...c.args].map(shellArg).join(' ')}</code>
            {c.stderrTail ? <pre className="diagnostics__stderr">{c.stderrTail}</pre> : null}
          </li>
        ))}
      </ol>
    </Modal>
  );
}
