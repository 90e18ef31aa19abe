export default definePageConfig({ navigationBarTitleText: '会员数量与用标情况', enablePullDownRefresh: true })
