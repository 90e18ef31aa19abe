import { useState } from 'react'
import { View, Text, Picker } from '@tarojs/components'
import { getProgrammeYear, getReviewQuota } from '@/api'
import { QUOTA_TABLE_2023 } from '@/domain/quota'
import { ExportButton, QuotaEditor, QuotaPanel } from '@/features/review'
import { Card, PageShell, useQuery, useSession } from '@/shared'
import { Field } from '@/shared/components/Field'

export default function ReviewQuotaPage() {
  const user = useSession((s) => s.session?.user)
  const national = user?.role === 'national'
  const [province, setProvince] = useState(user?.provinceCode ?? '350000')
  const query = useQuery(() => getReviewQuota(national ? { provinceCode: province } : {}), [province, national], { enabled: !!user })
  // the year the panel shows is the server's programme year; its table (and change records) for editing
  const year = query.data?.year
  const yearQuery = useQuery(() => getProgrammeYear(year!), [year], { enabled: national && year !== undefined })
  const idx = Math.max(
    0,
    QUOTA_TABLE_2023.findIndex((r) => r.provinceCode === province),
  )
  return (
    <PageShell query={query}>
      {(quota) => (
        <View>
          {national && (
            <Field label="查看省份" className="rv-quota__province">
              <Picker
                mode="selector"
                range={QUOTA_TABLE_2023.map((r) => r.provinceName)}
                value={idx}
                onChange={(e) => setProvince(QUOTA_TABLE_2023[Number(e.detail.value)].provinceCode)}
              >
                <View className="ui-select" data-testid="quota-province">
                  <Text>{quota.provinceName}</Text>
                  <Text className="ui-select__arrow">›</Text>
                </View>
              </Picker>
            </Field>
          )}
          <QuotaPanel quota={quota} />
          {national && yearQuery.data && (
            <QuotaEditor
              key={`${province}-${yearQuery.data.quotaHistory.length}`}
              view={yearQuery.data}
              provinceCode={province}
              onSaved={(v) => {
                yearQuery.setData(v)
                void query.reload()
              }}
            />
          )}
          {national && yearQuery.error && (
            <Text className="ui-muted" style={{ display: 'block', margin: '12px 0' }}>
              {quota.year} 年度尚未设置时间安排，设置后即可调整名额（默认采用方案附件 4）。
            </Text>
          )}
          {!national && (
            <Card title="推荐表">
              <Text className="ui-muted" style={{ display: 'block', marginBottom: '12px' }}>
                导出本省已推荐的企业商标品牌、区域商标品牌和指导站名单（方案附件 5 格式，CSV 可用 Excel 打开）。
              </Text>
              <ExportButton year={quota.year} provinceName={quota.provinceName} primary />
            </Card>
          )}
        </View>
      )}
    </PageShell>
  )
}
