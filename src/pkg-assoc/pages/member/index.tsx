import { useRouter } from '@tarojs/taro'
import { getMember } from '@/api'
import type { MemberDetail } from '@/domain/contract/member'
import { MemberDetailView } from '@/features/members'
import { PageShell, useQuery, useRefetchOn } from '@/shared'

export default function MemberPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const query = useQuery(() => getMember(id), [id])
  useRefetchOn(query, { show: true, pullDown: true })
  return <PageShell<MemberDetail> query={query}>{(m) => <MemberDetailView member={m} onChanged={query.setData} />}</PageShell>
}
