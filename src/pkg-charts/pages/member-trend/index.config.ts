export default definePageConfig({ navigationBarTitleText: '用标会员趋势', enablePullDownRefresh: true })
