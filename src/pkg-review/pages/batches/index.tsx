import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { listReviewBatches } from '@/api'
import { programmeYear } from '@/domain/application'
import { BatchesView } from '@/features/review'
import { PageShell, useQuery } from '@/shared'

const YEARS = (() => {
  const now = programmeYear(new Date())
  const list: number[] = []
  for (let y = Math.max(now, 2025); y >= 2023; y--) list.push(y)
  return list
})()

export default function ReviewBatchesPage() {
  const [year, setYear] = useState(programmeYear(new Date()))
  const query = useQuery(() => listReviewBatches(year), [year])
  return (
    <PageShell query={query}>
      {(batches) => (
        <View>
          <View className="rv-chips" role="tablist" aria-label="按年度查看">
            {YEARS.map((y) => (
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
          <BatchesView batches={batches} year={year} />
        </View>
      )}
    </PageShell>
  )
}
