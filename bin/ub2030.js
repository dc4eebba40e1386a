#!/usr/bin/env node
// When the reader of our output goes away (`ub2030 status | head`), stop quietly.
process.stdout.on('error', (error) => {
  if (error && error.code === 'EPIPE') process.exit(0);
  throw error;
});
// `ub2030 --version` alone is answered here, without loading the command line: it is what
// scripts and support ask first, and it should take no longer than Node itself.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  // Node 22 and later keep the compiled code between runs; Node 20 has no such cache.
  const { default: module } = await import('node:module');
  module.enableCompileCache?.();
  await import('../dist/cli.js').then(
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
}
