package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestDetectFormat(t *testing.T) {
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name string
		file string
		head []byte
		want Format
		err  error
	}{
		{"kcs", "a.csv", read("declarations_kcs.csv"), FormatKCS, nil},
		{"bacuda", "a.csv", read("declarations_bacuda.csv"), FormatBACUDA, nil},
		{"traders csv", "a.csv", read("traders.csv"), FormatTradersCSV, nil},
		{"traders json wrapper", "a.json", read("traders.json"), FormatTradersJSON, nil},
		{"passengers csv", "a.csv", read("passengers.csv"), FormatPassengersCSV, nil},
		{"passengers json wrapper", "a.json", read("passengers.json"), FormatPassengersJSON, nil},
		{"seizures csv", "a.csv", read("seizures.csv"), FormatSeizuresCSV, nil},
		{"seizures json array", "a.json", read("seizures.json"), FormatSeizuresJSON, nil},
		{"passengers json lines", "a.jsonl", []byte(`{"locator":"ABCDEF","passengers":[]}` + "\n"), FormatPassengersJSON, nil},
		{"traders json array", "a.json", []byte(`[{"id":"T1","name":"X"}]`), FormatTradersJSON, nil},
		{"truncated first object", "a.json", []byte(`[{"id":"SZ1","date":"2021-01-01","involved":["trader=`), FormatSeizuresJSON, nil},
		{"paxlst una", "x.edi", []byte("UNA:+.? 'UNB+UNOA:4+A+B+200101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'"), FormatPAXLST, nil},
		{"pnrgov unb", "x.txt", []byte("UNB+IATA:1+1A+X+200101:1200+1'UNH+1+PNRGOV:11:1:IA'"), FormatPNRGOV, nil},
		{"bom then kcs", "a.csv", append([]byte{0xEF, 0xBB, 0xBF}, read("declarations_kcs.csv")...), FormatKCS, nil},
		{"utf16", "a.csv", []byte{0xFF, 0xFE, 'a', 0}, "", ErrUTF16},
		{"nul header", "a.csv", []byte("i\x00d\x00,\x00"), "", ErrBinary},
		{"empty", "a.csv", nil, "", ErrUnknownFormat},
		{"other edifact", "x.edi", []byte("UNB+UNOA:4+A+B+200101:1200+1'UNH+1+CUSDEC:D:96B:UN'"), "", ErrUnknownFormat},
		{"unknown csv", "a.csv", []byte("foo,bar\n1,2\n"), "", ErrUnknownFormat},
		{"unknown json", "a.json", []byte(`[{"foo":1}]`), "", ErrUnknownFormat},
		{"json extension, csv content", "a.json", []byte("id,name\n"), "", ErrUnknownFormat},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DetectFormat(tc.file, tc.head)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("got %v, %v; want error %v", got, err, tc.err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Errorf("got %v, %v; want %v", got, err, tc.want)
			}
		})
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range Formats() {
		got, err := ParseFormat(string(f))
		if err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %v, %v", f, got, err)
		}
	}
	if got, _ := ParseFormat(""); got != FormatAuto {
		t.Errorf("ParseFormat(\"\") = %v, want auto", got)
	}
	if _, err := ParseFormat("xml"); err == nil {
		t.Error("ParseFormat(xml): got nil error, want one")
	}
}

func TestDecoderFormatMismatch(t *testing.T) {
	_, err := Load(t.Context(), nil, []File{{Path: "testdata/declarations_kcs.csv", Format: FormatBACUDA}}, Options{DryRun: true, Resolve: testResolve})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Field != "header" || pe.Line != 1 {
		t.Errorf("got %v, want a header ParseError", err)
	}
	_, err = Load(t.Context(), nil, []File{{Path: "testdata/traders.json", Format: FormatSeizuresJSON}}, Options{DryRun: true, Resolve: testResolve})
	if !errors.As(err, &pe) {
		t.Errorf("got %v, want a ParseError for the wrong wrapper key", err)
	}
}
