import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// s3rver ships no types: a real S3-protocol server (Koa, files on disk) for the tests.
// @ts-expect-error -- untyped CommonJS package
import S3rver from 's3rver';

export const TEST_BUCKET = 'outpost-test';

export interface TestS3Server {
  /** Environment that points Outpost at this server. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** Starts an S3-protocol server on a free loopback port, with one empty bucket. */
export async function startS3Server(): Promise<TestS3Server> {
  const directory = mkdtempSync(join(tmpdir(), 'outpost-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: TEST_BUCKET }],
  }) as { run(): Promise<AddressInfo>; close(): Promise<void> };
  const { port } = await server.run();
  return {
    env: {
      S3_BUCKET: TEST_BUCKET,
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_ORPHAN_SWEEP_SECONDS: '0',
    },
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
