package ingest_test

import (
	"context"
	"fmt"

	"github.com/borderlens/borderlens/ingest"
	"github.com/borderlens/borderlens/ingest/resolve"
)

// A dry run parses, resolves and validates every record and reports what
// a load would do, without a store.
func ExampleLoad_dryRun() {
	sum, err := ingest.Load(context.Background(), nil,
		[]ingest.File{{Path: "testdata/declarations_kcs.csv"}, {Path: "testdata/traders.csv"}},
		ingest.Options{
			DryRun:  true,
			Resolve: resolve.Options{CallingCode: "82"},
		})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range sum.Files {
		fmt.Printf("%s: %s, %d loaded, %d rejected\n", f.Path, f.Format, f.Loaded, f.Rejected)
	}
	fmt.Println(sum.Files[1].Rejects[0])
	// Output:
	// testdata/declarations_kcs.csv: kcs, 4 loaded, 5 rejected
	// testdata/traders.csv: traders-csv, 3 loaded, 4 rejected
	// ingest testdata/traders.csv line 5 field phone: phone number must have 7 to 15 digits with the country code (E.164)
}
