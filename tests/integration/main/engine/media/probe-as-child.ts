/**
 * Probes one file and prints the outcome as JSON. The permission test runs this as another
 * user, because root reads files whatever their mode says.
 */
import { probeMedia } from '../../../../../main/engine/media/probe';

const file = process.argv[2] ?? '';
try {
  const probe = await probeMedia(file);
  console.log(JSON.stringify({ ok: true, kind: probe.kind }));
} catch (error) {
  const code = (error as { code?: unknown }).code;
  console.log(JSON.stringify({ ok: false, code, message: (error as Error).message }));
}
