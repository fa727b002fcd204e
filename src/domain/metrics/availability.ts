import type { AvailabilityCounts } from '../buckets/bucket';
import type { AvailabilitySample } from '../records/availability';

export interface AvailabilityResult {
  technical: number;
  effective: number;
  gap: number;
  n: number;
}

/** Up and answering within its threshold: available as the user experiences it. */
export function isEffectivelyUp(sample: AvailabilitySample): boolean {
  return sample.up && sample.responseMs != null && sample.responseMs <= sample.thresholdMs;
}

/**
 * Per service: technical = 100 × up / n, effective = 100 × (up and fast enough) / n,
 * gap = technical − effective.
 *
 * Empty input: a service appears only with samples, so no samples gives `{}`.
 */
export function availability(
  services: Record<string, AvailabilityCounts>,
): Record<string, AvailabilityResult> {
  const result: Record<string, AvailabilityResult> = {};
  for (const [service, { n, up, effective }] of Object.entries(services)) {
    const technical = (100 * up) / n;
    const effectiveShare = (100 * effective) / n;
    result[service] = { technical, effective: effectiveShare, gap: technical - effectiveShare, n };
  }
  return result;
}

/**
 * Mean effective availability over services, the Experience Index component.
 *
 * Empty input: no services gives `null`.
 */
export function meanEffectiveAvailability(results: Record<string, AvailabilityResult>): number | null {
  const values = Object.values(results).map((result) => result.effective);
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}
