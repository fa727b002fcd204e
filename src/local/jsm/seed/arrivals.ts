import { HOUR_WEIGHTS, WEEKDAY_WEIGHTS } from './directory';
import type { Random } from './prng';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Arrival times: a Poisson count per day shaped by weekday, each placed by the hourly profile. */
export function arrivals(random: Random, from: number, to: number, perDay: number): number[] {
  const meanWeekday = WEEKDAY_WEIGHTS.reduce((sum, weight) => sum + weight, 0) / 7;
  const hours = HOUR_WEIGHTS.map((weight, hour) => [hour, weight] as const);
  const times: number[] = [];
  const firstDay = Math.floor(from / DAY) * DAY;
  for (let day = firstDay; day < to; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    const count = random.poisson((perDay * (WEEKDAY_WEIGHTS[weekday] ?? 1)) / meanWeekday);
    for (let index = 0; index < count; index++) {
      const at = day + random.weighted(hours) * HOUR + Math.floor(random.next() * HOUR);
      if (at >= from && at < to) times.push(at);
    }
  }
  return times.sort((a, b) => a - b);
}
