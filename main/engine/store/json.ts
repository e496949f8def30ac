import { InvalidStoreInputError } from './errors';

/** Serialises a caller's value for a JSON column, with a clear error for what JSON cannot hold. */
export function toJsonText(value: unknown, what: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (err) {
    throw new InvalidStoreInputError(
      `${what} cannot be stored as JSON: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  if (text === undefined) throw new InvalidStoreInputError(`${what} is not a JSON value`);
  return text;
}

export function isoAt(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
