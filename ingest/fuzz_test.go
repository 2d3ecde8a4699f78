package ingest

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/borderlens/borderlens/ingest/resolve"
)

// drain decodes an input to the end, checking the decoder's invariants:
// every accepted fragment validates, every reject names the file and a
// line, fatal errors are *ParseError, and decoding ends.
func drain(t *testing.T, f Format, in []byte) {
	t.Helper()
	res, err := resolve.New(testResolve)
	if err != nil {
		t.Fatal(err)
	}
	d, err := NewDecoder(bytes.NewReader(in), f, DecoderOptions{Name: "fuzz", Resolver: res, MaxLineBytes: 4096})
	if err != nil {
		var pe *ParseError
		if !errors.As(err, &pe) && !strings.HasPrefix(err.Error(), "ingest fuzz") {
			t.Fatalf("NewDecoder error %v is neither a ParseError nor prefixed", err)
		}
		return
	}
	for i := 0; i <= len(in)+1; i++ {
		frag, err := d.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("fatal error %v (%T) is not a ParseError", err, err)
			}
			return
		}
		if frag.Reject != nil {
			if frag.Reject.File != "fuzz" || frag.Reject.Line < 1 || frag.Reject.Err == nil {
				t.Fatalf("reject %#v lacks file, line or reason", frag.Reject)
			}
			if frag.Batch.Len() != 0 {
				t.Fatal("rejected fragment carries nodes or edges")
			}
			continue
		}
		if err := frag.Batch.Validate(); err != nil {
			t.Fatalf("accepted fragment does not validate: %v", err)
		}
		if frag.Batch.Len() == 0 {
			t.Fatal("accepted fragment is empty")
		}
	}
	t.Fatal("decoder did not end")
}

// seedFile adds a testdata file to the corpus, split into lines when
// lines is set.
func seedFile(f *testing.F, name string, lines bool) {
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		f.Fatal(err)
	}
	if !lines {
		f.Add(b)
		return
	}
	for i, l := range bytes.Split(b, []byte("\n")) {
		if i > 0 && len(l) > 0 {
			f.Add(l)
		}
	}
}

const kcsHeader = "Declaration ID,Date,Office ID,Process Type,Import Type,Import Use,Payment Type,Mode of Transport,Declarant ID,Importer ID,Seller ID,Courier ID,HS6 Code,Country of Departure,Country of Origin,Tax Rate,Tax Type,Country of Origin Indicator,Net Mass,Item Price,Fraud,Critical Fraud\n"

// FuzzKCSRow decodes one KCS data row under the KCS header.
func FuzzKCSRow(f *testing.F) {
	seedFile(f, "declarations_kcs.csv", true)
	f.Add([]byte(`1,2020-01-01,30,B,11,21,11,10,"A""B",C,,,000001,KR,KR,1e308,X,Y,NaN,-0,1,2`))
	f.Fuzz(func(t *testing.T, row []byte) {
		drain(t, FormatKCS, append([]byte(kcsHeader), row...))
	})
}

// FuzzTradersCSV decodes a whole traders CSV.
func FuzzTradersCSV(f *testing.F) {
	seedFile(f, "traders.csv", false)
	f.Add([]byte("id,name,phone\nT1,\"x\ny\",+82 (0)2 555 0101 ext 9\n"))
	f.Fuzz(func(t *testing.T, in []byte) { drain(t, FormatTradersCSV, in) })
}

// FuzzSeizuresCSV decodes a whole seizures CSV.
func FuzzSeizuresCSV(f *testing.F) {
	seedFile(f, "seizures.csv", false)
	f.Add([]byte("id,date,involved\nS1,2021-01-01,passenger=//2021-01-01;card=X 1/2;flight=KE/2021-01-01\n"))
	f.Fuzz(func(t *testing.T, in []byte) { drain(t, FormatSeizuresCSV, in) })
}

// FuzzPassengersJSON decodes a whole passengers JSON input.
func FuzzPassengersJSON(f *testing.F) {
	seedFile(f, "passengers.json", false)
	f.Add([]byte(`{"locator":"ABCDEF","carrier":"KE","passengers":[{"name":"A B","infant_of":-1}]}` + "\n" + `{"passengers":[{"surname":"X","date_of_birth":"2000-01-01","phones":["+1"]}]}`))
	f.Add([]byte(`[{"passengers":[{"name":"SMITH/JOHN MR","date_of_birth":"1970-01-01"}],"legs":[{"number":"1","origin":"ICN","destination":"NRT","departure":"2020-01-01"}]}]`))
	f.Fuzz(func(t *testing.T, in []byte) { drain(t, FormatPassengersJSON, in) })
}
