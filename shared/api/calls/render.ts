/**
 * Contract calls for render. Spread into `apiCalls` in ../contract.ts; each entry is
 * `'name': { request: zodSchema, response: zodSchema }`.
 */
export const renderCalls = {} as const;
