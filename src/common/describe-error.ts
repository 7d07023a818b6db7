import { inspect } from 'node:util';

/**
 * A one-line, never empty description of any thrown value: the message of an Error, else its
 * name and code, the errors of an AggregateError (a connect to several addresses), the causes,
 * and for anything that is not an Error its inspected value.
 */
export function describeError(err: unknown, depth = 0): string {
  if (depth > 4) return '…';
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    const parts: string[] = [];
    const message = err.message.trim();
    if (message) parts.push(message);
    else
      parts.push(
        `${err.name || err.constructor?.name || 'Error'}${code !== undefined && code !== '' ? ` ${String(code)}` : ''}`,
      );
    if (err instanceof AggregateError && err.errors.length) {
      parts.push(`(${err.errors.map((e) => describeError(e, depth + 1)).join('; ')})`);
    }
    if (err.cause !== undefined) parts.push(`caused by: ${describeError(err.cause, depth + 1)}`);
    else if (!message && !(err instanceof AggregateError && err.errors.length)) {
      const own = Object.fromEntries(Object.entries(err).filter(([k]) => k !== 'stack'));
      if (Object.keys(own).length) parts.push(inspect(own, { depth: 2, breakLength: Infinity }));
      else if (err.stack) parts.push(`at ${err.stack.split('\n').slice(1, 2).join('').trim().replace(/^at /, '')}`);
    }
    return parts.join(' ');
  }
  if (typeof err === 'string') return err.trim() || 'an empty string was thrown';
  if (err === undefined || err === null) return `${String(err)} was thrown (no error details)`;
  const text = inspect(err, { depth: 2, breakLength: Infinity });
  const informative = typeof err === 'object' && Object.keys(err as object).length > 0;
  return informative
    ? text
    : `${text} (${Object.prototype.toString.call(err).slice(8, -1)}) was thrown (no error details)`;
}
