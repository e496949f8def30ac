/** Version of the document shape; bump it together with a migration from the previous one. */
export const SCHEMA_VERSION = 1;
