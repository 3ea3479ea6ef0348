const fs = require('fs');
const path = require('path');

module.exports = () => fs.rmSync(path.join(__dirname, '.asked.jsonl'), { force: true });
