// Preloaded (`node --import`) into a server child process by fault tests: the process kills itself
// with SIGKILL the moment PostgreSQL confirms the COMMIT of a transaction that wrote to the table
// named in CRASH_AFTER_COMMIT_OF — after the write is durable, before any response is sent.
import pg from 'pg';

const table = process.env.CRASH_AFTER_COMMIT_OF;
if (table) {
  const insert = new RegExp(`^\\s*INSERT\\s+INTO\\s+(?:"public"\\.)?"${table}"`, 'i');
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (config, values, callback) {
    const text = typeof config === 'string' ? config : config?.text;
    if (typeof text === 'string' && insert.test(text)) this.outpostWroteTable = true;
    const result = query.call(this, config, values, callback);
    if (
      typeof text === 'string' &&
      /^\s*COMMIT\b/i.test(text) &&
      this.outpostWroteTable &&
      typeof result?.then === 'function'
    ) {
      return result.then(() => {
        process.kill(process.pid, 'SIGKILL');
        return new Promise(() => {});
      });
    }
    return result;
  };
}
