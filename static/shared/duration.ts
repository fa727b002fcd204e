/**
 * Durations as people say them, for the admin page's time left and the agent panel's timings.
 * Pure, so the wording is pinned by tests.
 */
const NBSP = '\u00a0';

/** A duration in seconds: "45 s", "12 min", "1 h 12 min", "2 d 3 h"; never negative. */
export function spokenDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}${NBSP}s`;
  const minutes = Math.round(s / 60);
  if (minutes < 60) return `${minutes}${NBSP}min`;
  const hours = Math.floor(minutes / 60);
  const restMinutes = minutes % 60;
  if (hours < 24) return restMinutes ? `${hours}${NBSP}h ${restMinutes}${NBSP}min` : `${hours}${NBSP}h`;
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  return restHours ? `${days}${NBSP}d ${restHours}${NBSP}h` : `${days}${NBSP}d`;
}

/**
 * An estimate of the time left, said as loosely as it is known: "estimating…" until there is one,
 * "less than a minute left", "about 3 min left", "about 1 h 20 min left" (rounded to 5 min
 * beyond an hour, since the estimate is not better than that), "about 2 d 3 h left".
 */
export function formatTimeLeft(etaSeconds: number | null): string {
  if (etaSeconds === null || !Number.isFinite(etaSeconds)) return 'estimating…';
  if (etaSeconds < 60) return 'less than a minute left';
  const minutes = Math.round(etaSeconds / 60);
  if (minutes < 60) return `about ${minutes}${NBSP}min left`;
  const rounded = Math.round(minutes / 5) * 5;
  return `about ${spokenDuration(rounded * 60)} left`;
}
