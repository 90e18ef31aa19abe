import { getAvailability } from '@/api'
import type { AvailabilityRules } from '@/domain/contract'
import { AvailabilityEditor } from '@/features/booking/staff'
import { PageShell, useQuery } from '@/shared'

export default function AvailabilityPage() {
  const query = useQuery(getAvailability, [])
  return <PageShell query={query}>{(r: AvailabilityRules) => <AvailabilityEditor rules={r} onSaved={query.setData} />}</PageShell>
}
