import { useRouter } from '@tarojs/taro'
import { getPublicCard, type PublicCard } from '@/api'
import { PublicCardView } from '@/features/evaluation'
import { PageShell, useQuery } from '@/shared'

/** Public (no sign-in): a listed brand's card. */
export default function PublicCardPage() {
  const { params } = useRouter()
  const id = params.id || ''
  const query = useQuery(() => getPublicCard(id), [id])
  return (
    <PageShell<PublicCard> query={query} requireAuth={false}>
      {(card) => <PublicCardView card={card} />}
    </PageShell>
  )
}
