// The non-use defence bundle (撤三答辩使用证据): choose the mark and a window of at most three years (default:
// the three years before today, the period a 撤三 examination looks at when filed now), preview what goes in
// (per window year, by holder and licensees, what was left out and why), then export one HTML document.
// H5: the browser saves the file. weapp: Taro.downloadFile, then wx.shareFileMessage to send it to a chat
// (openDocument does not open .html files; a computer or phone opens the shared file in a browser).
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { downloadUseEvidenceBundle, getUseEvidenceBundle } from '@/api'
import type { AssociationMarks } from '@/domain/contract/member'
import { windowErrors } from '@/domain/members/bundle'
import { Banner, Card, ErrorState, Skeleton, go, useQuery } from '@/shared'
import { Chips, DateField } from './fields'
import './members.scss'

async function saveBundle(markId: string, from: string, to: string, fileName: string): Promise<string | null> {
  const res = await downloadUseEvidenceBundle(markId, { from, to })
  if (!res.ok) return res.error.message
  if (res.data.text !== undefined && typeof document !== 'undefined') {
    const url = URL.createObjectURL(new Blob([res.data.text], { type: 'text/html;charset=utf-8' }))
    const a = document.createElement('a')
    a.href = url
    a.download = fileName
    a.click()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
    Taro.showToast({ title: '已下载证据汇编', icon: 'success' })
    return null
  }
  if (res.data.filePath) {
    const share = (Taro as unknown as { shareFileMessage?: (o: { filePath: string; fileName: string }) => Promise<unknown> })
      .shareFileMessage
    if (!share) return '当前微信版本不支持发送文件，请在电脑端 H5 导出'
    await share({ filePath: res.data.filePath, fileName }).catch(() => undefined)
    return null
  }
  return '导出失败，请稍后重试'
}

export function BundleView({ marks }: { marks: AssociationMarks }) {
  const [markId, setMarkId] = useState(marks.marks[0]?.id ?? '')
  const [from, setFrom] = useState(marks.defaultWindow.from)
  const [to, setTo] = useState(marks.defaultWindow.to)
  const [busy, setBusy] = useState(false)
  const [exportError, setExportError] = useState<string>()
  const errs = windowErrors({ from, to })
  const valid = Object.keys(errs).length === 0 && !!markId
  const preview = useQuery(() => getUseEvidenceBundle(markId, { from, to }), [markId, from, to], { enabled: valid })
  const mark = marks.marks.find((m) => m.id === markId)
  const b = valid ? preview.data : undefined

  const onExport = async () => {
    if (!b || busy) return
    setBusy(true)
    setExportError(undefined)
    const msg = await saveBundle(markId, from, to, b.fileName)
    setBusy(false)
    if (msg) setExportError(msg)
  }

  if (!marks.marks.length) return <Banner tone="info">本协会名下还没有商标记录。</Banner>
  return (
    <View className="mb-page" data-testid="bundle-view">
      <Card title="选择商标与期间">
        {marks.marks.length > 1 && (
          <Chips
            testId="bundle-mark"
            options={marks.marks.map((m) => ({ key: m.id, label: `「${m.name}」${m.regNo}` }))}
            value={markId}
            onChange={setMarkId}
          />
        )}
        {mark && (
          <Text className="mb-row__meta">
            「{mark.name}」注册号 {mark.regNo} · {mark.markTypeLabel} · 注册人自用证据 {mark.holderEvidence.length} 份
          </Text>
        )}
        <DateField label="开始日期" value={from} error={errs.from} end={to} testId="bundle-from" onChange={setFrom} />
        <DateField label="结束日期" value={to} error={errs.to} start={from} testId="bundle-to" onChange={setTo} />
        <Text className="mb-row__meta">撤三审查看申请日前三年内的使用；默认期间为今天之前的三年。</Text>
        <View className="mb-actions">
          <Button fill="outline" type="primary" onClick={() => go('assocEvidence', { markId })}>
            添加注册人自用证据
          </Button>
        </View>
      </Card>
      {valid && preview.loading && !b && <Skeleton cards={1} lines={4} />}
      {valid && preview.error && <ErrorState description={preview.error.message} onRetry={preview.reload} />}
      {b && (
        <Card title={`收录证据 ${b.entries.length} 项`} testId="bundle-preview">
          {b.warnings.map((w) => (
            <Banner key={w} tone="warning">
              {w}
            </Banner>
          ))}
          <View className="mb-table" role="table">
            <View className="mb-table__row mb-table__row--head" role="row">
              <Text className="mb-table__cell">期间</Text>
              <Text className="mb-table__cell">证据数</Text>
            </View>
            {b.coverage.map((c) => (
              <View key={c.from} className="mb-table__row" role="row">
                <Text className="mb-table__cell mb-table__cell--wide">
                  {c.from} 至 {c.to}
                </Text>
                <Text className="mb-table__cell">{c.count}</Text>
              </View>
            ))}
          </View>
          <Text className="mb-row__meta">
            注册人自用 {b.entries.filter((e) => e.who.role === 'holder').length} 项 · 被许可人 {b.licensees.length} 家共{' '}
            {b.entries.filter((e) => e.who.role === 'licensee').length} 项
          </Text>
          {b.excluded.length > 0 && (
            <Text className="mb-row__meta">
              另有 {b.excluded.length} 项证据当日使用人不能使用商标（暂停、撤销或不在许可期内），未收录，文件中列明原因。
            </Text>
          )}
          {exportError && (
            <View data-testid="bundle-error">
              <Banner tone="danger">{exportError}</Banner>
            </View>
          )}
          <View className="mb-submit">
            <Button
              type="primary"
              block
              loading={busy}
              disabled={busy || b.entries.length === 0}
              onClick={onExport}
              data-testid="export-bundle"
            >
              {process.env.TARO_ENV === 'weapp' ? '导出并发送到聊天（HTML 文件）' : '导出证据汇编（HTML 文件）'}
            </Button>
          </View>
          <Text className="mb-row__meta">文件名：{b.fileName}</Text>
        </Card>
      )}
    </View>
  )
}
