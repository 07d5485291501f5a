// Preloaded into a chaos worker (`node --import`, see harness.ts `worker({ fault })`): the run
// protocol's hooks kill the worker at the fault point named by TENANTRY_FAULT.
import { crashHooks, installRunHooks } from '@tenantry/core/testing';

installRunHooks(crashHooks(process.env.TENANTRY_FAULT));
