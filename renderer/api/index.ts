export { createApiClient, createClientFromTransport, type ApiClient } from './client';
export { ApiProvider, useApi } from './ApiProvider';
export type { ApiTransport, HostKind, MedclipBridge } from './transport';
