// Calendar-day arithmetic on "YYYY-MM-DD" in the device's zone, for the forms of subpackages (what they used
// dayjs for). Apart from format.ts on purpose: format.ts is in the weapp main package, which would carry these.

const pad = (n: number) => String(n).padStart(2, '0')
const ymd = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
/** a "YYYY-MM-DD" as local midnight (new Date("YYYY-MM-DD") would be UTC midnight) */
function local(day: string): Date {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number)
  return new Date(y, (m || 1) - 1, d || 1)
}

/** Today's date on this device, "YYYY-MM-DD". */
export const todayYmd = (): string => ymd(new Date())

/** "YYYY-MM-DD" plus n days. */
export function addDaysYmd(day: string, n: number): string {
  const d = local(day)
  d.setDate(d.getDate() + n)
  return ymd(d)
}

/** "YYYY-MM-DD" plus n years; 29 February plus a year is 28 February (as dayjs' add). */
export function addYearsYmd(day: string, n: number): string {
  const d = local(day)
  const month = d.getMonth()
  d.setFullYear(d.getFullYear() + n)
  if (d.getMonth() !== month) d.setDate(0)
  return ymd(d)
}
