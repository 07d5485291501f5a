import { assertServices } from './helpers/services.js';

/** Root hook: stop at once, with the command to fix it, when a server is missing. */
export const mochaHooks = {
  async beforeAll(this: Mocha.Context) {
    this.timeout(15_000);
    await assertServices();
  },
};
