export default definePageConfig({ navigationBarTitleText: '撤三答辩证据汇编' })
