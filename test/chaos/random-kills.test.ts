import { expect } from 'chai';
import type { Sandbox } from '../helpers/sandbox.js';
import { assertInvariants } from './invariants.js';
import {
  FULL,
  V2,
  accountsFleet,
  enqueue,
  finished,
  handedOver,
  kill,
  progressed,
  report,
  sleep,
  started,
  summary,
  type Worker,
} from './harness.js';

const TENANTS = Number(process.env.TENANTRY_CHAOS_TENANTS ?? (FULL ? 1000 : 200));
const ROUNDS = Number(process.env.TENANTRY_CHAOS_ROUNDS ?? (FULL ? 20 : 3));
const KILLS_PER_ROUND = 2;

describe('chaos: workers SIGKILLed at random moments', function () {
  this.timeout(FULL ? 6 * 3600_000 : 900_000);
  let sandbox: Sandbox | undefined;
  afterEach(async () => {
    await sandbox?.destroy();
  });

  it(`${TENANTS} tenants, ${ROUNDS} rounds up and down, ${KILLS_PER_ROUND} kills a round: every invariant holds after every round`, async () => {
    const fleet = await accountsFleet(TENANTS);
    sandbox = fleet.sandbox;
    const box = sandbox;
    const workers: Worker[] = [box.startWorker({ concurrency: 4 }), box.startWorker({ concurrency: 4 })];
    await Promise.all(workers.map(started));
    const handovers: number[] = [];
    const roundTimes: number[] = [];
    const checks: number[] = [];
    let interrupted = 0;
    for (let round = 1; round <= ROUNDS; round += 1) {
      const up = round % 2 === 1;
      const backup = round % 3 === 2 ? ['--backup', 'pg_dump'] : [];
      const begin = Date.now();
      const id = await enqueue(
        box,
        up ? ['migrate', '--to', 'latest', ...backup] : ['rollback', '--to', V2, ...backup],
      );
      const marks = Array.from({ length: KILLS_PER_ROUND }, () =>
        Math.floor(TENANTS * (0.05 + Math.random() * 0.65)),
      ).sort((a, b) => a - b);
      const waits: Array<Promise<number>> = [];
      for (const mark of marks) {
        await progressed(box, id, mark);
        await sleep(Math.random() * 300);
        const index = Math.floor(Math.random() * workers.length);
        const killed = await kill(box, workers[index]!);
        interrupted += killed.runs.length;
        workers[index] = box.startWorker({ concurrency: 4 });
        waits.push(handedOver(box, killed.runs, killed.at));
      }
      expect(await finished(box, id, FULL ? 1_800_000 : 600_000), `round ${round}`).to.equal('succeeded');
      handovers.push(...(await Promise.all(waits)).filter((ms) => ms > 0));
      roundTimes.push(Date.now() - begin);
      const checking = Date.now();
      await assertInvariants(box, { canaryPlatform: 'accounts' });
      checks.push(Date.now() - checking);
    }
    report(
      `random kills: ${TENANTS} tenants x ${ROUNDS} rounds, ${ROUNDS * KILLS_PER_ROUND} SIGKILLs interrupting ${interrupted} runs; all invariants held in ${ROUNDS}/${ROUNDS} rounds`,
    );
    report(
      `random kills: a killed worker's runs finished on another in ${summary(handovers)}; rounds took ${summary(roundTimes)}; the invariant check ${summary(checks)}`,
    );
    expect(
      handovers.every((ms) => ms < 120_000),
      `handovers ${handovers.join(', ')}`,
    ).to.equal(true);
  });
});
