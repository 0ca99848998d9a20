// Makes vectors.json: webhook calls signed the way a JavaScript receiver checks them,
// HMAC-SHA256(secret, JSON.stringify(JSON.parse(raw).body)) in lower-case hex.
// Run once with Node (v20 here) and commit both files:  node make-vectors.js > vectors.json
// WebhookSignaturesTest replays every vector against the Java verifier.
'use strict';
const crypto = require('crypto');

const SECRET = 'VTytkTR7ZHH5nLhoWCLjymrUJjKBzfs4';

// Each body is JSON text exactly as a sender might format it; the callback wraps it verbatim.
const bodies = [
  ['spec example', '{"eventName":"call_started","roomId":"60d55c4fb9ef88ab17b0aabd","spaceId":"60d55c0eb9ef88ab17b0aabb"}'],
  ['record event, pretty-printed', '{\n  "eventName" : "record_finished",\n  "roomId" : "60d55c4fb9ef88ab17b0aabd",\n  "spaceId" : "60d55c0eb9ef88ab17b0aabb",\n  "recordId" : "60d55f33b9ef88ab17b0aac9"\n}'],
  ['keys in an unusual order, tabs and CRLF', '{\t"spaceId":"60d55c0eb9ef88ab17b0aabb",\r\n"eventName":"call_finished",\r\n"roomId":"60d55c4fb9ef88ab17b0aabd"}'],
  ['slashes, escaped or not', '{"eventName":"call_started","url":"https://example.com/a/b","escaped":"a\\/b"}'],
  ['non-ASCII as sent and as escapes', '{"name":"Zoë 日本語 😀","escaped":"\\u00e9\\u65e5\\ud83d\\ude00","cyrillic":"Привет"}'],
  ['line and paragraph separators', '{"raw":"a\u2028b\u2029c","escaped":"a\\u2028b\\u2029c"}'],
  ['control characters and quotes', '{"s":"tab\\there\\nnew\\rret\\bback\\fform \\u0001 \\u001f \\u007f \\"q\\" \\\\ end"}'],
  ['unpaired surrogates', '{"high":"x\\ud800y","low":"\\udc00","pairThenHigh":"\\ud83d\\ude00\\ud83d"}'],
  ['numbers as JavaScript prints them', '{"a":1.0,"b":1e21,"c":1E21,"d":1e-7,"e":0.000001,"f":123456789012345678901234567890,"g":-0,"h":0.1,"i":1.7976931348623157e308,"j":5e-324,"k":100,"l":1.5e3,"m":0.30000000000000004,"n":9007199254740993,"o":2e-7,"p":123e-20,"q":1e+20,"r":4.35,"s":-1.23456789e-7,"t":1e400,"u":-1e400,"v":12345678901234567890,"w":0.1e1,"x":2.5E-5,"y":1e-6,"z":100e19}'],
  ['array-index keys first', '{"b":1,"2":2,"a":3,"1":4,"01":5,"4294967294":6,"4294967295":7,"-1":8,"1.5":9,"0":10,"10":11,"9":12}'],
  ['repeated keys', '{"a":1,"b":2,"a":3,"c":{"x":1,"x":[2]}}'],
  ['nesting, arrays, literals, empties', '{"o":{"p":[1,[2,{"q":null}],true,false,"s"]},"e":{},"l":[],"n":null,"t":true}'],
  ['a body that is not an object', '"just a string"'],
  ['a body that is an array', ' [ 1 , "two" , { "3" : 3 , "x" : 4 } ] '],
];

const vectors = [];
for (const [name, body] of bodies) {
  for (const secret of [SECRET, 'sécret-ключ-🔑']) {
    const canonicalBody = JSON.stringify(JSON.parse(body));
    const signature = crypto.createHmac('sha256', secret).update(canonicalBody).digest('hex');
    const callback = '{ "body" : ' + body + ' ,\n "signature" : "' + signature + '" }';
    // What a JavaScript receiver does with the call: it must agree with us.
    const received = JSON.parse(callback);
    const check = crypto.createHmac('sha256', secret).update(JSON.stringify(received.body)).digest('hex');
    if (check !== received.signature) throw new Error('vector does not verify: ' + name);
    vectors.push({ name: name + (secret === SECRET ? '' : ' (non-ASCII secret)'), secret, callback, canonicalBody, signature });
  }
}
process.stdout.write(JSON.stringify({ node: process.version, vectors }, null, 2) + '\n');
