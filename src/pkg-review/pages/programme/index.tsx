import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { getProgrammeYear, listCalls, type ProgrammeYearView, type Result } from '@/api'
import { programmeYear } from '@/domain/application'
import { CallsEditor, TimetableEditor } from '@/features/review'
import { PageShell, useQuery, useSession } from '@/shared'

/** National reviewer: the year's timetable. Province reviewer: the province's calls (open / extend). */
export default function ReviewProgrammePage() {
  const user = useSession((s) => s.session?.user)
  const national = user?.role === 'national'
  const thisYear = programmeYear(new Date())
  const [year, setYear] = useState(thisYear)
  // a year not set yet answers 404: shown as an empty form, not as an error
  const yearQuery = useQuery(
    async (): Promise<Result<ProgrammeYearView | null>> => {
      const r = await getProgrammeYear(year)
      return !r.ok && r.error.status === 404 ? { ok: true, data: null, status: 200 } : r
    },
    [year],
    { enabled: national },
  )
  const callsQuery = useQuery(() => listCalls({}), [], { enabled: !!user && !national })
  if (national) {
    return (
      <PageShell query={yearQuery}>
        {(view) => (
          <View>
            <View className="rv-chips" role="tablist" aria-label="选择年度">
              {[thisYear, thisYear + 1].map((y) => (
                <View
                  key={y}
                  className={`rv-chip ${y === year ? 'rv-chip--on' : ''}`}
                  onClick={() => setYear(y)}
                  role="tab"
                  aria-selected={y === year}
                >
                  <Text>{y} 年度</Text>
                </View>
              ))}
            </View>
            <TimetableEditor key={`${year}-${view?.year ?? 'new'}`} year={year} view={view} onSaved={(v) => yearQuery.setData(v)} />
          </View>
        )}
      </PageShell>
    )
  }
  return <PageShell query={callsQuery}>{(calls) => <CallsEditor calls={calls} onChanged={() => callsQuery.reload()} />}</PageShell>
}
