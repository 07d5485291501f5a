// The runner loop's timed part, in a worker thread started without the bench's TypeScript loader:
// module hooks cost every import() the runner's jiti makes (about 3 ms of CPU a tenant), which a
// user's own loop does not pay. Plain JavaScript for that reason, type-checked through JSDoc.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { runner } from 'node-pg-migrate';
import pg from 'pg';

/** @type {{ databaseUrl: string; dir: string; schemas: string[] }} */
const { databaseUrl, dir, schemas } = workerData;
const port = parentPort;
if (!port) throw new Error('runner-loop.mjs runs only as a worker thread');

const client = new pg.Client({ connectionString: databaseUrl });
client.on('error', () => {});
await client.connect(); // connected before timing: it is the migrations we measure
port.postMessage({ type: 'connected' });
await new Promise((resolve) => port.once('message', resolve)); // the bench's clock and CPU meter start
const started = performance.now();
for (const schema of schemas) {
  await runner({
    dbClient: client,
    schema,
    createSchema: true,
    migrationsTable: 'pgmigrations',
    dir,
    direction: 'up',
    singleTransaction: true,
    noLock: true,
    checkOrder: true,
    log: () => {},
  });
}
port.postMessage({ type: 'done', ms: performance.now() - started });
// connected until the bench has read the CPU of this connection's backend
await new Promise((resolve) => port.once('message', resolve));
await client.end();
port.close();
