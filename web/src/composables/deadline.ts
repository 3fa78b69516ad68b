// Days from today (local calendar) to a 'YYYY-MM-DD' deadline; negative once it has passed.
export function daysLeft(deadline: string): number {
  const [y, m, d] = deadline.split('-').map(Number);
  if (!y || !m || !d) return -1;
  const today = new Date();
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((Date.UTC(y, m - 1, d) - start) / 86_400_000);
}
