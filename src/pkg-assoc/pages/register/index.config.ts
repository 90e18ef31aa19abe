export default definePageConfig({ navigationBarTitleText: '用标会员名册', enablePullDownRefresh: true })
