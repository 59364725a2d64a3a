require('node:http')
  .createServer((req, res) => res.end('ok\n'))
  .listen(3000);
