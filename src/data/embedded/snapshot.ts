import type { DehydratedState } from '@tanstack/react-query';
import { snapshotPath, version } from 'virtual:embedded-db';

export interface Snapshot {
  version: string;
  takenAt: string;
  state: DehydratedState;
}

/**
 * The start views' data as the build asked it of the embedded database (see
 * supabase/embedded-snapshot.ts), preloaded by index.html. Null in dev, when it is not there or
 * of another version, or when it takes longer than the map would: the page then starts without.
 */
export async function loadSnapshot(timeoutMs = 2500): Promise<Snapshot | null> {
  if (!snapshotPath) return null;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}${snapshotPath}`, {
      signal: controller.signal,
    });
    if (!response.ok) return null;
    const snapshot = (await response.json()) as Snapshot;
    return snapshot.version === version ? snapshot : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
