export default definePageConfig({ navigationBarTitleText: '添加使用证据' })
