export default definePageConfig({ navigationBarTitleText: '开放时段设置' })
