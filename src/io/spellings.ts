/**
 * Plain (unquoted) values that YAML 1.1 readers understand differently from ub2030, which reads
 * YAML 1.2: `yes`, `no`, `on`, `off`, `y` and `n` are text here but booleans there, and `010` is
 * ten here but eight (octal) there. Such files mean different things to different tools.
 */
import type { Document } from 'yaml';
import type { Problem } from '../check/problem.js';
import type { Messages } from '../i18n/index.js';
import { problemAt, type SourceText } from './source.js';
import { yamlLib } from './yaml-lib.js';

const YAML11_BOOLEANS = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const LEADING_ZERO = /^[-+]?0[0-9]+$/;

/** The rules of this file: warnings that give way to a schema error at the same place. */
export const SPELLING_RULES: ReadonlySet<string> = new Set(['ambiguous-boolean', 'leading-zero']);

export function scanSpellings(doc: Document, source: SourceText, m: Messages): Problem[] {
  const problems: Problem[] = [];
  const { file } = m.validate;
  yamlLib().visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || node.type !== 'PLAIN' || !node.range) return;
      const written = source.text.slice(node.range[0], node.range[1]);
      const at = (rule: string, said: { message: string; hint: string }): void => {
        problems.push(
          problemAt(source, node.range![0], node.range![1], { rule, severity: 'warning', ...said }),
        );
      };
      if (typeof node.value === 'string' && YAML11_BOOLEANS.test(written)) {
        at('ambiguous-boolean', file.ambiguousBoolean(written));
      } else if (typeof node.value === 'number' && LEADING_ZERO.test(written)) {
        at('leading-zero', file.leadingZero(written, node.value));
      }
    },
  });
  return problems;
}
