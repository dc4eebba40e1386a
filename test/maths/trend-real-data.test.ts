/**
 * The trend maths on the real Dutch library statistics in examples/nl-libraries. The expected
 * paces were worked out apart from ub2030: the pairwise slopes by hand for three or five points,
 * and for the nine e-book points with a ten-line Python script (datetime for the day counts,
 * statistics.median over the 36 slopes), whose two middle slopes are written out below.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProgramme } from '../../src/commands/load.js';
import { indicatorTrend } from '../../src/maths/trend.js';
import { ROOT } from '../helpers.js';

const loaded = loadProgramme(join(ROOT, 'examples', 'nl-libraries'), 'en');

function series(project: string, id: string) {
  const found = loaded.model?.terms.flatMap((term) => term.projects)
    .find((model) => model.project.id === project)?.indicators
    .find((model) => model.indicator.id === id);
  if (!found) throw new Error(`${project}/${id} is missing from examples/nl-libraries`);
  return found;
}

const DEFAULT = { windowMonths: 12, keepBand: 0.05 };
const WHOLE = { keepBand: 0.05 };
const perYear = (perDay: number | undefined) => (perDay ?? NaN) * 365.25;

describe('e-book loans 2015–2024 (million a year)', () => {
  const { indicator, entries } = series('lending', 'ebook-loans');

  it('has its pace from the last three years when the last 12 months hold no figure', () => {
    // 2022 5.3, 2023 5.5, 2024 5.8: slopes 0.2 ÷ 365, 0.3 ÷ 366 and 0.5 ÷ 731 a day; the median is
    // 0.5 ÷ 731 = 0.000684 a day, 0.2498 a year.
    const trend = indicatorTrend(indicator, entries, '2026-12-01', DEFAULT);
    expect(trend.pace?.perDay).toBeCloseTo(0.5 / 731, 12);
    expect(perYear(trend.pace?.perDay)).toBeCloseTo(0.2498, 4);
    // 2024-12-31 → 2030-12-31 is 2191 days: 5.8 + 2191 × 0.5 ÷ 731 = 7.2986, past the target 7.
    // 7 is reached after 1.2 ÷ (0.5 ÷ 731) = 1754.4 days, rounded up: 2024-12-31 + 1755 days.
    expect(trend.projection?.value).toBeCloseTo(7.2986, 4);
    expect(trend.projection)
      .toMatchObject({ onTime: true, reach: { kind: 'on', date: '2029-10-21' } });
    expect(trend.verdict).toBe('improving');
  });

  it('has its pace over the whole series, with 2018 missing, from the two middle slopes', () => {
    // Sorted slopes 18 and 19 of 36: 2019→2023 (1.6 in 1461 days) and 2016→2017 (0.4 in 365 days).
    const trend = indicatorTrend(indicator, entries, '2026-12-01', WHOLE);
    expect(trend.pace?.points).toBe(9);
    expect(trend.pace?.perDay).toBeCloseTo((1.6 / 1461 + 0.4 / 365) / 2, 12);
    expect(perYear(trend.pace?.perDay)).toBeCloseTo(0.4001, 4);
  });

  it('shows the missing year as a gap in the sparkline', () => {
    const trend = indicatorTrend(indicator, entries, '2026-12-01', DEFAULT);
    expect(trend.spark.map(({ period }) => period)).toEqual(
      ['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(trend.spark[3]).toEqual({ period: '2018' });
  });
});

describe('visits 2018–2022 with the pandemic dip (million a year)', () => {
  const { indicator, entries } = series('reach', 'visits');

  it('falls over the whole series, where the dip outweighs the recovery', () => {
    // 62.6, 62.9, 36, 31.3, 50.3 at the end of 2018…2022. The ten slopes a year (2020 has 366
    // days): −26.9, −15.8, −13.3, −10.4, −4.7, −4.2, −3.1, +0.3, +7.15, +19. The middle two are
    // 2020→2021 (−4.7 in 365 days) and 2019→2022 (−12.6 in 1096 days).
    const trend = indicatorTrend(indicator, entries, '2026-12-01', WHOLE);
    expect(trend.pace?.perDay).toBeCloseTo((-4.7 / 365 + -12.6 / 1096) / 2, 12);
    expect(perYear(trend.pace?.perDay)).toBeCloseTo(-4.4511, 4);
    expect(trend.verdict).toBe('worsening');
    expect(trend.projection).toMatchObject({ onTime: false, reach: { kind: 'never' } });
  });

  it('follows the recovery over the last three years', () => {
    // 2020 36, 2021 31.3, 2022 50.3: slopes −4.7 ÷ 365, 19 ÷ 365 and 14.3 ÷ 730; median 14.3 ÷ 730.
    const trend = indicatorTrend(indicator, entries, '2026-12-01', DEFAULT);
    expect(trend.pace?.perDay).toBeCloseTo(14.3 / 730, 12);
    expect(trend.latest).toEqual({ date: '2022-12-31', value: 50.3 });
    expect(trend.sincePrevious?.amount).toBeCloseTo(19, 9);
    expect(trend.sincePrevious?.share).toBeCloseTo(19 / 31.3, 9);
    expect(trend.verdict).toBe('improving');
  });
});
