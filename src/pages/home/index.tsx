import { getHome } from '@/api'
import type { ApplicantHome, HomeSummary, ReviewerHome, StaffHome } from '@/domain/contract'
import { ApplicantHomeView, HomeHeader, ReviewerHomeView, StaffHomeView } from '@/features/home'
import { signOut } from '@/features/auth'
import { PageShell, useQuery, useSession } from '@/shared'
import { useDidShow } from '@tarojs/taro'

const isApplicant = (h: HomeSummary): h is ApplicantHome => h.role === 'enterprise' || h.role === 'association'
const isStaff = (h: HomeSummary): h is StaffHome => h.role === 'staff'

function scopeOf(home: HomeSummary): string {
  if (isApplicant(home)) return home.orgName
  if (isStaff(home)) return home.stationName
  return home.scopeName
}

export default function HomePage() {
  const user = useSession((s) => s.session?.user)
  const query = useQuery(getHome, [user?.id], { enabled: !!user })
  // Coming back from a booking or a form: show fresh status without a manual refresh.
  useDidShow(() => {
    if (user && query.data) query.reload()
  })
  return (
    <PageShell query={query}>
      {(home: HomeSummary) => (
        <>
          {user && <HomeHeader user={user} scope={scopeOf(home)} onSignOut={signOut} />}
          {isApplicant(home) ? (
            <ApplicantHomeView home={home} />
          ) : isStaff(home) ? (
            <StaffHomeView home={home} onChange={query.reload} />
          ) : (
            <ReviewerHomeView home={home as ReviewerHome} />
          )}
        </>
      )}
    </PageShell>
  )
}
