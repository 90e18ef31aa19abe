import { useRouter } from '@tarojs/taro'
import { getReviewApplication } from '@/api'
import { ReviewDetailView } from '@/features/review'
import { PageShell, useQuery, useSession } from '@/shared'

export default function ReviewDetailPage() {
  const { params } = useRouter()
  const user = useSession((s) => s.session?.user)
  const query = useQuery(() => getReviewApplication(params.id!), [params.id], { enabled: !!params.id && !!user })
  return <PageShell query={query}>{(app) => (user ? <ReviewDetailView app={app} user={user} onChange={query.setData} /> : null)}</PageShell>
}
