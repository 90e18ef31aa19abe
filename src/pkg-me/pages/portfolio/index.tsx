import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { downloadCalendar, getCalendarLink, getPortfolio } from '@/api'
import type { Portfolio } from '@/domain/contract'
import { PortfolioView } from '@/features/alerts'
import { PageShell, useQuery, useSession } from '@/shared'

/** Saves (H5) or shares (weapp) the organisation's legal last days as an .ics file. */
async function exportCalendar(orgId: string, name: string) {
  const res = await downloadCalendar(orgId)
  if (!res.ok) return Taro.showToast({ title: res.error.message, icon: 'none' })
  const fileName = `${name}-商标法定期限.ics`
  if (res.data.text !== undefined && typeof document !== 'undefined') {
    const url = URL.createObjectURL(new Blob([res.data.text], { type: 'text/calendar;charset=utf-8' }))
    const a = document.createElement('a')
    a.href = url
    a.download = fileName
    a.click()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
    return Taro.showToast({ title: '已下载，可用手机日历打开', icon: 'none' })
  }
  if (res.data.filePath) {
    const wxShare = (Taro as unknown as { shareFileMessage?: (o: { filePath: string; fileName: string }) => Promise<unknown> })
      .shareFileMessage
    if (wxShare) return wxShare({ filePath: res.data.filePath, fileName }).catch(() => undefined)
    return Taro.showToast({ title: '当前微信版本不支持分享文件', icon: 'none' })
  }
}

/** Copies the calendar's subscription address: a phone calendar that subscribes to it follows every change. */
async function copyCalendarLink(orgId: string) {
  const res = await getCalendarLink(orgId)
  if (!res.ok) return Taro.showToast({ title: res.error.message, icon: 'none' })
  await Taro.setClipboardData({ data: res.data.url })
  return Taro.showToast({ title: '已复制，可在手机日历中添加订阅', icon: 'none' })
}

export default function PortfolioPage() {
  const { params } = useRouter()
  // own organisation; station staff open a linked client's with ?orgId=
  const ownOrg = useSession((s) => s.session?.user.orgId)
  const orgId = params.orgId || ownOrg || ''
  const query = useQuery(() => getPortfolio(orgId), [orgId])
  const [exporting, setExporting] = useState(false)
  const onExport = async (p: Portfolio) => {
    setExporting(true)
    await exportCalendar(p.orgId, p.orgName)
    setExporting(false)
  }
  return (
    <PageShell<Portfolio> query={query}>
      {(p) => (
        <PortfolioView portfolio={p} exporting={exporting} onExport={() => onExport(p)} onCopyLink={() => copyCalendarLink(p.orgId)} />
      )}
    </PageShell>
  )
}
