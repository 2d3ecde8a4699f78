package web_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/borderlens/borderlens/web"
	"github.com/rs/zerolog"
)

// TestGraphiQLServed checks GraphiQL comes from the binary: the page, every
// script and stylesheet it references, no external URL, no inline script,
// and a CSP that allows none either.
func TestGraphiQLServed(t *testing.T) {
	srv := httptest.NewServer(web.New(web.Config{Log: zerolog.Nop()}).Handler())
	defer srv.Close()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

	res, err := client.Get(srv.URL + "/graphiql")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusMovedPermanently || res.Header.Get("Location") != "/graphiql/" {
		t.Errorf("GET /graphiql: got %d to %q, want 301 to /graphiql/", res.StatusCode, res.Header.Get("Location"))
	}

	page, hdr := fetchAsset(t, srv.URL+"/graphiql/", "text/html")
	csp := hdr.Get("Content-Security-Policy")
	for _, d := range strings.Split(csp, ";") {
		f := strings.Fields(d)
		scripts := len(f) > 0 && (f[0] == "script-src" || f[0] == "default-src")
		if scripts && strings.Contains(d, "'unsafe-inline'") || strings.Contains(d, "'unsafe-eval'") {
			t.Errorf("CSP directive %q allows inline or eval'd script", d)
		}
	}
	if !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("CSP %q: want default-src 'self'", csp)
	}
	if regexp.MustCompile(`<script(?:\s[^>]*)?>\s*[^<\s]`).MatchString(page) {
		t.Errorf("page has an inline script:\n%s", page)
	}
	if strings.Contains(page, "http://") || strings.Contains(page, "https://") || strings.Contains(page, `src="//`) {
		t.Errorf("page references another host:\n%s", page)
	}
	refs := regexp.MustCompile(`(?:src|href)="\./(assets/[^"]+)"`).FindAllStringSubmatch(page, -1)
	var scripts, styles int
	for _, m := range refs {
		switch {
		case strings.HasSuffix(m[1], ".js"):
			scripts++
			body, _ := fetchAsset(t, srv.URL+"/graphiql/"+m[1], "text/javascript")
			if !strings.Contains(body, "graphql") {
				t.Errorf("%s does not look like the GraphiQL bundle", m[1])
			}
		case strings.HasSuffix(m[1], ".css"):
			styles++
			fetchAsset(t, srv.URL+"/graphiql/"+m[1], "text/css")
		}
	}
	if scripts == 0 || styles == 0 {
		t.Errorf("page references %d scripts and %d stylesheets under ./assets, want both", scripts, styles)
	}
	if res, err := http.Get(srv.URL + "/graphiql/assets/no-such.js"); err != nil || res.StatusCode != http.StatusNotFound {
		t.Errorf("missing asset: got %v %v, want 404", res.StatusCode, err)
	}
}

// fetchAsset fetches url, wants 200 with the given media type, and returns the
// body and headers.
func fetchAsset(t *testing.T, url, mediaType string) (string, http.Header) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), mediaType) {
		t.Fatalf("GET %s: got %d %s, want 200 %s", url, res.StatusCode, res.Header.Get("Content-Type"), mediaType)
	}
	return string(b), res.Header
}

// TestGraphiQLBuildMatchesSources fails when web/graphiql-src changed after
// the committed build in web/graphiql was made: run
// web/graphiql-src/build.sh and commit web/graphiql.
func TestGraphiQLBuildMatchesSources(t *testing.T) {
	checkBuiltFrom(t, web.GraphiQL(), "graphiql", "graphiql-src", "web/graphiql-src/build.sh", "src")
}
