import type { ProjectDocument } from '../model/document';
import { withV1RegionSpan } from '../model/migrations';
import { BATCH_COMMAND, type CommandInvocation } from './define';

/**
 * Invocations read back from a project's op log (replayed on load, or undone later) may be
 * older than today's argument shapes: the document migrates (DOCUMENT_MIGRATIONS), its stored
 * ops must follow. Old shapes are recognised by their fields, so today's ops pass unchanged.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The invocation in today's shape: a document-version-1 `privacy.addRegion` (a region without
 * a span, which blurred its whole media) gets the span migration 1 → 2 gives stored regions,
 * measured against `doc`'s media; batches are upgraded part by part.
 */
export function upgradeStoredInvocation(
  doc: Pick<ProjectDocument, 'media'>,
  invocation: CommandInvocation,
): CommandInvocation {
  const { name, args } = invocation;
  if (!isRecord(args)) return invocation;
  if (name === 'privacy.addRegion' && isRecord(args['region'])) {
    const region = withV1RegionSpan(args['region'], doc.media);
    return region === args['region'] ? invocation : { name, args: { ...args, region } };
  }
  if (name === BATCH_COMMAND && Array.isArray(args['invocations'])) {
    const parts: unknown[] = args['invocations'];
    const invocations = parts.map((part) =>
      isRecord(part) && typeof part['name'] === 'string'
        ? upgradeStoredInvocation(doc, { name: part['name'], args: part['args'] })
        : part,
    );
    const changed = invocations.some((part, index) => {
      const before = parts[index];
      return isRecord(before) && isRecord(part) && part['args'] !== before['args'];
    });
    return changed ? { name, args: { ...args, invocations } } : invocation;
  }
  return invocation;
}
