import { useRouter } from '@tarojs/taro'
import { getEvaluationResult, getMyResult, type EvaluationResultView } from '@/api'
import { IndicatorList, ScoreSummary } from '@/features/evaluation'
import { PageShell, useQuery } from '@/shared'

/** The year's result with its explanation: the applicant's own, or (reviewers, ?id=&year=) a participant's. */
export default function ResultPage() {
  const { params } = useRouter()
  const year = params.year ? Number(params.year) : undefined
  const id = params.id
  const query = useQuery(() => (id && year ? getEvaluationResult(id, year) : getMyResult(year)), [id, year])
  return (
    <PageShell<EvaluationResultView> query={query}>
      {(r) => (
        <>
          <ScoreSummary
            result={r}
            note={`${r.subject.provinceName} · ${r.subject.trackLabel}${r.subject.fieldLabel ? ` · ${r.subject.fieldLabel}` : ''}`}
          />
          <IndicatorList result={r} />
        </>
      )}
    </PageShell>
  )
}
