import { useState } from 'react'
import { View } from '@tarojs/components'
import { getProgrammeCurrent, listReviewBatches } from '@/api'
import { BatchesView } from '@/features/review'
import { PageShell, useQuery } from '@/shared'
import { Chips } from '@/shared/components/Choice'

/** The programme years to offer, newest first: 2023 (the first year) up to the current or latest configured one. */
const yearsUpTo = (last: number) => {
  const list: number[] = []
  for (let y = Math.max(last, 2025); y >= 2023; y--) list.push(y)
  return list
}

export default function ReviewBatchesPage() {
  // the programme year from the timetables, not this device's calendar
  const current = useQuery(() => getProgrammeCurrent(), [])
  const [picked, setYear] = useState<number>()
  const year = picked ?? current.data?.year
  const query = useQuery(() => listReviewBatches(year!), [year], { enabled: year !== undefined })
  if (year === undefined) return <PageShell query={current}>{() => null}</PageShell>
  const YEARS = yearsUpTo(Math.max(current.data?.year ?? year, ...(current.data?.years ?? [])))
  return (
    <PageShell query={query}>
      {(batches) => (
        <View>
          <Chips label="按年度查看" options={YEARS.map((y) => ({ value: y, label: `${y} 年度` }))} value={year} onChange={setYear} />
          <BatchesView batches={batches} year={year} />
        </View>
      )}
    </PageShell>
  )
}
