import { useRouter } from '@tarojs/taro'
// @vant/area-data is imported HERE (pkg-apply only) so it lands neither in the main package nor in pkg-review.
import { areaList } from '@vant/area-data'
import { ApplyFormView } from '@/features/application'
import { PageShell } from '@/shared'

export default function ApplyFormPage() {
  const { params } = useRouter()
  return (
    <PageShell>
      <ApplyFormView id={params.id} area={areaList} />
    </PageShell>
  )
}
