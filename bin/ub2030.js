#!/usr/bin/env node
// When the reader of our output goes away (`ub2030 status | head`), stop quietly.
process.stdout.on('error', (error) => {
  if (error && error.code === 'EPIPE') process.exit(0);
  throw error;
});
import('../dist/cli.js').then(
  (cli) => cli.main(process.argv).then((code) => {
    process.exitCode = code;
  }),
  (error) => {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
      process.stderr.write('ub2030 is not built yet. Run `npm install` (or `npm run build`) first.\n');
    } else {
      process.stderr.write(`ub2030 could not start: ${error && error.message}\n`);
    }
    process.exitCode = 2;
  },
);
