import { describe, expect, it } from 'vitest';
import { html, markupOf, trusted } from '../../src/render/html.js';
import { CHART_COLOURS } from '../../src/render/report-chart.js';
import { REPORT_CSS } from '../../src/render/report-css.js';

describe('html templates', () => {
  it('escape every text put into them, in content and in attributes', () => {
    const title = 'Lezen & "leren" <b>nu</b> \'s avonds';
    const page = markupOf(html`<p title="${title}">${title}</p>`);
    const escaped = 'Lezen &amp; &quot;leren&quot; &lt;b&gt;nu&lt;/b&gt; &apos;s avonds';
    expect(page).toBe(`<p title="${escaped}">${escaped}</p>`);
  });

  it('take fragments, lists and trusted markup as they are, and leave out nothing-values', () => {
    const items = ['a<', 'b&'].map((text) => html`<li>${text}</li>`);
    const page = markupOf(html`<ul>${items}</ul>${trusted('<svg></svg>')}${undefined}${false}${2}`);
    expect(page).toBe('<ul><li>a&lt;</li><li>b&amp;</li></ul><svg></svg>2');
  });
});

/** WCAG's contrast ratio of two colours written #rrggbb. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
    const linear = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    const [r, g, b2] = linear as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('the colours of the report', () => {
  it('know what contrast is: black on white is 21:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it('draw every chart line with a contrast of at least 4.5:1 on white', () => {
    for (const colour of Object.values(CHART_COLOURS)) {
      expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('write every status badge with a contrast of at least 4.5:1', () => {
    const rule = /\.status-[a-z-]+[^{]*\{ background: (#[0-9a-f]{6}); color: (#[0-9a-f]{6}); \}/g;
    const rules = [...REPORT_CSS.matchAll(rule)];
    expect(rules).toHaveLength(5);
    for (const [, background, colour] of rules) {
      expect(contrast(colour!, background!)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
