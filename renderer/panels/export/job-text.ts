import { ApiError } from '../../../shared/api';
import { exportBlockedDetailsSchema } from '../../../shared/api/calls/render';
import { describeError } from '../../app/errors';
import { formatDuration } from '../../app/format';
import type { ExportJob } from './job-state';

/** Display text for export jobs: progress figures and what went wrong, in plain words. */

export function formatPercent(progress: number): string {
  return `${Math.floor(Math.min(1, Math.max(0, progress)) * 100)}%`;
}

/** "about 12 s left", "about 3 min left"; nothing while the engine cannot tell yet. */
export function formatEta(etaMs: number | null): string | null {
  if (etaMs === null || !Number.isFinite(etaMs) || etaMs < 0) return null;
  if (etaMs < 1500) return 'almost done';
  const seconds = Math.round(etaMs / 1000);
  if (seconds < 60) return `about ${seconds} s left`;
  if (seconds < 3600) return `about ${Math.round(seconds / 60)} min left`;
  return `about ${formatDuration(etaMs)} left`;
}

/** "48 fps" while encoding; whole numbers (decimals flicker as the figure updates). */
export function formatEncodeFps(fps: number | null): string | null {
  return fps === null || !Number.isFinite(fps) || fps <= 0 ? null : `${Math.round(fps)} fps`;
}

/** "10 min" for whole minutes, else "m:ss". */
export function formatMaxDuration(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} min` : formatDuration(ms);
}

export function formatMegabits(kbps: number): string {
  return kbps % 1000 === 0 ? `${kbps / 1000} Mb/s` : `${(kbps / 1000).toFixed(1)} Mb/s`;
}

export interface FailureText {
  title: string;
  /** The engine's own sentence: it names the file, the folder or the limit. */
  message: string;
  /** What to do next, when the engine's sentence does not already say it. */
  hint: string | null;
}

const FAILURE_TITLES: Record<string, string> = {
  'source-missing': 'A source file is missing',
  'too-long': 'Too long for this platform',
  'disk-full': 'The disk is full',
  'export-blocked': 'Export blocked',
  'nothing-to-export': 'Nothing to export',
  'invalid-args': 'These settings cannot be exported',
  'encode-failed': 'The video could not be encoded',
  'verify-failed': 'The exported file did not pass its checks',
};

const FAILURE_HINTS: Record<string, { hint: string; unlessMentions: RegExp }> = {
  'source-missing': {
    hint: 'Relink the file in the media bin, then export again.',
    unlessMentions: /relink/i,
  },
  'disk-full': { hint: 'Free some space, then export again.', unlessMentions: /free/i },
  'encode-failed': {
    hint: 'Diagnostics (top bar) shows the ffmpeg command and its output.',
    unlessMentions: /diagnostics/i,
  },
};

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Why a job failed, from its error code and the engine's message. */
export function describeFailure(code: string | null, message: string | null): FailureText {
  const title = (code !== null ? FAILURE_TITLES[code] : undefined) ?? 'The export failed';
  const text = message?.trim() ? sentence(message) : 'The engine gave no reason.';
  const rule = code !== null ? FAILURE_HINTS[code] : undefined;
  const hint = rule && !rule.unlessMentions.test(text) ? rule.hint : null;
  return { title, message: text, hint };
}

export function describeJobFailure(job: ExportJob): FailureText {
  return describeFailure(job.errorCode, job.error);
}

/** What stopped `render.start`: the gate's reasons one by one, or one failure sentence. */
export type StartFailure =
  { kind: 'blocked'; reasons: string[] } | { kind: 'failed'; text: FailureText };

export function describeStartFailure(error: unknown): StartFailure {
  if (error instanceof ApiError && error.code === 'export-blocked') {
    const details = exportBlockedDetailsSchema.safeParse(error.details);
    return {
      kind: 'blocked',
      reasons: details.success ? details.data.reasons : [sentence(error.message)],
    };
  }
  const code = error instanceof ApiError ? error.code : null;
  return { kind: 'failed', text: describeFailure(code, describeError(error)) };
}
