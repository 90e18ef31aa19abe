import { useState } from 'react'
import { getStationFigures } from '@/api'
import type { StationFigures } from '@/domain/contract'
import { StationFiguresView } from '@/features/visits'
import { PageShell, useQuery } from '@/shared'
import { TrendChart } from '../../components'

/** Station staff: clients served per year (3 years), visits by mode and topic per month, follow-ups on time. */
export default function StationFiguresPage() {
  const [year, setYear] = useState<number>()
  const query = useQuery(() => getStationFigures(year), [year])
  return (
    <PageShell<StationFigures> query={query}>
      {(f) => <StationFiguresView figures={f} onYear={setYear} chart={(p) => <TrendChart key={p.id} {...p} />} />}
    </PageShell>
  )
}
