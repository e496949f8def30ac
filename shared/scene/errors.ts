/** Why a scene could not be resolved: a bad time, or a reference the document lacks. */
export class SceneError extends Error {
  override readonly name = 'SceneError';

  constructor(
    readonly code: 'invalid-time' | 'missing-reference' | 'invalid-options',
    message: string,
  ) {
    super(message);
  }
}

/** Scene times are whole, non-negative milliseconds like every time in the document. */
export function requireSceneTime(tMs: number, what = 'scene time'): void {
  if (!Number.isInteger(tMs) || tMs < 0) {
    throw new SceneError(
      'invalid-time',
      `${what} must be a whole, non-negative number of milliseconds, got ${tMs}`,
    );
  }
}
