/**
 * HTML that escapes by default: in html`<p title="${a}">${b}</p>` every interpolated string is
 * escaped (& < > " '), so text from the plan can never break the page. Only fragments made by
 * `html` itself, or marked with `trusted` (the charts, the style sheet), go in as they are.
 * Attribute values must be written in double quotes.
 */
import { escapeUTF8 } from 'entities';

const MARKUP = Symbol('markup');

/** A piece of HTML that is safe to put in a page as it is. */
export interface Html {
  readonly [MARKUP]: string;
}

/** What may be interpolated: text (escaped), numbers, HTML, lists of these, or nothing. */
export type Part = string | number | Html | readonly Part[] | undefined | null | false;

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let text = strings[0] ?? '';
  parts.forEach((part, index) => {
    text += toMarkup(part) + (strings[index + 1] ?? '');
  });
  return { [MARKUP]: text };
}

/** Markup made by code we trust (a chart library, our own style sheet), taken as it is. */
export function trusted(markup: string): Html {
  return { [MARKUP]: markup };
}

export function markupOf(fragment: Html): string {
  return fragment[MARKUP];
}

function toMarkup(part: Part): string {
  if (part === undefined || part === null || part === false) return '';
  if (typeof part === 'string') return escapeUTF8(part);
  if (typeof part === 'number') return escapeUTF8(String(part));
  if (Array.isArray(part)) return (part as readonly Part[]).map(toMarkup).join('');
  return (part as Html)[MARKUP];
}
