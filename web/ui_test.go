package web_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/borderlens/borderlens/web"
	"github.com/rs/zerolog"
)

// sourceHash computes the hash the front ends' scripts/source-hash.mjs
// record in build-info.json: SHA-256 over "<path>\n<sha256 hex>\n" for
// index.html, package.json, package-lock.json, vite.config.js and every
// file under dirs, sorted by path.
func sourceHash(t *testing.T, root string, dirs ...string) string {
	t.Helper()
	files := []string{"index.html", "package.json", "package-lock.json", "vite.config.js"}
	for _, dir := range dirs {
		err := filepath.WalkDir(filepath.Join(root, dir), func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, err := filepath.Rel(root, p)
			if err != nil {
				return err
			}
			files = append(files, filepath.ToSlash(rel))
			return nil
		})
		if err != nil {
			t.Fatalf("walk %s/%s: %v", root, dir, err)
		}
	}
	sort.Strings(files)
	h := sha256.New()
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(f)))
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		fmt.Fprintf(h, "%s\n%s\n", f, hex.EncodeToString(sum[:]))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// checkBuiltFrom fails when the build-info.json of the committed build in
// built (web/<name>) does not record the hash of the sources in web/<src>;
// rebuild says how to rebuild.
func checkBuiltFrom(t *testing.T, built fs.FS, name, src, rebuild string, dirs ...string) {
	t.Helper()
	b, err := fs.ReadFile(built, "build-info.json")
	if err != nil {
		t.Fatalf("web/%s/build-info.json: %v (run %s)", name, err, rebuild)
	}
	var info struct {
		SourceSha256 string `json:"sourceSha256"`
	}
	if err := json.Unmarshal(b, &info); err != nil {
		t.Fatalf("web/%s/build-info.json: %v", name, err)
	}
	if got := sourceHash(t, src, dirs...); got != info.SourceSha256 {
		t.Errorf("web/%s was built from sources %s, web/%s hashes to %s: run %s", name, info.SourceSha256, src, got, rebuild)
	}
}

// TestUIBuildMatchesSources fails when web/ui-src changed after the
// committed build in web/ui was made: run `make ui` and commit web/ui.
func TestUIBuildMatchesSources(t *testing.T) {
	checkBuiltFrom(t, web.DefaultUI(), "ui", "ui-src", "make ui", "src", "public")
}

// TestUIServed checks that the embedded UI is served with the security
// headers and that every asset index.html references exists, without
// inline scripts (the CSP forbids them).
func TestUIServed(t *testing.T) {
	srv := httptest.NewServer(web.New(web.Config{Log: zerolog.Nop()}).Handler())
	defer srv.Close()
	get := func(t *testing.T, path string) (*http.Response, []byte) {
		t.Helper()
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, err := io.ReadAll(res.Body)
		if err != nil {
			t.Fatal(err)
		}
		return res, body
	}
	res, index := get(t, "/")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /: got status %d, want 200", res.StatusCode)
	}
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("GET /: CSP %q lacks default-src 'self'", csp)
	}
	if !bytes.Contains(index, []byte(`id="graph"`)) {
		t.Errorf("GET /: no graph container in the page")
	}
	if regexp.MustCompile(`<script(?:\s[^>]*)?>\s*[^<\s]`).Match(index) {
		t.Errorf("index.html has an inline script, which the CSP blocks")
	}
	refs := regexp.MustCompile(`(?:src|href)="\./([^"]+)"`).FindAllSubmatch(index, -1)
	if len(refs) < 3 {
		t.Fatalf("index.html references %d assets, want the script, the stylesheet and the icon", len(refs))
	}
	wantType := map[string]string{".js": "javascript", ".css": "text/css", ".svg": "image/svg+xml"}
	for _, m := range refs {
		path := "/" + string(m[1])
		t.Run(path, func(t *testing.T) {
			res, body := get(t, path)
			if res.StatusCode != http.StatusOK || len(body) == 0 {
				t.Fatalf("GET %s: got status %d with %d bytes, want 200 with a body", path, res.StatusCode, len(body))
			}
			if w := wantType[filepath.Ext(path)]; w != "" && !strings.Contains(res.Header.Get("Content-Type"), w) {
				t.Errorf("GET %s: Content-Type %q, want %s", path, res.Header.Get("Content-Type"), w)
			}
		})
	}
}
