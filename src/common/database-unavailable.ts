/** Socket errors of a connection to PostgreSQL that is refused, dropped or never answers. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'ECONNABORTED',
]);

/**
 * SQLSTATEs of a server that is going away or not taking connections: class 08 (connection
 * exception), 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 53300
 * too_many_connections.
 */
const isUnavailableSqlState = (code: string): boolean =>
  code.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(code);

/** Prisma's codes for "cannot reach", "timed out", "connection closed", "no connection from the pool in time". */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1017', 'P2024']);

/** Driver adapter error kinds (@prisma/driver-adapter-utils) of the same failures. */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

/** Messages of pg and pg-pool that carry no code. */
const MESSAGES = [
  /^timeout exceeded when trying to connect$/i,
  /^Connection terminated( unexpectedly| due to connection timeout)?$/i,
  /^Client has encountered a connection error and is not queryable$/i,
  /^Client was closed and is not queryable$/i,
  /^Cannot use a pool after calling end on the pool$/i,
];

/**
 * Whether a thrown value means PostgreSQL is unreachable or refusing connections (as opposed to
 * refusing a statement): raw `pg`/pg-pool errors and Prisma's wrapped forms of them, followed
 * through `cause`, `errors` (AggregateError) and the driver adapter's error record.
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (depth > 5 || !err || typeof err !== 'object') return false;
  const e = err as {
    code?: unknown;
    syscall?: unknown;
    kind?: unknown;
    originalCode?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  const code = typeof e.code === 'string' ? e.code : undefined;
  // A syscall marks a socket of ours (a client that went away has an ECONNRESET without one).
  if (code && ((SOCKET_CODES.has(code) && typeof e.syscall === 'string') || PRISMA_CODES.has(code))) return true;
  // pg's DatabaseError carries a severity next to the SQLSTATE; the adapter keeps it as originalCode.
  if (code && /^[0-9A-Z]{5}$/.test(code) && 'severity' in e && isUnavailableSqlState(code)) return true;
  if (typeof e.originalCode === 'string' && isUnavailableSqlState(e.originalCode)) return true;
  if (typeof e.kind === 'string' && ADAPTER_KINDS.has(e.kind)) return true;
  if (e.kind === 'postgres' && typeof e.code === 'string' && isUnavailableSqlState(e.code)) return true;
  if (typeof e.message === 'string' && MESSAGES.some((m) => m.test(e.message as string))) return true;
  if (e.meta?.driverAdapterError && isDatabaseUnavailable(e.meta.driverAdapterError, depth + 1)) return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true;
  return e.cause !== undefined && isDatabaseUnavailable(e.cause, depth + 1);
}
