import { useRouter } from '@tarojs/taro'
import type { Alert, Page } from '@/domain/contract'
import { AlertInboxView, useAlertInbox } from '@/features/alerts'
import { PageShell, useSession } from '@/shared'

export default function AlertsPage() {
  const { params } = useRouter()
  const staff = useSession((s) => s.session?.user.role === 'staff')
  const inbox = useAlertInbox(params.id, params.trademarkId)
  return <PageShell<Page<Alert>> query={inbox.query}>{(page) => <AlertInboxView inbox={inbox} page={page} staff={staff} />}</PageShell>
}
