import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * One bundle with every dependency inside, split per command: Node then reads a few files instead
 * of hundreds, and a command loads only what it needs (`--version` loads no YAML and no zod).
 */
export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  splitting: true,
  clean: true,
  sourcemap: false,
  outDir: 'dist',
  noExternal: [/.*/],
  // CommonJS dependencies bundled into ESM still use require() and __filename.
  banner: {
    js: [
      "import { createRequire as __ub2030CreateRequire } from 'node:module';",
      "import { fileURLToPath as __ub2030FileURLToPath } from 'node:url';",
      'const require = __ub2030CreateRequire(import.meta.url);',
      'const __filename = __ub2030FileURLToPath(import.meta.url);',
    ].join('\n'),
  },
  define: { __VERSION__: JSON.stringify(version) },
});
