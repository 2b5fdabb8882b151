import { ChartFrame } from '../../components/ChartFrame.tsx';
import { band, plotBottom, viewBox, yFor } from '../checkins/chart-geometry.ts';
import { formatAverage, plural } from '../checkins/checkin-format.ts';
import { DayAxis } from '../checkins/DayAxis.tsx';
import { shortDay } from '../checkins/local-days.ts';
import type { InsightDay } from './insights-api.ts';

const average = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null);
const barWidth = (count: number) => Math.max(2, band(0, count).width * 0.6);

/** Journal mood by day (1 to 10), as bars. */
export function MoodByDayChart({ days }: { days: readonly InsightDay[] }) {
  const moods = days.flatMap((day) => (day.mood === null ? [] : [day.mood]));
  const summary = moods.length
    ? `Mood in your journal over ${plural(days.length, 'day')}: ${plural(moods.length, 'day')} with a mood, averaging ${formatAverage(average(moods))} out of 10.`
    : `No moods in your journal entries in these ${days.length} days.`;
  return (
    <ChartFrame
      id="journal-mood-chart"
      title="Mood"
      summary={summary}
      viewBox={viewBox}
      columns={['Day', 'Mood', 'Entries']}
      rows={days.map((day) => ({ key: day.date, cells: [shortDay(day.date), day.mood === null ? 'none' : `${formatAverage(day.mood)} of 10`, String(day.entries)] }))}
    >
      <DayAxis days={days.map((day) => day.date)} ticks={[0, 5, 10]} min={0} max={10} format={String} />
      {days.map((day, index) => {
        if (day.mood === null) return null;
        const width = barWidth(days.length);
        const y = yFor(day.mood, 0, 10);
        return <rect key={day.date} x={band(index, days.length).center - width / 2} y={y} width={width} height={plotBottom - y} rx={Math.min(3, width / 2)} className="fill-accent" />;
      })}
    </ChartFrame>
  );
}

/** The tone of each day's writing (-1 low to +1 bright), as bars from the middle line. */
export function SentimentByDayChart({ days }: { days: readonly InsightDay[] }) {
  const scores = days.flatMap((day) => (day.sentiment === null ? [] : [day.sentiment]));
  const mean = average(scores);
  const summary =
    mean === null
      ? `No reflections on your writing in these ${days.length} days yet.`
      : `Tone of your writing over ${plural(days.length, 'day')}: ${plural(scores.length, 'day')} with entries, averaging ${mean.toFixed(2)} on a scale from -1 (low) to 1 (bright).`;
  const zero = yFor(0, -1, 1);
  return (
    <ChartFrame
      id="journal-sentiment-chart"
      title="Tone of your writing"
      summary={summary}
      viewBox={viewBox}
      columns={['Day', 'Tone', 'Entries']}
      rows={days.map((day) => ({ key: day.date, cells: [shortDay(day.date), day.sentiment === null ? 'none' : day.sentiment.toFixed(2), String(day.entries)] }))}
      legend={<span>Bars above the middle line lean bright, below it lean low.</span>}
    >
      <DayAxis days={days.map((day) => day.date)} ticks={[-1, 0, 1]} min={-1} max={1} format={(value) => (value > 0 ? `+${value}` : String(value))} />
      {days.map((day, index) => {
        if (day.sentiment === null) return null;
        const width = barWidth(days.length);
        const y = yFor(day.sentiment, -1, 1);
        return (
          <rect
            key={day.date}
            x={band(index, days.length).center - width / 2}
            y={Math.min(y, zero)}
            width={width}
            height={Math.max(1.5, Math.abs(zero - y))}
            className={day.sentiment < 0 ? 'fill-warn' : 'fill-accent'}
          />
        );
      })}
    </ChartFrame>
  );
}
