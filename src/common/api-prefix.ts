/** Every API route lives under this prefix (health probes excepted). */
export const API_PREFIX = 'api/v1';
