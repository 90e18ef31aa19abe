import Taro from '@tarojs/taro'
import { MemberForm } from '@/features/members'
import { PageShell, ROUTES, buildUrl } from '@/shared'

export default function AddMemberPage() {
  return (
    <PageShell>
      <MemberForm onAdded={(id) => Taro.redirectTo({ url: buildUrl(ROUTES.assocMember, { id }) })} />
    </PageShell>
  )
}
