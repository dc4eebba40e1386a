import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** Every source file and the locked dependencies: the build's identity (see `src/io/build.ts`). */
function buildId(): string {
  const hash = createHash('sha256').update(readFileSync('package-lock.json'));
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]);
  for (const file of files('src').sort()) hash.update(file).update(readFileSync(file));
  return `${version}+${hash.digest('hex').slice(0, 16)}`;
}

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
  define: { __VERSION__: JSON.stringify(version), __BUILD__: JSON.stringify(buildId()) },
});
