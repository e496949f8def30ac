import type { z } from 'zod';

/** One problem found in a document, e.g. `{ path: "tracks.video[2].out", message: "…" }`. */
export interface DocumentIssue {
  path: string;
  message: string;
}

/** `["tracks", "video", 2, "out"]` -> `"tracks.video[2].out"`; the root is `"(document)"`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? '(document)' : text;
}

export function issuesFromZodError(error: z.ZodError): DocumentIssue[] {
  return error.issues.map((issue) => ({
    path: formatIssuePath(issue.path),
    message: issue.message,
  }));
}

/** "path: message; path: message; … and N more". */
export function summarizeIssues(issues: readonly DocumentIssue[], shown = 5): string {
  const listed = issues.slice(0, shown).map((issue) => `${issue.path}: ${issue.message}`);
  const more = issues.length > shown ? `; and ${issues.length - shown} more` : '';
  return listed.join('; ') + more;
}

/** The data is not a valid project document. `issues` lists every problem found. */
export class DocumentValidationError extends Error {
  override readonly name = 'DocumentValidationError';
  readonly issues: readonly DocumentIssue[];

  constructor(issues: readonly DocumentIssue[], context = 'invalid project document') {
    super(`${context}: ${summarizeIssues(issues)}`);
    this.issues = issues;
  }

  static fromZodError(error: z.ZodError, context?: string): DocumentValidationError {
    return new DocumentValidationError(issuesFromZodError(error), context);
  }
}

/** Written by a newer MedClip Studio; open it read-only or update the app. */
export class DocumentFromNewerVersionError extends Error {
  override readonly name = 'DocumentFromNewerVersionError';

  constructor(
    readonly version: number,
    readonly supportedVersion: number,
  ) {
    super(
      `the project document is version ${version}, newer than this app supports (${supportedVersion}); update MedClip Studio to edit it`,
    );
  }
}

/** No migration leads from the document's version to the current one, or a migration failed. */
export class DocumentMigrationError extends Error {
  override readonly name = 'DocumentMigrationError';

  constructor(
    readonly fromVersion: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
