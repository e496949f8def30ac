import type { DocumentIssue } from '../model/errors';

/**
 * unknown-command: no command has that name; invalid-args: the arguments do not fit the
 * command's schema; precondition: the arguments are well-formed but the document does not allow
 * the change (missing id, clip in the way, a result that would break an invariant).
 */
export type CommandErrorCode = 'unknown-command' | 'invalid-args' | 'precondition';

export class CommandError extends Error {
  override readonly name = 'CommandError';
  readonly code: CommandErrorCode;
  /** The command that refused, once known. */
  readonly command: string | undefined;
  /** Field-level problems, when the refusal came from a schema. */
  readonly issues: readonly DocumentIssue[];
  /** The message without the command name in front. */
  readonly detail: string;

  constructor(
    code: CommandErrorCode,
    message: string,
    options: { command?: string; issues?: readonly DocumentIssue[] } = {},
  ) {
    super(options.command === undefined ? message : `${options.command}: ${message}`);
    this.code = code;
    this.command = options.command;
    this.issues = options.issues ?? [];
    this.detail = message;
  }

  /** The same error, attributed to `command` (performs throw without knowing their name). */
  attributedTo(command: string): CommandError {
    if (this.command !== undefined) return this;
    return new CommandError(this.code, this.detail, { command, issues: this.issues });
  }
}

export function preconditionFailed(message: string): never {
  throw new CommandError('precondition', message);
}

export function invalidArgs(message: string, issues?: readonly DocumentIssue[]): never {
  throw new CommandError('invalid-args', message, issues === undefined ? {} : { issues });
}
