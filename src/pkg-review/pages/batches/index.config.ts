export default definePageConfig({ navigationBarTitleText: '公示批次', enablePullDownRefresh: true })
