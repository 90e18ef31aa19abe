import { useRouter } from '@tarojs/taro'
import { ApplyFormView } from '@/features/application'
import { PageShell } from '@/shared'

export default function ApplyFormPage() {
  const { params } = useRouter()
  return (
    <PageShell>
      <ApplyFormView id={params.id} />
    </PageShell>
  )
}
