import { useRouter } from '@tarojs/taro'
import { getVisit } from '@/api'
import type { Visit } from '@/domain/contract'
import { VisitDetail } from '@/features/visits'
import { PageShell, useQuery, useSession } from '@/shared'

/** One visit: a client reads its advice note here; staff see the record and mark the follow-up done. */
export default function VisitPage() {
  const { params } = useRouter()
  const staff = useSession((s) => s.session?.user.role === 'staff')
  const query = useQuery(() => getVisit(params.id ?? ''), [params.id])
  return <PageShell<Visit> query={query}>{(v) => <VisitDetail visit={v} staff={staff} onChange={query.setData} />}</PageShell>
}
