// @vant/area-data is imported HERE (pkg-station only) so it never lands in the main package.
import { useRef } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { areaList } from '@vant/area-data'
import { StationDirectory } from '@/features/stations'
import { PageShell } from '@/shared'

export default function StationDirectoryPage() {
  const refresh = useRef<() => Promise<void>>()
  usePullDownRefresh(async () => {
    try {
      await refresh.current?.()
    } finally {
      Taro.stopPullDownRefresh()
    }
  })
  return (
    <PageShell requireAuth={false}>
      <StationDirectory area={areaList} refreshRef={refresh} />
    </PageShell>
  )
}
