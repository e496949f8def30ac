import type { ScoredBox } from '../../../../shared/privacy/boxes';
import type { PassPlan } from './passes';

/** Messages between the scan and its detection workers. */

export interface DetectRequest {
  type: 'detect';
  id: number;
  rgb: Uint8Array;
  width: number;
  height: number;
  plan: PassPlan;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'result'; id: number; detections: ScoredBox[] }
  | { type: 'error'; id: number | null; message: string };
