import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { getStation } from '@/api'
import type { StationDetail } from '@/domain/contract'
import { StationDetailView } from '@/features/stations'
import { PageShell, ROUTES, buildUrl, useQuery } from '@/shared'

export default function StationDetailPage() {
  const { params } = useRouter()
  const id = params.id || ''
  const query = useQuery(() => getStation(id), [id])
  useShareAppMessage(() => ({
    title: query.data ? `${query.data.name} · 商标品牌指导站` : '商标品牌指导站',
    path: buildUrl(ROUTES.stationDetail, { id }),
  }))
  return (
    <PageShell requireAuth={false} query={query}>
      {(station: StationDetail) => <StationDetailView station={station} />}
    </PageShell>
  )
}
