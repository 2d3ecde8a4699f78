package hs

import (
	"sort"
	"strings"

	"github.com/borderlens/borderlens/graph"
)

// Code flags say how a declared code was read (graph.PropHSCodeFlag).
const (
	FlagNone      = ""          // a six-digit HS 2022 subheading
	FlagTruncated = "truncated" // an 8-10 digit national code cut to its HS 2022 subheading
	FlagMapped    = "mapped"    // an older-edition subheading mapped to HS 2022 successors
	FlagUnknown   = "unknown"   // no HS 2022 subheading could be found; kept as declared
)

// Declared is a declared code as read against the HS 2022 nomenclature.
type Declared struct {
	Raw  string // as declared
	Code string // the six-digit code read (after truncation), even when unknown
	// Candidates are the HS 2022 subheadings the code stands for: one for
	// a current code, the successors for a mapped one, none when unknown.
	Candidates []string
	Flag       string
}

// ParseCode reads a declared HS code. Dots, spaces and dashes are ignored
// ("8517.13.00", "8517 13 0000"). A code of 8 to 10 digits is a national
// tariff line: its first six digits are kept (FlagTruncated). A six-digit
// code that HS 2022 no longer has is mapped to its successors: first
// through the HS 2017/2022 correlation of the codes that commonly appear
// on declarations (table hs2017), then to the subheadings of the same
// one-dash group (same five digits), then of the same heading
// (FlagMapped). Anything else is FlagUnknown. Codes that are not 6 to 10
// digits are EINVALID.
func (n *Nomenclature) ParseCode(raw string) (Declared, error) {
	s := strings.Map(func(r rune) rune {
		switch r {
		case '.', ' ', '-', '\t':
			return -1
		}
		return r
	}, raw)
	if !isDigits(s) || len(s) < 6 || len(s) > 10 {
		return Declared{}, graph.Errorf(graph.EINVALID, "hs code %q: want 6 to 10 digits", raw)
	}
	d := Declared{Raw: raw, Code: s[:6]}
	if len(s) > 6 {
		d.Flag = FlagTruncated
	}
	if _, ok := n.entries[d.Code]; ok {
		d.Candidates = []string{d.Code}
		return d, nil
	}
	if succ, ok := hs2017[d.Code]; ok {
		for _, c := range strings.Fields(succ) {
			if _, ok := n.entries[c]; ok {
				d.Candidates = append(d.Candidates, c)
			}
		}
	}
	if len(d.Candidates) == 0 {
		d.Candidates = n.childrenWithPrefix(d.Code[:5])
	}
	if len(d.Candidates) == 0 {
		d.Candidates = n.childrenWithPrefix(d.Code[:4])
	}
	if len(d.Candidates) == 0 {
		d.Flag = FlagUnknown
		return d, nil
	}
	d.Flag = FlagMapped
	return d, nil
}

func (n *Nomenclature) childrenWithPrefix(p string) []string {
	i := sort.SearchStrings(n.subs, p)
	var out []string
	for ; i < len(n.subs) && strings.HasPrefix(n.subs[i], p); i++ {
		out = append(out, n.subs[i])
	}
	return out
}

// hs2017 maps HS 2017 subheadings deleted in HS 2022 to their HS 2022
// successors (WCO correlation table HS 2017-HS 2022, the lines that
// matter on import declarations; the rest fall back to the same
// one-dash group or heading in ParseCode).
var hs2017 = map[string]string{
	"851712": "851713 851714", "851770": "851771 851779", "852580": "852581 852582 852583 852589",
	"620111": "620120", "620112": "620130", "620113": "620140", "620119": "620190",
	"620191": "620120", "620192": "620130", "620193": "620140", "620199": "620190",
	"620211": "620220", "620212": "620230", "620213": "620240", "620219": "620290",
	"620291": "620220", "620292": "620230", "620293": "620240", "620299": "620290",
	"940510": "940511 940519", "940520": "940521 940529", "940530": "940531 940539",
	"940540": "940541 940542 940549", "940560": "940561 940569", "940190": "940191 940199",
	"940390": "940391 940399", "853950": "853951 853952", "854140": "854141 854142 854143 854149",
	"340220": "340250 340290", "340211": "340231 340239", "340212": "340241", "340213": "340242", "340219": "340249",
	"382200": "382211 382212 382213 382219 382290", "880330": "880730", "880310": "880710", "880320": "880720",
	"880390": "880790", "970200": "970210 970290", "970300": "970310 970390", "970100": "970121 970122 970129",
	"970110": "970121 970191", "970190": "970129 970199", "151000": "151010 151090", "442010": "442011 442019",
	"570320": "570321 570329", "570330": "570331 570339", "681510": "681511 681512 681513 681519",
	"851410": "851411 851419", "902780": "902781 902789", "293139": "293141 293142 293143 293144 293145 293146 293147 293148 293149 293190",
	"240310": "240311 240319"}
