// Style imports resolve here under jest (TOOLCHAIN trap 7).
module.exports = {}
