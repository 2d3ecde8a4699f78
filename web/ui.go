package web

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed ui
var uiFiles embed.FS

// DefaultUI returns the investigation UI assets built into the binary.
func DefaultUI() fs.FS {
	sub, err := fs.Sub(uiFiles, "ui")
	if err != nil {
		// fs.Sub fails only for an invalid path literal, which "ui" is not.
		return uiFiles
	}
	return sub
}

func (s *Server) uiHandler() http.Handler {
	ui := s.cfg.UI
	if ui == nil {
		ui = DefaultUI()
	}
	return http.FileServerFS(ui)
}
