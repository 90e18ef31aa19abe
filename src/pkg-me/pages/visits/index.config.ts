export default definePageConfig({ navigationBarTitleText: '服务记录与建议书', enablePullDownRefresh: true })
