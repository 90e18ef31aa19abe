export default definePageConfig({ navigationBarTitleText: '推荐名额', enablePullDownRefresh: true })
