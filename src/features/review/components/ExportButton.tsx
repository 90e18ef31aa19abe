import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { getRecommendationCsv, recommendationCsvUrl } from '@/api'
import { useSession } from '@/shared'

/**
 * Annex-5 recommendation table (推荐表) export. H5: download the CSV (Blob + <a download>).
 * weapp: Taro.downloadFile + Taro.openDocument (falls back to sending the file to a chat).
 */
export function ExportButton({ year, provinceName, primary = false }: { year?: number; provinceName?: string; primary?: boolean }) {
  const [busy, setBusy] = useState(false)
  const fileName = `千企百城推荐表-${provinceName ?? ''}-${year ?? ''}.csv`.replace(/--/g, '-')

  const exportH5 = async () => {
    const res = await getRecommendationCsv({ year })
    if (!res.ok) return Taro.showToast({ title: res.error.message, icon: 'none' })
    const text = String(res.data)
    const blob = new Blob([text.startsWith('\uFEFF') ? text : `\uFEFF${text}`], { type: 'text/csv;charset=utf-8' })
    const url = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = url
    a.download = fileName
    document.body.appendChild(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
    Taro.showToast({ title: '推荐表已下载', icon: 'success' })
  }

  const exportWeapp = async () => {
    const token = useSession.getState().session?.token
    try {
      const dl = await Taro.downloadFile({ url: recommendationCsvUrl({ year }), header: token ? { Authorization: `Bearer ${token}` } : {} })
      if (dl.statusCode !== 200) throw new Error(`下载失败（${dl.statusCode}）`)
      try {
        await Taro.openDocument({ filePath: dl.tempFilePath, showMenu: true } as any)
      } catch {
        // openDocument does not list csv among its types on every platform: offer to send the file instead
        await (Taro as any).shareFileMessage({ filePath: dl.tempFilePath, fileName })
      }
    } catch (e: any) {
      Taro.showToast({ title: e?.message && !/fail/i.test(e.message) ? e.message : '导出失败，请稍后重试', icon: 'none' })
    }
  }

  const onClick = async () => {
    if (busy) return
    setBusy(true)
    try {
      if (process.env.TARO_ENV === 'weapp') await exportWeapp()
      else await exportH5()
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button
      type="primary"
      fill={primary ? 'solid' : 'outline'}
      block
      loading={busy}
      disabled={busy}
      onClick={onClick}
      data-testid="export-table"
    >
      导出推荐表（附件 5）
    </Button>
  )
}
