import type { CliContext } from '../context.js';

/** A command's body: gets the context, returns the exit code. */
export type Action = (ctx: CliContext, ...args: never[]) => Promise<number>;

/** Runs an action with a fresh context, maps errors to exit codes, closes the context. */
export type Runner = (action: Action, ...args: unknown[]) => Promise<void>;
