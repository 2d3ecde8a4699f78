package web

import (
	"embed"
	"io/fs"
	"net/http"
)

// graphiqlFiles is GraphiQL built from web/graphiql-src (npm, pinned by
// its package-lock.json) with web/graphiql-src/build.sh.
//
//go:embed graphiql
var graphiqlFiles embed.FS

// GraphiQL returns the GraphiQL assets built into the binary: an IDE for
// /graphql that needs no network beyond this server.
func GraphiQL() fs.FS {
	sub, err := fs.Sub(graphiqlFiles, "graphiql")
	if err != nil {
		// fs.Sub fails only for an invalid path literal, which "graphiql" is not.
		return graphiqlFiles
	}
	return sub
}

// graphiqlHandler serves GraphiQL under /graphiql/.
func graphiqlHandler() http.Handler {
	return http.StripPrefix("/graphiql", http.FileServerFS(GraphiQL()))
}
