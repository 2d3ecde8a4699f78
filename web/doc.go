// Package web is the HTTP edge of the server: the route table, health and
// readiness probes, request ids, structured access logs, security headers
// and the embedded investigation UI.
//
// Place in the dependency graph: web imports graph (for context helpers and
// error codes) and nothing else of ours. It receives the GraphQL endpoint
// as a plain http.Handler and readiness as a Checker, so it never imports
// resolvers or gqlgen and can be tested on its own with httptest.
package web
