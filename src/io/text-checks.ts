/**
 * Checks on a file's bytes and lines, before YAML reads it: the encoding, a byte-order mark,
 * git conflict markers and tabs used for indentation. The YAML reader reports these poorly.
 */
import type { Problem } from '../check/problem.js';
import type { Messages } from '../i18n/index.js';
import { makeSource, problemAt, type SourceText } from './source.js';

const CONFLICT = /^(<{7}|={7}|>{7})(\s|$)/;

export type Decoded = { text: string; bom: boolean } | { source: SourceText; problem: Problem };

/** The text of a UTF-8 file without its byte-order mark, or a problem at the first bad byte. */
export function decode(path: string, bytes: Uint8Array, m: Messages): Decoded {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    const bom = text.startsWith('\uFEFF');
    return { text: bom ? text.slice(1) : text, bom };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const source = makeSource(path, lossy);
    const bad = Math.max(0, lossy.indexOf('\uFFFD'));
    return {
      source,
      problem: problemAt(source, bad, bad + 1, { rule: 'encoding', ...m.validate.file.encoding }),
    };
  }
}

/** Conflict markers and tab indentation, line by line; CRLF line endings are fine. */
export function scanLines(source: SourceText, m: Messages): Problem[] {
  const problems: Problem[] = [];
  const { file } = m.validate;
  let offset = 0;
  for (const raw of source.text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (CONFLICT.test(line)) {
      problems.push(
        problemAt(source, offset, offset + line.length, {
          rule: 'conflict-marker',
          ...file.conflictMarker,
        }),
      );
    }
    const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
    const tab = indent.indexOf('\t');
    if (tab >= 0 && line.trim() !== '') {
      problems.push(
        problemAt(source, offset + tab, offset + indent.length, {
          rule: 'tab-indent',
          ...file.tabIndent,
        }),
      );
    }
    offset += raw.length + 1;
  }
  return problems;
}

/** True when the file holds nothing but blank lines, comments and document markers. */
export function isBlank(text: string): boolean {
  return text.split('\n').every((line) => /^\s*(#.*)?\r?$/.test(line) || line.trim() === '---');
}
