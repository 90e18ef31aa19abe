import { useRouter } from '@tarojs/taro'
import { ReviewListView } from '@/features/review'
import { EmptyState, PageShell, useSession } from '@/shared'

export default function ReviewListPage() {
  const { params } = useRouter()
  const role = useSession((s) => s.session?.user.role)
  return (
    <PageShell>
      {role === 'province' || role === 'national' ? (
        <ReviewListView
          role={role}
          batch={params.batch ? Number(params.batch) : undefined}
          year={params.year ? Number(params.year) : undefined}
          queue={params.queue === '1'}
        />
      ) : (
        <EmptyState title="仅限审核账号" description="省级知识产权管理部门和国家知识产权局账号可在此审核申报。" />
      )}
    </PageShell>
  )
}
