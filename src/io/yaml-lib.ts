/**
 * The `yaml` package, loaded on first use. It reads every file that has a problem (for the lines
 * and columns) and every log that `record` edits; a clean programme is read without it, and
 * loading it would cost every command about a tenth of Node's start-up time.
 */
import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

export function yamlLib(): typeof Yaml {
  // A require() the bundler resolves: the package is bundled, but runs only when first needed.
  lib ??= require('yaml') as typeof Yaml;
  return lib;
}
