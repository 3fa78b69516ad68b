// Days from Hanoi's today to a 'YYYY-MM-DD' deadline; negative once it has passed.
import { daysFromToday, isValidIsoDate } from '@launchpad/shared';

export function daysLeft(deadline: string): number {
  if (!isValidIsoDate(deadline)) return -1;
  return daysFromToday(deadline);
}
