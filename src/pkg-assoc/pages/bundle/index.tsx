import { listAssociationMarks } from '@/api'
import type { AssociationMarks } from '@/domain/contract/member'
import { BundleView } from '@/features/members'
import { PageShell, useQuery, useRefetchOn } from '@/shared'

export default function BundlePage() {
  const query = useQuery(() => listAssociationMarks(), [])
  useRefetchOn(query, { show: true })
  return <PageShell<AssociationMarks> query={query}>{(m) => <BundleView marks={m} />}</PageShell>
}
