import { useRouter } from '@tarojs/taro'
import { programmeYear } from '@/domain/application'
import { PublishView } from '@/features/evaluation'
import { EmptyState, PageShell, useSession } from '@/shared'

export default function PublishPage() {
  const { params } = useRouter()
  const role = useSession((s) => s.session?.user.role)
  const year = params.year ? Number(params.year) : programmeYear(new Date())
  return (
    <PageShell>
      {role === 'national' ? (
        <PublishView year={year} />
      ) : (
        <EmptyState title="仅限国家知识产权局账号" description="年度名单由国家知识产权局分批发布。" />
      )}
    </PageShell>
  )
}
