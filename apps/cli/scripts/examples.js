// The demo's example platforms ship inside the package (the demo reads them from there). In the
// repository they live at the root, so `npm pack` copies them in first and removes them after.
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('../../../examples', import.meta.url));
const target = fileURLToPath(new URL('../examples', import.meta.url));
const verb = process.argv[2];

rmSync(target, { recursive: true, force: true });
if (verb === 'copy') {
  // backups a local demo may have left there are not examples
  cpSync(source, target, {
    recursive: true,
    filter: (file) => !/[\\/]backups(?:[\\/]|$)/.test(file.slice(source.length)),
  });
} else if (verb !== 'remove') {
  process.stderr.write('usage: node scripts/examples.js copy|remove\n');
  process.exitCode = 2;
}
