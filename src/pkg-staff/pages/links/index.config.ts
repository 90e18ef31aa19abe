export default definePageConfig({ navigationBarTitleText: '对接申请', enablePullDownRefresh: true })
