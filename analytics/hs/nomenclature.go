package hs

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/borderlens/borderlens/graph"
)

// Entry is one code of the nomenclature.
type Entry struct {
	Code        string // 2, 4 or 6 digits
	Description string
	Parent      string // "" for chapters
	Section     string // Roman numeral
}

// Nomenclature is the HS 2022 nomenclature: chapters, headings and
// subheadings with their descriptions. The Comtrade pseudo-codes 99, 9999
// and 999999 are left out.
type Nomenclature struct {
	entries  map[string]Entry
	subs     []string // subheading codes, sorted
	headings []string // sorted
	chapters []string // sorted
	sections map[string]string
}

// ReadNomenclature reads the harmonized-system.csv layout
// (section,hscode,description,parent,level). name is used in errors.
func ReadNomenclature(r io.Reader, name string) (*Nomenclature, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "hs: %s: header: %v", name, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	for _, c := range []string{"section", "hscode", "description", "parent", "level"} {
		if _, ok := col[c]; !ok {
			return nil, graph.Errorf(graph.EINVALID, "hs: %s: line 1: missing column %q", name, c)
		}
	}
	n := &Nomenclature{entries: map[string]Entry{}, sections: map[string]string{}}
	line := 1
	for {
		rec, err := cr.Read()
		line++
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, graph.Errorf(graph.EINVALID, "hs: %s: line %d: %v", name, line, err)
		}
		get := func(c string) string {
			if i := col[c]; i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		code, level := get("hscode"), get("level")
		if level == "5" || code == "TOTAL" {
			continue
		}
		if !isDigits(code) || (len(code) != 2 && len(code) != 4 && len(code) != 6) {
			return nil, graph.Errorf(graph.EINVALID, "hs: %s: line %d: field hscode: %q is not a 2, 4 or 6 digit code", name, line, code)
		}
		if strings.HasPrefix(code, "99") {
			continue
		}
		if strings.TrimSpace(get("description")) == "" {
			return nil, graph.Errorf(graph.EINVALID, "hs: %s: line %d: field description: empty", name, line)
		}
		parent := get("parent")
		if parent == "TOTAL" {
			parent = ""
		}
		n.entries[code] = Entry{Code: code, Description: get("description"), Parent: parent, Section: get("section")}
		switch len(code) {
		case 2:
			n.chapters = append(n.chapters, code)
		case 4:
			n.headings = append(n.headings, code)
		case 6:
			n.subs = append(n.subs, code)
		}
	}
	if len(n.subs) == 0 {
		return nil, graph.Errorf(graph.EINVALID, "hs: %s: no subheadings", name)
	}
	for _, s := range n.subs {
		if _, ok := n.entries[s[:4]]; !ok {
			return nil, graph.Errorf(graph.EINVALID, "hs: %s: subheading %s has no heading %s", name, s, s[:4])
		}
		if _, ok := n.entries[s[:2]]; !ok {
			return nil, graph.Errorf(graph.EINVALID, "hs: %s: subheading %s has no chapter %s", name, s, s[:2])
		}
	}
	sort.Strings(n.subs)
	sort.Strings(n.headings)
	sort.Strings(n.chapters)
	return n, nil
}

// LoadNomenclature reads harmonized-system.csv from path.
func LoadNomenclature(path string) (*Nomenclature, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("hs: nomenclature: %w", err)
	}
	defer f.Close()
	return ReadNomenclature(f, path)
}

// Entry returns the entry for a 2, 4 or 6 digit code.
func (n *Nomenclature) Entry(code string) (Entry, bool) {
	e, ok := n.entries[code]
	return e, ok
}

// Subheadings returns the six-digit codes in order.
func (n *Nomenclature) Subheadings() []string { return append([]string(nil), n.subs...) }

// Len returns the number of subheadings.
func (n *Nomenclature) Len() int { return len(n.subs) }

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
