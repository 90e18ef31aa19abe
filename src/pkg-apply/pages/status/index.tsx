import { useDidShow, useRouter } from '@tarojs/taro'
import { useRef } from 'react'
import { getApplication, getMyApplications } from '@/api'
import type { Application } from '@/domain/contract'
import { StatusView } from '@/features/application'
import { EmptyState, PageShell, go, useQuery } from '@/shared'

export default function ApplyStatusPage() {
  const { params } = useRouter()
  const query = useQuery<Application | null>(async () => {
    if (params.id) return getApplication(params.id)
    const res = await getMyApplications()
    if (!res.ok) return res
    const latest =
      [...res.data].sort((a, b) => b.year - a.year || (b.updatedAt > a.updatedAt ? 1 : b.updatedAt < a.updatedAt ? -1 : 0))[0] ?? null
    return { ok: true, data: latest, status: res.status }
  }, [params.id])
  // back from the form (修改并重新申报): show the new state
  const first = useRef(true)
  useDidShow(() => {
    if (first.current) first.current = false
    else query.reload()
  })
  return (
    <PageShell query={query}>
      {(app) =>
        app ? (
          <StatusView app={app} />
        ) : (
          <EmptyState
            title="还没有申报"
            description="申报参加“千企百城”商标品牌价值提升行动。"
            actionText="开始申报"
            onAction={() => go('applyForm')}
          />
        )
      }
    </PageShell>
  )
}
