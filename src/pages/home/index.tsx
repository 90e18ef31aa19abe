import { getHome } from '@/api'
import type { HomeSummary } from '@/domain/contract'
import { ApplicantHomeView, HomeHeader, ReviewerHomeView, StaffHomeView } from '@/features/home'
import { signOut } from '@/features/auth'
import { PageShell, useQuery, useSession } from '@/shared'
import { useDidShow } from '@tarojs/taro'

function scopeOf(home: HomeSummary): string {
  if (home.role === 'staff') return home.stationName
  if (home.role === 'province' || home.role === 'national') return home.scopeName
  return home.orgName
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
          {home.role === 'staff' ? (
            <StaffHomeView home={home} />
          ) : home.role === 'province' || home.role === 'national' ? (
            <ReviewerHomeView home={home} />
          ) : (
            <ApplicantHomeView home={home} />
          )}
        </>
      )}
    </PageShell>
  )
}
