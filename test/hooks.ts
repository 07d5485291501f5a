import { assertServices, backgroundDropsDone } from './helpers/services.js';

/**
 * Root hooks (once per file under mocha --parallel, once per run otherwise): stop at once, with the
 * command to fix it, when a server is missing; at the end, wait for the test databases still being
 * dropped (and fail when a drop failed).
 */
export const mochaHooks = {
  async beforeAll(this: Mocha.Context) {
    this.timeout(15_000);
    await assertServices();
  },
  async afterAll(this: Mocha.Context) {
    this.timeout(300_000);
    await backgroundDropsDone();
  },
};
