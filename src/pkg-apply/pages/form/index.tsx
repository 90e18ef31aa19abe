import { EmptyState, PageShell } from '@/shared'

export default function Placeholder() {
  return (
    <PageShell>
      <EmptyState title="功能建设中" description="该页面即将开放" />
    </PageShell>
  )
}
