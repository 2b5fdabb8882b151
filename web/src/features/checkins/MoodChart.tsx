import type { SummaryDay } from './checkins-api.ts';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { band, viewBox, yFor } from './chart-geometry.ts';
import { formatAverage, moodLabel, plural } from './checkin-format.ts';
import { DayAxis } from './DayAxis.tsx';
import { shortDay } from './local-days.ts';

/** The line through the days that have a mood, broken where a day has none. */
function linePath(days: readonly SummaryDay[]): string {
  let path = '';
  let drawing = false;
  days.forEach((day, index) => {
    if (day.moodAverage === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${band(index, days.length).center.toFixed(1)} ${yFor(day.moodAverage, 1, 10).toFixed(1)} `;
    drawing = true;
  });
  return path.trim();
}

/** Mood: each day's average score, 1 to 10. */
export function MoodChart({ days }: { days: readonly SummaryDay[] }) {
  const withMood = days.filter((day) => day.moodAverage !== null);
  const average = withMood.length ? withMood.reduce((sum, day) => sum + (day.moodAverage ?? 0), 0) / withMood.length : null;
  const summary = withMood.length
    ? `Mood over the last ${days.length} days: ${plural(withMood.length, 'day')} with check-ins, averaging ${formatAverage(average)} out of 10.`
    : `No mood check-ins in the last ${days.length} days.`;
  return (
    <ChartFrame
      id="mood-chart"
      title="Mood"
      summary={summary}
      viewBox={viewBox}
      columns={['Day', 'Average mood', 'Check-ins']}
      rows={days.map((day) => ({ key: day.date, cells: [shortDay(day.date), day.moodAverage === null ? 'none' : moodLabel(day.moodAverage), String(day.moodCount)] }))}
    >
      <DayAxis days={days.map((day) => day.date)} ticks={[1, 4, 7, 10]} min={1} max={10} format={String} />
      <path d={linePath(days)} fill="none" strokeWidth={2.5} strokeLinejoin="round" strokeLinecap="round" className="stroke-accent" />
      {days.map((day, index) =>
        day.moodAverage === null ? null : <circle key={day.date} cx={band(index, days.length).center} cy={yFor(day.moodAverage, 1, 10)} r={days.length > 7 ? 3.5 : 5} className="fill-surface stroke-accent" strokeWidth={2.5} />,
      )}
    </ChartFrame>
  );
}
