export default definePageConfig({ navigationBarTitleText: '本站服务统计', enablePullDownRefresh: true })
