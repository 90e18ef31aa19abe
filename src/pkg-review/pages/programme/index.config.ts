export default definePageConfig({ navigationBarTitleText: '年度安排与申报批次', enablePullDownRefresh: true })
