/*
 * portal_http.h: the HTTP statuses the core's pages answer with.
 *
 * The core has no httpd header; these are the same numbers as httpd's
 * HTTP_* so that the glue returns them as they are.
 */
#ifndef PORTAL_HTTP_H
#define PORTAL_HTTP_H

#define PORTAL_HTTP_OK                 200
#define PORTAL_HTTP_SEE_OTHER          303
#define PORTAL_HTTP_BAD_REQUEST        400
#define PORTAL_HTTP_FORBIDDEN          403
#define PORTAL_HTTP_NOT_FOUND          404
#define PORTAL_HTTP_METHOD_NOT_ALLOWED 405
#define PORTAL_HTTP_TOO_LARGE          413
#define PORTAL_HTTP_UNSUPPORTED        415
#define PORTAL_HTTP_UNPROCESSABLE      422
#define PORTAL_HTTP_TOO_MANY           429
#define PORTAL_HTTP_ERROR              500
#define PORTAL_HTTP_UNAVAILABLE        503

#endif
