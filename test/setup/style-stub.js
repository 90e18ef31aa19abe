// Style imports resolve here under jest (jest cannot parse SCSS).
module.exports = {}
