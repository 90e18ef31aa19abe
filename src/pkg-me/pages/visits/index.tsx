import { VisitListPage } from '@/features/visits'

/** An enterprise / association: the station's visits about itself and the advice notes it received. */
export default function MyVisitsPage() {
  return (
    <VisitListPage
      staff={false}
      filters={[
        { value: 'all', label: '全部服务' },
        { value: 'with-note', label: '服务建议书' },
      ]}
    />
  )
}
