import { getSelfAssessment, type SelfAssessmentView } from '@/api'
import { IndicatorList, ScoreSummary, WeakestList } from '@/features/evaluation'
import { Banner, PageShell, useQuery } from '@/shared'
import { useRouter } from '@tarojs/taro'

/** Applicant: what the score would be with the data as it stands (draft report included), and what to improve. */
export default function SelfAssessPage() {
  const { params } = useRouter()
  const year = params.year ? Number(params.year) : undefined
  const query = useQuery(() => getSelfAssessment(year), [year])
  return (
    <PageShell<SelfAssessmentView> query={query}>
      {(sa) => (
        <>
          <Banner tone="info">
            自评结果仅供参考：{sa.basisLabel}，与本年度 {sa.peers} 个同赛道参与主体比较；正式结果以年度评价为准。
          </Banner>
          <ScoreSummary result={sa.result} />
          <WeakestList items={sa.weakest} />
          <IndicatorList result={sa.result} />
        </>
      )}
    </PageShell>
  )
}
