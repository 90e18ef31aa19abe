export default definePageConfig({ navigationBarTitleText: '本站服务记录', enablePullDownRefresh: true })
