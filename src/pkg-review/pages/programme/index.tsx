import { useState } from 'react'
import { View } from '@tarojs/components'
import { getProgrammeCurrent, getProgrammeYear, listCalls, type ProgrammeYearView, type Result } from '@/api'
import { CallsEditor, TimetableEditor } from '@/features/review'
import { PageShell, useQuery, useSession } from '@/shared'
import { Chips } from '@/shared/components/Choice'

/** National reviewer: the year's timetable. Province reviewer: the province's calls (open / extend). */
export default function ReviewProgrammePage() {
  const user = useSession((s) => s.session?.user)
  const national = user?.role === 'national'
  // the programme year from the timetables (a 2027 window may open in December 2026), not this device's calendar
  const current = useQuery(() => getProgrammeCurrent(), [], { enabled: !!user })
  const thisYear = current.data?.year
  const [picked, setYear] = useState<number>()
  const year = picked ?? thisYear
  // a year not set yet answers 404: shown as an empty form, not as an error
  const yearQuery = useQuery(
    async (): Promise<Result<ProgrammeYearView | null>> => {
      const r = await getProgrammeYear(year!)
      return !r.ok && r.error.status === 404 ? { ok: true, data: null, status: 200 } : r
    },
    [year],
    { enabled: !!user && year !== undefined },
  )
  const callsQuery = useQuery(() => listCalls({}), [], { enabled: !!user && !national })
  const t = yearQuery.data?.timetable
  // the province's batches lie in the national window of the current year (its pickers' range)
  const window = t ? { opensAt: t.applicationOpensAt, closesAt: t.applicationClosesAt } : undefined
  if (national) {
    if (thisYear === undefined || year === undefined) return <PageShell query={current}>{() => null}</PageShell>
    return (
      <PageShell query={yearQuery}>
        {(view) => (
          <View>
            <Chips
              label="选择年度"
              options={[thisYear, thisYear + 1].map((y) => ({ value: y, label: `${y} 年度` }))}
              value={year}
              onChange={setYear}
            />
            {/* the previous year's answer stays shown while the next loads: no form for it; one form per year, so
                the first save (null → the year) keeps the form and its 已保存 message */}
            {(view === null || view.year === year) && (
              <TimetableEditor key={year} year={year} view={view} onSaved={(v) => yearQuery.setData(v)} />
            )}
          </View>
        )}
      </PageShell>
    )
  }
  return (
    <PageShell query={callsQuery}>
      {(calls) => <CallsEditor calls={calls} {...(window ? { window } : {})} onChanged={() => callsQuery.reload()} />}
    </PageShell>
  )
}
