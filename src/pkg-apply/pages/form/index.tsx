import { useRouter } from '@tarojs/taro'
import { ApplyFormView } from '@/features/application'
import { PageShell, type AreaList } from '@/shared'

// @vant/area-data (~87 KB) is loaded HERE (pkg-apply only), so it lands neither in the main package nor in pkg-review,
// and on H5 as its own chunk when a region is shown or picked: it is not on the form's first render path.
const loadArea: () => Promise<AreaList> =
  process.env.TARO_ENV === 'h5'
    ? () => import('@vant/area-data').then((m) => m.areaList)
    : // the mini-program loads no code on demand: there the data is bundled with the page
      () => Promise.resolve(require('@vant/area-data').areaList)

export default function ApplyFormPage() {
  const { params } = useRouter()
  return (
    <PageShell>
      <ApplyFormView id={params.id} area={loadArea} />
    </PageShell>
  )
}
