// Node-side HTTP for the fake wx.request (the page code itself never sees Node's fetch).
'use strict'
const http = require('http')
module.exports = function nodeRequest(url, { method, headers, body }) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.setTimeout(10000, () => req.destroy(new Error('timeout')))
    if (body) req.write(body)
    req.end()
  })
}
