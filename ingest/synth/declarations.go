package synth

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/borderlens/borderlens/ingest/kcs"
)

// traderPool lists the trader ids the copied declarations use, by role,
// with what the generator needs to describe them.
type traderPool struct {
	importers, declarants, sellers, couriers []string          // sorted
	decls                                    map[string]int    // declarations per trader id (any role)
	origin                                   map[string]string // most frequent origin country of a seller
	brokerOf                                 map[string]string // an importer's most frequent declarant
}

// copyDeclarations copies up to maxRows rows of each KCS file into outDir
// (as declarations_<name>.csv, re-encoded by encoding/csv so the copy is
// byte-stable), adds a goods Description column written by desc when the
// source has none, and collects the trader ids the rows use.
func copyDeclarations(files []string, outDir string, maxRows int, desc *describer) ([]string, traderPool, int, error) {
	pool := traderPool{decls: map[string]int{}, origin: map[string]string{}, brokerOf: map[string]string{}}
	roles := map[string]map[string]bool{"importer": {}, "declarant": {}, "seller": {}, "courier": {}}
	originCount := map[string]map[string]int{}
	brokerCount := map[string]map[string]int{}
	var out []string
	rows := 0
	for _, in := range files {
		name := "declarations_" + strings.TrimSuffix(filepath.Base(in), filepath.Ext(in)) + ".csv"
		dst := filepath.Join(outDir, name)
		n, err := copyKCS(in, dst, maxRows, desc, func(col map[string]int, rec []string) {
			get := func(c string) string { return strings.ToUpper(strings.TrimSpace(rec[col[c]])) }
			imp, dec, sel, cou := get("importerid"), get("declarantid"), get("sellerid"), get("courierid")
			for role, id := range map[string]string{"importer": imp, "declarant": dec, "seller": sel, "courier": cou} {
				if id != "" {
					roles[role][id] = true
					pool.decls[id]++
				}
			}
			if sel != "" {
				if originCount[sel] == nil {
					originCount[sel] = map[string]int{}
				}
				originCount[sel][get("countryoforigin")]++
			}
			if imp != "" && dec != "" {
				if brokerCount[imp] == nil {
					brokerCount[imp] = map[string]int{}
				}
				brokerCount[imp][dec]++
			}
		})
		if err != nil {
			return nil, pool, 0, err
		}
		rows += n
		out = append(out, dst)
	}
	sorted := func(m map[string]bool) []string {
		s := make([]string, 0, len(m))
		for k := range m {
			s = append(s, k)
		}
		sort.Strings(s)
		return s
	}
	pool.importers, pool.declarants = sorted(roles["importer"]), sorted(roles["declarant"])
	pool.sellers, pool.couriers = sorted(roles["seller"]), sorted(roles["courier"])
	pool.origin = argmax(originCount)
	pool.brokerOf = argmax(brokerCount)
	return out, pool, rows, nil
}

// argmax returns, for each key, its most frequent value (ties to the
// smallest), deterministically.
func argmax(m map[string]map[string]int) map[string]string {
	out := map[string]string{}
	for k, counts := range m {
		best, bestN := "", -1
		for v, n := range counts {
			if n > bestN || (n == bestN && v < best) {
				best, bestN = v, n
			}
		}
		out[k] = best
	}
	return out
}

// copyKCS copies one KCS file, calling row for each data row copied. With
// a describer and no description column in the source, it appends a
// "Description" column.
func copyKCS(in, out string, maxRows int, desc *describer, row func(col map[string]int, rec []string)) (int, error) {
	f, err := os.Open(in)
	if err != nil {
		return 0, fmt.Errorf("synth: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		return 0, fmt.Errorf("synth: %s: header: %w", in, err)
	}
	if len(header) > 0 {
		header[0] = strings.TrimPrefix(header[0], "\ufeff")
	}
	s, err := kcs.DetectSchema(header)
	if err != nil || s.Layout != kcs.LayoutKCS {
		return 0, fmt.Errorf("synth: %s is not a KCS declarations file", in)
	}
	col := map[string]int{}
	for i, h := range header {
		col[kcs.NormalizeHeader(h)] = i
	}
	for _, c := range []string{"importerid", "declarantid", "sellerid", "courierid", "countryoforigin"} {
		if _, ok := col[c]; !ok {
			return 0, fmt.Errorf("synth: %s lacks column %s", in, c)
		}
	}
	if _, ok := col["description"]; ok {
		desc = nil
	}
	idCol, hsCol := col["declarationid"], col["hs6code"]
	if desc != nil {
		header = append(header, "Description")
	}
	o, err := os.Create(out)
	if err != nil {
		return 0, fmt.Errorf("synth: %w", err)
	}
	w := csv.NewWriter(o)
	w.Write(header)
	n := 0
	for maxRows <= 0 || n < maxRows {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			o.Close()
			return 0, fmt.Errorf("synth: %s: %w", in, err)
		}
		row(col, rec)
		if desc != nil {
			rec = append(rec, desc.describe(strings.TrimSpace(rec[idCol]), strings.TrimSpace(rec[hsCol])))
		}
		w.Write(rec)
		n++
	}
	w.Flush()
	if err := w.Error(); err != nil {
		o.Close()
		return 0, fmt.Errorf("synth: %w", err)
	}
	return n, o.Close()
}
