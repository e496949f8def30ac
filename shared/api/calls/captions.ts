/**
 * Contract calls for captions. Spread into `apiCalls` in ../contract.ts; each entry is
 * `'name': { request: zodSchema, response: zodSchema }`.
 */
export const captionsCalls = {} as const;
