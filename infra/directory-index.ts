/**
 * CloudFront Function (cloudfront-js-2.0) on the site's viewer requests. S3 behind origin
 * access control has no index documents, so a directory URL such as `/swv-utrecht/` or
 * `/swv-utrecht` is rewritten to the `index.html` that Astro built in that directory.
 * Paths whose last segment has a dot (`/_astro/app.css`, `/favicon.svg`) stay as they are.
 */
export const directoryIndexCode = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
  } else if (uri.slice(uri.lastIndexOf('/') + 1).indexOf('.') === -1) {
    request.uri = uri + '/index.html';
  }
  return request;
}
`;
