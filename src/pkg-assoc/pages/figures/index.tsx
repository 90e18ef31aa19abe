import { getMemberFigures } from '@/api'
import type { MemberFigures } from '@/domain/contract/member'
import { FiguresView } from '@/features/members'
import { PageShell, go, useQuery, useRefetchOn } from '@/shared'

export default function MemberFiguresPage() {
  const query = useQuery(() => getMemberFigures(), [])
  useRefetchOn(query, { pullDown: true })
  return <PageShell<MemberFigures> query={query}>{(f) => <FiguresView figures={f} chartLink={() => go('memberTrend')} />}</PageShell>
}
