// The bench takes BENCH_PG_URL (a server, no database name) and BENCH_REDIS_URL; the helpers it
// shares with the tests read TEST_DATABASE_URL and TEST_REDIS_URL when they load. run.ts imports
// this module first, so the bench's names win before those helpers read them.
const pgUrl = process.env.BENCH_PG_URL;
if (pgUrl) process.env.TEST_DATABASE_URL = `${pgUrl.replace(/\/+$/, '')}/postgres`;
if (process.env.BENCH_REDIS_URL) process.env.TEST_REDIS_URL = process.env.BENCH_REDIS_URL;

export {};
