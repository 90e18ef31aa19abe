import Taro, { useRouter } from '@tarojs/taro'
import { EvidenceForm } from '@/features/members'
import { EmptyState, PageShell } from '@/shared'

/** ?memberId= a member's evidence; ?markId= the holder's own evidence for that mark. */
export default function EvidencePage() {
  const { params } = useRouter()
  const target = params.memberId ? { memberId: params.memberId } : params.markId ? { markId: params.markId } : null
  return (
    <PageShell>
      {target ? (
        <EvidenceForm target={target} onDone={() => Taro.navigateBack()} />
      ) : (
        <EmptyState title="请从会员详情或证据汇编页进入" description="使用证据需要对应到一家会员或一件商标。" />
      )}
    </PageShell>
  )
}
