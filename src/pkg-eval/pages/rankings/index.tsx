import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useRouter } from '@tarojs/taro'
import { programmeYear } from '@/domain/application'
import { RankingsView } from '@/features/evaluation'
import { EmptyState, PageShell, go, useSession } from '@/shared'

export default function RankingsPage() {
  const { params } = useRouter()
  const role = useSession((s) => s.session?.user.role)
  const year = params.year ? Number(params.year) : programmeYear(new Date())
  return (
    <PageShell>
      {role === 'province' || role === 'national' ? (
        <View>
          {role === 'national' && (
            <View className="ev-top-action">
              <Button type="primary" block onClick={() => go('evalPublish', { year })} data-testid="ev-go-publish">
                发布年度名单
              </Button>
            </View>
          )}
          <RankingsView role={role} year={year} />
        </View>
      ) : (
        <EmptyState title="仅限审核账号" description="省级知识产权管理部门和国家知识产权局账号可查看评价排名。" />
      )}
    </PageShell>
  )
}
