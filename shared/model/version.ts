/**
 * Version of the document shape; bump it together with a migration from the previous one.
 * 2: manual blur regions have a source-time span (`startMs`, `endMs`).
 */
export const SCHEMA_VERSION = 2;
