import { RegisterView } from '@/features/members'
import { EmptyState, PageShell, useSession } from '@/shared'

export default function MemberRegisterPage() {
  const role = useSession((s) => s.session?.user.role)
  return (
    <PageShell>
      {role === 'association' ? (
        <RegisterView />
      ) : (
        <EmptyState title="仅限区域品牌主体" description="用标会员名册由商标注册人（协会）管理。" />
      )}
    </PageShell>
  )
}
