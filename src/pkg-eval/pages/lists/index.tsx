import { useRouter } from '@tarojs/taro'
import type { ListKind } from '@/domain/contract/evaluation'
import { PublicListView } from '@/features/evaluation'
import { PageShell } from '@/shared'

/** Public (no sign-in): the published lists 千企千标 / 百城百品 / 优秀指导站. */
export default function PublicListsPage() {
  const { params } = useRouter()
  return (
    <PageShell requireAuth={false}>
      <PublicListView initialYear={params.year ? Number(params.year) : undefined} initialList={params.list as ListKind | undefined} />
    </PageShell>
  )
}
